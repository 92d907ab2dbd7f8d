/**
 * A ranking asked in the negative (“2024年哪个部门没收到申请”, “哪个乡镇没有受理过申请”): who has
 * none, not who has most. The field is ranked from the fewest, and the answer opens with the bodies
 * whose figure is 0 — or, when there is none, says that every body has some and which has fewest.
 */
import type { Answer } from "../index/schema.ts";

/** 没收到 / 没有受理过 / 未收到任何 / 为零: the bodies with none asked. */
const NONE = /(?:没有?|未|无)(?:收到|接到|受理|办理|有)(?:过)?(?:任何)?|(?:为|是)(?:零|0)(?![.\d])|零申请/u;

/** Where a ranking asks in the negative (哪个部门没收到申请): words of asking, not a figure's words (coverage.ts). */
export function noneSpans(text: string): [number, number][] {
  if (!/哪|各|排名|最/u.test(text)) return [];
  const spans = [...text.matchAll(new RegExp(NONE.source, "gu"))].map((m): [number, number] => [m.index, m.index + m[0].length]);
  if (!spans.length) return spans;
  // 一件申请都没收到, 一个也没有受理: “not even one” said around the figure's words
  return [...spans, ...[...text.matchAll(NOT_EVEN_ONE)].map((m): [number, number] => [m.index, m.index + m[0].length])];
}

/** 一件…都, 一个也: the words of “not even one” before a none-word. */
const NOT_EVEN_ONE = /一(?:件|个|份|条|次|起|宗)(?=\p{Script=Han}{0,6}?[都也](?:没有?|未))|[都也](?=没有?|未)/gu;

export function asksNone(text: string): boolean {
  return NONE.test(text);
}

/** The ranking (fewest first) with its opening line: the bodies at 0, or that every one has some. */
export function withNoneLead(a: Answer): Answer {
  if (a.status !== "answered" || !a.figures.length) return a;
  const zero = a.figures.filter((f) => f.value === 0);
  const fewest = a.figures[0] as (typeof a.figures)[number];
  // every figure shown is 0: there may be more past the page shown
  const more = zero.length === a.figures.length && a.figures.length >= 10 ? "等（只列出前 10 个）" : "";
  const lead = zero.length
    ? `为 0 的：${zero.map((f) => f.agency).join("、")}${more}（${fewest.label}：0 ${fewest.unit}）。`
    : `没有为 0 的：参加比较的每一个都有（${fewest.label}）；最少的是${fewest.agency}，${fewest.value} ${fewest.unit}。`;
  return { ...a, text: `${lead}\n${a.text}` };
}

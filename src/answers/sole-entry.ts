/**
 * 2022年湛江哪个单位收到的申请最多, when the field holds one report (or one with the figure read): a
 * list of one is no “最多” — its 0 would read as the most. The ranking says so first, plainly, and
 * names the reports of the place asked about that were not of the field (湛江市赤坎区人民政府 is a
 * district's government, not one of 湛江市's own bodies), so the user can ask about them.
 */
import type { Answer } from "../index/schema.ts";
import type { AgencyName } from "../index/agency/resolve.ts";
import type { ReportStore } from "../store/store.ts";
import { identify, KIND_NAMES } from "../index/agency/identity.ts";
import { numberText } from "./number-text.ts";
import { knownUnder, whose } from "./who.ts";

/**
 * The ranking's text led by what one entry means: `compared` reports in the field, one of them with
 * the figure; `order` the ranking's direction, said only when the question asks who is first (哪个…最多,
 * 排名), not when it lists (各…分别多少).
 */
export function withSoleEntryLead(a: Answer, question: string, compared: number, label: string, year: number, order: "asc" | "desc" | null): Answer {
  const only = a.figures[0];
  if (a.status !== "answered" || a.figures.length !== 1 || !only) return a;
  const most = SUPERLATIVE.test(question) ? `，谈不上哪个${order === "asc" ? "最少" : "最多"}` : "";
  const value = `${whose(only)} ${numberText(only.value)} ${only.unit}`.trim();
  const lead =
    compared <= 1
      ? `${year} 年${label}只有 1 份报告参加比较${most}：${value}。`
      : `${year} 年${label}的 ${compared} 份报告中只有 1 份读出了这一数字${most}：${value}（其余的见注）。`;
  return { ...a, text: `${lead}\n${a.text}` };
}

/** Words asking who is first or last. */
const SUPERLATIVE = /最[多少高低大小]|哪|谁|排名|排行|排序|倒数|前[一二三四五六七八九十\d]/u;

/** At most this many left-out bodies are named. */
const NAMED = 10;

/**
 * The year's reports of bodies in or under `scope` that the field left out (湛江市赤坎区人民政府 for
 * 湛江市's departments), named with their kind; null when there are none or no place was asked about.
 */
export function leftOutUnder(store: ReportStore, names: readonly AgencyName[], scope: string | null, year: number, admits: (agency: string) => boolean): string | null {
  if (!scope) return null;
  const out = names.filter((n) => knownUnder(scope, n.agency) && !admits(n.agency) && store.ofAgency(n.agency).some((r) => r.year === year));
  if (!out.length) return null;
  const listed = out.slice(0, NAMED).map((n) => `${n.agency}（${KIND_NAMES[identify(n.agency).kind]}）`).join("、");
  return `${scope}另有 ${out.length} 份 ${year} 年报告不属于这一范围，未参加比较：${listed}${out.length > NAMED ? " 等" : ""}。`;
}

/**
 * The ranking's text led by what its left-out bodies mean: `lacking` bodies of the field whose figure could not be
 * read surely took no place, and any of them may be above the first shown (or within the first `top` asked: 前三) —
 * the first place (or the first `top`) is not stated as sure. The answer as it is when none was left out.
 */
export function withUnsureFirst(a: Answer, lacking: readonly string[], count: number, order: "asc" | "desc" | null, top: number | null = null): Answer {
  const first = a.figures[0];
  if (a.status !== "answered" || !first || !count) return a;
  const named = `${lacking.slice(0, NAMED).join("、")}${count > NAMED ? ` 等 ${count} 个机关` : ""}`;
  const place = top && top > 1 ? `前 ${top} 名` : "第一名";
  const lead = `${place}不能确定：${named}的数字未能确定地读出，未参加排名，可能比下列第一名（${whose(first)} ${numberText(first.value)} ${first.unit}）${order === "asc" ? "更少" : "更多"}${top && top > 1 ? `，或排进前 ${top} 名` : ""}。`;
  return { ...a, text: `${lead}\n${a.text}` };
}

/**
 * A message that asks two figures (“…依申请公开多少件？另外想问一下他们2022年予以公开多少”): the
 * first is answered, the second is written out whole — the agency and year of the first put in
 * when it names none (他们, 那一年) — and offered to be asked on its own, never dropped and never a
 * reason to refuse the first. A part asked right after its whole (“依申请多少，其中不予公开多少”) is
 * answered with it: both figures, each sourced — or the whole with the part offered, never one alone.
 */
import type { Answer } from "../index/schema.ts";
import type { Question } from "./understand.ts";

/** Where one question ends and the next begins: a question mark, full stop or semicolon. */
const BREAK = /[?？。；;!！]+\s*/gu;
/** How a second question is introduced, and the words pointing back at the first one's agency. */
const LEAD = /^(?:另外|此外|还有|还想|再|顺便|同时|以及|然后|那)*(?:想|再|也)*(?:问一下|问问|问下|请问|了解一下|查一下|看一下)?[,，]?/u;
const BACK = /他们|它们|他|它|她|该单位|该机关|这个单位|那个单位|那一年|这一年|那年|当年|同年/gu;

/** 其中 after a figure asked (…多少，其中…多少): a part of the whole, asked beside it. */
const PART = /[,，]?\s*其中/gu;
const ASKED = /多少|几[件条个次项份]?|数量/u;

export interface TwoQuestions {
  first: string;
  /** The second question, whole: it names an agency and a year. */
  second: string;
  /** The second asks a part of the first's figure (其中): answer both. */
  part?: boolean;
}

/**
 * The first question and the second made whole, when the message holds two that each ask a
 * figure (`read` is how a question is understood); null for one question.
 */
export function splitQuestions(text: string, read: (q: string) => Question): TwoQuestions | null {
  for (const m of text.matchAll(BREAK)) {
    const first = text.slice(0, m.index).trim();
    const rest = text.slice(m.index + m[0].length).trim();
    if (!first || !rest) continue;
    const a = read(first);
    if (!asksFigure(a)) continue;
    const bare = rest.replace(LEAD, "").replace(BACK, "").replace(/[?？。；;!！]+$/u, "").trim();
    const b = read(bare);
    if (!asksFigure(b)) return null;
    const who = b.agencies.length ? "" : a.agencies.map((x) => x.text).join("和");
    const when = b.years.length || !a.years.length ? "" : a.years.map((y) => `${y}年`).join("和");
    return { first, second: `${who}${when}${bare}` };
  }
  for (const m of text.matchAll(PART)) {
    const first = text.slice(0, m.index).trim();
    const rest = text.slice(m.index + m[0].length).replace(BACK, "").replace(/[?？。；;!！]+$/u, "").trim();
    if (!ASKED.test(first) || !ASKED.test(rest)) continue;
    const a = read(first);
    const b = read(rest);
    if (!asksFigure(a) || !asksFigure(b)) continue;
    const who = b.agencies.length ? "" : a.agencies.map((x) => x.text).join("和");
    const when = b.years.length || !a.years.length ? "" : a.years.map((y) => `${y}年`).join("和");
    return { first, second: `${who}${when}${rest}`, part: true };
  }
  return null;
}

function asksFigure(q: Question): boolean {
  return q.metric !== null || q.quantity !== null;
}

/** The first question's answer, saying the second was seen and offering it (after any choices the answer asks back with). */
export function alsoAsked(a: Answer, second: string): Answer {
  const note = `这条消息还问了“${second}”，请单独发送这个问题${a.status === "clarify" ? "" : "（或点下面的选项）"}。`;
  return { ...a, notes: [...a.notes, note], choices: a.status === "clarify" ? a.choices : [...a.choices, second], text: `${a.text}\n注：${note}` };
}

/** The whole and its part (其中) in one answer, both figures sourced; the part offered when either is not a figure found. */
export function withPart(whole: Answer, part: Answer, second: string): Answer {
  if (whole.status !== "answered" || part.status !== "answered" || !whole.figures.length || !part.figures.length) return alsoAsked(whole, second);
  const said = new Set(whole.text.split("\n"));
  const partText = part.text.split("\n").filter((l) => !(l.startsWith("注：") && said.has(l)));
  return {
    ...whole,
    // two figures, each with its own source line when drawn (a breakdown: the whole and its part)
    kind: "breakdown",
    figures: [...whole.figures, ...part.figures],
    quotes: [...whole.quotes, ...part.quotes],
    notes: [...new Set([...whole.notes, ...part.notes])],
    text: [whole.text, `其中：${partText.join("\n")}`].join("\n"),
  };
}

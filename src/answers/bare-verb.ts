/**
 * “公开了多少”: the verb 公开 alone names two counts every report gives — the information the body
 * published of its own accord (主动公开, in 条) and the applications it answered (依申请公开, in 件;
 * 予以公开 among them). Neither is the answer to a question that names only the verb: it is asked
 * back with the choices. A measure word or noun that picks one (公开了多少条信息, 公开多少份文件)
 * is left to the narrative binding.
 */
import type { Answer, Report } from "../index/schema.ts";
import { answersTo, bindNarrative, focusOf } from "./narrative-binding.ts";
import type { Question } from "./understand.ts";

/** The content words of a bare 公开 question: 公开 and its plain variants (公布, 公示 count as picking 主动公开). */
const BARE = /^(?:公开|公开了|共公开|一共公开)$/u;

const PUBLISHED = "主动公开政府信息多少条";

/** The question asked back, or null when the question names more than the verb. */
export function bareDisclosure(question: string, q: Question, report: Report): Answer | null {
  if (q.metric || q.quantity || q.keywords.length !== 1 || !BARE.test(q.keywords[0] as string)) return null;
  const focus = focusOf(q.text, [...q.agencies.map((a) => a.text), ...q.years.map(String)]);
  if (focus.noun || (focus.unit && focus.unit !== "件")) return null;
  const who = `${q.agencies[0]?.text ?? report.agency}${report.year}年`;
  // 主动公开 as the report gives it: a total its narrative states, else table 1's documents
  const stated = bindNarrative(report.narrative, PUBLISHED, ["主动公开"]);
  const published = stated && "figure" in stated && answersTo(report.narrative, stated.figure).includes("主动公开") ? PUBLISHED : "主动公开规范性文件多少件";
  return {
    question,
    status: "clarify",
    kind: "figure",
    figures: [],
    quotes: [],
    notes: [],
    choices: [`${who}${published}`, `${who}收到依申请公开申请多少件`, `${who}依申请予以公开多少件`],
    text: "“公开”可以指主动公开的政府信息（条），也可以指依申请公开：收到的申请和其中予以公开的（件）。您问的是哪一个？",
  };
}

/**
 * The sub-heading a narrative number stands under (“(一)主动公开情况。充分运用门户网站… 门户网站全年公开信息
 * 共计201条”, “(一)主动公开政府信息方面” on its own line): what the sub-section's numbers are about, as a
 * sentence's own opening clauses are (narrative-binding.ts topicOf) — “主动公开信息多少条” is asked of the
 * 201 under it. Only a heading that names its topic and closes it (…情况, …方面, …工作, or a full stop
 * after a short phrase), the nearest one before the number in its section; a marker followed by a
 * sentence of work (“(一)强化主动公开，…”) names none.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";

const HEADING = /^\s*[（(][一二三四五六七八九十]{1,2}[)）]\s*([^。，,：:；;\s（(]{2,14}?(?:情况|方面|工作)(?=[。：:\s]|$|\p{Script=Han})|[^。，,：:；;\s（(]{2,12}(?=[。：:]))/u;
const kept = new WeakMap<Report, Map<number, string>>();

/** The words of the sub-heading the figure stands under, lower case; "" when none. */
export function headingWords(report: Report, f: NarrativeFigure): string {
  let byStart = kept.get(report);
  if (!byStart) {
    byStart = new Map();
    kept.set(report, byStart);
  }
  const hit = byStart.get(f.start);
  if (hit !== undefined) return hit;
  const passages = report.passages;
  let i = passages.findIndex((p) => p.start === f.start);
  let words = "";
  for (const section = passages[i]?.section; i >= 0 && passages[i]?.section === section; i--) {
    const m = HEADING.exec(passages[i]?.text ?? "");
    if (m) {
      words = (m[1] ?? "").toLowerCase();
      break;
    }
  }
  byStart.set(f.start, words);
  return words;
}

/** The words opening a count's sentence that say only when (2025年, 全年, 本年度): no thing counted. */
const WHEN_ONLY = /^\s*(?:(?:19|20)\d{2}\s*年度?|全年|本年度?|今年|当年|年内)?\s*[,，]?\s*$/u;
/** A count said by its verb alone (累计审查39件, 共办理12件): adverbs of sum and a verb of two to four characters. */
const VERB_ONLY = /^(?:累计|共计|共|合计|总计|全年|均|已)*\p{Script=Han}{2,4}?(?:了)?\s*$/u;

/**
 * “对以县政府…名义印发的文件逐件把关,基本做到了应审尽审。2025年,累计审查39件”: a count said by its verb alone at
 * the head of its sentence (its clause names no thing counted, only when) counts what the sentence right before it
 * in the same passage speaks of — that sentence's words, lower case, when it holds no number of its own; "" otherwise.
 */
export function sentenceBeforeWords(report: Report, f: NarrativeFigure): string {
  const at = f.sentence.indexOf(f.says);
  const num = /\d/u.exec(f.says);
  if (at < 0 || !num || !WHEN_ONLY.test(f.sentence.slice(0, at)) || !VERB_ONLY.test(f.says.slice(0, num.index))) return "";
  const i = report.passages.findIndex((p) => p.start === f.start);
  const passage = report.passages[i];
  const from = passage ? passage.text.indexOf(f.sentence) : -1;
  if (!passage || from < 0) return "";
  // the sentence before in its passage, or the passage right before when the sentence opens its own (one paragraph read as sentences)
  const prev = report.passages[i - 1];
  const joined = from === 0 && prev && prev.section === passage.section && passage.start - prev.end <= 2 && /。\s*$/u.test(prev.text);
  const before = (from > 0 ? passage.text.slice(0, from) : joined ? prev.text : "").replace(/[。；;!！?？\s]+$/u, "");
  const sentence = before.slice(Math.max(...["。", "；", ";", "！", "？"].map((c) => before.lastIndexOf(c))) + 1);
  return /\d/u.test(sentence) ? "" : sentence.toLowerCase();
}

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

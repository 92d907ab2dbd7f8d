/**
 * Where a table row starts in the source, for quoting it as printed: the line of its values, or
 * the nearest line above that still names the row (labels may stand on lines of their own, or be
 * broken over several). Never earlier than `earliest`, so a header is not quoted with the first row.
 */
import { squash } from "../read/text.ts";

export function rowQuoteStart(text: string, earliest: number, valuesAt: number, keys: string[]): number {
  const wanted = keys.map(squash).filter(Boolean);
  let lineStart = text.lastIndexOf("\n", valuesAt - 1) + 1;
  const floor = text.lastIndexOf("\n", Math.max(0, earliest) - 1) + 1;
  if (!wanted.length) return Math.max(lineStart, floor);
  // squash works character by character, so the text seen so far grows a line at a time.
  let seen = "";
  let seenFrom = valuesAt;
  for (let start = lineStart; start >= floor; ) {
    seen = squash(text.slice(start, seenFrom)) + seen;
    seenFrom = start;
    if (wanted.some((k) => seen.includes(k))) return start;
    if (start === 0) break;
    start = text.lastIndexOf("\n", start - 2) + 1;
    if (start < floor) break;
    lineStart = start;
  }
  return Math.max(text.lastIndexOf("\n", valuesAt - 1) + 1, floor);
}

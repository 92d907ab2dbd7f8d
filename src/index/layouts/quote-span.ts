/**
 * Where a table row starts in the source, for quoting it as printed: the line of its values, or
 * the nearest line above that still names the row (labels may stand on lines of their own, or be
 * broken over several). Never earlier than `earliest`, so a header is not quoted with the first row.
 */
import { parseCellNumber, squash } from "../read/text.ts";

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
    if (wanted.some((k) => seen.includes(k))) return ownCell(text, start, valuesAt, wanted);
    if (start === 0) break;
    start = text.lastIndexOf("\n", start - 2) + 1;
    if (start < floor) break;
    lineStart = start;
  }
  return Math.max(text.lastIndexOf("\n", valuesAt - 1) + 1, floor);
}

/**
 * A tab row whose cells before the row's own label are a group label (“三、本年度办理结果⇥（一）予以公开⇥103…”)
 * is quoted from the row's own label: a group label is a cell merged over the group's rows, which a
 * PDF grid gives whole on the first row (sources/pdf-grid.ts) though the page prints it wrapped
 * around the row (“三、本年度办 ⏎ （一）予以公开 … ⏎ 理结果”), so the row's line as printed starts at
 * its own label. The source line names the row.
 */
function ownCell(text: string, start: number, valuesAt: number, wanted: string[]): number {
  const end = text.indexOf("\n", start);
  if (end >= 0 && end < valuesAt) return start;
  const line = text.slice(start, valuesAt);
  if (!line.includes("\t")) return start;
  let at = 0;
  for (const [i, cell] of line.split("\t").entries()) {
    const sq = squash(cell);
    if (wanted.some((k) => sq.includes(k))) return i === 0 ? start : start + at + (cell.length - cell.trimStart().length);
    if (parseCellNumber(cell)) return start; // a value before the label: not a group label
    at += cell.length + 1;
  }
  return start;
}

/**
 * Narrative set in two columns on a PDF page (section 一 of some reports): read row by row across
 * the page, each line glued half of the left column to half of the right (“…318条，通过“办公室发
 * 度，对拟公开信息…”), which makes quotes the report does not hold and splits figures from their
 * words (“召开新闻发布会2 事件。”). A band of lines that share one vertical gap (the gutter) with
 * running text on both sides is read column by column instead: the left column top to bottom,
 * then the right, each column's hard-wrapped lines joined, and a paragraph that goes on from the
 * foot of the left column to the head of the right joined too.
 *
 * Works on the positioned fragments every PDF engine gives. Tables are not columns: a side of
 * figures (“行政许可 0”) never counts, and ruled tables are taken out before (pdf-grid.ts).
 */
import { borderlessLines, type TextLine } from "./pdf-borderless.ts";
import { groupLines, isNumber, joinText, type Box, type Fragment } from "./pdf-geometry.ts";
import { maxOf, minOf } from "../min-max.ts";

export interface ColumnBand {
  top: number;
  bottom: number;
  /** The left column's fragments, then the right's. */
  columns: [Fragment[], Fragment[]];
}

/** Lines with running text on both sides of one gutter that make a band two columns. */
const MIN_TWO_SIDED = 3;
/** Running text on a side: at least this many Chinese characters, and not a figure. */
const MIN_CHARS = 4;
const HAN = /\p{Script=Han}/gu;
/** List and heading markers that start a new paragraph (as pdf-layout.ts reflows). */
const STARTS_PARAGRAPH = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|第[一二三四五六七八九十0-9]+[章节条部分])/;

interface Row extends Box {
  items: Fragment[];
  size: number;
}

/**
 * The two-column bands among a page's free fragments (text outside ruled tables), and the
 * fragments left to be laid out as lines. `tables`: the ruled tables' boxes; a band never
 * reaches across one.
 */
export function findColumnBands(free: Fragment[], tables: Box[]): { bands: ColumnBand[]; rest: Fragment[] } {
  const flat = free.filter((f) => !f.vertical);
  if (flat.length < 2 * MIN_TWO_SIDED) return { bands: [], rest: free };
  const spanLeft = minOf(flat.map((f) => f.left));
  const spanRight = maxOf(flat.map((f) => f.right));
  const rows: Row[] = groupLines(flat).map((items) => ({
    items,
    size: maxOf(items.map((f) => f.size)),
    left: minOf(items.map((f) => f.left)),
    right: maxOf(items.map((f) => f.right)),
    top: minOf(items.map((f) => f.top)),
    bottom: maxOf(items.map((f) => f.bottom)),
  }));
  const bands: ColumnBand[] = [];
  const inBand = new Set<Fragment>();
  let i = 0;
  while (i < rows.length) {
    const first = rows[i]!;
    const opening = twoSidedGap(first, spanLeft, spanRight);
    if (!opening) {
      i++;
      continue;
    }
    let gutter = opening;
    const members: Row[] = [first];
    // Where the right column starts: its lines begin there, or a paragraph's indent further.
    const rightEdge = minOf(first.items.filter((f) => f.left >= opening[1]).map((f) => f.left));
    let evidence = 1;
    let j = i + 1;
    for (; j < rows.length; j++) {
      const row = rows[j]!;
      const prev = members[members.length - 1]!;
      if (row.top - prev.bottom > 3 * row.size || tables.some((t) => t.top < row.top && t.bottom > prev.bottom)) break;
      if (row.items.some((f) => f.left < gutter[1] && f.right > gutter[0])) break;
      const gap = twoSidedGap(row, spanLeft, spanRight);
      if (gap) {
        const narrowed: [number, number] = [Math.max(gutter[0], gap[0]), Math.min(gutter[1], gap[1])];
        if (narrowed[1] - narrowed[0] < 0.5 * row.size) break;
        gutter = narrowed;
        evidence++;
      } else {
        // Text on the right that is not the right column's (a figure, or text far from where the
        // column's lines start) is a table row or a layout of its own: the columns have ended.
        const right = row.items.filter((f) => f.left >= gutter[1]);
        const g = gutter;
        if (right.length && (isNumber(right.map((f) => f.str).join("")) || minOf(right.map((f) => f.left)) > rightEdge + 2.5 * row.size || row.items.some((f) => f.right <= g[0] && isNumber(f.str)))) break;
      }
      members.push(row);
    }
    // The band ends with its last line holding right-column text: a short line on the left after
    // it is the text below the columns (a heading), not the left column going on.
    const g = gutter;
    const lastRight = members.findLastIndex((r) => r.items.some((f) => f.left >= g[1]));
    const band = members.slice(0, lastRight + 1);
    if (evidence >= MIN_TWO_SIDED) {
      const left = band.flatMap((r) => r.items.filter((f) => f.right <= g[0]));
      const right = band.flatMap((r) => r.items.filter((f) => f.left >= g[1]));
      for (const f of [...left, ...right]) inBand.add(f);
      bands.push({ top: band[0]!.top, bottom: maxOf(band.map((r) => r.bottom)), columns: [left, right] });
      i += band.length;
    } else i++;
  }
  return { bands, rest: free.filter((f) => !inBand.has(f)) };
}

/**
 * The gap a line leaves between running text on its left and on its right, when it is the widest
 * gap of the line, wider than a character, and in the middle half of the text's width; else null.
 */
function twoSidedGap(row: Row, spanLeft: number, spanRight: number): [number, number] | null {
  let best: [number, number] | null = null;
  for (let k = 1; k < row.items.length; k++) {
    const a = maxOf(row.items.slice(0, k).map((f) => f.right));
    const b = row.items[k]!.left;
    if (b - a > row.size && (!best || b - a > best[1] - best[0])) best = [a, b];
  }
  if (!best) return null;
  const [a, b] = best;
  const width = spanRight - spanLeft;
  const mid = (a + b) / 2;
  if (mid < spanLeft + 0.25 * width || mid > spanLeft + 0.75 * width) return null;
  const side = (fs: Fragment[]) => {
    const s = fs.map((f) => f.str).join("");
    return !isNumber(s) && (s.match(HAN)?.length ?? 0) >= MIN_CHARS;
  };
  return side(row.items.filter((f) => f.right <= a)) && side(row.items.filter((f) => f.left >= b)) ? best : null;
}

/**
 * A line that goes on below: it reaches its column's right edge, or nearly (a character and its
 * closing quote carried to the next line) without ending a sentence.
 */
function runsToEdge(line: TextLine, edge: number): boolean {
  return line.right >= edge - 1.2 * line.size || (line.right >= edge - 5 * line.size && !/[。；！？：:;!?]$/.test(line.text));
}

/**
 * A band's text in reading order, as paragraphs: each column's lines, left then right, a line
 * joined to the one before when that one runs to its column's right edge and this one starts at
 * its column's left edge without a paragraph marker (hard-wrapped, or carried over to the right column).
 */
export function columnParagraphs(band: ColumnBand): TextLine[] {
  const out: TextLine[] = [];
  let prev: { line: TextLine; right: number } | null = null;
  for (const frags of band.columns) {
    if (!frags.length) continue;
    const lines = borderlessLines(groupLines(frags));
    const colLeft = minOf(lines.map((l) => l.left));
    const colRight = maxOf(lines.map((l) => l.right));
    for (const line of lines) {
      const last = out[out.length - 1];
      const wraps = prev && last && runsToEdge(prev.line, prev.right) && line.left <= colLeft + 0.5 * line.size && !STARTS_PARAGRAPH.test(line.text);
      if (wraps && last) {
        last.text = joinText(last.text, line.text, false);
        last.right = line.right;
        last.bottom = line.bottom;
      } else out.push({ ...line });
      prev = { line, right: colRight };
    }
  }
  return out;
}

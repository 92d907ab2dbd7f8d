/**
 * The geometry shared by the PDF modules: positioned text fragments and ruling segments, in
 * page display space (points, origin top-left, y grows downward, as on screen).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Fragment extends Box {
  str: string;
  /** Font size in points: the unit for every "how far is far" decision. */
  size: number;
  /** Characters run top to bottom (a vertical font, or text rotated by 90°). */
  vertical: boolean;
}

/** A straight stroke (a table border) from (x1,y1) to (x2,y2). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export const centerX = (b: Box): number => (b.left + b.right) / 2;
export const centerY = (b: Box): number => (b.top + b.bottom) / 2;

/** CJK ideographs, kana, full-width forms and CJK punctuation: written without spaces. */
export function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xffef) ||
    c >= 0x20000 ||
    // Chinese quotes and the em dash are full-width in the fonts these reports use.
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2014 || c === 0x2026
  );
}

/**
 * Joins two pieces of one text that a line break or a font change separated: Chinese needs no
 * space, but "2024" + "年" came from "2024 年" only if there was a gap, and Latin words need one.
 */
export function joinText(a: string, b: string, gap: boolean): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1]!;
  const first = b[0]!;
  if (/\s/.test(last) || /\s/.test(first)) return a + b;
  if (gap) return `${a} ${b}`;
  return isWide(last) || isWide(first) ? a + b : `${a} ${b}`;
}

/**
 * Groups fragments into visual lines: fragments whose vertical centres are closer than about
 * half a font size share a line. Table numbers often sit a point or two below the label's
 * baseline (another font), which this tolerates; consecutive text lines are at least one
 * font size apart, which it separates.
 */
export function groupLines<T extends Fragment>(fragments: T[]): T[][] {
  const sorted = [...fragments].sort((a, b) => centerY(a) - centerY(b) || a.left - b.left);
  const lines: { cy: number; size: number; items: T[] }[] = [];
  for (const f of sorted) {
    const cy = f.vertical ? f.top + f.size / 2 : centerY(f);
    const line = lines[lines.length - 1];
    if (line && !f.vertical && Math.abs(cy - line.cy) <= 0.5 * Math.max(f.size, line.size)) {
      line.items.push(f);
      // Centre of the line stays with its first (usually largest) fragments, not drifting.
      line.size = Math.max(line.size, f.size);
      continue;
    }
    lines.push({ cy, size: f.size, items: [f] });
  }
  return lines.map((l) => l.items.sort((a, b) => a.left - b.left));
}

/** A run of text within a line that reads as one table cell. */
export interface TextCell extends Box {
  text: string;
  numeric: boolean;
}

/** A figure as tables print it: “1,516”, “96171.6”, “100%”. */
export const isNumber = (s: string): boolean => /^[-+]?\d[\d,，]*(\.\d+)?%?$/.test(s.trim());

/**
 * One visual line split into cells where the gap is wider than a character and a bit (a
 * table drawn without borders; words in running text are never that far apart), or wider than
 * half a character between two figures, which are never written with spaces inside.
 */
export function lineCells(items: Fragment[]): TextCell[] {
  const cells: TextCell[] = [];
  let prev: Fragment | undefined;
  for (const f of items) {
    const str = f.str.replace(/\s+/g, " ");
    const cell = cells[cells.length - 1];
    const gap = prev ? f.left - prev.right : 0;
    const size = prev ? Math.min(prev.size, f.size) : f.size;
    const split = !cell || gap > 1.2 * size || (gap > 0.5 * size && cell.numeric && isNumber(str));
    if (split) cells.push({ text: str.trim(), numeric: isNumber(str), left: f.left, right: f.right, top: f.top, bottom: f.bottom });
    else {
      cell.text = joinText(cell.text, str, gap > 0.2 * size).replace(/ {2,}/g, " ").trim();
      cell.numeric = isNumber(cell.text);
      cell.right = Math.max(cell.right, f.right);
      cell.top = Math.min(cell.top, f.top);
      cell.bottom = Math.max(cell.bottom, f.bottom);
    }
    prev = f;
  }
  return cells.filter((c) => c.text !== "");
}

/** One visual line as text, its cells joined by tabs. */
export function lineText(items: Fragment[]): string {
  return lineCells(items)
    .map((c) => c.text)
    .join("\t");
}

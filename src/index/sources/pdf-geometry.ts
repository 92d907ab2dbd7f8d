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

/**
 * One visual line as text. A gap wider than a couple of characters means separate columns
 * (a table drawn without borders), so it becomes a tab; a smaller gap is a space.
 */
export function lineText(items: Fragment[], tabs: boolean): string {
  let text = "";
  let prev: Fragment | undefined;
  for (const f of items) {
    const str = f.str.replace(/\s+/g, " ");
    if (!prev) text = str;
    else {
      const gap = f.left - prev.right;
      const size = Math.min(prev.size, f.size);
      if (tabs && gap > 1.5 * size) text = `${text.trimEnd()}\t${str.trimStart()}`;
      else text = joinText(text, str, gap > 0.2 * size);
    }
    prev = f;
  }
  return text.replace(/ {2,}/g, " ").trim();
}

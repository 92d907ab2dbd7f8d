/**
 * Small text helpers shared by the reader: normalising labels for matching, reading numbers
 * as reports print them (“1,516”, “27个”, “639.15万”, “十一”), and lines with their offsets.
 */

/** Remove all whitespace and markdown emphasis; full-width parentheses and digits become ASCII. */
export function squash(s: string): string {
  return toHalfWidth(s)
    .replace(/[*#|]/g, "")
    .replace(/\s+/g, "");
}

/** Full-width digits, letters, parentheses and punctuation used in numbers → ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/（/g, "(")
    .replace(/）/g, ")")
    .replace(/．/g, ".")
    .replace(/\u3000/g, " ");
}

export interface Line {
  text: string;
  start: number;
  end: number;
}

/** Split text into lines, keeping each line's [start, end) offsets in the source. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf("\n", start);
    if (end === -1 || end > to) end = to;
    lines.push({ text: text.slice(start, end), start, end });
    start = end + 1;
    if (end === to) break;
  }
  return lines;
}

/** Page numbers and form feeds that PDF extraction leaves between table rows: “-3-”, “- 4 -”, “第 3 页”. */
export function isPageFurniture(line: string): boolean {
  const t = line.replace(/\f/g, "").trim();
  return /^[-－—–]\s*\d{1,3}\s*[-－—–]$/.test(t) || /^第\s*\d{1,3}\s*页(\s*[,，/]?\s*共\s*\d{1,3}\s*页)?$/.test(t) || /^\d{1,3}\s*\/\s*\d{1,3}$/.test(t);
}

const UNIT_SUFFIX = /^(万元|元|万条|万件|万人次|万|个|次|件|条|项|期|场次|场|家|人次|人|篇|份|%)$/;

/**
 * Read a cell or token as a number: thousands separators, a unit after it (“27个”, “30183.96万元”).
 * Returns null for anything else. The unit is returned so callers can scale “万” where it matters.
 */
export function parseCellNumber(raw: string): { value: number; unit: string } | null {
  const t = toHalfWidth(raw).trim().replace(/[,，](?=\d{3}(\D|$))/g, "");
  const m = /^([+-]?\d+(?:\.\d+)?)\s*(\S*)$/.exec(t);
  if (!m || !m[1]) return null;
  const unit = m[2] ?? "";
  if (unit && !UNIT_SUFFIX.test(unit)) return null;
  return { value: Number(m[1]), unit };
}

/**
 * Each body its own year, when a question gives each one (“审批局2023年和交通局2022年依申请对比”,
 * “2024年正定县政府和2025年政府办规范性文件对比”): compared, each body is read in the year said with it,
 * never all of them in the first year said (which one of them may have no report of).
 */
import { findYears, type Question } from "./understand.ts";

/** A year written out (2023年, 23年, 二〇二三年): no relative word, no range. */
const WRITTEN_YEAR = /^(?:\d{2}|\d{4}|[〇零一二三四五六七八九]{2,4})\s*年?$/u;

/**
 * The year of each agency mention, in the mentions' order: the one year said right after each body's
 * name (up to the next name), or else the one right before each. Null when the years are not said so —
 * one year for all, a range, two for one body, a relative one — or when every body's is the same.
 */
export function yearsOfBodies(q: Question): number[] | null {
  if (q.agencies.length < 2 || !q.yearWasGiven || q.years.length < 2) return null;
  const at: [number, number][] = [];
  let from = 0;
  for (const m of q.agencies) {
    const start = q.text.indexOf(m.text, from);
    if (start < 0) return null;
    at.push([start, start + m.text.length]);
    from = start + m.text.length;
  }
  const years: { start: number; end: number; year: number }[] = [];
  for (const [start, end] of findYears(q.text, new Date()).spans) {
    const said = q.text.slice(start, end);
    const year = WRITTEN_YEAR.test(said.trim()) ? findYears(said, new Date()).years : [];
    if (year.length !== 1) return null;
    years.push({ start, end, year: year[0] as number });
  }
  if (years.length !== at.length) return null;
  const one = (lo: number, hi: number) => {
    const inside = years.filter((y) => y.start >= lo && y.end <= hi);
    return inside.length === 1 ? (inside[0] as { year: number }).year : null;
  };
  const after = at.map(([, end], k) => one(end, at[k + 1]?.[0] ?? q.text.length));
  const before = at.map(([start], k) => one(at[k - 1]?.[1] ?? 0, start));
  for (const each of [after, before]) if (each.every((y) => y !== null) && new Set(each).size > 1) return each as number[];
  return null;
}

/**
 * The largest and smallest of many numbers, by a loop: `Math.max(...values)` passes each value as
 * an argument and throws RangeError (call stack) past about 100 000 of them — a PDF page of that
 * many text pieces, a line of that many numbers. Same results as Math.max / Math.min otherwise
 * (-Infinity / Infinity for none, NaN if any is NaN).
 */
export function maxOf(values: readonly number[]): number {
  let m = -Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v > m) m = v;
  }
  return m;
}

export function minOf(values: readonly number[]): number {
  let m = Infinity;
  for (const v of values) {
    if (Number.isNaN(v)) return NaN;
    if (v < m) m = v;
  }
  return m;
}

/**
 * Issue 14: `Math.max(...values)` throws RangeError past about 100 000 values. A PDF line of
 * 200 000 text pieces (a hostile or broken file) must be read, not crash the reader.
 */
import { describe, expect, it } from "vitest";
import { maxOf, minOf } from "../../src/index/min-max.ts";
import { borderlessLines } from "../../src/index/sources/pdf-borderless.ts";
import type { Fragment } from "../../src/index/sources/pdf-geometry.ts";

const MANY = 200_000;

describe("many values", () => {
  it("maxOf / minOf: as Math.max / Math.min, for any number of values", () => {
    const xs = Array.from({ length: MANY }, (_, i) => (i * 7919) % MANY);
    expect(maxOf(xs)).toBe(MANY - 1);
    expect(minOf(xs)).toBe(0);
    expect([maxOf([]), minOf([])]).toEqual([-Infinity, Infinity]);
    expect(maxOf([1, NaN, 3])).toBeNaN();
    expect(minOf([-2, 5])).toBe(-2);
  });

  it("a PDF line of 200 000 text pieces is turned into a table line without a RangeError", () => {
    const line: Fragment[] = Array.from({ length: MANY }, (_, i) => ({ str: String(i % 10), size: 10, vertical: false, left: i * 12, right: i * 12 + 6, top: 100, bottom: 110 }));
    const out = borderlessLines([line]);
    expect(out).toHaveLength(1);
    expect(out[0]?.left).toBe(0);
    expect(out[0]?.right).toBe((MANY - 1) * 12 + 6);
  });
});

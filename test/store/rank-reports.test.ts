/**
 * The one ranking function of both stores (store/ranking.ts rankReports): best first, ties in the
 * reports' order, for whole counts (sorted packed, as one number each) and for anything else
 * (decimals, negatives, values too large to pack: sorted with a comparator) alike.
 */
import { describe, expect, it } from "vitest";
import { rankReports } from "../../src/store/ranking.ts";
import { Rand } from "../../bench/synthetic.ts";

const heads = (n: number) => Array.from({ length: n }, (_, i) => ({ file: `r${i}.txt`, agency: `甲${i}县人民政府`, region: `甲${i}县` }));

/** What a stable sort of the stated reports by value gives: the order rankings have always had. */
function expected(values: (number | null)[], asc: boolean): string[] {
  const stated = values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
  return stated.sort((a, b) => (asc ? a.v - b.v : b.v - a.v)).map((s) => `r${s.i}.txt`);
}

describe("rankReports", () => {
  const cases: [string, (rand: Rand) => number | null][] = [
    ["whole counts with many ties and missing figures", (rand) => (rand.chance(0.2) ? null : rand.int(0, 5))],
    ["large whole counts", (rand) => (rand.chance(0.1) ? null : rand.int(0, 2_000_000))],
    ["decimals (万元)", (rand) => (rand.chance(0.1) ? null : rand.int(0, 50) / 4)],
    ["negative changes", (rand) => (rand.chance(0.1) ? null : rand.int(-20, 20))],
    ["values too large to pack with their place", (rand) => (rand.chance(0.5) ? 2 ** 50 + rand.int(0, 3) : rand.int(0, 3))],
  ];
  for (const [name, make] of cases) {
    it(`ranks ${name} best first, ties in the reports' order, both ways`, () => {
      const rand = new Rand(7);
      const values = Array.from({ length: 3000 }, () => make(rand));
      const reports = heads(values.length);
      for (const asc of [false, true]) {
        const field = rankReports(reports, (_, i) => values[i] ?? null, asc);
        expect(field.scored.map((s) => s.file)).toEqual(expected(values, asc));
        expect(field.scored.every((s) => s.value === values[Number(s.file.slice(1, -4))])).toBe(true);
        expect(field.lacking).toEqual(values.flatMap((v, i) => (v === null ? [`甲${i}县人民政府`] : [])));
      }
    });
  }

  it("gives each entry its report as the head", () => {
    const reports = heads(3);
    const field = rankReports(reports, (_, i) => [5, null, 7][i] ?? null, false);
    expect(field.scored.map((s) => [s.head, s.value])).toEqual([
      [reports[2], 7],
      [reports[0], 5],
    ]);
  });
});

/**
 * A pool's year (pool-page.ts poolYear): what a ranking's pool admits of a year's reports and its
 * counts, made once per pool and year, so that a ranking's page walks only as far as it needs. The
 * page and notes must be those of the full pass over the ranking (pageOf without it) for any order,
 * pool and page size — and kept per pool: another pool of the same year gets its own.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { identify } from "../../src/index/agency/identity.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { AgencyColumns } from "../../src/store/agency-columns.ts";
import { memoryStore } from "../../src/store/memory.ts";
import { pageOf, poolYear } from "../../src/store/pool-page.ts";
import type { RankedPlaces } from "../../src/store/ranking.ts";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { METRIC_LEXICON } from "../../src/answers/lexicon.ts";
import type { Metric } from "../../src/answers/lexicon.ts";

/** A seeded generator (mulberry32). */
function rand(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["九江市人民政府", "浔阳区人民政府", "九江市教育局", "洪泽区人民政府", "九江市人民政府办公室", "柴桑区人民政府", "淮安市财政局", "淮安市人民政府", "洪泽区财政局", "岔河镇人民政府", "江西省人民政府", "九江市公安局"];

const POOLS = [
  { key: "governments", admits: (a: string) => identify(a).kind === "government" },
  { key: "departments", admits: (a: string) => identify(a).kind === "department" },
  { key: "none", admits: () => false },
  { key: "all", admits: () => true },
  { key: "九江", admits: (a: string) => a.startsWith("九江") },
];

/** A year of `n` reports ranked at random: some stating the figure (ties included), the others lacking it. */
function year(r: () => number, n: number, lackingShare: number): { heads: { file: string; agency: string; region: string }[]; field: RankedPlaces } {
  const heads = Array.from({ length: n }, (_, p) => ({ file: `f${p}.txt`, agency: NAMES[Math.floor(r() * NAMES.length)] as string, region: "" }));
  const places = Array.from({ length: n }, (_, p) => p).sort(() => r() - 0.5);
  const values = new Float64Array(n);
  const order: number[] = [];
  const lacking: number[] = [];
  for (const p of places) {
    if (r() < lackingShare) lacking.push(p);
    else {
      values[p] = Math.floor(r() * 5);
      order.push(p);
    }
  }
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  return { heads, field: { order: Uint32Array.from(order), values, lacking: Uint32Array.from(lacking.sort((a, b) => a - b)) } };
}

describe("a pool's year", () => {
  it("gives the page, counts and notes of the full pass, for any ranking, pool and page size", () => {
    const r = rand(13);
    for (let round = 0; round < 300; round++) {
      const { heads, field } = year(r, 1 + Math.floor(r() * 60), [0, 0.1, 0.5, 1][round % 4] as number);
      const agencies = new AgencyColumns();
      const ids = agencies.idsOf(heads);
      for (const pool of POOLS) {
        const made = poolYear(ids, agencies, pool);
        for (const n of [1, 3, 10, 50]) expect(pageOf(field, heads, ids, agencies, pool, n, made)).toEqual(pageOf(field, heads, ids, agencies, pool, n));
      }
    }
  });

  it("is not used for a ranking that does not place every report of the year (the full pass is)", () => {
    const r = rand(7);
    const { heads, field } = year(r, 40, 0.2);
    const agencies = new AgencyColumns();
    const ids = agencies.idsOf(heads);
    const pool = POOLS[0] as (typeof POOLS)[number];
    const made = poolYear(ids, agencies, pool);
    const part: RankedPlaces = { ...field, order: field.order.subarray(0, 10) };
    expect(pageOf(part, heads, ids, agencies, pool, 10, made)).toEqual(pageOf(part, heads, ids, agencies, pool, 10));
  });

  describe("kept by the in-memory store per pool and year", () => {
    let reports: Report[];
    beforeAll(async () => {
      reports = (await loadCorpus((await syntheticCorpus(120, 5)).dir)).reports;
    }, 120_000);

    it("another pool of the same year is ranked by its own admissions", () => {
      const metric = (METRIC_LEXICON.find((e) => e.target.table === "table2")?.target ?? null) as Metric;
      const year = reports[0]?.year as number;
      const fresh = (pool: (typeof POOLS)[number]) => memoryStore(reports).rankPooled(year, metric, [], false, pool, 10);
      const store = memoryStore(reports);
      for (const pool of POOLS) {
        // the same store ranks every pool in turn: each page is the one a store ranking only that pool gives
        expect(store.rankPooled(year, metric, [], false, pool, 10)).toEqual(fresh(pool));
        expect(store.rankPooled(year, metric, [], true, pool, 10)).toEqual(memoryStore(reports).rankPooled(year, metric, [], true, pool, 10));
      }
      expect(fresh(POOLS[0] as (typeof POOLS)[number]).scoredCount).toBeGreaterThan(0);
      expect(fresh(POOLS[0] as (typeof POOLS)[number])).not.toEqual(fresh(POOLS[1] as (typeof POOLS)[number]));
    });
  });
});

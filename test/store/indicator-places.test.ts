/**
 * An indicator ranking's field (公开率, 办结率 … of a year's reports, for a pool) made by the
 * in-memory store over its rankings by places (store/indicator-places.ts) is the field made from
 * the ranked fields (indicator-ranking.ts rankedField, the PostgreSQL view's way): every entry,
 * count and note, in the same order — and making it builds no ranked field.
 */
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { applicantShare, completionRate, disclosureRate, resultShare, table3Rate, type Formula } from "../../src/answers/formulas.ts";
import { rankedField } from "../../src/answers/indicator-ranking.ts";
import { understand } from "../../src/answers/understand.ts";
import { rankPool } from "../../src/answers/who.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { memoryStore } from "../../src/store/memory.ts";

const FORMULAS: Formula[] = [
  disclosureRate([]),
  disclosureRate(["natural_person"]),
  completionRate([]),
  resultShare(["refused.state_secret"], "国家秘密", [], "占比") as Formula,
  applicantShare(["new"], "本年新收", ["natural_person"], "占比"),
  table3Rate(["review"], "corrected", "行政复议纠错率"),
  table3Rate(["suit_direct", "suit_after_review"], "corrected", "行政诉讼纠错率"),
];
const POOLS = ["哪个地方", "哪个区", "哪个县", "哪个市", "哪个部门", "哪个乡镇", "哪个单位", "哪个区县政府"];

/** Some reports again under another file, their tables unread: their agencies both state and lack every figure in one year. */
function withTwins(reports: Report[]): Report[] {
  const twins = reports.filter((_, i) => i % 9 === 0).map((r): Report => ({ ...r, file: `twin-${r.file}`, table1: {}, table2: {}, table3: null }));
  const half = twins.map((r): Report => ({ ...r, file: `half-${r.file}`, table2: { results_total: { total: 40 } } }));
  return [...reports, ...twins, ...half];
}

async function compare(reports: Report[]): Promise<{ compared: number; ranked: number }> {
  const store = memoryStore(reports);
  const names = store.names();
  let compared = 0;
  let ranked = 0;
  for (const year of store.years()) {
    for (const text of POOLS) {
      const q = understand(`${year}年${text}公开率最高`, names, new Date("2026-11-23"));
      const pool = rankPool(q.text, q.agencies, q.bodies, names);
      for (const f of FORMULAS) {
        for (const asc of [false, true]) {
          for (const size of [10, 3]) {
            const want = rankedField(store, year, f, pool, asc, size);
            expect(store.indicatorField(year, f, pool, asc, size), `${year} ${text} ${f.id} ${asc} ${size}`).toEqual(want);
            compared++;
            ranked += want.scoredCount;
          }
        }
      }
    }
  }
  return { compared, ranked };
}

describe("indicator fields by places", () => {
  it("are the fields made from the ranked fields: the bundled reports", async () => {
    const reports = (await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname)).reports;
    const { compared, ranked } = await compare(withTwins(reports));
    expect(compared).toBeGreaterThan(500);
    expect(ranked).toBeGreaterThan(100);
  }, 120_000);

  it("are the fields made from the ranked fields: synthetic reports", async () => {
    const gen = await syntheticCorpus(300, 3);
    const { compared, ranked } = await compare(withTwins((await loadCorpus(gen.dir)).reports));
    expect(compared).toBeGreaterThan(500);
    expect(ranked).toBeGreaterThan(3000);
  }, 240_000);

  it("rank a year's reports in memory without building a ranked field per figure", async () => {
    const gen = await syntheticCorpus(120, 5);
    const store = memoryStore((await loadCorpus(gen.dir)).reports);
    // who wrote each report of the year, an object per report: what an indicator need not make
    store.rankField = () => {
      throw new Error("a ranked field was built");
    };
    const year = [...store.years()].sort((a, b) => store.countOfYear(b) - store.countOfYear(a))[0] as number;
    const a = createAnswerer(store).answer(`${year}年哪个地方公开率最高`);
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("ranking");
    expect(a.figures.length).toBeGreaterThan(1);
  }, 120_000);
});

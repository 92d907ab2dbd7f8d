/**
 * Rankings from the report cache's cell columns (report-cache-cells.ts) are the rankings the
 * parsed reports give: every figure the lexicon can ask for, every column, every year, both
 * orders, over the bundled reports (messy layouts, null rows and cells, both templates) and
 * synthetic ones.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { APPLICANT_COLUMNS, METRIC_LEXICON, TABLE1_COLUMN_WORDS, TABLE3_COLUMN_WORDS, type Metric } from "../../src/answers/lexicon.ts";
import { isReportFile, loadCorpus } from "../../src/index/corpus.ts";
import { cachedCells } from "../../src/index/report-cache.ts";
import { CellColumns, CellColumnsBuilder, YearCells, type PartialTables } from "../../src/index/report-cache-cells.ts";
import { metricValuer } from "../../src/answers/figure-value.ts";
import { figureCells, tableValue } from "../../src/store/ranking.ts";
import { Rand } from "../../bench/synthetic.ts";
import type { Report } from "../../src/index/schema.ts";
import { ORGANIZATION_COLUMNS, TABLE2_GROUPS } from "../../src/index/template.ts";
import { memoryStore } from "../../src/store/memory.ts";
import type { RankedField } from "../../src/store/store.ts";
import { syntheticCorpus } from "../../bench/synthetic.ts";

/** Every figure the lexicon names, with the columns a question can add. */
function figures(): { metric: Metric; columns: string[] }[] {
  const out: { metric: Metric; columns: string[] }[] = [];
  for (const { target } of METRIC_LEXICON) {
    if (target.table === "table2") {
      for (const columns of [[], ["natural_person"], [...ORGANIZATION_COLUMNS], [...APPLICANT_COLUMNS]]) out.push({ metric: target, columns });
    } else if (target.table === "table1") {
      out.push({ metric: target, columns: [] });
      for (const { column } of TABLE1_COLUMN_WORDS) out.push({ metric: { ...target, column, columnAsked: true }, columns: [] });
    } else {
      for (const { column } of TABLE3_COLUMN_WORDS) out.push({ metric: { ...target, column }, columns: [] });
    }
  }
  return out;
}

const plain = (f: RankedField) => ({ scored: f.scored.map((s) => [s.file, s.value, s.head.agency]), lacking: f.lacking });

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

async function compare(dir: string): Promise<{ compared: number; stated: number }> {
  const root = mkdtempSync(join(tmpdir(), "nianbao-rank-cells-"));
  roots.push(root);
  const data = join(root, "reports");
  cpSync(dir, data, { recursive: true, filter: (p) => !p.includes(".cache") });
  const parsed = (await loadCorpus(data)).reports;
  await loadCorpus(data, { cacheDir: join(root, "cache") });
  // a file written again with the same bytes: the cache is saved again from its own columns (addFrom)
  const one = readdirSync(data).filter(isReportFile)[0] as string;
  writeFileSync(join(data, one), readFileSync(join(data, one)));
  await loadCorpus(data, { cacheDir: join(root, "cache") });
  const cached = (await loadCorpus(data, { cacheDir: join(root, "cache") })).reports;
  expect(cached.every((r) => cachedCells(r))).toBe(true);
  const [a, b] = [memoryStore(parsed), memoryStore(cached)];
  let compared = 0;
  let stated = 0;
  for (const { metric, columns } of figures()) {
    for (const year of a.years()) {
      for (const asc of [false, true]) {
        const want = plain(a.rankField(year, metric, columns, asc));
        expect(plain(b.rankField(year, metric, columns, asc)), `${year} ${JSON.stringify(metric)} ${columns.join("+")}`).toEqual(want);
        compared++;
        stated += want.scored.length;
      }
    }
  }
  // the cached reports' tables were never built: the columns answered
  expect(cached.filter((r: Report) => Object.getOwnPropertyDescriptor(r, "table2")?.get === undefined)).toEqual([]);
  return { compared, stated };
}

/** A report's tables with rows and cells dropped or made null at random (seeded): the shapes messy layouts give. */
function damaged(r: Report, rand: Rand): Pick<Report, "year" | "template" | "table1" | "table2" | "table3"> {
  const mess = (t: Report["table1"] | null) => {
    if (!t) return t;
    const out: Report["table1"] = {};
    for (const [row, cells] of Object.entries(t)) {
      const roll = rand.next();
      if (roll < 0.08) continue; // row not read
      if (roll < 0.16 || !cells) {
        out[row] = null; // row printed, unreadable
        continue;
      }
      out[row] = Object.fromEntries(Object.entries(cells).filter(() => rand.next() > 0.05).map(([c, v]) => [c, rand.next() < 0.1 ? null : v]));
    }
    return out;
  };
  const table2 = mess(r.table2) ?? {};
  // a group printed as one row (its value standing in for its rows'), and a row printed with no figure
  for (const g of Object.keys(TABLE2_GROUPS)) {
    if (rand.next() < 0.4) table2[g] = { total: rand.int(0, 9), natural_person: rand.int(0, 9), commercial: null };
    const leaf = Object.keys(table2).find((k) => k.startsWith(`${g}.`));
    if (leaf && rand.next() < 0.4) table2[leaf] = rand.next() < 0.5 ? {} : { total: null };
  }
  return { year: r.year, template: r.template, table1: mess(r.table1) ?? {}, table2, table3: rand.next() < 0.1 ? null : mess(r.table3) };
}

describe("rankings from the report cache's cell columns", () => {
  it("give every figure's value the tables give, whatever rows and cells are missing or null", async () => {
    const gen = await syntheticCorpus(300, 3);
    const reports = (await loadCorpus(gen.dir)).reports.slice(0, 120);
    const rand = new Rand(11);
    const tables = reports.map((r) => damaged(r, rand));
    const b = new CellColumnsBuilder();
    for (const t of tables) b.addReport(t);
    const cols = CellColumns.built(b.build());
    let stated = 0;
    const years = [...new Set(reports.map((r) => r.year))];
    for (const { metric, columns } of figures()) {
      const value = tableValue(metric, columns);
      // each year's reports, and only them, by their place among the year's reports
      for (const year of years) {
        const places = reports.flatMap((r, i) => (r.year === year ? [i] : []));
        const slot = new Int32Array(reports.length).fill(-1);
        places.forEach((i, p) => (slot[i] = p));
        const cells = new YearCells(places.length, (p) => (tables[places[p] as number] as PartialTables).template);
        cols.fillYear(figureCells(metric, columns), year, slot, cells);
        const fromCells = metricValuer(cells, metric, columns);
        places.forEach((i, p) => {
          const v = value(tables[i] as PartialTables);
          if (v !== null) stated++;
          expect(fromCells(p), `${i} ${JSON.stringify(metric)} ${columns.join("+")}`).toBe(v);
        });
      }
    }
    expect(stated).toBeGreaterThan(2000);
  }, 120_000);

  it("are the rankings of the parsed reports: the bundled reports", async () => {
    const { compared, stated } = await compare(new URL("../../data/reports/", import.meta.url).pathname);
    expect(compared).toBeGreaterThan(300);
    expect(stated).toBeGreaterThan(1000);
  }, 120_000);

  it("are the rankings of the parsed reports: synthetic reports", async () => {
    const gen = await syntheticCorpus(300, 3);
    const { compared, stated } = await compare(gen.dir);
    expect(compared).toBeGreaterThan(300);
    expect(stated).toBeGreaterThan(10_000);
  }, 240_000);
});

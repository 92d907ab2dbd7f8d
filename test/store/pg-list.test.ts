/**
 * The report list over PostgreSQL (“有哪些报告”, help) reads the regions kept as reports are
 * stored, not every report: kept right by an import's batches, by a single upload, and untouched by
 * a failed one; and the list says what the in-memory store says.
 */
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { loadCorpus, readReport } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { fileHash } from "../../src/store/pg/write.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const BUNDLED = new URL("../../data/reports/", import.meta.url).pathname;
const today = () => new Date("2026-11-23");
let db: PgFixture;
let store: PgStore;
let dir: string;

/** The regions as kept, and as every report says. */
async function regions(): Promise<{ kept: unknown[]; counted: unknown[] }> {
  const kept = await store.pool.query("SELECT region, reports, first_file FROM regions ORDER BY region");
  const counted = await store.pool.query(`SELECT region, count(*)::int AS reports, min(file COLLATE "C") AS first_file FROM reports GROUP BY region ORDER BY region`);
  return { kept: kept.rows, counted: counted.rows };
}

describe.skipIf(!!PG_SKIPPED)(pgSuite("the report list over PostgreSQL"), () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(60, 7);
    // an import's batches (two writers)
    db = await pgStoreOf({ folders: [gen.dir], workers: 2 });
    ({ store, dir } = db);
    expect(db.imported).toMatchObject({ stored: 60, unreadable: [] });
  }, 120_000);
  afterAll(async () => {
    await db?.close();
  });

  it("keeps each region's count and first file through an import, uploads and a failed upload", async () => {
    let r = await regions();
    expect(r.kept).toEqual(r.counted);
    // single uploads: a new region, then another year of it
    for (const f of ["hongze-2023.txt", "hongze-2024.txt", "xunyang-2023.txt"]) {
      const data = await readFile(join(BUNDLED, f));
      expect(await store.save(await readReport(f, data), fileHash(data))).toMatchObject({ stored: true });
      await copyFile(join(BUNDLED, f), join(dir, f));
    }
    const data = await readFile(join(BUNDLED, "leping-2023.txt"));
    const report = await readReport("leping-2023.txt", data);
    const broken: Report = { ...report, passages: [...report.passages, { id: "p-bad", section: 1, text: "坏\u0000字", start: 0, end: 1 }] };
    await expect(store.save(broken, fileHash(data))).rejects.toThrow();
    r = await regions();
    expect(r.kept).toEqual(r.counted);
    expect(r.kept).toContainEqual({ region: "洪泽区", reports: 2, first_file: "hongze-2023.txt" });
  });

  it("lists the reports as the in-memory store does, without grouping every report", async () => {
    await store.refresh();
    const memory = createAnswerer((await loadCorpus(dir)).reports, { today });
    const sql: string[] = [];
    const query = store.pool.query.bind(store.pool);
    (store.pool as unknown as { query: unknown }).query = (...args: unknown[]) => {
      sql.push(String(typeof args[0] === "string" ? args[0] : (args[0] as { text?: string }).text));
      return (query as (...a: unknown[]) => unknown)(...args);
    };
    try {
      for (const q of ["有哪些报告", "帮助", ""]) expect(JSON.stringify(await store.answer(q, { today }))).toBe(JSON.stringify(memory.answer(q)));
    } finally {
      (store.pool as unknown as { query: unknown }).query = query;
    }
    expect(sql.filter((s) => /FROM reports\b[^]*GROUP BY/u.test(s))).toEqual([]);
  });
});

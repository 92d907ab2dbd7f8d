/**
 * A county's parent stated in its own report (“我县隶属澄州市”, read/stated-parents.ts) from
 * PostgreSQL as from memory: the names the store serves carry the first statement by file of any of
 * the body's reports, whatever was saved last — a later report stating none, or another parent,
 * changes nothing (memory.ts distinctAgencies) — and the answers are the in-memory store's.
 * Names are invented (test/answers/stated-parents.test.ts has the reader's side).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { distinctAgencies } from "../../src/store/memory.ts";
import { openPgStore } from "../../src/store/pg/store.ts";
import { randomFigures } from "../helpers/figures.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { renderReport } from "../helpers/render-report.ts";

const today = () => new Date("2026-11-30");

/** A generated report of the agency and year whose 总体情况 opens with `said`. */
function report(agency: string, year: number, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-${year}.txt`);
}

// saved in this order: each county's report that states a parent first, then one stating none or another
const SAVED = [
  report("澄州市人民政府", 2021, "", 1),
  report("澄州市人民政府", 2022, "", 2),
  report("岭溪县人民政府", 2021, "我县隶属澄州市。", 3),
  report("岭溪县人民政府", 2022, "", 4),
  report("苇塘县人民政府", 2022, "我县隶属溧川市。", 5),
  report("苇塘县人民政府", 2021, "我县隶属澄州市。", 6),
  report("砾屏县人民政府", 2021, "", 7),
  report("砾屏县人民政府", 2022, "", 8),
];
/** As the in-memory corpus loads them: by file. */
const LOADED = unifyAgencies([...SAVED].sort((a, b) => (a.file < b.file ? -1 : 1)));

const QUESTIONS = ["2021年澄州市哪个县收到的申请最多", "2022年澄州市哪个县收到的申请最多", "2022年澄州市各县收到多少申请", "岭溪县2022年收到多少申请"];

let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("stated parents from PostgreSQL"), () => {
  beforeAll(async () => {
    db = await pgStoreOf(SAVED);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("the reader states them as the test means", () => {
    expect(SAVED.map((r) => [r.file, r.body?.parents])).toEqual([
      ["澄州市人民政府-2021.txt", []],
      ["澄州市人民政府-2022.txt", []],
      ["岭溪县人民政府-2021.txt", ["澄州市"]],
      ["岭溪县人民政府-2022.txt", []],
      ["苇塘县人民政府-2022.txt", ["溧川市"]],
      ["苇塘县人民政府-2021.txt", ["澄州市"]],
      ["砾屏县人民政府-2021.txt", []],
      ["砾屏县人民政府-2022.txt", []],
    ]);
  });

  it("the names carry each body's first statement by file, as in memory", () => {
    const byAgency = (names: { agency: string; parents?: string[] }[]) => Object.fromEntries(names.map((n) => [n.agency, n.parents ?? []]));
    expect(byAgency(db.store.names())).toEqual(byAgency(distinctAgencies(LOADED)));
    expect(byAgency(db.store.names())).toMatchObject({ 岭溪县人民政府: ["澄州市"], 苇塘县人民政府: ["澄州市"], 砾屏县人民政府: [] });
  });

  it("the agency's row keeps the parents a saved report stated: one stating none erases nothing", async () => {
    const { rows } = await db.store.pool.query<{ name: string; parents: string[] | null }>("SELECT name, parents FROM agencies ORDER BY name");
    expect(Object.fromEntries(rows.map((r) => [r.name, r.parents]))).toMatchObject({ 岭溪县人民政府: ["澄州市"], 苇塘县人民政府: ["溧川市"], 砾屏县人民政府: [] });
  });

  it("answers as the in-memory store does, JSON for JSON; 砾屏县 is named, not ranked", async () => {
    expect(await answerDiffs(db.store, () => createAnswerer(LOADED, { today }), QUESTIONS, today)).toEqual([]);
    const ranked = await db.store.answer(QUESTIONS[0] as string, { today });
    expect(ranked.figures.map((f) => f.agency).sort()).toEqual(["岭溪县人民政府", "苇塘县人民政府"]);
    expect(ranked.text).toContain("砾屏县人民政府的名称、地名表和报告都没有写明上级，不知是否在澄州市下辖，未参加比较");
  });

  it("reports stored before migration 9 state theirs once it runs", async () => {
    await db.store.pool.query("DROP INDEX reports_stated; ALTER TABLE reports DROP COLUMN stated; DELETE FROM schema_migrations WHERE version = 9");
    const again = await openPgStore(db.url, { listen: false });
    try {
      const byAgency = Object.fromEntries(again.names().map((n) => [n.agency, n.parents ?? []]));
      expect(byAgency).toEqual(Object.fromEntries(distinctAgencies(LOADED).map((n) => [n.agency, n.parents ?? []])));
    } finally {
      await again.close();
    }
  });
});

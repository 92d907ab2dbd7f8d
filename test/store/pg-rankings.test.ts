/**
 * Rankings over PostgreSQL: what a ranking needs is fetched a pass at a time, every miss of a pass
 * together (an indicator's input rankings at once, the reports a ranking shows at once); a ranking's
 * page made by one replica is read by the others from the database, not made again from the cells,
 * until a report of that year is stored.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { readReport } from "../../src/index/corpus.ts";
import type { Answer, Report } from "../../src/index/schema.ts";
import { openPgStore, type PgStore } from "../../src/store/pg/store.ts";
import { fileHash } from "../../src/store/pg/write.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const today = () => new Date("2026-11-23");
const RATE = "2023年哪个地方公开率最高";
const FEWEST = "2023年哪个地区依申请公开最少";
const TOP20 = "2023年依申请公开数量排名前20的地区";
let db: PgFixture;
let url: string;
let a: PgStore;
let b: PgStore;

/** The SQL a store sends while answering: a spy on its pool. */
async function sqlOf(store: PgStore, question: string): Promise<{ answer: Answer; sql: string[] }> {
  const sql: string[] = [];
  const query = store.pool.query.bind(store.pool);
  const spy = (...args: unknown[]) => {
    const text = args[0];
    sql.push(typeof text === "string" ? text : String((text as { text?: string }).text));
    return (query as (...a: unknown[]) => unknown)(...args);
  };
  (store.pool as unknown as { query: unknown }).query = spy;
  try {
    return { answer: await store.answer(question, { today }), sql };
  } finally {
    (store.pool as unknown as { query: unknown }).query = query;
  }
}
/** A ranking made from the year's cells reads the figure's cells and who wrote each report of the year. */
const readsTheYear = (sql: string[]) => sql.filter((s) => /FROM cells WHERE year|FROM table_rows WHERE year|WHERE r\.year = \$1/u.test(s));
const changed = (store: PgStore) => new Promise<void>((resolve) => store.onChange(resolve));

describe.skipIf(!!PG_SKIPPED)(pgSuite("rankings over PostgreSQL"), () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(60, 7);
    // two replicas, both listening
    db = await pgStoreOf({ folders: [gen.dir], workers: 1 }, {});
    ({ url, store: a } = db);
    expect(db.imported).toMatchObject({ stored: 60, unreadable: [] });
    b = await openPgStore(url);
  }, 120_000);
  afterAll(async () => {
    await b?.close();
    await db?.close();
  });

  it("fetches an indicator's input rankings in one pass and the ten reports it shows in one more", async () => {
    const answer = await a.answer("2022年哪个地方公开率最高", { today });
    expect(answer).toMatchObject({ status: "answered", kind: "ranking" });
    expect(answer.text.match(/^\d+\. /gmu)?.length).toBe(10);
    // inputs (予以公开, 部分公开, 办理结果总计); the ten reports shown; their agencies' other years; done
    expect(a.passes()).toBeLessThanOrEqual(5);
  });

  it("answers a ranking another replica made from the kept page, without reading the year's cells", async () => {
    for (const q of [FEWEST, RATE]) {
      const made = await sqlOf(a, q);
      expect(made.answer).toMatchObject({ status: "answered", kind: "ranking" });
      expect(readsTheYear(made.sql).length).toBeGreaterThan(0);
      const read = await sqlOf(b, q);
      expect(readsTheYear(read.sql)).toEqual([]);
      expect(JSON.stringify(read.answer)).toBe(JSON.stringify(made.answer));
    }
  });

  it("leaves the kept rankings as they were when an upload fails", async () => {
    const before = [(await b.answer(FEWEST, { today })).text, (await b.answer(RATE, { today })).text];
    const data = await readFile(new URL("../../data/reports/xunyang-2023.txt", import.meta.url));
    const report = await readReport("xunyang-2023.txt", data);
    // PostgreSQL text cannot hold NUL: the upload fails after the report's row was written
    const broken: Report = { ...report, passages: [...report.passages, { id: "p-bad", section: 1, text: "坏\u0000字", start: 0, end: 1 }] };
    await expect(a.save(broken, fileHash(data))).rejects.toThrow();
    await a.refresh();
    await b.refresh();
    for (const store of [a, b]) {
      const read = await sqlOf(store, FEWEST);
      expect(readsTheYear(read.sql)).toEqual([]);
      expect(read.answer.text).toBe(before[0]);
      expect((await store.answer(RATE, { today })).text).toBe(before[1]);
    }
  });

  it("ranks a report stored in one replica in both, the kept page made again once", async () => {
    const count = (t: string) => Number(/已收录的 (\d+) 份/u.exec(t)?.[1]);
    const before = await b.answer(RATE, { today });
    expect((await a.answer(TOP20, { today })).figures).not.toContainEqual(expect.objectContaining({ region: "浔阳区" }));
    const data = await readFile(new URL("../../data/reports/xunyang-2023.txt", import.meta.url));
    const heard = Promise.all([changed(a), changed(b)]);
    expect(await a.save(await readReport("xunyang-2023.txt", data), fileHash(data))).toMatchObject({ stored: true });
    await heard;
    // every 2023 government ranked: 浔阳区 with its 14 applications among them
    const made = await sqlOf(b, TOP20);
    expect(readsTheYear(made.sql).length).toBeGreaterThan(0);
    expect(made.answer.figures).toContainEqual(expect.objectContaining({ region: "浔阳区", value: 14 }));
    const read = await sqlOf(a, TOP20);
    expect(readsTheYear(read.sql)).toEqual([]);
    expect(JSON.stringify(read.answer)).toBe(JSON.stringify(made.answer));
    for (const store of [a, b]) expect(count((await store.answer(RATE, { today })).text)).toBe(count(before.text) + 1);
  });

  it("keeps nothing made from reports a replica has not been told of yet", async () => {
    const c = await openPgStore(url, { listen: false });
    try {
      const kept = async () => Number((await a.pool.query<{ n: string }>("SELECT count(*) AS n FROM kept_rankings")).rows[0]?.n);
      const data = await readFile(new URL("../../data/reports/leping-2023.txt", import.meta.url));
      expect(await a.save(await readReport("leping-2023.txt", data), fileHash(data))).toMatchObject({ stored: true });
      const before = await kept();
      // c ranks the year's reports as they are now, 乐平市's too, but its names still count one fewer
      expect((await c.answer("2023年哪个地区行政复议最多", { today })).status).toBe("answered");
      expect(await kept()).toBe(before);
      await c.refresh();
      expect((await c.answer("2023年哪个地区行政复议最多", { today })).status).toBe("answered");
      expect(await kept()).toBe(before + 1);
    } finally {
      await c.close();
    }
  });
});

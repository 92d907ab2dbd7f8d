/**
 * Two bot processes on one database: an upload in one is answered by the other within a second
 * (LISTEN/NOTIFY), an upload that fails leaves nothing behind, and a chat event re-delivered to
 * both replicas is answered once.
 */
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readReport } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { openPgStore, type PgStore } from "../../src/store/pg/store.ts";
import { fileHash } from "../../src/store/pg/write.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const file = (name: string) => new URL(`../../data/reports/${name}`, import.meta.url);
const today = () => new Date("2026-11-23");
let a: PgStore;
let b: PgStore;
let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("PostgreSQL replicas"), () => {
  beforeAll(async () => {
    // two replicas, both listening, on a database holding one report
    const data = await readFile(file("xunyang-2023.txt"));
    db = await pgStoreOf([await readReport("xunyang-2023.txt", data)], {});
    a = db.store;
    b = await openPgStore(db.url);
  });
  afterAll(async () => {
    await b?.close();
    await db?.close();
  });

  it("sees a report stored by another process, told by the database alone", async () => {
    const q = "乐清市2023年依申请公开多少件";
    expect((await b.answer(q, { today })).status).toBe("not_found");
    // a ranking of the year, and who wrote that year's reports, are kept by b: the change drops them
    const ranking = "2023年哪个地方收到的政府信息公开申请最多";
    const before = (await b.answer(ranking, { today })).text;
    // (how fast is the bench's business; here: b is told, by the database alone)
    const changed = new Promise<void>((resolve) => b.onChange(resolve));
    const data = await readFile(file("yueqing-2023.txt"));
    expect(await a.save(await readReport("yueqing-2023.txt", data), fileHash(data))).toMatchObject({ stored: true });
    await changed;
    const answer = await b.answer(q, { today });
    expect(answer).toMatchObject({ status: "answered" });
    expect(answer.figures[0]?.region).toBe("乐清市");
    // 乐清市's office now takes part (and is left out of a ranking of governments, which says so)
    expect((await b.answer(ranking, { today })).text).not.toBe(before);
  });

  it("leaves nothing half-stored when an upload fails midway", async () => {
    const data = await readFile(file("leping-2023.txt"));
    const report = await readReport("leping-2023.txt", data);
    const before = await a.count();
    // PostgreSQL text cannot hold NUL: the passages' insert fails after the report's row was written
    const broken: Report = { ...report, passages: [...report.passages, { id: "p-bad", section: 1, text: "坏\u0000字", start: 0, end: 1 }] };
    await expect(a.save(broken, fileHash(data))).rejects.toThrow();
    expect(await a.count()).toBe(before);
    const orphans = await a.pool.query<{ n: string }>("SELECT (SELECT count(*) FROM cells c WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = c.report_id)) + (SELECT count(*) FROM agencies a WHERE a.name = $1) AS n", [report.agency]);
    expect(Number(orphans.rows[0]?.n)).toBe(0);
    expect(await a.save(report, fileHash(data))).toMatchObject({ stored: true });
  });

  it("stores nothing of an import batch that fails midway: no report, no row, no term frequency", async () => {
    const good = await readFile(file("hongze-2023.txt"));
    const other = await readFile(file("hongze-2024.txt"));
    const first = await readReport("hongze-2023.txt", good);
    const second = await readReport("hongze-2024.txt", other);
    const state = async () => (await a.pool.query<{ s: string }>("SELECT (SELECT count(*) FROM reports) || '/' || (SELECT count(*) FROM cells) || '/' || (SELECT count(*) FROM passages) || '/' || (SELECT coalesce(sum(df), 0) FROM terms) AS s")).rows[0]?.s;
    const before = await state();
    const broken: Report = { ...second, passages: [...second.passages, { id: "p-bad", section: 1, text: "坏\u0000字", start: 0, end: 1 }] };
    await expect(a.saveBatch([{ report: first, hash: fileHash(good) }, { report: broken, hash: fileHash(other) }])).rejects.toThrow();
    expect(await state()).toBe(before);
    expect(await a.saveBatch([{ report: first, hash: fileHash(good) }, { report: second, hash: fileHash(other) }])).toMatchObject([{ stored: true }, { stored: true }]);
    expect(await state()).not.toBe(before);
  });

  it("answers a re-delivered chat event once across replicas", async () => {
    expect(await a.firstTime(["ev-1", "msg-1"])).toBe(true);
    expect(await b.firstTime(["ev-1", "msg-1"])).toBe(false);
    // a re-sent message with a new event id is still the same message
    expect(await b.firstTime(["ev-2", "msg-1"])).toBe(false);
    // both replicas given the same new event at once: exactly one answers it
    const both = await Promise.all([a.firstTime(["ev-3", "msg-3"]), b.firstTime(["ev-3", "msg-3"])]);
    expect(both.filter(Boolean)).toHaveLength(1);
    // after the time-to-live an id is new again
    await new Promise((r) => setTimeout(r, 30));
    expect(await a.firstTime(["ev-1", "msg-1"], 10)).toBe(true);
  });
});

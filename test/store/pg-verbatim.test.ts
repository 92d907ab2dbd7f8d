/**
 * Reports printed in traditional characters (read in simplified ones, quoted as printed from
 * Report.original): the PostgreSQL store keeps the printed text, so a report comes back with it and
 * every answer — its quotes above all — is the in-memory store's, JSON for JSON.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const require = createRequire(import.meta.url);
const opencc = require("opencc-js/cn2t") as { Converter(o: { from: string; to: string }): (s: string) => string };
const toTraditional = opencc.Converter({ from: "cn", to: "tw" });
const squash = (s: string) => s.replace(/\s+/gu, "");
const today = () => new Date("2026-11-23");

const FILES = ["xunyang-2023.txt", "hongze-2024.txt"];
const QUESTIONS = ["浔阳区2023年依申请公开多少件", "浔阳区2023年开展政务公开培训几次", "浔阳区2023年公开了多少条招投标信息", "洪泽区2024年依申请公开多少件", "洪泽区2024年行政复议多少件", "洪泽区 政府信息公开 培训"];

let db: PgFixture;
let store: PgStore;
let dir: string;
let printed: string;
let reports: Report[];

describe.skipIf(!!PG_SKIPPED)(pgSuite("the PostgreSQL store, traditional-character reports"), () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "nianbao-pg-trad-"));
    const texts: string[] = [];
    for (const f of FILES) {
      const text = toTraditional(await readFile(new URL(`../../data/reports/${f}`, import.meta.url), "utf8"));
      await writeFile(join(dir, f), text);
      texts.push(squash(text));
    }
    printed = texts.join("\n");
    db = await pgStoreOf({ folders: [dir], workers: 1 });
    store = db.store;
    expect(db.imported).toMatchObject({ stored: FILES.length, unreadable: [] });
    reports = (await loadCorpus(dir)).reports;
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("gives back the printed text", async () => {
    const back = await store.reportsByFile(FILES);
    expect(back.map((r) => r.original)).toEqual(FILES.map((f) => reports.find((r) => r.file === f)?.original));
    expect(back.every((r) => r.original && r.original !== r.text)).toBe(true);
  });

  it("quotes as printed, the in-memory store's answers JSON for JSON", async () => {
    const memory = createAnswerer(reports, { today });
    let quoted = 0;
    for (const q of QUESTIONS) {
      const m = memory.answer(q);
      const p = await store.answer(q, { today });
      expect(JSON.stringify(p), q).toBe(JSON.stringify(m));
      for (const quote of p.quotes) {
        quoted++;
        expect(printed, `${q}: “${quote.text}”`).toContain(squash(quote.text));
      }
    }
    expect(quoted).toBeGreaterThan(4);
  });
});

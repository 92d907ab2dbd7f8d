/**
 * The PostgreSQL store against the in-memory one: a report comes back from the database exactly
 * as it was read, and every question — the bundled reports' and a generated set over synthetic
 * reports, every kind — gets the same answer, JSON for JSON, from both stores.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QuestionMaker } from "../../bench/questions.ts";
import { Rand, syntheticCorpus } from "../../bench/synthetic.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { isReportFile, loadCorpus, readReport } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { importDir } from "../../src/store/pg/import.ts";
import { loadReports } from "../../src/store/pg/read.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { fileHash } from "../../src/store/pg/write.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const BUNDLED = new URL("../../data/reports/", import.meta.url).pathname;
const today = () => new Date("2026-11-23");

/** Questions a user of the bundled reports asks, of every kind, including the awkward ones. */
const BUNDLED_QUESTIONS = [
  "浔阳区2023年依申请公开多少件", "浔阳区 2023 依申请", "赣州市2023年收到多少政府信息公开申请", "乐平市2023年依申请公开多少件",
  "樟树市2020年办结多少件", "乐平市2023年市长信箱收到多少信件", "赣州市2023年办理结果", "浔阳区2023年不予公开的原因", "赣州市2023年申请人构成",
  "对比赣州市和乐清市2023年依申请公开数量", "2023年哪个地方收到的政府信息公开申请最多", "2023年哪个地方行政复议最少", "2023年行政处罚前三名",
  "洪泽区历年行政许可处理决定数量", "洪泽区2023年和2024年依申请公开", "赣州 云直播", "政府信息公开 培训", "浔阳区2023年", "浔阳", "洪泽",
  "乐清市2023年行政诉讼多少件", "赣州市2023年行政复议结果纠正几件", "上海市2023年依申请公开多少件", "淮安2024年依申请公开",
  "", "/reports", "有哪些报告", "帮助", "2023年哪个地方最多", "乐平市2023年政务公开培训", "樟树市2019年依申请公开多少件", "乐清市2023年法人或其他组织申请多少件",
  "2023年哪个地方公开率最高", "赣州市2023年公开率", "洪泽区2024年依申请公开同比", "2023年哪个地方纠错率最低",
];

let db: PgFixture;
let store: PgStore;
let dir: string;
let memory: ReturnType<typeof createAnswerer>;
let raw: Report[];
let maker: QuestionMaker;

describe.skipIf(!!PG_SKIPPED)(pgSuite("the PostgreSQL store"), () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(60, 7);
    maker = new QuestionMaker(gen.truth, gen.plans, 7);
    // `nianbao import`'s path: worker threads, several writes at once
    db = await pgStoreOf({ folders: [BUNDLED, gen.dir], workers: 2 });
    ({ store, dir } = db);
    expect(db.imported).toMatchObject({ files: 68, stored: 68, known: 0, twins: [], unreadable: [] });
    raw = [];
    for (const f of (await readdir(dir)).filter(isReportFile).sort()) raw.push(await readReport(f, await readFile(join(dir, f))));
    memory = createAnswerer((await loadCorpus(dir)).reports, { today });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it("gives back every report exactly as it was read: tables with their missing rows and unreadable cells, passages, narrative figures, checks", async () => {
    const { rows } = await store.pool.query<{ id: number; file: string }>("SELECT id, file FROM reports");
    const ids = new Map(rows.map((r) => [r.file, r.id]));
    const back = await loadReports(store.pool, raw.map((r) => ids.get(r.file) as number));
    expect(back.length).toBe(raw.length);
    back.forEach((r, i) => expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(raw[i]))));
  });

  it("stores a file once: importing again, the same bytes under another name, or another file of the same agency and year change nothing", async () => {
    expect(await importDir(store, dir, { workers: 1 })).toMatchObject({ files: 68, stored: 0, known: 68 });
    const first = raw[0] as Report;
    const data = await readFile(join(dir, first.file));
    expect(await store.save({ ...first, file: "copy.txt" }, fileHash(data))).toMatchObject({ stored: false, reason: "same_file", twin: first.file });
    expect(await store.save({ ...first, file: "other.txt" }, "another hash")).toMatchObject({ stored: false, reason: "same_report", twin: first.file });
    expect(await store.save({ ...first, agency: "另一个机关" }, "a third hash")).toMatchObject({ stored: false, reason: "same_name", twin: first.file });
    expect(await store.count()).toBe(raw.length);
  });

  it("answers the bundled reports' questions as the in-memory store does, JSON for JSON", async () => {
    expect(await answerDiffs(store, () => memory, BUNDLED_QUESTIONS, today, 3)).toEqual([]);
  });

  it("answers a generated set over synthetic reports (figures, rankings, trends, comparisons, breakdowns, searches) as the in-memory store does", async () => {
    // the bench's mix, with more rankings and searches (where the stores' code differs most)
    const rand = new Rand(11);
    const questions = [
      ...maker.mixed(200, 7).map((b) => b.q),
      ...Array.from({ length: 30 }, () => maker.ranking(rand).q),
      ...Array.from({ length: 30 }, () => maker.search(rand).q),
      ...Array.from({ length: 10 }, () => maker.ambiguous(rand).q),
    ];
    expect(new Set(questions).size).toBeGreaterThan(100);
    expect(await answerDiffs(store, () => memory, questions, today, 3)).toEqual([]);
  });
});


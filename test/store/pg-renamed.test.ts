/**
 * Renamed bodies and a county's 分局 from PostgreSQL as from memory (test/helpers/renamed-city.ts):
 * the store's view fetches the other names of a body's line as it fetches any agency, and the
 * names it serves place a 分局 in the county it is named after.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { branchCityReports, renamedCityReports } from "../helpers/renamed-city.ts";

const today = () => new Date("2026-11-30");

const QUESTIONS = [
  "澄岚市城管局依申请公开多少件",
  "澄岚市城管局2022年依申请公开多少件",
  "澄岚市卫健委2020年依申请公开多少件",
  "澄岚市卫健委2018年依申请公开多少件",
  "澄岚市卫健委2019到2024年依申请公开数量",
  "澄岚市卫健委2021年依申请比上年多了多少",
  "澄岚市环保局依申请公开多少件",
  "澄岚市市场监督管理局2019年依申请公开多少件",
  "苇川县环保局2023年依申请公开多少件",
  "苇川分局2024年依申请公开多少件",
  "苇川县公安局2023年依申请公开多少件",
  "苇川县有哪些报告",
];

let db: PgFixture;
let store: PgStore;
let memory: ReturnType<typeof createAnswerer>;

describe.skipIf(!!PG_SKIPPED)(pgSuite("renamed bodies and a county's 分局 from PostgreSQL"), () => {
  beforeAll(async () => {
    const reports = [...renamedCityReports(), ...branchCityReports()];
    db = await pgStoreOf(reports);
    store = db.store;
    memory = createAnswerer(unifyAgencies(reports), { today });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers as the in-memory store does, JSON for JSON", async () => {
    expect(await answerDiffs(store, () => memory, QUESTIONS, today)).toEqual([]);
  });

  it("reads across the rename and finds the 分局 by its county", async () => {
    const latest = await store.answer("澄岚市城管局依申请公开多少件", { today });
    expect([latest.figures[0]?.agency, latest.figures[0]?.year, latest.figures[0]?.value]).toEqual(["澄岚市城市管理综合执法局", 2024, 6]);
    const branch = await store.answer("苇川县环保局2023年依申请公开多少件", { today });
    expect([branch.figures[0]?.agency, branch.figures[0]?.value]).toEqual(["漱玉市生态环境局苇川分局", 4]);
  });
});

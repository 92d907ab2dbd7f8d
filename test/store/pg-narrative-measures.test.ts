/**
 * Narrative counts read by their sub-heading, measure word and channel (test/answers/narrative-measures.test.ts)
 * from PostgreSQL as from memory: the sub-heading is read from the stored passages, so a ranking of 主动公开
 * counts the “(一)主动公开政府信息方面 … 全年…累计公开信息6327条” of a report loaded from the database, and
 * every answer is the in-memory store's, JSON for JSON. Reports here are written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const today = () => new Date("2026-11-30");
const gov = (agency: string, body: string) => parseReport(`${agency}2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, `${agency}-2023.txt`);

const SAVED = [
  gov("澄溪区人民政府", "(一)主动公开政府信息方面\n定期发布重点项目等新闻动态。新增7个全新基层政务公开领域。全年通过政府门户网站累计公开信息6327条,政府公告公示231条,政府微信公众号累计发布112条。"),
  gov("柳塘区人民政府", "一是2023年区政府门户网站主动公开政府信息5656条,其中,公开重点信息2609条。全年组织开展政务公开专题培训2次，参训人员290人次。"),
  gov("苇塘区人民政府", "通过门户网站及7个政务新媒体账号发布信息3409条。“苇塘发布”微信公众号全年发布信息62条。"),
];
const LOADED = unifyAgencies([...SAVED].sort((a, b) => (a.file < b.file ? -1 : 1)));

const QUESTIONS = [
  "2023年哪个区政府主动公开政府信息最多",
  "澄溪区2023年主动公开多少条",
  "柳塘区2023年培训人次",
  "柳塘区2023年培训次数",
  "苇塘区2023年政务新媒体账号有几个",
  "苇塘区2023年政务公众号发布信息多少条",
];

let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("narrative measures from PostgreSQL"), () => {
  beforeAll(async () => {
    db = await pgStoreOf(SAVED);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers as the in-memory store does, JSON for JSON", async () => {
    expect(await answerDiffs(db.store, () => createAnswerer(LOADED, { today }), QUESTIONS, today)).toEqual([]);
  });

  it("the ranking counts the count under its 主动公开 sub-heading", async () => {
    const a = await db.store.answer(QUESTIONS[0] as string, { today });
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["澄溪区人民政府", 6327], ["柳塘区人民政府", 5656]]);
  });
});

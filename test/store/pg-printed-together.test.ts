/**
 * Figures cut pages print in their text only (test/answers/printed-together.test.ts) from PostgreSQL as from memory:
 * a noun list after a count, 起诉案件 as 行政诉讼, 予以公开及部分公开 together, 规范性文件 with table 1 unread, a channel's
 * count by another verb and in a sum, a count stated twice, a number whose measure word its sentence prints for the
 * same words — every answer is the in-memory store's, JSON for JSON. Reports here are written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const today = () => new Date("2026-11-30");
const cut = (agency: string, year: number, body: string) => parseReport(`${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, `${agency}-${year}.txt`);

const SAVED = [
  cut("雩山县人民政府办公室", 2025, "(一)主动公开方面。年内公开规范性文件4件,其他文件19件;年内公开37件人大代表建议、政协提案办理情况。\n(二)依申请公开方面。全年共收到依申请公开事项26件,办结26件;政府信息公开行政复议案件3件,结果维持2件,正在复议1件;起诉案件1件,正在审理中;结转起诉案件2件,结果维持。"),
  cut("泖川市人民政府", 2025, "(二)依申请公开方面。全年共收到政府信息公开申请21件,均在法定期限内予以答复。其中,予以公开及部分公开17件,占81%;不予公开4件。"),
  cut("泖川市桐榆区人民政府", 2023, "(一)主动公开情况\n2023年,我区依托区政府网站公开各类政府信息3210条,通过微信公众号发布信息802条,今日头条公开信息133条,抖音平台公开信息95条。"),
  cut("泖川市雩溪县人民政府", 2022, "(二)依申请公开情况\n2022年政府新收依申请公开数量为3件,办理结果为予以公开3件;部门新收依申请公开数量为5件,办理结果为予以公开2件,无法提供3件。"),
  cut("泖川市雩溪县人民政府办公室", 2023, "依托政府门户网站组织发布信息3470条,访问量140万余人次,县政府微信公众号发布信息41,微博发布信息46条,政府工作透明度进一步提高。"),
];
const LOADED = unifyAgencies([...SAVED].sort((a, b) => (a.file < b.file ? -1 : 1)));

const QUESTIONS = [
  "雩山县政府办2025年公开多少件人大代表建议、政协提案办理情况",
  "雩山县政府办2025年公开多少件政协提案办理情况",
  "雩山县政府办2025年行政诉讼几件",
  "雩山县政府办2025年规范性文件几件",
  "泖川市2025年予以公开及部分公开多少件",
  "泖川市2025年部分公开多少件",
  "桐榆区2023年抖音发布多少条",
  "桐榆区2023年微信公众号和抖音一共发布多少条",
  "雩溪县2022年政府和部门一共新收依申请多少件",
  "雩溪县2022年新收依申请多少件",
  "雩溪县政府办2023年微信公众号发布信息多少条",
];

let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("figures printed together, from PostgreSQL"), () => {
  beforeAll(async () => {
    db = await pgStoreOf(SAVED);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers as the in-memory store does, JSON for JSON", async () => {
    expect(await answerDiffs(db.store, () => createAnswerer(LOADED, { today }), QUESTIONS, today)).toEqual([]);
  });

  it("the sum and the measure word read from the sentence come back from the database", async () => {
    const sum = await db.store.answer("桐榆区2023年微信公众号和抖音一共发布多少条", { today });
    expect(sum.figures[0]?.value, sum.text).toBe(897);
    const lost = await db.store.answer("雩溪县政府办2023年微信公众号发布信息多少条", { today });
    expect(lost.figures.map((f) => [f.value, f.unit]), lost.text).toEqual([[41, "条"]]);
  });
});

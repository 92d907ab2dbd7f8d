/**
 * Rankings narrowed to a field of bodies (who.ts rankPool: 县直部门, 乡镇街道, 街道, 区县, 开发区,
 * vertical bodies, a place's departments, every body of one name) from the database, against the
 * in-memory store: the same page, counts and notes on who was left out, JSON for JSON. The
 * PostgreSQL store makes a pool's page from the year's values and the agencies' names (pooled.ts),
 * not from the year's reports read whole or by head, so this is where the two ways must meet.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { openPgStore, type PgStore } from "../../src/store/pg/store.ts";
import { countyReports } from "../helpers/county.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { makeReport } from "../helpers/report.ts";

const today = () => new Date("2026-11-30");

/** A city above 柘川县 with its districts, another county, a development zone; bodies lacking the figure; a second year. */
const EXTRA: [string, number, number][] = [
  ["柘州市人民政府", 140, 50],
  ["柘州市柘东区人民政府", 44, 12],
  ["柘州市柘西区人民政府", 44, 20],
  ["柘州市兰溪县人民政府", 61, 30],
  ["柘州市兰溪县财政局", 9, 3],
  ["柘州市兰溪县税务局", 7, 2],
  ["柘州市兰溪县城关镇人民政府", 5, 1],
  ["柘州高新技术产业开发区管理委员会", 18, 6],
  ["柘州市教育局", 25, 8],
  ["国家税务总局柘州市税务局", 12, 5],
];
const LACKING = ["柘川县水利局", "柘川县龙门镇人民政府", "柘州市柘南区人民政府", "柘州市交通运输局"];

function corpus(): Report[] {
  const year2023 = countyReports(EXTRA);
  const lacking = LACKING.map((agency) => makeReport({ agency, region: identify(agency).region, file: `${agency}-2023.txt` }));
  // the year before: some of the same bodies, other values (a ranking of 2022 must not read 2023)
  const year2022 = countyReports(EXTRA)
    .filter((_, i) => i % 2 === 0)
    .map((r, i) => ({ ...r, year: 2022, file: r.file.replace("2023", "2022"), title: r.title.replace("2023", "2022"), table2: { new: { total: 3 + ((i * 7) % 11) }, granted: { total: i } } as never }));
  return [...year2023, ...lacking, ...year2022].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

const QUESTIONS = [
  "2023年哪个地方收到的申请最多",
  "2023年哪个地方收到的申请最少",
  "2022年哪个地方收到的申请最多",
  "柘川县县直部门2023年依申请排名",
  "柘川县县直部门里2023年谁收到的依申请最多",
  "柘川县各乡镇街道2023年依申请哪个最多",
  "柘川县乡镇2023年依申请排名",
  "柘川县2023年街道办事处依申请哪个多",
  "县里哪个乡镇2023年依申请最多",
  "柘川县2023年部门里依申请最少的是哪个",
  "柘川县2023年哪个垂直管理部门依申请最多",
  "柘川县垂直部门2023年予以公开排名",
  "柘州市哪个区县2023年依申请最多",
  "2023年哪个区县收到的申请最多",
  "2023年哪个县予以公开最少",
  "2023年哪个开发区依申请最多",
  "2023年各管委会依申请排名",
  "2023年哪个税务局依申请最多",
  "2023年哪个教育局依申请最多",
  "柘州市2023年哪个部门依申请最多",
  "2023年哪个部门依申请最多",
  "2023年各单位予以公开前三名",
  "柘川县各乡镇2023年一共收到多少申请",
  "柘州市各区县2023年依申请一共多少件",
  "2023年哪个地方公开率最高",
];

let db: PgFixture;
let store: PgStore;
let memory: ReturnType<typeof createAnswerer>;

describe.skipIf(!!PG_SKIPPED)(pgSuite("rankings of a field of bodies from PostgreSQL"), () => {
  beforeAll(async () => {
    const reports = corpus();
    db = await pgStoreOf(reports);
    store = db.store;
    memory = createAnswerer(unifyAgencies(reports), { today });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers every field's ranking as the in-memory store does, JSON for JSON", async () => {
    for (const q of QUESTIONS) expect(memory.answer(q).status, q).not.toBe("error");
    expect(await answerDiffs(store, () => memory, QUESTIONS, today)).toEqual([]);
  });

  it("says who was left out and who lacks the figure, as in memory", async () => {
    const q = "柘川县2023年部门里依申请最少的是哪个";
    const p = await store.answer(q, { today });
    // the kinds left out in the order they first rank (the year's ranking, every body of it), their counts
    expect(p.text).toContain("未参加比较：乡镇（街道） 7 份、垂直管理机构 5 份、政府部门 3 份、开发区（园区）管委会 1 份、人民政府 6 份。");
    // 柘川县水利局 prints no table: named among those lacking the figure
    expect(p.text).toContain("柘川县水利局的报告中没有这一数字");
    expect(JSON.stringify(p)).toBe(JSON.stringify(memory.answer(q)));
  });

  it("gives the same answers again from the pages kept for every replica", async () => {
    const other = await openPgStore(db.url, { listen: false });
    try {
      for (const q of QUESTIONS.slice(0, 8)) expect(JSON.stringify(await other.answer(q, { today })), q).toBe(JSON.stringify(memory.answer(q)));
    } finally {
      await other.close();
    }
  });
});

/**
 * A place's field from PostgreSQL as from memory (test/answers/place-field-members.test.ts): a place
 * with no government's report scopes its departments and the townships under it (through a
 * county-level city placed by the gazetteer or by its own report); an unplaced town is named, not
 * ranked. Names are invented, but for 赣州市 and its county-level city 瑞金市 (the gazetteer's).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { renderReport } from "../helpers/render-report.ts";

const today = () => new Date("2026-11-30");

function report(agency: string, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-2023.txt`);
}

const SAVED = [
  report("赣州市人民政府办公室", "", 11),
  report("赣州市财政局", "", 12),
  report("瑞金市人民政府办公室", "", 13),
  report("瑞金市民政局", "", 14),
  report("瑞金市云石镇人民政府", "", 15),
  report("漳溪镇人民政府", "", 16),
  report("澄州市人民政府办公室", "", 17),
  report("澄州市教育局", "", 18),
  report("棠溪市人民政府办公室", "我市隶属澄州市，辖6镇2街道。", 19),
  report("棠溪市桂湾镇人民政府", "", 20),
];
const LOADED = unifyAgencies([...SAVED].sort((a, b) => (a.file < b.file ? -1 : 1)));

const QUESTIONS = ["赣州市2023年哪个部门收到的申请最多", "瑞金市各部门2023年依申请公开排名", "赣州市各部门2023年收到的申请一共多少件", "赣州市各乡镇2023年收到的申请排名", "2023年澄州市哪个镇收到的申请最多"];

let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("a place's field from PostgreSQL"), () => {
  beforeAll(async () => {
    db = await pgStoreOf(SAVED);
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers as the in-memory store does, JSON for JSON; only the place's bodies ranked", async () => {
    expect(await answerDiffs(db.store, () => createAnswerer(LOADED, { today }), QUESTIONS, today)).toEqual([]);
    const towns = await db.store.answer(QUESTIONS[3] as string, { today });
    expect(towns.figures.map((f) => f.agency)).toEqual(["瑞金市云石镇人民政府"]);
    expect(towns.text).toContain("漳溪镇人民政府的名称、地名表和报告都没有写明属于哪里");
    const depts = await db.store.answer(QUESTIONS[0] as string, { today });
    expect(depts.figures.map((f) => f.agency).filter((a) => !/^赣州市/u.test(a ?? ""))).toEqual([]);
  });
});

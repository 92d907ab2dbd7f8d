/**
 * The answerer over the bundled reports: what a user sees for each kind of question.
 * Quotes must be the report's own words (whitespace aside), like shared/eval/score.mjs checks.
 */
import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { isReportFile, loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema } from "../../src/index/schema.ts";

const DIR = new URL("../../data/reports/", import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, "");
// Report files only: `npm start` leaves its cache folder (.cache) beside them.
const corpusText = readdirSync(DIR, { withFileTypes: true })
  .filter((e) => e.isFile() && isReportFile(e.name))
  .map((e) => squash(readFileSync(new URL(e.name, DIR), "utf8")))
  .join("\n");

let answerer: Answerer;
beforeAll(async () => {
  const corpus = await loadCorpus(DIR.pathname);
  answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-23") });
});
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

describe("one figure", () => {
  it("gives the figure, its source down to row and column, and a verbatim quote", () => {
    const a = ask("浔阳区2023年依申请公开多少件");
    expect(a).toMatchObject({ status: "answered", kind: "figure" });
    expect(a.figures[0]).toMatchObject({ region: "浔阳区", year: 2023, value: 14, unit: "件" });
    expect(a.figures[0]?.source).toContain("浔阳区人民政府2023年政府信息公开工作年度报告");
    expect(a.figures[0]?.source).toContain("本年新收政府信息公开申请数量 · 总计");
    expect(a.quotes.length).toBeGreaterThan(0);
    for (const q of a.quotes) expect(corpusText).toContain(squash(q.text));
    expect(a.text).toContain("14 件");
  });

  it.each(["@bot 浔阳区 2023 依申请", "@nianbao_bot 浔阳区2023年依申请公开多少件"])("reads %s without its leading @handle, as the README's inline example is typed", (q) => {
    const a = ask(q);
    expect(a).toMatchObject({ status: "answered", kind: "figure" });
    expect(a.figures[0]).toMatchObject({ region: "浔阳区", year: 2023, value: 14, unit: "件" });
  });

  it("sums the five organisation columns for 法人或其他组织", () => {
    expect(ask("赣州市2023年法人或其他组织申请多少件").figures[0]?.value).toBe(21);
  });

  it("sums the eight reasons for 不予公开", () => {
    expect(ask("赣州市2023年不予公开多少件").figures[0]?.value).toBe(1 + 12 + 0 + 22 + 23 + 10 + 5 + 11);
  });

  it("quotes the table row as printed when no sentence states the figure", () => {
    const a = ask("淮安市2024年不予公开中属于行政查询事项的有多少件");
    expect(a.figures[0]?.value).toBe(105);
    expect(a.quotes[0]?.text).toMatch(/行政查询事项.*105/);
  });

  it("answers from the narrative when the table row is missing, and says so", () => {
    const a = ask("乐平市2023年依申请公开多少件");
    expect(a.figures[0]?.value).toBe(24);
    expect(a.notes.join()).toContain("取自正文");
  });

  it("answers figures only the narrative states", () => {
    const a = ask("乐平市2023年市长信箱收到多少信件");
    expect(a.figures[0]).toMatchObject({ value: 211, unit: "条", metric: "narrative" });
    expect(squash(a.quotes[0]?.text ?? "")).toContain("全年收到市长信箱信件211条");
  });

  it("notes where the report's own numbers do not add up", () => {
    const a = ask("樟树市2020年办结多少件");
    expect(a.figures[0]?.value).toBe(52);
    expect(a.notes.join()).toContain("48");
  });

  it("does not set against the table a count stated on behalf of another body (区政府办代表区政府受理…17件)", () => {
    const a = ask("洪泽区2024年依申请公开多少件");
    expect(a.figures[0]?.value).toBe(95);
    expect(a.notes.join()).not.toContain("17");
  });

  it("uses the latest report when no year is given, and says which", () => {
    const a = ask("洪泽区行政许可处理决定数量");
    expect(a.figures[0]).toMatchObject({ year: 2024, value: 9487 });
    expect(a.notes.join()).toContain("2024");
  });
});

describe("other kinds", () => {
  it("breaks down the results of table 2", () => {
    const a = ask("赣州市2023年办理结果");
    expect(a.kind).toBe("breakdown");
    expect(a.figures.map((f) => f.value)).toEqual([716, 158, 84, 514, 17, 15, 1504]);
  });

  it("compares agencies, one figure each", () => {
    const a = ask("对比赣州市和乐清市2023年依申请公开数量");
    expect(a.kind).toBe("comparison");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["赣州市", 1516], ["乐清市", 70]]);
  });

  it("ranks with the extreme first, most or least", () => {
    const most = ask("2023年哪个地方收到的政府信息公开申请最多");
    expect(most).toMatchObject({ kind: "ranking" });
    expect(most.figures[0]).toMatchObject({ region: "赣州市", value: 1516 });
    const least = ask("2023年哪个地区依申请公开最少");
    expect(least.figures[0]).toMatchObject({ region: "浔阳区", value: 14 });
  });

  it("ranks a field named without a which-word (各地, 各区县), and says when the field has no report", () => {
    for (const q of ["2023年各地依申请公开数量排名", "2023年各地收到申请数量", "全国各地2023年依申请公开"]) {
      const a = ask(q);
      expect(a, q).toMatchObject({ status: "answered", kind: "ranking" });
      expect(a.figures[0], q).toMatchObject({ region: "赣州市", value: 1516 });
    }
    // 区县 is the county level: 乐平市 is a county-level city (the gazetteer's), 赣州市 a prefecture, left out
    const counties = ask("各区县2023年新收申请排名");
    expect(counties.figures.map((f) => [f.region, f.value])).toEqual([["乐平市", 24], ["洪泽区", 21], ["浔阳区", 14]]);
    // 赣州市 has no county report here: no report of the field, not reports lacking the figure
    const none = ask("赣州市各区县2023年依申请公开数量");
    expect(none).toMatchObject({ status: "not_found", kind: "ranking" });
    expect(none.text).toContain("没有赣州市区、县（市）人民政府的报告");
  });

  it("follows one agency over the years", () => {
    const a = ask("洪泽区2023到2024年行政许可处理决定数量");
    expect(a.kind).toBe("trend");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2023, 550], [2024, 9487]]);
  });

  it("answers free text with the best passages", () => {
    const a = ask("信息处理费");
    expect(a).toMatchObject({ status: "answered", kind: "search" });
    expect(a.quotes[0]?.text).toContain("信息处理费");
  });

  it("gives a report's main figures for a name and year alone", () => {
    const a = ask("浔阳区2023年");
    expect(a).toMatchObject({ status: "answered", kind: "breakdown" });
    expect(a.figures.map((f) => f.value).slice(0, 3)).toEqual([14, 8, 14]);
    for (const q of a.quotes) expect(corpusText).toContain(squash(q.text));
  });

  it("lists the loaded reports and gives help", () => {
    expect(ask("有哪些报告").text).toContain("已收录 8 份报告");
    expect(ask("帮助").kind).toBe("help");
  });
});

describe("asking back and not finding", () => {
  it("asks back with the choices when a name fits several agencies", () => {
    const a = ask("乐2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices).toHaveLength(2);
    expect(a.choices.join()).toMatch(/乐平市人民政府.*乐清市人民政府办公室|乐清市人民政府办公室.*乐平市人民政府/);
  });

  it("says plainly that there is no report for a place or a year, and what exists", () => {
    const place = ask("南昌市2023年依申请公开多少件");
    expect(place).toMatchObject({ status: "not_found", figures: [] });
    expect(place.text).toContain("南昌市");
    const year = ask("樟树市2023年依申请公开多少件");
    expect(year).toMatchObject({ status: "not_found", figures: [] });
    expect(year.text).toContain("2020");
  });

  it("never invents a figure the report lacks", () => {
    const a = ask("乐平市2023年行政许可处理决定数量");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
  });

  it("refuses a 10 000-character question without parsing it, saying why", () => {
    // A real question padded out: parsed, it would be answered (14 件), so only the guard refuses it.
    const a = ask(`浔阳区2023年依申请公开多少件${"，请告诉我".repeat(2_000)}`);
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("问题太长");
  });
});

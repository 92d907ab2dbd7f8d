/**
 * Table 1's columns differ between the templates: 2019 prints 本年新制作数量 · 本年新公开数量 ·
 * 对外公开总数量, 2021 prints 本年制发件数 · 本年废止件数 · 现行有效件数. A figure is labelled with the
 * column its report prints; a column the question names that the report's template lacks is
 * not_found with the reason and what the template has instead — never the other column renamed.
 * Before the fix zhangshu-2020's 对外公开总数量 (287) was answered as “现行有效件数：287 件”.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { AnswerSchema } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";

const old = makeReport({
  agency: "永和县人民政府",
  region: "永和县",
  year: 2020,
  template: "2019",
  table1: { normative: { made: 27, published: 26, total_published: 287 }, fees: { prev_items: 5, change: -1 } },
});
const recent = makeReport({
  agency: "永和县人民政府",
  region: "永和县",
  year: 2021,
  template: "2021",
  table1: { normative: { issued: 12, repealed: 3, in_force: 301 } },
});
const answerer = createAnswerer([old, recent], { today: () => new Date("2026-11-23") });
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

describe("table 1: the column the report's template prints", () => {
  it("a 2019 report has no 现行有效件数: not_found, the reason, and its own columns offered", () => {
    const a = ask("永和县2020年现行有效的规范性文件多少件");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("2019 年版模板");
    expect(a.text).toContain("没有“现行有效件数”这一栏");
    expect(a.text).toContain("对外公开总数量");
    expect(a.choices).toEqual(["永和县2020年规范性文件本年新制作数量", "永和县2020年规范性文件本年新公开数量", "永和县2020年规范性文件对外公开总数量"]);
  });

  it("each column offered is answered under its own printed name", () => {
    const want = [27, 26, 287];
    for (const [i, q] of ask("永和县2020年现行有效的规范性文件多少件").choices.entries()) {
      const a = ask(q);
      expect(a.figures.map((f) => f.value)).toEqual([want[i]]);
      expect(q).toContain(a.figures[0]?.label.split(" · ")[1] ?? "?");
    }
  });

  it("a 2021 report has no 对外公开总数量", () => {
    const a = ask("永和县2021年规范性文件对外公开总数量");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.choices).toContain("永和县2021年行政规范性文件现行有效件数");
  });

  it("with no column named, each report's figure carries its own column's name", () => {
    expect(ask("永和县2020年规范性文件多少件").figures[0]).toMatchObject({ value: 287, label: "规范性文件 · 对外公开总数量" });
    expect(ask("永和县2021年规范性文件多少件").figures[0]).toMatchObject({ value: 301, label: "行政规范性文件 · 现行有效件数" });
    const trend = ask("永和县历年规范性文件数量");
    expect(trend.figures.map((f) => [f.year, f.label])).toEqual([
      [2020, "规范性文件 · 对外公开总数量"],
      [2021, "行政规范性文件 · 现行有效件数"],
    ]);
    expect(trend.notes.join()).toContain("栏目不同");
  });

  it("an item the template lacks is named as such", () => {
    const a = ask("永和县2021年政府集中采购总金额");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("2021 年版模板的表一没有“政府集中采购”这一项");
  });
});

/**
 * Crawled narrative loses punctuation and measure words. A number that lost its measure word before
 * words starting with 年 (“…动态信息279年度预算…”) is said to be unsure, never given the next figure's
 * value; and a label never swallows the clause before or after it: an item marker (三是) or a heading
 * glued on (“(一)主动公开 2023年…”) opens a new item, and a share (占24.31%) is labelled by the count
 * it is the share of. Reports written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";

const ask = (body: string, question: string) =>
  createAnswerer([parseReport(`永和县商务局2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, "yonghe-swj-2023.txt")]).answer(`永和县商务局2023年${question}`);

describe("a number that lost its measure word before 年…", () => {
  it.each([
    ["及时发布价格运行情况信息92商务动态信息279年度预算和决算信息8条、规划信息1条。", "商务动态信息多少条", 279, 8],
    ["全年公开工作动态信息156年度工作计划2条，及时更新。", "工作动态信息多少条", 156, 2],
    ["主动公开政策文件信息1024年度报告信息3条。", "政策文件信息多少条", 1024, 3],
  ])("“%s” %s → unsure %d, never %d", (body, q, read, next) => {
    const a = ask(body, q);
    expect(a.status, a.text).not.toBe("answered");
    expect(a.figures.map((f) => f.value)).not.toContain(next);
    expect(a.text).toContain(String(read));
    expect(a.text).toMatch(/不能确认|存疑/u);
  });

  it("the figure after it keeps only its own words", () => {
    const a = ask("及时发布价格运行情况信息92商务动态信息279年度预算和决算信息8条、规划信息1条。", "年度预算和决算信息多少条");
    expect(a.figures.map((f) => [f.label, f.value])).toEqual([["年度预算和决算信息", 8]]);
  });

  it.each(["2023年度预算信息公开5条。", "近3年公开信息60条。"])("a year or a span is no lost measure word: %s", (body) => {
    const a = ask(body, "公开信息多少条");
    expect(a.text).not.toMatch(/没有量词/u);
  });
});

describe("a label never swallows the next item or a heading", () => {
  it.each([
    ["在四川政务服务网公开政务服务事项18,在本局网站公开行政权力69项三是抓好政策解读信息公开对主动公开的政策性文件,做到应解读尽解读。", "在网站公开行政权力多少项", 69, /三是|政策解读/u],
    ["全年公开行政许可信息35条四是强化监督保障，建立考核机制。", "公开行政许可信息多少条", 35, /四是|监督/u],
    ["(一)主动公开 2023年我局依法主动公开政府信息352条。其中,政策法规7条。", "主动公开政府信息多少条", 352, /一\)|\(一|主动公开 /u],
    ["（二）政务新媒体 全年通过微信公众号发布信息420条。", "微信公众号发布信息多少条", 420, /二|政务新媒体/u],
  ])("“%s” %s → %d, label clean", (body, q, value, glued) => {
    const a = ask(body, q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.figures[0]?.label).not.toMatch(glued);
  });

  it.each([
    ["政策文件信息占比多少", 24.31, "政策文件信息"],
    ["机构职能信息占多少", 0.28, "机构职能信息"],
    ["工作动态信息占比多少", 41.16, "工作动态信息"],
  ])("a share is labelled by its count: %s", (q, value, subject) => {
    const body = "2019年新增主动公开政府信息362条,其中,机构职能信息1条,占0.28%;政策文件信息88条,占24.31%;工作动态信息149条,占41.16%。";
    const a = ask(body, q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.figures[0]?.label).toContain(subject);
  });
});

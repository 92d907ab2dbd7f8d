/**
 * A department's own website said by its body word (“局网站发布信息420条”) is the 门户网站 people ask about, and a
 * comparison asked with 哪个多 (no 多少 in it) binds each body's number as “…多少” does — information counted in 条,
 * never another count of the sentence in 件 (“公开政协委员提案9件”). Round 16's class; the reports are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, paragraphs: string[]) =>
  parseReport([`${agency}2023年政府信息公开工作年度报告`, "一、总体情况", ...paragraphs, "二、主动公开政府信息情况", ""].join("\n"), `${agency}-2023.txt`);

const answerer = createAnswerer([
  report("蔺江市商务局", ["(一)主动公开情况。2023年,局网站发布信息420条,总访问量90万余次;蔺江商务发布130条、通知公告发布61条;发布政策文件及解读12件;公开政协委员提案9件。"]),
  report("蔺江市经济和信息化局", ["四是聚焦重大决策部署落地落实,门户网站累计公开各类政府信息530条,微信公众号发布信息120条。"]),
], { today: () => new Date("2026-11-30") });
const figures = (q: string) => answerer.answer(q).figures.map((f) => `${f.agency} ${f.value}`);

describe("a department's own website, compared by 哪个多", () => {
  it("局网站 answers 门户网站", () => {
    expect(figures("蔺江市商务局2023年门户网站公开信息多少条")).toEqual(["蔺江市商务局 420"]);
  });

  it("哪个多 binds each body's count of information, never a count in 件 of the same sentence", () => {
    expect(figures("蔺江市商务局和蔺江市经信局2023年门户网站公开信息哪个多").sort()).toEqual(["蔺江市商务局 420", "蔺江市经济和信息化局 530"]);
    expect(figures("蔺江市商务局和蔺江市经信局2023年网站发布信息谁更多")).not.toContain("蔺江市商务局 9");
  });
});

/**
 * A table-1 decision item (行政许可, 行政处罚) asked of a report whose tables are not read (outside round 23: a page cut before
 * the tables): the count the text states of the item with the question's words (“公布处理行政许可共计38条”) is answered,
 * labelled in the text's words and said not to be table 1's cell — but never a count the text states of a field of
 * bodies (a bureau's “全县共公布处理行政许可共计63条” is the county's, not the bureau's own).
 * Invented county 榕屿县 (its government's and a bureau's reports, cut before the tables).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TEXT = [
  "榕屿县人民政府2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年,我县严格执行《条例》规定,推动法定主动公开内容应公开尽公开,公布处理行政许可共计47条",
  "二、主动公开政府信息情况",
].join("\n");
const BUREAU = [
  "榕屿县市场监督管理局2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年,我局严格执行《条例》规定,全县共公布处理行政许可共计63条。",
  "二、主动公开政府信息情况",
].join("\n");
const answerer = createAnswerer([parseReport(TEXT, "rongyu-2024.txt"), parseReport(BUREAU, "rongyu-scjgj-2024.txt")], { today: () => new Date("2026-11-30") });

describe("a decision item the text states, table 1 unread", () => {
  it("公布处理行政许可: the text's 47, said not to be table 1's", () => {
    const a = answerer.answer("榕屿县2024年公布处理行政许可多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([47]);
    expect(a.notes.join("")).toContain("不是表一");
  });
  it("a count the bureau's text states of the whole county is not the bureau's own", () => {
    const a = answerer.answer("榕屿县市场监管局2024年公布处理行政许可多少条");
    expect(a.figures.map((f) => f.value)).not.toContain(63);
  });
});

/**
 * A page whose crawler put “?” for characters it lost around the numbers (“发布信息共?1340条?,通过…”, as a
 * real 2025 page of a county's education bureau prints them): such a ? is no question mark — the sentence
 * goes on, and its numbers keep their words. The page is invented (栖枫县教育局), narrative only.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";

const text = [
  "栖枫县教育局2025年政府信息公开工作年度报告",
  "本报告根据《中华人民共和国政府信息公开条例》规定编制。",
  "一、总体情况",
  "(一)主动公开情况",
  "2025年,本局全年通过政府信息公开网站主动发布信息共?1280条?,通过“栖枫教育”微信公众号发布信息?640条?。制作或转载政策解读材料?6份?,组织新闻发布会?2场?。",
].join("\n");

describe("a ? standing for a lost character", () => {
  const report = parseReport(text, "qifeng-jiaoyuju-2025.txt");

  it("does not end the sentence: each number keeps the words before it", () => {
    const says = report.narrative.map((f) => [f.value, f.sentence.includes("主动发布信息共")]);
    expect(says).toContainEqual([1280, true]);
    expect(report.narrative.find((f) => f.value === 6)?.sentence).toContain("政策解读材料");
  });

  it("the figures are answered from their sentence", () => {
    const answerer = createAnswerer([report], { today: () => new Date("2026-11-30") });
    expect(answerer.answer("栖枫县教育局2025年主动发布信息多少条").figures.map((f) => f.value)).toEqual([1280]);
    expect(answerer.answer("栖枫县教育局2025年制作或转载政策解读材料几份").figures.map((f) => f.value)).toEqual([6]);
  });

  it("guard: a question mark ending a sentence still ends it", () => {
    const asked = parseReport(text.replace("制作或转载", "群众最关心什么?我们制作或转载"), "qifeng-jiaoyuju-2025.txt");
    expect(asked.passages.some((p) => p.text.endsWith("群众最关心什么?"))).toBe(true);
  });
});

/**
 * A total stated over a list of topics (“围绕工作动态、通知公告、人事信息等方面，通过门户网站发布政务信息1840条”),
 * its parts in the next sentence (“其中，工作动态方面1203条…”): a topic asked is its own count, never the total the
 * topic is only listed under (round 25: 吴兴区政府办 2024 “要闻动态发了多少条” answered with the portal's 2709, not 1695).
 * The total is still the answer when the portal's count is asked. The report is invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";

const TEXT = [
  "槿湾区人民政府办公室2024年政府信息公开工作年度报告",
  "一、总体情况",
  "2024年,槿湾区人民政府办公室不断夯实政务公开工作基础。",
  "(一)主动公开情况",
  "围绕工作动态、通知公告、人事信息等方面,通过门户网站发布政务信息1840条。其中,工作动态方面1203条,通知公告方面88条,人事信息方面19条。",
  "(二)依申请公开情况",
  "2024年我办共收到政府信息公开申请27件,均按时答复。",
].join("\n");

describe("a topic listed before a total, its own count stated after", () => {
  const answerer = createAnswerer([parseReport(TEXT, "jinwan-zfb-2024.txt")]);
  it.each([
    ["槿湾区政府办2024年工作动态发了多少条", 1203],
    ["槿湾区政府办2024年发布多少条工作动态", 1203],
    ["槿湾区政府办2024年通知公告发布多少条", 88],
    ["槿湾区政府办2024年门户网站发布政务信息多少条", 1840],
  ])("%s → %d", (q, value) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(value);
  });

  it("a word asked inside a long clause a list follows is no listed topic (公开 of “及时公开…信息围绕重大政策、…”)", () => {
    const text = TEXT.replace(
      /围绕工作动态.*$/mu,
      "一是及时公开全区农业领域重要信息围绕农业领域重大政策、重大项目、重点工作,及时发布农产品价格信息61农业动态信息143年度预算和决算信息6条、规划信息2条。",
    );
    const a = createAnswerer([parseReport(text, "jinwan-zfb-2024.txt")]).answer("槿湾区政府办2024年年度预算和决算信息公开了几条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(6);
  });
});

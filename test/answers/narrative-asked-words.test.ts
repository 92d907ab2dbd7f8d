/**
 * Text figures asked in words the sentence puts differently (outside rounds 17–18): 政务公众号 for a
 * body's own 微信公众号 (政务 says whose, not which), a count said before its noun (“通过门户网站及7个
 * 政务新媒体账号发布信息3409条”: 7 counts the 账号), and 人次 asked of training whose verb stands in the
 * clause before (“开展专题培训2次，参训人员290人次”). Sentences invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import { makeReport } from "../helpers/report.ts";

const answerer = (sentence: string) => {
  const r = makeReport({ agency: "甲溪县人民政府", region: "甲溪县", year: 2024, paragraphs: [sentence] });
  return createAnswerer([{ ...r, narrative: narrativeFigures(r.passages) }], { today: () => new Date("2026-11-30") });
};
const value = (sentence: string, q: string) => {
  const a = answerer(sentence).answer(`甲溪县2024年${q}`);
  return a.status === "answered" ? a.figures[0]?.value : a.status;
};

describe("政务 before a channel says whose account it is", () => {
  const s = "“甲溪发布”微信公众号全年发布信息62条，有效扩大了政务信息传播覆盖面。";
  it.each([["政务公众号发布信息多少条"], ["政务微信发布信息多少条"]])("%s → 62", (q) => {
    expect(value(s, q)).toBe(62);
  });
  it("guard: 政务新媒体 (all of a body's accounts) answered by its one printed channel says it is that channel's, not the total", () => {
    const a = answerer(s).answer("甲溪县2024年政务新媒体发布信息多少条");
    expect(a.figures[0]?.label).toContain("微信公众号");
    expect(a.notes.join("")).toContain("不是全部政务新媒体的合计");
  });
});

describe("a count before its noun counts that noun", () => {
  const s = "通过门户网站及7个政务新媒体账号发布信息3409条，及时回应社会关切。";
  it("政务新媒体账号有几个 → 7; 发布信息多少条 → 3409", () => {
    expect(value(s, "政务新媒体账号有几个")).toBe(7);
    expect(value(s, "政务新媒体账号发布信息多少条")).toBe(3409);
  });
  it("guard: a verb after the measure word is the next number's words (12个整合为3个)", () => {
    expect(value("全年将原有12个政务新媒体整合为3个。", "政务新媒体整合为几个")).toBe(3);
  });
});

describe("人次 asked of training", () => {
  const s = "全年组织开展政务公开专题培训2次，参训人员290人次。";
  it("培训了多少人次 → 290 (the attendances), 培训了几次 → 2 (the sessions)", () => {
    expect(value(s, "培训了多少人次")).toBe(290);
    expect(value(s, "培训了几次")).toBe(2);
  });
});

/**
 * A field of bodies asked of a text figure (“各单位部门公开工作动态多少条”) when no report of the field is loaded, but the
 * place's own report states the figure in the field's own words (outside round 23: “各单位部门公开工作动态 5025 条”): that
 * figure is answered, said to be the place's report's statement of the field. A figure whose own words do not say the
 * field (“发布政策解读21件”) is still not the field's.
 * Invented city 瑶汀市 (its government's report only, cut before the tables).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TEXT = [
  "瑶汀市人民政府2023年政府信息公开工作年度报告",
  "一、总体情况",
  "(一)主动公开情况。瑶汀市今年共向社会公开市政府文件17件,发布政策解读29件,各单位部门公开工作动态 4312 条,公开其他各类信息5100余条。",
  "二、主动公开政府信息情况",
].join("\n");
const answerer = createAnswerer([parseReport(TEXT, "yaoting-2023.txt")], { today: () => new Date("2026-11-30") });

describe("a field's figure stated by the place's own report", () => {
  it("各单位部门公开工作动态: 4312, noted as the place's statement", () => {
    const a = answerer.answer("瑶汀市2023年各单位部门公开工作动态多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([4312]);
    expect(a.notes.join("")).toContain("各单位");
  });
  it("a figure not said of the field is not the field's", () => {
    const a = answerer.answer("瑶汀市2023年各部门发布政策解读多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(29);
  });
});

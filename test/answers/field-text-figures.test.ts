/**
 * A place and a field of its bodies (硚口区各部门, 各单位) asked for a figure only the text states
 * (主动公开政府信息多少条): the field's bodies, each by what its own text states — never the place's
 * government's figure given as the departments' (outside round: 硚口区各部门2023年主动公开… was answered
 * with the district government's own sentence).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { countyReports } from "../helpers/county.ts";
import { textReport } from "../helpers/text-report.ts";

const government = textReport("存在不足。", "2023年，全区主动公开政府信息1234条。\n", "硚口区人民政府");
const departments = [
  textReport("存在不足。", "2023年，本局主动公开政府信息56条。\n", "硚口区统计局", 2023, 11),
  textReport("存在不足。", "2023年，本局主动公开政府信息78条。\n", "硚口区民政局", 2023, 12),
  textReport("存在不足。", "本局加强政务公开。\n", "硚口区财政局", 2023, 13),
];
const today = () => new Date("2026-11-30");

describe("a place's field asked for a figure its texts state", () => {
  it("with no department of the place loaded: said so, never the government's 1234", () => {
    const answerer = createAnswerer([government, ...countyReports()], { today });
    for (const q of ["硚口区各部门2023年主动公开多少条", "硚口区各单位2023年主动公开政府信息一共多少条"]) {
      const a = answerer.answer(q);
      expect(a.status, a.text).toBe("not_found");
      expect(a.figures).toEqual([]);
      expect(a.text).toContain("没有硚口区各部门");
      expect(a.text).toContain("硚口区人民政府自己的数字不是");
    }
    // the place asked alone is its government, as before
    expect(answerer.answer("硚口区2023年主动公开多少条").figures[0]?.value).toBe(1234);
  });

  it("with departments loaded: each one's own figure, the one whose text states none named", () => {
    const answerer = createAnswerer([government, ...departments, ...countyReports()], { today });
    const a = answerer.answer("硚口区各部门2023年主动公开多少条");
    expect(a.kind).toBe("ranking");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["硚口区民政局", 78], ["硚口区统计局", 56]]);
    expect(a.text).toContain("硚口区财政局的报告正文中没有");
    expect(a.text).not.toContain("1234");
  });

  it("一共 over the field: the parts listed as their texts state them, said not to be added up", () => {
    const answerer = createAnswerer([government, ...departments, ...countyReports()], { today });
    const a = answerer.answer("硚口区各单位2023年主动公开政府信息一共多少条");
    expect(a.figures.map((f) => f.value)).toEqual([78, 56]);
    expect(a.text).toContain("不相加");
    expect(a.text).not.toContain("1234");
  });
});

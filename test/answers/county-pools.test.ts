/**
 * A county as people ask about it (invented: 柘川县 with its office, departments, a unit of its
 * police, bodies managed from above, towns, a township and streets): the fields a ranking names
 * (县直部门, 乡镇街道, 街道办事处, 垂直管理部门, 县里), the short names of units and vertical bodies
 * (交警大队, 交警, 烟草), and chat-style phrasing (下面的, 申情, two questions in one message).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { countyReports } from "../helpers/county.ts";

const answerer = createAnswerer(countyReports(), { today: () => new Date("2026-11-30") });
const ranked = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  expect(a.kind).toBe("ranking");
  return a.figures.map((f) => f.agency);
};
const figure = (q: string) => {
  const a = answerer.answer(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.value];
};

describe("the field a ranking names", () => {
  it("县直部门 are the county's own departments and office (not the bodies managed from above, not towns)", () => {
    expect(ranked("柘川县县直部门里2023年谁收到的依申请最多")[0]).toBe("柘川县卫生健康局");
    expect(ranked("柘川县县直部门2023年依申请排名")).toEqual(["柘川县卫生健康局", "柘川县公安局", "柘川县人民政府办公室", "柘川县公安局交通警察大队", "柘川县教育局", "柘川县财政局"]);
  });

  it("乡镇街道 / 所有乡镇 / 乡镇…排名 take towns, townships and streets; 街道办事处 the streets alone", () => {
    const all = ["柘川县东城街道办事处", "柘川县西城街道办事处", "柘川县乌石镇人民政府", "柘川县桥头镇人民政府", "柘川县白水乡人民政府"];
    expect(ranked("柘川县各乡镇街道2023年依申请哪个最多")).toEqual(all);
    expect(ranked("柘川县所有乡镇里2023年依申请最多的是哪个")).toEqual(all);
    expect(ranked("柘川县乡镇2023年依申请排名")).toEqual(all);
    expect(ranked("柘川县2023年街道办事处依申请哪个多")).toEqual(["柘川县东城街道办事处", "柘川县西城街道办事处"]);
    expect(ranked("县里哪个乡镇2023年依申请最多")).toEqual(all);
  });

  it("a place's 部门 are its own (最少: 财政局, not the 气象局 managed from above); 柘川县里 stays the place's name", () => {
    expect(ranked("柘川县2023年部门里依申请最少的是哪个")[0]).toBe("柘川县财政局");
    expect(answerer.answer("柘川县2023年部门里依申请最少的是哪个").text).toContain("垂直管理机构 3 份");
    expect(ranked("柘川县里哪个乡镇2023年依申请公开最多")[0]).toBe("柘川县东城街道办事处");
  });

  it("垂直管理部门 are the bodies managed from above", () => {
    expect(ranked("柘川县2023年哪个垂直管理部门依申请最多")).toEqual(["国家税务总局柘川县税务局", "柘川县烟草专卖局", "柘川县气象局"]);
    expect(ranked("柘川县垂直部门2023年予以公开排名")).toEqual(["国家税务总局柘川县税务局", "柘川县气象局", "柘川县烟草专卖局"]);
  });
});

describe("a field's word after the place and the year, as after the place", () => {
  const asked = (q: string) => {
    const a = answerer.answer(q);
    return [a.status, a.text.split("\n")[0], a.choices];
  };
  it.each([
    ["柘川县2023年乡镇依申请公开", "柘川县乡镇2023年依申请公开"],
    ["柘川县2023年街道依申请公开", "柘川县街道2023年依申请公开"],
    ["柘川县2023年部门依申请公开多少件", "柘川县部门2023年依申请公开多少件"],
    ["柘川县二〇二三年度乡镇依申请公开多少件", "柘川县乡镇二〇二三年度依申请公开多少件"],
  ])("%s is asked as %s: one of the field, never the county government's figure", (after, before) => {
    expect(asked(after)[0]).toBe("clarify");
    expect(asked(after)).toEqual(asked(before));
    expect(answerer.answer(after).figures).toEqual([]);
  });

  it("added up and ranked the same after the year", () => {
    const sum = answerer.answer("柘川县2023年乡镇依申请公开一共多少件");
    expect(sum.figures[0]?.value).toBe(39);
    expect(ranked("柘川县2023年乡镇依申请公开排名")).toEqual(ranked("柘川县乡镇2023年依申请公开排名"));
  });

  it("部门预算 after a place (and a year) is what bodies publish, not the departments asked about", () => {
    for (const q of ["柘川县2023年部门预算公开多少", "柘川县部门预算公开多少"]) expect(answerer.answer(q).status).not.toBe("clarify");
  });
});

describe("units of a department and vertical bodies by the names people use", () => {
  it.each([
    ["柘川县交警大队2023年依申请公开多少件", "柘川县公安局交通警察大队", 11],
    ["柘川县交警2023年依申请公开多少件", "柘川县公安局交通警察大队", 11],
    ["柘川县公安交警大队2023年依申请公开多少件", "柘川县公安局交通警察大队", 11],
    ["柘川县烟草2023年依申请公开多少件", "柘川县烟草专卖局", 3],
    ["柘川县烟草局2023年予以公开多少件", "柘川县烟草专卖局", 1],
    ["柘川县公安局2023年依申请公开多少件", "柘川县公安局", 20],
  ])("%s → %s %d", (q, agency, value) => {
    expect(figure(q)).toEqual(["answered", agency, value]);
  });

  it("统计调查队 / 调查队 for 国家统计局…调查队", () => {
    const withSurvey = createAnswerer(countyReports([["国家统计局柘川县调查队", 4, 2]]), { today: () => new Date("2026-11-30") });
    for (const q of ["柘川县统计调查队2023年依申请公开多少件", "柘川县调查队2023年依申请公开多少件"]) {
      expect(withSurvey.answer(q).figures[0]).toMatchObject({ agency: "国家统计局柘川县调查队", value: 4 });
    }
  });

  it("公安局和交警大队: both bodies, each its own figure", () => {
    const a = answerer.answer("柘川县公安局和交警大队2023年依申请分别多少");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["柘川县公安局", 20], ["柘川县公安局交通警察大队", 11]]);
  });
});

describe("chat-style phrasing", () => {
  it("下面的 / 下属的 / 的 between a place and a body under it name that body", () => {
    expect(figure("柘川县下面的乌石镇2023年一共收到了多少件申请")).toEqual(["answered", "柘川县乌石镇人民政府", 8]);
    expect(figure("柘川县下属的桥头镇2023年依申请公开多少件")).toEqual(["answered", "柘川县桥头镇人民政府", 6]);
    expect(figure("柘川县所属的教育局2023年依申请公开多少件")).toEqual(["answered", "柘川县教育局", 7]);
  });

  it("a greeting, who is asking, 他们 and 谢谢 are talk; a year after a comma is still the year", () => {
    const a = answerer.answer("你好，我是做政务公开研究的，想了解一下柘川县下面的乌石镇，2023年那一年他们一共收到了多少件政府信息公开的申请啊，麻烦告诉我一下，谢谢");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual(["answered", "柘川县乌石镇人民政府", 8]);
    expect(a.text).not.toContain("未指明年份");
  });

  it("申情 (a keyboard slip of 申请) is read as 申请; 首例 is not read as 受理", () => {
    expect(figure("柘川县教育局2023年申情公开多少")).toEqual(["answered", "柘川县教育局", 7]);
    expect(answerer.answer("柘川县教育局2023年首例多少").figures).toEqual([]);
  });

  it("two questions in one message: the first answered, the second written out whole and offered", () => {
    const a = answerer.answer("柘川县卫健局2023年依申请公开多少件？另外想问一下他们2023年予以公开多少");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual(["answered", "柘川县卫生健康局", 33]);
    expect(a.choices).toContain("柘川县卫健局2023年予以公开多少");
    expect(figure(a.choices.at(-1) as string)).toEqual(["answered", "柘川县卫生健康局", 9]);
  });
});

/**
 * Names as people type them, and the questions built on them (outside round 14's classes):
 *  - an autonomous county or prefecture by its place and level, the ethnic words left out (青溪县 for
 *    青溪苗族自治县, 桐江州 for 桐江土家族苗族自治州);
 *  - a government's own working body without 人民政府, and 方志办 for 地方志办公室;
 *  - bodies listed after a first one with the place left out (甲山区发改局和城改局), compared or added up;
 *  - 其他类信息 (a kind of information published) is the text's, not one of table 2's 其他;
 *  - a place with no report over loaded ones as a ranking's field (成都哪个区, 四川哪个县);
 *  - a field of one report is no 最多: said plainly, the place's other reports named.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, received: number, year = 2023) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } }, table1: { penalty: { decisions: received + 1 } } });

const answerer = createAnswerer(
  [
    body("青溪苗族自治县人民政府", "青溪苗族自治县", 19),
    body("桐江土家族苗族自治州人民政府", "桐江土家族苗族自治州", 88),
    body("黄坪彝族乡人民政府", "黄坪彝族乡", 3),
    body("澜州市人民政府地方志办公室", "澜州市", 2),
    body("甲山区人民政府", "甲山区", 90),
    body("甲山区发展和改革局", "甲山区", 12),
    body("甲山区城区改造更新局", "甲山区", 45),
    body("甲山区民政局", "甲山区", 6),
    body("乙水县城区改造更新局", "乙水县", 500),
    body("成都市锦江区人民政府", "锦江区", 70),
    body("成都市青羊区人民政府", "青羊区", 24),
    body("宜宾市屏山县人民政府", "屏山县", 42),
    body("澜州市经济和信息化局", "澜州市", 0, 2022),
    body("澜州市赤岸区人民政府", "赤岸区", 26, 2022),
  ],
  { today: () => new Date("2026-12-01") },
);
const figures = (q: string) => answerer.answer(q).figures.map((f) => [f.agency, f.value]);

describe("an autonomous place by its place and level (the ethnic words left out)", () => {
  it.each([
    ["青溪县2023年依申请公开多少件", "青溪苗族自治县人民政府", 19],
    ["青溪县2023年行政处罚多少件", "青溪苗族自治县人民政府", 20],
    ["桐江州2023年依申请公开多少件", "桐江土家族苗族自治州人民政府", 88],
    ["黄坪乡2023年依申请公开多少件", "黄坪彝族乡人民政府", 3],
  ])("%s → %s", (q, agency, value) => {
    expect(answerer.answer(q)).toMatchObject({ status: "answered", figures: [{ agency, value }] });
  });
  it("a county of another name is still not found (松林县)", () => {
    expect(answerer.answer("松林县2023年依申请公开多少件").status).toBe("not_found");
  });
});

describe("a government's own working body", () => {
  it.each(["澜州市方志办2023年依申请公开多少件", "澜州市地方志办公室2023年依申请公开多少件", "澜州方志办2023年依申请公开多少件"])("%s → 澜州市人民政府地方志办公室", (q) => {
    expect(answerer.answer(q)).toMatchObject({ status: "answered", figures: [{ agency: "澜州市人民政府地方志办公室", value: 2 }] });
  });
});

describe("bodies listed after the first with the place left out", () => {
  it("对比甲山区发改局和城改局: both of 甲山区 (never 乙水县's 城改局)", () => {
    expect(figures("对比甲山区发改局和城改局2023年依申请公开数量")).toEqual([["甲山区发展和改革局", 12], ["甲山区城区改造更新局", 45]]);
  });
  it("甲山区发改局、城改局、民政局…一共: the sum, said to be one, each part beside it", () => {
    const a = answerer.answer("甲山区发改局、城改局、民政局2023年依申请公开一共多少件");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([63, 12, 45, 6]);
    expect(a.figures[0]?.region).toBe("甲山区");
    expect(a.text).toContain("3 个机关相加");
    expect(a.text).toContain("报告中没有这一合计");
  });
  it("a list with commas is read the same (甲山区发改局,城改局,民政局)", () => {
    expect(answerer.answer("甲山区发改局,城改局,民政局2023年依申请公开一共多少件").figures[0]?.value).toBe(63);
  });
  it("a sum with a part that has no report is not given: whose is missing is said", () => {
    const a = answerer.answer("甲山区发改局和统计局2023年依申请公开一共多少件");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("统计局");
  });
  it("a bureau listed that the place has no report of is said, not dropped", () => {
    const a = answerer.answer("甲山区发改局和统计局2023年依申请公开对比");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("统计局");
  });
});

describe("其他类信息 is a kind of information published, not a row of table 2", () => {
  const report = parseReport(
    [
      "霞浦区人民政府2023年政府信息公开工作年度报告",
      "一、总体情况",
      "2023年，主动公开政府信息52条。主动公开政府信息的主要类别有：机构职能类信息9条，规划计划类信息6条，其他类信息21条。",
      "二、主动公开政府信息情况",
    ].join("\n"),
    "xiapu-2023.txt",
  );
  const one = createAnswerer([report], { today: () => new Date("2026-12-01") });
  it.each(["霞浦区2023年其他类信息多少条", "霞浦区2023年其他信息多少条"])("%s → 21, quoted", (q) => {
    const a = one.answer(q);
    expect(a.status).toBe("answered");
    expect(a.figures[0]?.value).toBe(21);
  });
  it("a bare 其他 is still asked back", () => {
    expect(one.answer("霞浦区2023年其他有几件").status).toBe("clarify");
  });
});

describe("a place with no report over loaded ones is a ranking's field", () => {
  it("2023年成都哪个区…最多 ranks 成都市's districts (their names print the city)", () => {
    const a = answerer.answer("2023年成都哪个区收到的政府信息公开申请最多");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["成都市锦江区人民政府", 70], ["成都市青羊区人民政府", 24]]);
  });
  it("四川省成都市哪个区: the last place named is the field", () => {
    expect(answerer.answer("2023年四川省成都市哪个区收到的政府信息公开申请最多").figures.map((f) => f.agency)).toEqual(["成都市锦江区人民政府", "成都市青羊区人民政府"]);
  });
  it("2023年四川哪个县…最多 ranks the counties the gazetteer puts in 四川省", () => {
    const a = answerer.answer("2023年四川哪个县收到的政府信息公开申请最多");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => f.agency)).toEqual(["宜宾市屏山县人民政府"]);
  });
  it("a place nothing loaded lies under is still not found", () => {
    expect(answerer.answer("2023年云南哪个县收到的政府信息公开申请最多").status).toBe("not_found");
  });
});

describe("a field of one report is no 最多", () => {
  it("says only one report was compared, and names the place's reports left out", () => {
    const a = answerer.answer("2022年澜州哪个单位收到的政府信息公开申请最多");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["澜州市经济和信息化局", 0]]);
    expect(a.text.split("\n")[0]).toContain("只有 1 份报告参加比较，谈不上哪个最多");
    expect(a.text).toContain("澜州市赤岸区人民政府");
  });
  it("asked for each one's figure (分别), it says one report was compared, no 最多", () => {
    const a = answerer.answer("澜州各单位2022年依申请公开分别多少件");
    expect(a.text.split("\n")[0]).toContain("只有 1 份报告参加比较：澜州市经济和信息化局 0 件");
  });
  it("a place with no report over loaded ones scopes a total too (成都各区…一共)", () => {
    const a = answerer.answer("成都各区2023年依申请公开一共多少件");
    expect(a.status).toBe("answered");
    expect(a.figures[0]?.value).toBe(94);
  });
  it("a field of several keeps its ranking as it was", () => {
    const a = answerer.answer("2023年成都哪个区收到的政府信息公开申请最多");
    expect(a.text).not.toContain("谈不上");
  });
});

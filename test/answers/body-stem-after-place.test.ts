/**
 * A place followed by a body's name without its ending (X市行政审批, X市自然资源, X市市场监管, X市城管,
 * X市住房城乡建设): the words name that body of the place, as X市人社 / X市审批 do — never the place's
 * government with the quantity the words hold (审批 is also 行政许可). Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number, number][] = [
  ["萩原市人民政府", 300, 5200],
  ["萩原市行政审批服务局", 27, 8800],
  ["萩原市自然资源和规划局", 61, 140],
  ["萩原市市场监督管理局", 44, 930],
  ["萩原市城市管理和综合执法局", 12, 77],
  ["萩原市退役军人事务局", 4, 0],
  ["萩原市住房和城乡建设局", 58, 310],
  ["萩原市农业农村局", 9, 215],
  ["萩原市医疗保障局", 13, 2],
  ["桐溪县人民政府", 90, 600],
  ["萩原市生态环境局桐溪分局", 6, 35],
];
const reports = BODIES.map(([agency, received, licences]) =>
  makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: received } } as never, table1: { licensing: { decisions: licences } } as never }),
);
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a place and a body's name without 局", () => {
  it.each([
    ["萩原市行政审批2023年依申请公开多少件", "萩原市行政审批服务局", 27],
    ["萩原市行政审批2023年行政许可多少", "萩原市行政审批服务局", 8800],
    ["萩原市自然资源2023年收到申请多少件", "萩原市自然资源和规划局", 61],
    ["萩原市规划2023年依申请公开几件", "萩原市自然资源和规划局", 61],
    ["萩原市市场监管2023年行政许可多少件", "萩原市市场监督管理局", 930],
    ["萩原市城管2023年依申请公开多少件", "萩原市城市管理和综合执法局", 12],
    ["萩原市退役军人2023年依申请公开多少件", "萩原市退役军人事务局", 4],
    ["萩原市住房城乡建设2023年依申请公开多少件", "萩原市住房和城乡建设局", 58],
    ["萩原市农业2023年行政许可多少件", "萩原市农业农村局", 215],
    ["萩原市医疗保障2023年依申请公开多少件", "萩原市医疗保障局", 13],
    // a branch by its place, its department's short form and 分局
    ["桐溪环保分局2023年行政许可多少件", "萩原市生态环境局桐溪分局", 35],
  ])("%s → %s", (q, agency, value) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual([[agency, value]]);
  });

  it("a name without its ending followed by more of a name is not that body (萩原市市场|管理局 is read whole, and said)", () => {
    const a = answerer.answer("萩原市市场管理局2023年依申请公开多少件");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual([["萩原市市场监督管理局", 44]]);
    expect(a.text).toContain("按“萩原市市场监督管理局”理解");
  });

  it("the quantity word alone after the place is still the government's quantity (萩原市2023年行政审批多少件)", () => {
    const a = answerer.answer("萩原市2023年行政审批多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["萩原市人民政府", 5200]]);
  });
});

describe("a department's short name with 委 for 局 (or 局 for 委), no place said", () => {
  const bodies: [string, number][] = [
    ["蔺川市卫生健康委员会", 31],
    ["蔺川市发展和改革委员会", 8],
    ["苕水县卫生健康局", 17],
    ["苕水县发展和改革局", 5],
    ["苕水县人民政府", 140],
    ["茳口区卫生健康局", 23],
  ];
  const two = createAnswerer(
    bodies.map(([agency, n]) => makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never })),
    { today: () => new Date("2026-11-30") },
  );

  it.each([
    ["卫健委2023年依申请公开多少件", ["蔺川市卫生健康委员会", "苕水县卫生健康局", "茳口区卫生健康局"]],
    ["卫健局依申请公开多少件", ["蔺川市卫生健康委员会", "苕水县卫生健康局", "茳口区卫生健康局"]],
    ["发改局2023年收到申请几件", ["蔺川市发展和改革委员会", "苕水县发展和改革局"]],
  ])("%s asks back with every body it fits", (q, choices) => {
    const a = two.answer(q);
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    for (const c of choices) expect(a.text).toContain(c);
  });

  it.each([
    ["苕水县卫健委2023年依申请公开多少件", "苕水县卫生健康局", 17],
    ["蔺川市卫健委2023年依申请公开多少件", "蔺川市卫生健康委员会", 31],
    ["苕水县发改委2023年依申请公开多少件", "苕水县发展和改革局", 5],
  ])("with its place, %s is that place's body", (q, agency, value) => {
    const a = two.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([[agency, value]]);
  });
});

/**
 * A city's whole corpus as its users ask about it (invented: 棠溪市 with its government, office and
 * departments — one printed with a second name in brackets, two named after the government — two
 * places under it with their own office and departments, and a 高新区): a government and its own
 * office compared, offices pooled by level, a comparison never collapsed to one body, the everyday
 * names of departments, level words (市里, (市级)), a place said after the body, ranking words, and
 * sums that take a member's figure from its text as rankings do.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport, t2row } from "../helpers/report.ts";

/** agency → [2023 本年新收, 2023 行政处罚] */
const BODIES: [string, number, number][] = [
  ["棠溪市人民政府", 300, 0],
  ["棠溪市人民政府办公室", 40, 0],
  ["棠溪市教育局", 90, 2],
  ["棠溪市交通运输局", 42, 480],
  ["棠溪市公安局", 190, 870],
  ["棠溪市人力资源和社会保障局", 150, 5],
  ["棠溪市住房和城乡建设局", 400, 530],
  ["棠溪市农业农村局（棠溪市乡村振兴局）", 31, 12],
  ["棠溪市人民政府国有资产监督管理委员会", 5, 0],
  ["棠溪市人民政府外事办公室", 1, 0],
  ["棠溪市政务服务数据管理局", 8, 0],
  ["棠溪市机关事务管理局", 0, 0],
  ["棠溪市文化广电旅游体育局", 14, 20],
  ["棠溪市统计局", 0, 0],
  ["棠溪市发展和改革委员会", 60, 8],
  ["岚桥区人民政府", 200, 0],
  ["岚桥区人民政府办公室", 25, 0],
  ["岚桥区教育局", 27, 1],
  ["岚桥区住房和城乡建设局", 146, 40],
  ["岚桥区农业农村局", 9, 3],
  ["岚桥区交通建设局", 12, 6],
  ["岚桥区发展和改革局", 17, 0],
  ["松陌县人民政府", 66, 0],
  ["松陌县人民政府办公室", 5, 0],
  ["松陌县教育局", 14, 0],
  ["松陌县交通运输局", 5, 2],
  ["松陌县住房和城乡建设局", 30, 9],
  ["棠溪市高新技术产业开发区管理委员会", 32, 4],
];
const report = (agency: string, year: number, received: number, penalties: number) =>
  makeReport({ agency, region: identify(agency).region, year, file: `${agency}-${year}.txt`, table2: { new: t2row(received) }, table1: { penalty: { decisions: penalties } } as never });
const reports = [...BODIES.map(([a, n, p]) => report(a, 2023, n, p)), report("棠溪市高新技术产业开发区管理委员会", 2022, 25, 3)];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);
const values = (q: string) => {
  const a = ask(q);
  expect(a.status, a.text).toBe("answered");
  return a.figures.map((f) => [f.agency, f.value]);
};
const one = (q: string) => {
  const a = ask(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.value];
};

describe("a government and its own office compared: both bodies, each its figure", () => {
  it.each(["2023年棠溪市政府和市政府办哪个收到的申请多", "2023年市政府和市政府办依申请对比", "2023年岚桥区政府和岚桥区政府办哪个收到的申请多"])("%s", (q) => {
    const a = ask(q);
    expect(a.kind, a.text).toBe("comparison");
    const place = q.includes("岚桥") ? "岚桥区" : "棠溪市";
    expect(values(q)).toEqual([[`${place}人民政府`, place === "岚桥区" ? 200 : 300], [`${place}人民政府办公室`, place === "岚桥区" ? 25 : 40]]);
  });
});

describe("offices pooled by level as governments are", () => {
  it.each(["2023年哪个区县政府办收到申请最多", "2023年各区县政府办依申请排名"])("%s: the district and county offices only, the city's named as left out", (q) => {
    const a = ask(q);
    expect(a.figures.map((f) => f.agency), a.text).toEqual(["岚桥区人民政府办公室", "松陌县人民政府办公室"]);
    expect(a.text).toContain("棠溪市人民政府办公室不是");
  });
});

describe("a comparison never collapses to one body", () => {
  it("交建局和交通局: 交通局 is not the 交建局 again — every body it fits is asked back", () => {
    const a = ask("交建局和交通局2023年依申请对比");
    expect(a.status, a.text).toBe("clarify");
    expect(a.text).toContain("棠溪市交通运输局");
    expect(a.text).toContain("松陌县交通运输局");
  });

  it("发改委和交通局 style: the place of a body named once carries to the next (市教育局 beside 市交通局)", () => {
    expect(values("市公安局和交通局2023年依申请对比")).toEqual([["棠溪市公安局", 190], ["棠溪市交通运输局", 42]]);
  });
});

describe("departments by the names people use", () => {
  it.each([
    ["数据局2023年依申请", "棠溪市政务服务数据管理局", 8],
    ["机关事务局2023年收到多少申请", "棠溪市机关事务管理局", 0],
    ["国资委2023年依申请公开多少件", "棠溪市人民政府国有资产监督管理委员会", 5],
    ["外办2023年依申请公开多少", "棠溪市人民政府外事办公室", 1],
    ["文旅局2023年依申请公开多少件", "棠溪市文化广电旅游体育局", 14],
    ["乡村振兴局2023年依申请公开多少件", "棠溪市农业农村局（棠溪市乡村振兴局）", 31],
    ["棠溪市农业农村局2023年依申请", "棠溪市农业农村局（棠溪市乡村振兴局）", 31],
  ])("%s → %s", (q, agency, value) => expect(one(q)).toEqual(["answered", agency, value]));

  it("农业农村局 asks back with the city's bracket-named body among the choices", () => {
    const a = ask("农业农村局2023年依申请");
    expect(a.status).toBe("clarify");
    expect(a.text).toContain("棠溪市农业农村局（棠溪市乡村振兴局）");
    expect(a.text).toContain("岚桥区农业农村局");
  });

  it("a department no report is of (市税务局) is not found, never an ask-back among the governments", () => {
    const a = ask("市税务局2023年依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("税务局");
    expect(a.text).not.toContain("人民政府");
  });
});

describe("level words and a place said after the body", () => {
  it.each([
    ["市里的教育局2023年收到多少申请", "棠溪市教育局", 90],
    ["想了解下市里教育局去年（2023年）依申请公开的情况，收到几件", "棠溪市教育局", 90],
    ["住建局2023年依申请公开多少件 岚桥区的", "岚桥区住房和城乡建设局", 146],
  ])("%s → %s", (q, agency, value) => expect(one(q)).toEqual(["answered", agency, value]));

  it("去年（2023年）: the year written out is the one asked, not a trend with the calendar's last year", () => {
    const a = ask("市教育局去年（2023年）依申请公开多少件");
    expect([a.kind, a.figures.length, a.text.includes("2025")], a.text).toEqual(["figure", 1, false]);
  });

  it("教育局和人社局(市级): the city's two", () => {
    expect(values("教育局和人社局(市级)2023年依申请对比")).toEqual([["棠溪市教育局", 90], ["棠溪市人力资源和社会保障局", 150]]);
  });
});

describe("ranking words", () => {
  it("前五名 is read as 前三 is", () => {
    expect(ask("2023年市直部门依申请前五名").figures[0]).toMatchObject({ agency: "棠溪市住房和城乡建设局", value: 400 });
  });

  it("市直部门哪个行政处罚最多: 处罚 is no body's ending", () => {
    expect(ask("2023年市直部门哪个行政处罚最多").figures[0]).toMatchObject({ agency: "棠溪市公安局", value: 870 });
  });

  it("哪些…一件申请都没收到: the bodies at 0", () => {
    const a = ask("2023年哪些市直部门一件申请都没收到");
    expect(a.status, a.text).toBe("answered");
    expect(a.text).toMatch(/^为 0 的：棠溪市机关事务管理局、棠溪市统计局/u);
  });
});

describe("a 高新区 by its short forms", () => {
  it("棠溪高新区, 高新区 in a comparison and in a change from the year before", () => {
    expect(one("棠溪高新区2023年依申请公开")).toEqual(["answered", "棠溪市高新技术产业开发区管理委员会", 32]);
    expect(values("高新区和岚桥区2023年依申请比较")).toEqual([["棠溪市高新技术产业开发区管理委员会", 32], ["岚桥区人民政府", 200]]);
    expect(one("高新区2023年依申请比2022年多多少")).toEqual(["answered", "棠溪市高新技术产业开发区管理委员会", 7]);
  });
});

describe("sums and rankings take a member's figure from its text alike", () => {
  const stated = parseReport("松陌县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，本机关共收到政府信息公开申请66件，上年结转0件，已全部依法依规答复66件。\n", "songmo-2023.txt");
  const withStated = createAnswerer([...reports.filter((r) => r.agency !== "松陌县人民政府"), stated], { today: () => new Date("2026-11-30") });

  it("the sum is given, the body whose figure is its text's named", () => {
    const a = withStated.answer("2023年区县政府依申请公开一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(266);
    expect(a.text).toContain("松陌县的表格中没有这一数字，按其正文所述的数字相加");
  });

  it("the ranking's note names the body, not its place twice", () => {
    const a = withStated.answer("2023年各区县依申请排名");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual([["岚桥区人民政府", 200], ["松陌县人民政府", 66]]);
    expect(a.text).toContain("松陌县的表格中没有这一数字，按其正文所述的数字参加排名");
  });

  it("a sum of a place's departments that takes in its office says so, with the sum without it", () => {
    const a = ask("2023年岚桥区各部门依申请公开一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(25 + 27 + 146 + 9 + 12 + 17);
    expect(a.text).toContain(`其中含岚桥区人民政府办公室`);
    expect(a.text).toContain(`不含的合计为 ${27 + 146 + 9 + 12 + 17}`);
  });
});

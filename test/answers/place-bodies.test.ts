/**
 * A place and a body's name together: the body of that place, never the place's government and
 * never the same body of another place; two places sharing one body's name; a place whose
 * government has no report.
 */
import { describe, expect, it } from "vitest";
import { type AgencyName, understand } from "../../src/answers/understand.ts";
import { organTail } from "../../src/answers/organ-tail.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const TODAY = new Date("2026-11-15T12:00:00");
const names = (...agencies: string[]): AgencyName[] => agencies.map((agency) => ({ agency, region: "" }));
const who = (q: string, list: AgencyName[]) => understand(q, list, TODAY).agencies.map((m) => [m.text, m.matches.map((a) => a.agency)]);

const CORPUS = names("南平市人民政府", "南平市人力资源和社会保障局", "邵武市人民政府", "邵武市人力资源和社会保障局", "建阳区人民政府", "永安市人民政府办公室", "顺昌县交通运输局");

describe("a place, then a body's name", () => {
  it("past a year or spaces, names the place's body", () => {
    expect(who("南平市2023年人社局依申请公开多少件", CORPUS)).toEqual([["南平市人社局", ["南平市人力资源和社会保障局"]]]);
    expect(who("邵武 2023年 人社局依申请公开多少件", CORPUS)).toEqual([["邵武人社局", ["邵武市人力资源和社会保障局"]]]);
  });

  it("never names another place's body with that name", () => {
    // 建阳区 has no office report; 永安市's office is the only one loaded
    for (const q of ["建阳区 区政府办2023年依申请公开多少件", "建阳区区政府办2023年依申请公开多少件", "建阳区2023年区政府办依申请公开多少件"]) {
      const found = understand(q, CORPUS, TODAY).agencies.flatMap((m) => m.matches.map((a) => a.agency));
      expect(found, q).not.toContain("永安市人民政府办公室");
    }
    expect(who("建阳区区政府办2023年依申请公开多少件", CORPUS)).toEqual([["建阳区区政府办", []]]);
  });

  it("a body without a report right after its place is that body, not the place's government", () => {
    expect(who("南平市教育局2023年依申请公开多少件", CORPUS)).toEqual([["南平市教育局", []]]);
    expect(who("南平市住房和城乡建设局2023年依申请公开多少件", CORPUS)).toEqual([["南平市住房和城乡建设局", []]]);
    expect(who("南平市侨办2023年依申请公开多少件", CORPUS)).toEqual([["南平市侨办", []]]);
  });

  it("reads verbs ending in 办 and question words as words, not bodies", () => {
    const place = () => false;
    expect(organTail("转办多少件", place)).toBeNull();
    expect(organTail("办理多少件", place)).toBeNull();
    expect(organTail("收到申请最多的局", place)).toBeNull();
    expect(organTail("发展和改革委员会2023", place)).toBe("发展和改革委员会");
    expect(organTail("人民政府办公室", place)).toBe("人民政府办公室");
    expect(organTail("侨办2023", place)).toBe("侨办");
  });
});

describe("a loaded place, then a place under it", () => {
  const list = names("恩施州财政局", "恩施州公安局", "恩施市人民政府", "恩施市人民政府办公室", "利川市人民政府");
  it("is the place under it, or its body", () => {
    expect(who("恩施州恩施市府办2023年依申请公开多少件", list)).toEqual([["恩施州恩施市府办", ["恩施市人民政府办公室"]]]);
    expect(who("湖北省恩施州利川市2023年依申请公开多少件", list)).toEqual([["湖北省恩施州利川市", ["利川市人民政府"]]]);
    // the prefecture's own body is still its own
    expect(who("恩施州2023年公安局依申请公开多少件", list)).toEqual([["恩施州公安局", ["恩施州公安局"]]]);
  });
});

describe("two places sharing one body's name", () => {
  it("are two bodies, each of its own place", () => {
    expect(who("南平市和邵武市人社局2023年依申请公开数量对比", CORPUS)).toEqual([
      ["南平市人社局", ["南平市人力资源和社会保障局"]],
      ["邵武市人社局", ["邵武市人力资源和社会保障局"]],
    ]);
    // the first place's body has no report: it is not its government
    expect(who("建阳区与邵武市人社局2023年依申请公开数量对比", CORPUS)).toEqual([
      ["建阳区人社局", []],
      ["邵武市人社局", ["邵武市人力资源和社会保障局"]],
    ]);
  });

  it("two places alone stay their governments", () => {
    expect(who("南平市和邵武市2023年依申请公开数量对比", CORPUS)).toEqual([
      ["南平市", ["南平市人民政府"]],
      ["邵武市", ["邵武市人民政府"]],
    ]);
  });
});

describe("a place whose government has no report", () => {
  const r = (agency: string, region: string, total: number) =>
    makeReport({ agency, region, year: 2023, file: `${agency}.txt`, table2: { new: { total }, carried_in: { total: 0 }, results_total: { total } } });

  it("asks which body, never answers a department's figure for the place", () => {
    const answerer = createAnswerer([r("南平市人民政府", "南平市", 50), r("顺昌县交通运输局", "顺昌县", 7)], { today: () => TODAY });
    const a = answerer.answer("顺昌县2023年依申请公开多少件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("没有顺昌县人民政府");
    expect(a.choices).toEqual(["顺昌县交通运输局2023年依申请公开多少件"]);
    expect(answerer.answer("顺昌县交通局2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "顺昌县交通运输局", value: 7 });
  });

  it("a place with its office but no government is still answered by the office", () => {
    const answerer = createAnswerer([r("永安市人民政府办公室", "永安市", 9)], { today: () => TODAY });
    expect(answerer.answer("永安市2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "永安市人民政府办公室", value: 9 });
  });
});

describe("the bodies of a place a body word means (asking back “那个局”)", () => {
  it("follows the same word → kinds table as rankings", async () => {
    const { bodiesOf } = await import("../../src/answers/who.ts");
    const list = [
      { agency: "信州区人民政府", region: "信州区" },
      { agency: "信州区人民政府办公室", region: "信州区" },
      { agency: "信州区教育体育局", region: "信州区" },
      { agency: "国家税务总局信州区税务局", region: "信州区" },
      { agency: "西市街道办事处", region: "信州区" },
    ];
    const place = list[0] as AgencyName;
    const of = (word: string) => bodiesOf(list, place, word).map((a) => a.agency);
    expect(of("办")).toEqual(["信州区人民政府办公室"]);
    expect(of("局")).toEqual(["信州区教育体育局", "国家税务总局信州区税务局"]);
    // a place's 部门 are its own; a 单位 may also be a body managed from above
    expect(of("部门")).toEqual(["信州区人民政府办公室", "信州区教育体育局"]);
    expect(of("单位")).toEqual(["信州区人民政府办公室", "信州区教育体育局", "国家税务总局信州区税务局"]);
    expect(of("街道")).toEqual(["西市街道办事处"]);
  });
});

describe("a place without reports, then a body other places have", () => {
  const list = names("南平市人力资源和社会保障局", "顺昌县交通运输局", "邵武市退役军人事务局", "邵武市人民政府");
  it("is that place's body, which has none — never another place's body of that name", () => {
    expect(who("建瓯市退役军人事务局2023年依申请公开多少件", list)).toEqual([["建瓯市退役军人事务局", []]]);
    expect(who("2023年福州市交通局依申请公开多少件", list)).toEqual([["福州市交通局", []]]);
    // the level word taken along with the place: 光泽|县人社局
    expect(who("光泽县人社局2023年依申请公开多少件", list)).toEqual([["光泽县人社局", []]]);
  });

  it("while words like 全市 before the body still leave it a body", () => {
    expect(who("我市退役军人事务局2023年依申请公开多少件", list)).toEqual([["市退役军人事务局", ["邵武市退役军人事务局"]]]);
  });

  it("says the place has no report, or lists what the place has", () => {
    const reports = [makeReport({ agency: "邵武市人民政府", region: "邵武市", year: 2023 }), makeReport({ agency: "顺昌县交通运输局", region: "顺昌县", year: 2023 }), makeReport({ agency: "邵武市退役军人事务局", region: "邵武市", year: 2023 })];
    const answerer = createAnswerer(reports, { today: () => TODAY });
    const none = answerer.answer("建瓯市退役军人事务局2023年依申请公开多少件");
    expect(none).toMatchObject({ status: "not_found", choices: [] });
    expect(none.text).toContain("建瓯市没有已收录的报告");
    expect(none.text).not.toContain("邵武市退役军人事务局");
    const other = answerer.answer("顺昌县退役军人事务局2023年依申请公开多少件");
    expect(other).toMatchObject({ status: "not_found", choices: [] });
    expect(other.text).toContain("顺昌县已收录的是：顺昌县交通运输局");
  });

  it("lists the bodies of the longest place the name starts with (溪桐县, not 溪桐市 by the short 溪桐)", () => {
    const reports = ["溪桐市人民政府", "溪桐市财政局", "溪桐县人民政府", "溪桐县教育局"].map((agency) => makeReport({ agency, region: agency.slice(0, 3), year: 2023, file: `${agency}.txt` }));
    const text = createAnswerer(reports, { today: () => TODAY }).answer("溪桐县公安局2023年依申请公开多少件").text;
    expect(text).toContain("溪桐县已收录的是：溪桐县人民政府、溪桐县教育局。");
    expect(text).not.toContain("溪桐市");
  });
});

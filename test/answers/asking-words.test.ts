/**
 * One word about the asking must not make an answerable question unanswerable: 到底 / 最近 / 材料 /
 * 方面 / 打算 (discourse.ts), 法院 of a suit, a place said first as context for its own body (最近在看X市的
 * 材料，…他们市住建局), a place typed by its sound right before a body (栖岚区发改委 for 栖澜区). Each
 * has its guard: words that qualify a count (按期) still block, 法院 is not a 行政复议 word, a place
 * joined to its body (和, 对比) is still compared, a sound-alike is read only into one body's name.
 * The questions are invented.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { leftover } from "../../src/answers/coverage.ts";
import { understand, type AgencyName } from "../../src/answers/understand.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { makeReport } from "../helpers/report.ts";

const makeBody = (agency: string, region: string, received: number) => makeReport({ agency, region, year: 2023, file: `${agency}.txt`, table2: { new: { total: received } } });

const TODAY = new Date("2026-11-30");
const NAMES: AgencyName[] = [
  { agency: "栖澜区人民政府", region: "栖澜区" },
  { agency: "栖澜区发展和改革委员会", region: "栖澜区" },
  { agency: "栖澜区住房和城乡建设局", region: "栖澜区" },
  { agency: "莆江县住房和城乡建设局", region: "莆江县" },
  { agency: "赣州市人民政府", region: "赣州市" },
];
const read = (q: string) => understand(q, NAMES, TODAY);
const who = (q: string) => read(q).agencies.map((m) => m.matches.map((a) => a.agency));

describe("words about the asking are not content", () => {
  it.each(["赣州市2023年依申请公开到底有多少件", "赣州市2023年依申请公开究竟有多少件", "赣州市2023年行政复议那块有几件", "赣州市2023年行政复议方面有几件"])("%s: nothing left over", (q) => {
    expect(leftover(read(q))).toEqual({ words: [], organs: [] });
  });

  it("guard: a word that qualifies the count (按期) is still left over", () => {
    expect(leftover(read("赣州市2023年到底按期办结多少件")).words).toContain("按期");
  });

  it("a place said first as context names whose body is asked, and is not a second agency", () => {
    const q = "我最近在看栖澜区的材料，想问一下他们区住建局2023年到底收到多少件依申请公开";
    expect(who(q)).toEqual([["栖澜区住房和城乡建设局"]]);
    expect(read(q).kind).toBe("figure");
    expect(leftover(read(q))).toEqual({ words: [], organs: [] });
  });

  it("guard: a place joined to its body is compared with it", () => {
    for (const q of ["栖澜区和住建局2023年依申请公开各多少件", "栖澜区政府和区住建局2023年依申请公开各多少件"]) {
      expect(who(q), q).toEqual([["栖澜区人民政府"], ["栖澜区住房和城乡建设局"]]);
      expect(read(q).kind, q).toBe("comparison");
    }
  });
});

describe("terse questions", () => {
  it("栖澜区住建局 24 处罚: 处罚 alone is table 1's 行政处罚, 24 the year", () => {
    const q = read("栖澜区住建局 24 处罚");
    expect(q.metric).toMatchObject({ table: "table1", item: "penalty" });
    expect(q.years).toEqual([2024]);
  });
});

describe("a place typed by its sound right before a body", () => {
  it("栖岚区发改委 is 栖澜区发改委, said so", () => {
    const q = read("栖岚区发改委2023年行政处罚多少件");
    expect(q.agencies.map((m) => m.matches.map((a) => a.agency))).toEqual([["栖澜区发展和改革委员会"]]);
    expect(q.readAs).toEqual([["栖岚区", "栖澜区"]]);
  });

  it("栖兰区住建局 is 栖澜区's, not asked back between two 住建局", () => {
    expect(who("栖兰区住建局2023年行政处罚多少件")).toEqual([["栖澜区住房和城乡建设局"]]);
  });

  it("guard: a place's sound inside a body's name is no place (绵阳市公安局: 安局 sounds like 安居)", () => {
    const names: AgencyName[] = [
      { agency: "绵阳市发展和改革委员会", region: "绵阳市" },
      { agency: "绵阳市商务局", region: "绵阳市" },
      { agency: "遂宁市安居区市场监督管理局", region: "安居区" },
    ];
    const q = understand("绵阳市公安局2023年依申请公开多少件", names, TODAY);
    expect(q.readAs).toBeUndefined();
    expect(q.agencies.map((m) => [m.text, m.matches.length])).toEqual([["绵阳市公安局", 0]]);
    const a = createAnswerer(names.map((n, i) => makeBody(n.agency, n.region, i + 1))).answer("绵阳市公安局2023年依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("没有找到“绵阳市公安局”的年度报告");
  });

  it("guard: a name written right is not re-read", () => {
    expect(read("莆江县住建局2023年行政处罚多少件").readAs).toBeUndefined();
    expect(who("莆江县住建局2023年行政处罚多少件")).toEqual([["莆江县住房和城乡建设局"]]);
  });
});

describe("法院 decides suits", () => {
  let answerer: Answerer;
  beforeAll(async () => {
    answerer = createAnswerer((await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname)).reports, { today: () => TODAY });
  });

  it("复议之后又起诉的，法院判决维持 → table 3's 复议后起诉 · 结果维持", () => {
    const a = answerer.answer("赣州市2023年行政诉讼这块，复议之后又起诉的，法院判决维持了几件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.label).toBe("行政诉讼 · 复议后起诉 · 结果维持");
  });

  it("a number asked beside a text cue is the number", () => {
    const a = answerer.answer("乐平市2023年市长信箱怎么做的，收到多少信件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([211]);
  });

  it("guard: 法院 is not a word of 行政复议", () => {
    const a = answerer.answer("赣州市2023年行政复议法院维持几件");
    expect(a.status, a.text).not.toBe("answered");
  });
});

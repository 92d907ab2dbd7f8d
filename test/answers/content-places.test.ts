/**
 * A place inside what is asked is not a second agency: once the question names a loaded body, a
 * further place named alone (a parent city, 市级以上, a newspaper's name) belongs to the content —
 * unless it reads as another agency (joined by 和 / 与 / 比 …, or followed by a body's name).
 */
import { describe, expect, it } from "vitest";
import { type AgencyName, understand } from "../../src/answers/understand.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const TODAY = new Date("2026-11-15T12:00:00");
const LIST: AgencyName[] = ["诸暨市公安局", "绍兴市公安局柯桥区分局", "嵊州市人民政府"].map((agency) => ({ agency, region: "" }));
const who = (q: string) => understand(q, LIST, TODAY).agencies.map((m) => [m.text, m.matches.map((a) => a.agency)]);

describe("a place inside what is asked", () => {
  it("is words of the question, not a second agency", () => {
    expect(who("诸暨公安局2023年绍兴市级以上媒体刊发稿件多少篇")).toEqual([["诸暨公安局", ["诸暨市公安局"]]]);
    expect(who("柯桥公安分局2023年在绍兴日报刊发信息多少条")).toEqual([["柯桥公安分局", ["绍兴市公安局柯桥区分局"]]]);
    // a loaded place too: 嵊州 in a newspaper's name is not 嵊州市人民政府
    expect(who("诸暨市公安局2023年在嵊州日报发布信息多少条")).toEqual([["诸暨市公安局", ["诸暨市公安局"]]]);
    expect(understand("柯桥公安分局2023年在绍兴日报刊发信息多少条", LIST, TODAY).keywords).toContain("绍兴");
  });

  it("is a second agency when joined to the first, or with a body's name", () => {
    // (绍兴 alone: the city has no government's report; its bureau's branch in 柯桥区 is what is loaded of it, asked back)
    expect(who("诸暨市公安局和绍兴2023年依申请公开多少件")).toEqual([["诸暨市公安局", ["诸暨市公安局"]], ["绍兴", ["绍兴市公安局柯桥区分局"]]]);
    expect(who("诸暨市公安局2023年依申请公开比嵊州多吗")).toEqual([["诸暨市公安局", ["诸暨市公安局"]], ["嵊州", ["嵊州市人民政府"]]]);
    expect(who("诸暨市公安局与嵊州市2023年依申请公开对比").map(([t]) => t)).toEqual(["诸暨市公安局", "嵊州市"]);
  });

  it("is still the agency asked about when it comes first", () => {
    expect(who("嵊州市2023年依申请公开多少件")).toEqual([["嵊州市", ["嵊州市人民政府"]]]);
  });

  it("never ends in “no report of” that place", () => {
    const reports = [makeReport({ agency: "诸暨市公安局", region: "诸暨市", year: 2023, table2: { new: t2row(12, 12) } }), makeReport({ agency: "嵊州市人民政府", region: "嵊州市", year: 2023, table2: { new: t2row(40, 40) } })];
    const a = createAnswerer(reports, { today: () => TODAY }).answer("诸暨公安局2023年绍兴市级以上媒体刊发稿件多少篇");
    expect(a.text).not.toContain("没有找到“绍兴");
    expect(a.figures.map((f) => f.agency)).not.toContain("嵊州市人民政府");
  });
});

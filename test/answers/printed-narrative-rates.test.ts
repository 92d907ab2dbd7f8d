/**
 * Rates and changes a report prints in its text when its tables are not read (outside round 23: pages cut before the
 * tables). Each is given only when its sentence binds it to the quantity asked: the change listed with 分别 in the
 * order of its counts, the rate listed after its own channel's count, the share printed right after the count asked.
 * Never one of two values for a question naming neither, and never the count for its rate.
 * Invented district 潭屿区 (its office's report, cut before the tables).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TEXT = [
  "潭屿区人民政府办公室2023年政府信息公开工作年度报告",
  "一、总体情况",
  "(一)主动公开。全年受理“区长热线”来电318件、办结率95.12%,“网上信箱”信件146件、办结率99.31%。",
  "(二)依申请公开。收到各类政府信息公开申请64件,其中自然人申请52件,占比81.25%;答复61件,其中予以公开44件,占比72.1%;结转下年度继续办理3件。因依申请公开产生行政复议案件6件和行政诉讼案件4件,同比分别下降25%和20%。",
  "二、主动公开政府信息情况",
].join("\n");
const answerer = createAnswerer([parseReport(TEXT, "tanyu-zfb-2023.txt")], { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);
const values = (q: string) => ask(q).figures.map((f) => [f.value, f.unit]);

describe("a change listed after 分别, in the order of the counts", () => {
  it("行政复议 is the first change, 行政诉讼 the second, as printed", () => {
    expect(values("潭屿区政府办2023年行政复议同比下降百分之多少")).toEqual([[25, "%"]]);
    expect(values("潭屿区政府办2023年行政诉讼比上年下降了多少")).toEqual([[20, "%"]]);
  });
  it("the sentence is quoted", () => {
    expect(ask("潭屿区政府办2023年行政诉讼同比变化").quotes.map((q) => q.text).join("")).toContain("同比分别下降25%和20%");
  });
});

describe("a rate listed after its own channel's count", () => {
  it("区长热线办结率 is the rate after 区长热线's count, not the other rate nor the count", () => {
    const a = ask("潭屿区政府办2023年区长热线办结率");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[95.12, "%"]]);
  });
  it("办结率 naming no channel is neither printed rate", () => {
    const a = ask("潭屿区政府办2023年办结率");
    expect(a.figures.map((f) => f.value)).not.toContain(95.12);
    expect(a.figures.map((f) => f.value)).not.toContain(99.31);
  });
  it("网上信箱办结率 is the second rate", () => {
    expect(values("潭屿区政府办2023年网上信箱的办结率是多少")).toEqual([[99.31, "%"]]);
  });
});

describe("a share printed right after the count asked", () => {
  it("予以公开占比: the printed share, not a formula the unread tables cannot fill", () => {
    const a = ask("潭屿区政府办2023年予以公开占比多少");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[72.1, "%"]]);
    expect(a.quotes.map((q) => q.text).join("")).toContain("予以公开44件,占比72.1%");
  });
});

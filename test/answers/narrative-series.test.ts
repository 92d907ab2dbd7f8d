/**
 * Trends and rankings of a figure only the text states (罚没金额): each report's number is the one the
 * question binds to in that report; a report whose text states none is named, never given a number.
 * The sentences are invented and written into bundled samples (xunyang-2023, its copy as 2022, and
 * hongze-2023).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Report } from "../../src/index/schema.ts";

const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const TABLES = "二、主动公开政府信息情况";
/** A sample with `sentence` written before its section 二 (its first line with that heading). */
const written = (text: string, sentence: string, file: string): Report => parseReport(text.replace(TABLES, `${sentence}\n\n${TABLES}`), file);
const xunyang = (year: number, sentence: string) => written(sample("xunyang-2023.txt").replaceAll("2023", String(year)), sentence, `xunyang-${year}.txt`);
const fines = (amount: number) => `全年作出行政处罚决定100件，罚没金额${amount}万元，处罚决定均在门户网站公示。`;
const TODAY = { today: () => new Date("2026-11-30") };

describe("a text figure over the years", () => {
  it("历年罚没金额: each year's printed amount, with its sentence", () => {
    const a = createAnswerer([xunyang(2022, fines(20.5)), xunyang(2023, fines(36.5))], TODAY).answer("浔阳区历年罚没金额");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("trend");
    expect(a.figures.map((f) => [f.year, f.value, f.unit])).toEqual([[2022, 20.5, "万元"], [2023, 36.5, "万元"]]);
    expect(a.quotes).toHaveLength(2);
  });

  it("guard: a year whose text states none is said, not given a number (not the 100 件)", () => {
    const a = createAnswerer([xunyang(2022, "全年累计开展政务公开培训2次。"), xunyang(2023, fines(36.5))], TODAY).answer("浔阳区历年罚没金额");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2023, 36.5]]);
    expect(a.notes.some((n) => n.startsWith("2022 年"))).toBe(true);
  });
});

describe("a field ranked by a text figure", () => {
  const hongze = (sentence: string) => written(sample("hongze-2023.txt"), sentence, "hongze-2023.txt");

  it("哪个地方罚没金额最多: ranked by each report's printed amount", () => {
    const a = createAnswerer([xunyang(2023, fines(36.5)), hongze(fines(50.25))], TODAY).answer("2023年哪个地方罚没金额最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("ranking");
    expect(a.figures.map((f) => f.value)).toEqual([50.25, 36.5]);
  });

  it("guard: a report whose text states none is named as left out, not ranked", () => {
    const a = createAnswerer([xunyang(2023, fines(36.5)), hongze("全年累计开展政务公开培训3次。")], TODAY).answer("2023年哪个地方罚没金额最多");
    expect(a.figures.map((f) => f.value)).toEqual([36.5]);
    expect(a.notes.some((n) => n.includes("洪泽区") && n.includes("未参加排名"))).toBe(true);
  });
});

describe("named bodies compared by a text figure", () => {
  const hongze = (sentence: string) => written(sample("hongze-2023.txt"), sentence, "hongze-2023.txt");

  it("对比A和B罚没金额: each body's printed amount, read as the ranking reads it, not “比较哪一个数字？”", () => {
    const a = createAnswerer([xunyang(2023, fines(36.5)), hongze(fines(50.25))], TODAY).answer("对比浔阳区和洪泽区2023年罚没金额");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("comparison");
    expect(a.figures.map((f) => [f.region, f.value, f.unit])).toEqual([["浔阳区", 36.5, "万元"], ["洪泽区", 50.25, "万元"]]);
    expect(a.quotes).toHaveLength(2);
  });

  it("A、B…条数 比较: 条数 asks the number, as 多少条 does", () => {
    const posted = (n: number) => `全年通过门户网站主动公开信息${n}条。`;
    const a = createAnswerer([xunyang(2023, posted(120)), hongze(posted(88))], TODAY).answer("浔阳区、洪泽区2023年主动公开信息条数比较");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([120, 88]);
  });

  it("guard: a body whose text states none is named as lacking it, never given a number", () => {
    const a = createAnswerer([xunyang(2023, fines(36.5)), hongze("全年累计开展政务公开培训3次。")], TODAY).answer("浔阳区和洪泽区2023年罚没金额对比");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["浔阳区", 36.5]]);
    expect(a.notes.some((n) => n.includes("洪泽区") && n.includes("没有这一数字"))).toBe(true);
  });
});

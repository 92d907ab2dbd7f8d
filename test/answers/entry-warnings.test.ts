/**
 * A figure whose row does not add up carries that warning in every kind of answer, naming whose
 * figure it is. A single answer always did (“各类申请人之和 4，总计印为 5”); a ranking showed the
 * same report's figure with no note unless it came first, and a comparison or trend gave the
 * note without saying which report it was about.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { reportChecks } from "../../src/index/read/report.ts";
import { AnswerSchema, type Report } from "../../src/index/schema.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const checked = (r: Report): Report => ({ ...r, checks: reportChecks(r) });
/** 予以公开 prints total 6 while its cells add up to 5: a typing error of the agency's. */
const broken = checked(makeReport({ file: "scjg-2023.txt", agency: "岚溪县市场监督管理局", region: "岚溪县", year: 2023, table2: { granted: { ...t2row(6, 5), commercial: 0 } } }));
const brokenEarlier = checked(makeReport({ file: "scjg-2022.txt", agency: "岚溪县市场监督管理局", region: "岚溪县", year: 2022, table2: { granted: t2row(3, 3) } }));
const bigger = checked(makeReport({ file: "gaj-2023.txt", agency: "岚溪县公安局", region: "岚溪县", year: 2023, table2: { granted: t2row(9, 9) } }));
const smaller = checked(makeReport({ file: "jtj-2023.txt", agency: "岚溪县交通运输局", region: "岚溪县", year: 2023, table2: { granted: t2row(2, 2) } }));
const answerer = createAnswerer([broken, brokenEarlier, bigger, smaller], { today: () => new Date("2026-11-23") });
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));
const WARNED = /岚溪县市场监督管理局 2023 年 · 报告自身数字不一致：.*各类申请人之和 5，总计印为 6/;

describe("a figure that breaks its report's sums is said to, in every answer", () => {
  it("the single answer (as before)", () => {
    expect(broken.checks.some((c) => !c.holds && c.rule === "row_sum" && c.row === "granted")).toBe(true);
    expect(ask("岚溪县市场监督管理局2023年予以公开多少件").notes.join("\n")).toMatch(/各类申请人之和 5，总计印为 6/);
  });

  it("ranking: the entry in second place carries the warning, with its agency", () => {
    const a = ask("2023年岚溪县哪个部门予以公开最多");
    expect(a.kind).toBe("ranking");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([
      ["岚溪县公安局", 9],
      ["岚溪县市场监督管理局", 6],
      ["岚溪县交通运输局", 2],
    ]);
    expect(a.notes.join("\n")).toMatch(WARNED);
    expect(a.text).toMatch(WARNED);
  });

  it("comparison and trend: the note names the report it is about", () => {
    expect(ask("对比岚溪县公安局和岚溪县市场监督管理局2023年予以公开数量").notes.join("\n")).toMatch(WARNED);
    expect(ask("岚溪县市场监督管理局2022年到2023年予以公开").notes.join("\n")).toMatch(WARNED);
  });
});

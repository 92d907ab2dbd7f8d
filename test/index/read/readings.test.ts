/**
 * Every figure carries how it was read (ReadHowSchema): plainly from the table, realigned by the
 * sums, derived, from the narrative, or unsure — and an implausible count is never a figure.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkJson } from "../../../src/adapters/cli.ts";
import { cellReading, unsureCells } from "../../../src/index/readings.ts";
import { sum } from "../../../src/index/checks.ts";
import { sumRule } from "../../../src/index/layouts/rows.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const sample = (file: string) => parseReport(readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), "utf8"), file);
const SAMPLES = ["ganzhou-2023.txt", "hongze-2023.txt", "hongze-2024.txt", "huaian-2024.txt", "leping-2023.txt", "xunyang-2023.txt", "yueqing-2023.txt", "zhangshu-2020.txt"];

describe("how each figure of the sample reports was read", () => {
  it("marks ganzhou-2023's shifted 不予公开 cells realigned and its plain cells table", () => {
    const r = sample("ganzhou-2023.txt");
    expect(cellReading(r, "table2.refused.law_prohibited.total").read).toBe("realigned");
    expect(cellReading(r, "table2.new.total").read).toBe("table");
    expect(cellReading(r, "table1.licensing.decisions").read).toBe("table");
  });

  it("marks hongze-2024's （六）其他处理 sub-rows derived from its one row of zeros", () => {
    const r = sample("hongze-2024.txt");
    expect(r.readings["table2.other.no_correction.total"]).toMatchObject({ read: "derived" });
  });

  it("marks narrative figures narrative, and a sum of stated parts derived", () => {
    const r = sample("leping-2023.txt");
    expect(r.narrative.every((n) => n.read === (n.parts ? "derived" : "narrative"))).toBe(true);
    expect(r.narrative.some((n) => n.read === "derived" && n.value === 24)).toBe(true);
  });

  it.each(SAMPLES)("%s: no figure is unsure", (file) => {
    expect(unsureCells(sample(file))).toEqual([]);
  });
});

/** A generated report (tabs layout) with one printed cell replaced. */
function withCell(line: RegExp, replace: (m: string) => string) {
  const f = randomFigures(7);
  const text = renderReport(f, { layout: "tabs" });
  const changed = text.replace(line, replace);
  expect(changed).not.toBe(text);
  return { f, r: parseReport(changed, "mutant.txt") };
}

describe("implausible counts are unsure, never figures (issue 14.6)", () => {
  it("a negative count (行政强制 -88283) is dropped and marked unsure", () => {
    const { r } = withCell(/^行政强制\t\d+/m, () => "行政强制\t-88283");
    expect(r.table1["coercion"]?.["decisions"]).toBeNull();
    expect(r.readings["table1.coercion.decisions"]).toMatchObject({ read: "unsure" });
    expect(r.readings["table1.coercion.decisions"]?.reason).toContain("-88283");
  });

  it("a fractional count is dropped and marked unsure; a fractional amount in 万元 is kept", () => {
    const { f, r } = withCell(/^行政许可\t\d+/m, () => "行政许可\t3.5");
    expect(r.table1["licensing"]?.["decisions"]).toBeNull();
    expect(r.readings["table1.licensing.decisions"]?.read).toBe("unsure");
    expect(r.table1["fees"]?.["amount_10k_yuan"]).toBe(f.table1["fees"]?.["amount_10k_yuan"]);
    expect(r.readings["table1.fees.amount_10k_yuan"]).toBeUndefined();
  });

  it("99999999999999999999 is not answered as another number", () => {
    const { r } = withCell(/^行政处罚\t\d+/m, () => "行政处罚\t99999999999999999999");
    expect(r.table1["penalty"]?.["decisions"]).toBeNull();
    expect(r.readings["table1.penalty.decisions"]?.read).toBe("unsure");
  });

  it("10²⁰ + a small count does not pass a row sum by floating-point rounding", () => {
    // 100000000000000000000 + 5 rounds to 100000000000000000000 in floating point.
    const { r } = withCell(/^(一、本年新收政府信息公开申请数量\t+)\d+\t\d+(\t.*\t)\d+$/m, (m) => {
      const cells = m.split("\t");
      cells[cells.length - 1] = "100000000000000000000";
      cells[3] = "100000000000000000000";
      cells[4] = "5";
      return cells.join("\t");
    });
    expect(r.checks.some((c) => c.row === "new" && c.rule === "row_sum" && c.holds)).toBe(false);
    expect(r.table2["new"]?.["total"] ?? null).toBeNull();
    expect(unsureCells(r).map((u) => u.key)).toEqual(expect.arrayContaining(["table2.new.total", "table2.new.natural_person"]));
  });

  it("sums of counts are exact: beyond 2⁵³ they are unknown, not rounded", () => {
    expect(sumRule([1e20, 5, 0, 0, 0, 0, 1e20])).toBe(false);
    expect(sumRule([3, 5, 0, 0, 0, 0, 8])).toBe(true);
    expect(sum([1e20, 5])).toBeNull();
    expect(sum([2 ** 52, 2 ** 52])).toBeNull();
    expect(sum([0.1, 0.2])).toBe(0.3);
  });

  it("`check --json` lists the unsure cells with their reasons", () => {
    const { r } = withCell(/^行政强制\t\d+/m, () => "行政强制\t-88283");
    const json = checkJson(r);
    expect(json.unsure).toEqual([{ key: "table1.coercion.decisions", value: null, reason: expect.stringContaining("负数") }]);
  });
});

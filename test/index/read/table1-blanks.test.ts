/**
 * Table 1 (主动公开) with zeros printed as empty cells or as a dash, as tables 2 and 3 have been read
 * since session 11. Round 17 (an invented city, PDF/DOCX/HTML): “规章⇥⇥⇥”, “行政许可⇥⇥⇥” (HTML, Word,
 * ruled PDF: a label over empty cells) and “行政处罚      —” (pdftotext -layout) were left unread, and
 * the answer said the report had no such figure («表一中没有“行政许可”的这一数字») while offering
 * 行政许可 in the same breath. In explicit cells an empty cell is a cell printed empty: read as 0 and
 * said so. In space-aligned text a blank cannot be placed: the item stays unread, and the answer
 * says it could not be read, never that the report lacks it, never a 0 the text does not show.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport, type Layout } from "../../helpers/render-report.ts";

const FILE = "浔阳区人民政府2023年政府信息公开工作年度报告.txt";
const f = { ...randomFigures(6100), agency: "浔阳区人民政府", year: 2023 };

/** The report in `layout` with some table-1 lines printed otherwise (label → the whole new line). */
function withTable1(layout: Layout, lines: Record<string, string>): string {
  const text = renderReport(f, { layout, spans: "grid" });
  const t1 = text.indexOf("二、主动公开");
  const t2 = text.indexOf("三、收到");
  const table = text
    .slice(t1, t2)
    .split("\n")
    .map((l) => {
      const label = Object.keys(lines).find((k) => l.trim().startsWith(k));
      return label ? (lines[label] as string) : l;
    })
    .join("\n");
  return text.slice(0, t1) + table + text.slice(t2);
}

describe("table 1 in explicit cells (HTML, Word, ruled PDF → tab rows) with zeros printed empty", () => {
  const text = withTable1("tabs", {
    规章: "规章\t\t\t",
    行政规范性文件: `行政规范性文件\t${f.table1.normative?.issued}\t\t${f.table1.normative?.in_force}`,
    行政许可: "行政许可\t\t\t",
    行政强制: "行政强制\t\t\t",
  });
  const r = parseReport(text, FILE);

  it("an item printed as its label over empty cells is read as 0s, each marked printed blank", () => {
    expect(r.table1["rules"]).toEqual({ issued: 0, repealed: 0, in_force: 0 });
    expect(r.table1["licensing"]).toEqual({ decisions: 0 });
    expect(r.table1["coercion"]).toEqual({ decisions: 0 });
    for (const k of ["table1.rules.issued", "table1.rules.in_force", "table1.licensing.decisions", "table1.coercion.decisions"]) {
      expect(cellReading(r, k)).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    }
    expect(r.warnings.filter((w) => w.startsWith("表一"))).toEqual([]);
  });

  it("an empty cell between printed ones is 0 and said so; printed figures stay as printed and plain", () => {
    expect(r.table1["normative"]).toEqual({ issued: f.table1.normative?.issued, repealed: 0, in_force: f.table1.normative?.in_force });
    expect(cellReading(r, "table1.normative.repealed")).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    expect(cellReading(r, "table1.normative.issued").read).toBe("table");
    expect(r.table1["penalty"]).toEqual(f.table1.penalty);
    expect(r.table1["fees"]).toEqual(f.table1.fees);
    expect(cellReading(r, "table1.penalty.decisions").read).toBe("table");
  });

  it("the answer gives the 0 with the note that the cell is printed blank", () => {
    const a = createAnswerer([r]).answer("浔阳区2023年行政许可多少件");
    expect(a.status).toBe("answered");
    expect(a.figures[0]?.value).toBe(0);
    expect(a.text).toContain("该栏印为空白，按 0 计");
    expect(a.text).not.toContain("没有这一数字");
  });

  it("a table 1 whose every item is printed empty is read as 0s when table 2 holds figures (a filled-in report)", () => {
    const blank = withTable1("tabs", { 规章: "规章\t\t\t", 行政规范性文件: "行政规范性文件\t\t\t", 行政许可: "行政许可\t\t\t", 行政处罚: "行政处罚\t\t\t", 行政强制: "行政强制\t\t\t", 行政事业性收费: "行政事业性收费\t\t\t" });
    const all = parseReport(blank, FILE);
    expect(Object.values(all.table1).flatMap((row) => Object.values(row ?? {}))).toEqual(Array(10).fill(0));
    expect(all.table2["new"]).toEqual(f.table2["new"]);
  });
});

describe("table 1 that prints its zeros as “0” with a row left empty (round 16, 杨林镇 2023: 政府集中采购 | 0 | 0, 行政许可 | ||||)", () => {
  // seed 6100 prints 规章's 本年废止件数 as “0”
  const r = parseReport(withTable1("tabs", { 行政许可: "行政许可\t\t\t" }), FILE);

  it("the empty row is not read as 0 (the report did not fill it in); the answer says it could not be read", () => {
    expect(f.table1.rules?.repealed).toBe(0);
    expect(r.table1["licensing"]).toBeNull();
    expect(cellReading(r, "table1.licensing.decisions")).toMatchObject({ read: "unsure", reason: expect.stringContaining("印为空白") });
    const a = createAnswerer([r]).answer("浔阳区2023年行政许可多少件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).not.toContain("表一中没有");
    expect(r.table1["penalty"]).toEqual(f.table1.penalty);
  });
});

describe("table 1 in space-aligned text (pdftotext -layout)", () => {
  const text = withTable1("pdf-layout", {
    行政处罚: "行政处罚                          —",
    行政许可: "行政许可",
  });
  const r = parseReport(text, FILE);

  it("a one-column item printed as a dash standing apart is 0, said printed as “—”", () => {
    expect(r.table1["penalty"]).toEqual({ decisions: 0 });
    expect(cellReading(r, "table1.penalty.decisions")).toEqual({ read: "derived", reason: "该栏印为“—”，按 0 计" });
    const a = createAnswerer([r]).answer("浔阳区2023年行政处罚多少件");
    expect(a.figures[0]?.value).toBe(0);
    expect(a.text).toContain("该栏印为“—”，按 0 计");
  });

  it("an item printed with nothing after its label is not read, and the answer says it could not be read — not that the report lacks it", () => {
    expect(r.table1["licensing"]).toBeNull();
    expect(cellReading(r, "table1.licensing.decisions").read).toBe("unsure");
    const a = createAnswerer([r]).answer("浔阳区2023年行政许可多少件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("没能读出数字");
    expect(a.text).not.toContain("表一中没有");
    // the rest of the table is as printed
    expect(r.table1["coercion"]).toEqual(f.table1.coercion);
    expect(r.table1["rules"]).toEqual(f.table1.rules);
  });
});

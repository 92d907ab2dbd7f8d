/**
 * End to end: a PDF read by readSource must give the template reader the same tables as the
 * pdftotext version of the same report (data/reports, copied from shared/reports).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { readSource } from "../../../src/index/sources/index.ts";
import { table2Rows, TABLE2_COLUMNS } from "../../../src/index/template.ts";
import { expectedReports, filledReportDocx } from "./build-docx.ts";

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));
// The pdftotext versions of the same reports, bundled with the bot (copies of shared/reports).
const txt = (name: string): string => readFileSync(new URL(`../../../data/reports/${name}.txt`, import.meta.url), "utf8");

describe.each(["huaian-2024", "hongze-2023", "hongze-2024"])("parseReport on %s.pdf", (name) => {
  it("finds the title, year and a complete table 2", async () => {
    const { text } = await readSource(`${name}.pdf`, sample(`${name}.pdf`));
    const report = parseReport(text, `${name}.pdf`);
    expect(report.year).toBe(Number(name.slice(-4)));
    expect(report.agency).toMatch(/人民政府$/);
    expect(report.template).toBe("2021");
    for (const def of table2Rows("2021")) {
      const row = report.table2[def.id];
      expect(row, def.id).toBeTruthy();
      for (const col of TABLE2_COLUMNS) expect(row![col], `${def.id}.${col}`).toEqual(expect.any(Number));
    }
    expect(report.table3).not.toBeNull();
  });

  it("gives the same tables 1–3 as the pdftotext version", async () => {
    const { text } = await readSource(`${name}.pdf`, sample(`${name}.pdf`));
    const fromPdf = parseReport(text, `${name}.pdf`);
    const fromTxt = parseReport(txt(name), `${name}.txt`);
    expect(fromPdf.table1).toEqual(fromTxt.table1);
    expect(fromPdf.table2).toEqual(fromTxt.table2);
    expect(fromPdf.table3).toEqual(fromTxt.table3);
    expect(fromPdf.checks.filter((c) => !c.holds).map((c) => c.message)).toEqual(fromTxt.checks.filter((c) => !c.holds).map((c) => c.message));
  });
});

describe("parseReport on a Word report built from xunyang-2023's figures", () => {
  it("reads tables 1–3 exactly as filled in", async () => {
    const xunyang = expectedReports.find((r) => r.file === "xunyang-2023.txt")!;
    const data = await filledReportDocx("某某区人民政府2023年政府信息公开工作年度报告", xunyang);
    const { text } = await readSource("report.docx", data);
    const report = parseReport(text, "report.docx");
    expect(report).toMatchObject({ agency: "某某区人民政府", year: 2023, template: "2021" });
    expect(report.table1).toEqual(xunyang.table1);
    expect(report.table2).toEqual(xunyang.table2);
    expect(report.table3).toEqual(xunyang.table3);
  });
});

describe("parseReport on the national template read from Word", () => {
  it("refuses it as not a filled-in report", async () => {
    const { text } = await readSource("template-2021.docx", sample("template-2021.docx"));
    expect(() => parseReport(text, "template-2021.docx")).toThrow(/not a filled-in report/);
  });
});

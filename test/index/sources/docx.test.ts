import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource, SourceError } from "../../../src/index/sources/index.ts";
import { table2Rows, TABLE2_COLUMNS, TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";
import { expectedReports, filledReportDocx } from "./build-docx.ts";

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));

const xunyang = expectedReports.find((r) => r.file === "xunyang-2023.txt")!;

const numbersOf = (line: string): number[] =>
  line
    .split("\t")
    .filter((c) => /^\d+(\.\d+)?$/.test(c))
    .map(Number);

describe("readSource .docx: the empty national template", () => {
  it("reads every table row as a tab-separated line, with its spans expanded and no figures", async () => {
    const { text, format } = await readSource("template-2021.docx", sample("template-2021.docx"));
    expect(format).toBe("docx");
    const lines = text.split("\n");
    expect(lines[0]).toBe("政府信息公开工作年度报告格式模板");
    expect(lines).toContain("信息内容\t本年制发件数\t本年废止件数\t现行有效件数");
    // Empty cells (some hold a full-width space in the Word file) are empty strings.
    expect(lines).toContain("规章\t\t\t");
    expect(lines).toContain("三、本年度办理结果\t（一）予以公开\t\t\t\t\t\t\t\t");
    expect(lines).toContain("\t（三）不予公开\t1.属于国家秘密\t\t\t\t\t\t\t");
    expect(lines).toContain("\t\t3.其他\t\t\t\t\t\t\t");
    expect(lines).toContain("四、结转下年度继续办理\t\t\t\t\t\t\t\t\t");
    // 表三's row of fifteen empty cells under its header is a line of tabs (a row the template prints)
    expect(lines).toContain("\t".repeat(14));
    expect(lines.filter((l) => l.includes("\t"))).toHaveLength(14 + 28 + 4);
    // What tells the reader it is the blank template: placeholders and not a single figure in a table.
    expect(lines).toContain("（文字描述）");
    expect(lines.filter((l) => l.includes("\t")).flatMap(numbersOf)).toEqual([]);
  });
});

describe("readSource .docx: a filled-in report made with the docx package", () => {
  it("gives the title as a line and every table row as one line with its figures in column order", async () => {
    const data = await filledReportDocx("某某区人民政府2023年政府信息公开工作年度报告", xunyang);
    const { text, format } = await readSource("report.docx", data);
    expect(format).toBe("docx");
    const lines = text.split("\n");
    expect(lines[0]).toBe("某某区人民政府2023年政府信息公开工作年度报告");
    expect(lines).toContain("2023年，本区共受理依申请公开14件，依法办结14件。");

    expect(lines).toContain("行政规范性文件\t1\t0\t5");
    expect(lines).toContain("行政许可\t8014\t\t");
    expect(lines).toContain("行政处罚\t2518\t\t");
    expect(lines).toContain("行政强制\t17\t\t");

    expect(lines).toContain("三、本年度办理结果\t（一）予以公开\t\t8\t0\t0\t0\t0\t0\t8");
    expect(lines).toContain("\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0");
    for (const def of table2Rows("2021")) {
      const line = lines.find((l) => l.includes(def.label));
      expect(line, def.label).toBeDefined();
      expect(numbersOf(line!), def.id).toEqual(TABLE2_COLUMNS.map((c) => xunyang.table2[def.id]![c]));
    }
    const table3 = TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => xunyang.table3[g]![c]));
    expect(lines).toContain(table3.join("\t"));
  });
});

describe("readSource .docx: damaged and wrong files", () => {
  it("rejects a ZIP that is not a Word document, an old .doc and random bytes with a SourceError", async () => {
    const zipJunk = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 200 }, (_, i) => (i * 37) % 256)]);
    await expect(readSource("bad.docx", zipJunk)).rejects.toThrow(/^bad\.docx: the \.docx file is damaged or not a Word document/);
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    await expect(readSource("old.docx", ole)).rejects.toThrow("old.docx: not a Word .docx file: it is an old Word .doc file; save it as .docx and try again");
    const err = await readSource("x.docx", new TextEncoder().encode("hello")).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect((err as SourceError).problem).toBe("corrupt");
  });
});

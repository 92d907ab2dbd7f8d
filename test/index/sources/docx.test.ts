import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { describe, expect, it } from "vitest";
import { readSource, SourceError } from "../../../src/index/sources/index.ts";
import { table2Rows, TABLE2_COLUMNS, TABLE2_GROUPS, TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));

interface Expected {
  file: string;
  table1: Record<string, Record<string, number>>;
  table2: Record<string, Record<string, number>>;
  table3: Record<string, Record<string, number>>;
}
const expected = (JSON.parse(readFileSync(new URL("../../fixtures/expected.json", import.meta.url), "utf8")) as { reports: Expected[] }).reports;
const xunyang = expected.find((r) => r.file === "xunyang-2023.txt")!;

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
    expect(lines.filter((l) => l.includes("\t"))).toHaveLength(14 + 28 + 3);
    // What tells the reader it is the blank template: placeholders and not a single figure in a table.
    expect(lines).toContain("（文字描述）");
    expect(lines.filter((l) => l.includes("\t")).flatMap(numbersOf)).toEqual([]);
  });
});

/** The 2021 template's three tables, built like Word builds them, filled with one report's figures. */
function filledReport(title: string, r: Expected): Document {
  const cell = (text: string | number, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell =>
    new TableCell({ children: [new Paragraph(String(text))], ...span });
  const row = (...cells: TableCell[]): TableRow => new TableRow({ children: cells });
  const t1 = r.table1;
  const table1 = new Table({
    rows: [
      row(cell("第二十条第（一）项", { columnSpan: 4 })),
      row(cell("信息内容"), cell("本年制发件数"), cell("本年废止件数"), cell("现行有效件数")),
      row(cell("规章"), cell(t1.rules!.issued!), cell(t1.rules!.repealed!), cell(t1.rules!.in_force!)),
      row(cell("行政规范性文件"), cell(t1.normative!.issued!), cell(t1.normative!.repealed!), cell(t1.normative!.in_force!)),
      row(cell("第二十条第（五）项", { columnSpan: 4 })),
      row(cell("信息内容"), cell("本年处理决定数量", { columnSpan: 3 })),
      row(cell("行政许可"), cell(t1.licensing!.decisions!, { columnSpan: 3 })),
      row(cell("第二十条第（六）项", { columnSpan: 4 })),
      row(cell("信息内容"), cell("本年处理决定数量", { columnSpan: 3 })),
      row(cell("行政处罚"), cell(t1.penalty!.decisions!, { columnSpan: 3 })),
      row(cell("行政强制"), cell(t1.coercion!.decisions!, { columnSpan: 3 })),
      row(cell("第二十条第（八）项", { columnSpan: 4 })),
      row(cell("信息内容"), cell("本年收费金额（单位：万元）", { columnSpan: 3 })),
      row(cell("行政事业性收费"), cell(t1.fees!.amount_10k_yuan!, { columnSpan: 3 })),
    ],
  });

  const values = (id: string): TableCell[] => TABLE2_COLUMNS.map((c) => cell(r.table2[id]![c]!));
  const defs = table2Rows("2021");
  const results = defs.filter((d) => !["new", "carried_in", "carried_out"].includes(d.id));
  const t2rows = [
    row(cell("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", { columnSpan: 3, rowSpan: 3 }), cell("申请人情况", { columnSpan: 7 })),
    row(cell("自然人", { rowSpan: 2 }), cell("法人或其他组织", { columnSpan: 5 }), cell("总计", { rowSpan: 2 })),
    row(cell("商业企业"), cell("科研机构"), cell("社会公益组织"), cell("法律服务机构"), cell("其他")),
    row(cell(defs[0]!.label, { columnSpan: 3 }), ...values("new")),
    row(cell(defs[1]!.label, { columnSpan: 3 }), ...values("carried_in")),
  ];
  let lastGroup: string | undefined;
  results.forEach((d, i) => {
    const lead = i === 0 ? [cell("三、本年度办理结果", { rowSpan: results.length })] : [];
    if (!d.group) {
      t2rows.push(row(...lead, cell(d.label, { columnSpan: 2 }), ...values(d.id)));
      return;
    }
    const group = d.group !== lastGroup ? [cell(TABLE2_GROUPS[d.group].label, { rowSpan: defs.filter((x) => x.group === d.group).length })] : [];
    lastGroup = d.group;
    t2rows.push(row(...lead, ...group, cell(d.label), ...values(d.id)));
  });
  t2rows.push(row(cell(defs[defs.length - 1]!.label, { columnSpan: 3 }), ...values("carried_out")));

  const sub = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((l) => cell(l));
  const table3 = new Table({
    rows: [
      row(cell("行政复议", { columnSpan: 5 }), cell("行政诉讼", { columnSpan: 10 })),
      row(...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((l) => cell(l, { rowSpan: 2 })), cell("未经复议直接起诉", { columnSpan: 5 }), cell("复议后起诉", { columnSpan: 5 })),
      row(...sub, ...["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"].map((l) => cell(l))),
      row(...TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => cell(r.table3[g]![c]!)))),
    ],
  });

  const p = (text: string, bold = false): Paragraph => new Paragraph({ children: [new TextRun({ text, bold })] });
  return new Document({
    sections: [
      {
        children: [
          p(title, true),
          p("一、总体情况", true),
          p("2023年，本区共受理依申请公开14件，依法办结14件。"),
          p("二、主动公开政府信息情况", true),
          table1,
          p("三、收到和处理政府信息公开申请情况", true),
          new Table({ rows: t2rows }),
          p("四、政府信息公开行政复议、行政诉讼情况", true),
          table3,
          p("五、存在的主要问题及改进情况", true),
          p("无。"),
          p("六、其他需要报告的事项", true),
          p("本年度未收取信息处理费。"),
        ],
      },
    ],
  });
}

describe("readSource .docx: a filled-in report made with the docx package", () => {
  it("gives the title as a line and every table row as one line with its figures in column order", async () => {
    const data = new Uint8Array(await Packer.toBuffer(filledReport("某某区人民政府2023年政府信息公开工作年度报告", xunyang)));
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

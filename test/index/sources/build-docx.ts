/**
 * Builds a Word report in memory with the docx package: a title, the six section headings and
 * the 2021 template's three tables, laid out (spans included) like the national template
 * (shared/samples/template-2021.docx), filled with one report's figures from expected.json.
 */
import { readFileSync } from "node:fs";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { table2Rows, TABLE2_COLUMNS, TABLE2_GROUPS, TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";

export interface Expected {
  file: string;
  agency: string;
  year: number;
  table1: Record<string, Record<string, number>>;
  table2: Record<string, Record<string, number>>;
  table3: Record<string, Record<string, number>>;
}

export const expectedReports = (JSON.parse(readFileSync(new URL("../../fixtures/expected.json", import.meta.url), "utf8")) as { reports: Expected[] }).reports;

export async function filledReportDocx(title: string, r: Expected): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(filledReport(title, r)));
}

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


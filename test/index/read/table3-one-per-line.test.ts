/**
 * Table 3 in pdftotext text without -layout (outside round 24): the fifteen column names on one
 * line, then the values one per line. The first value stood at the header's first column, so it
 * was taken for a space-aligned row whose other fourteen cells were printed blank — “该栏印为空白，
 * 按 0 计” for cells printed 2, 5, 3… and /check found nothing wrong (zeros add up). A row must
 * hold every number of the table for its missing cells to be blanks; otherwise it is not that row.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";

const HEAD = Array(3).fill("结果维持 结果纠正 其他结果 尚未审结 总计").join(" ");

function report(agency: string, values: number[], opts: { tail?: number[]; head?: string } = {}): string {
  return [
    `${agency}2023年政府信息公开工作年度报告`,
    "一、总体情况",
    "2023年，本机关共收到政府信息公开申请14件，全部按时办结。",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章",
    "0 0 0",
    "行政规范性文件",
    "3 1 12",
    "四、政府信息公开行政复议、行政诉讼情况",
    "",
    "行政诉讼",
    "",
    "行政复议",
    "",
    "未经复议直接起诉",
    "",
    "复议后起诉",
    "",
    opts.head ?? HEAD,
    ...values.flatMap((v) => [String(v), ""]),
    "五、存在的主要问题及改进情况",
    "一是公开深度仍需拓展；二是解读形式较为单一。",
    "",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
    "",
    ...(opts.tail ?? []).flatMap((v) => [String(v), ""]),
  ].join("\n");
}

const cells = (t: Record<string, Record<string, number | null> | null> | null) => TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => t?.[g]?.[c] ?? null));

describe("table 3 printed one value a line (pdftotext without -layout)", () => {
  // 行政复议 0 · 2 · 0 · 0 → 2; 直接起诉 3 · 1 · 0 · 1 → 5; 复议后起诉 0 · 1 · 0 · 1 → 2
  const printed = [0, 2, 0, 0, 2, 3, 1, 0, 1, 5, 0, 1, 0, 1, 2];

  it("twelve of the values before section 五: never a cell read as a blank 0", () => {
    const r = parseReport(report("桤山县交通运输局", printed.slice(0, 12), { tail: printed.slice(12) }), "t3-one-per-line.txt");
    cells(r.table3).forEach((v, i) => expect(v === null || v === printed[i]).toBe(true));
    for (const k of Object.keys(r.readings)) if (k.startsWith("table3.")) expect(r.readings[k]?.reason).not.toBe("该栏印为空白，按 0 计");
  });

  it("the question about a group printed non-zero is not answered 0", () => {
    const r = parseReport(report("桤山县交通运输局", printed.slice(0, 12), { tail: printed.slice(12) }), "桤山县交通运输局2023年政府信息公开工作年度报告.txt");
    const a = createAnswerer([r]).answer("桤山县交通运输局2023年行政诉讼直接起诉多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(0);
    expect(a.text).not.toContain("该栏印为空白");
  });
});

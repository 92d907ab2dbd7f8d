/**
 * Table 2 in pdftotext -layout text whose empty cells are blank (outside round 19: “表二：5 个数值无法
 * 组成完整的一行”): a short row's numbers stand under the columns of the table's full rows, so they
 * are placed by position — each under exactly one full row's number, the last under the total, the
 * row adding up — and the blanks read as 0, said so. Without a full row on the page no number is
 * placed under an applicant column; only the row's total (its last number, the others adding up to it) is read.
 */
import { expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { UNPLACED_CELLS } from "../../../src/index/read/table2.ts";

const COLS = [40, 46, 52, 58, 64, 70, 76];
/** A row: its label, then values at their columns (column index → value), shifted by `shift` characters. */
function row(label: string, values: Record<number, number>, shift = 0): string {
  let line = label;
  for (const [c, v] of Object.entries(values)) line = line.padEnd((COLS[Number(c)] ?? 0) + shift) + String(v);
  return line;
}
const all = (v: number[]) => Object.fromEntries(v.map((x, i) => [i, x]));

function report(withFullRows: boolean): string {
  return [
    "某市人民政府2023年政府信息公开工作年度报告",
    "一、总体情况",
    "全年收到政府信息公开申请340件。",
    "三、收到和处理政府信息公开申请情况",
    "                                      申请人情况",
    "                                  自然   法人或其他组织   总计",
    withFullRows ? row("  一、本年新收政府信息公开申请数量", all([259, 52, 5, 4, 19, 1, 340])) : row("  一、本年新收政府信息公开申请数量", { 0: 259, 1: 52, 4: 29, 6: 340 }),
    row("  二、上年结转政府信息公开申请数量", { 2: 2, 6: 2 }, -1),
    row("      （一）予以公开", { 0: 108, 1: 22, 3: 2, 4: 11, 6: 143 }, -1),
    row("      （二）部分公开", { 0: 25, 1: 5, 2: 1, 4: 1, 6: 32 }),
    "五、存在的主要问题及改进情况",
    "无。",
  ].join("\n");
}

it("a short row's numbers are placed under the full rows' columns, the blanks 0 and said so", () => {
  const r = parseReport(report(true), "layout.txt");
  expect(r.table2["carried_in"]).toMatchObject({ natural_person: 0, commercial: 0, research: 2, public_interest: 0, legal_service: 0, other_org: 0, total: 2 });
  expect(r.table2["granted"]).toMatchObject({ natural_person: 108, commercial: 22, research: 0, public_interest: 2, legal_service: 11, other_org: 0, total: 143 });
  expect(r.table2["partly_granted"]).toMatchObject({ natural_person: 25, commercial: 5, research: 1, public_interest: 0, legal_service: 1, other_org: 0, total: 32 });
  expect(r.readings["table2.granted.research"]?.reason).toBe("该栏印为空白，按 0 计");
  expect(r.readings["table2.granted.total"]).toBeUndefined();
});

it("without a full row there are no columns to place by: only each short row's total is read, its other cells unsure", () => {
  const r = parseReport(report(false), "layout.txt");
  expect(r.table2["granted"]).toEqual({ natural_person: null, commercial: null, research: null, public_interest: null, legal_service: null, other_org: null, total: 143 });
  expect(r.table2["partly_granted"]?.["total"]).toBe(32);
  expect(r.readings["table2.granted.natural_person"]).toEqual({ read: "unsure", reason: UNPLACED_CELLS });
});

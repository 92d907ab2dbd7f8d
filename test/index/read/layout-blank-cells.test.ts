/**
 * pdftotext -layout text of reports that leave their zeros blank (outside round 19: 蘅州市 2023,
 * 栎原县财政局 2024 and three more): nothing marks an empty cell, so
 *  - a row printed blank throughout is its label alone on a line: 0 in every column whatever the
 *    columns are — read so (said “印为空白”) where the table's sums confirm it, never otherwise;
 *  - a short row that no full row lets us place keeps its applicant columns unread (unsure), but its
 *    total is its last number (the others add up to it): read;
 *  - a group heading broken over its own rows' lines (“（六）其 ⏎ 他处理”) is no row of its own;
 *  - table 1 items and table 3 groups printed blank throughout are 0s, when surely blank.
 * The reports are made up (岚溪县); the layouts vary the indents, the columns and the wrapping.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { UNPLACED_CELLS } from "../../../src/index/read/table2.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { TABLE2_COLUMNS } from "../../../src/index/template.ts";

type Row = [number, number, number, number, number, number, number];
const Z: Row = [0, 0, 0, 0, 0, 0, 0];

/** Places a row's printed numbers (zeros left blank) at the columns, as pdftotext -layout does. */
function placeNums(line: string, values: Row, cols: number[]): string {
  let out = line;
  values.forEach((v, i) => {
    if (v !== 0) out = out.padEnd(Math.max(cols[i] ?? 0, out.length + 2)) + String(v);
  });
  return out;
}

/** Fills the `{id}` marks of a layout with the row's numbers (blank where 0). */
function fill(layout: string, rows: Record<string, Row>, cols: number[]): string {
  return layout.replace(/^(.*?)\{([\w.]+)\}$/gm, (_, line: string, id: string) => placeNums(line, rows[id] ?? Z, cols).replace(/\s+$/, ""));
}

const HEAD = (year: number, agency: string, body: string) => `${agency}${year}年政府信息公开工作年度报告

一、总体情况

${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，全年收到政府信息公开申请${body}。

二、主动公开政府信息情况
`;

const TABLE1 = (coercion: string) => `
           第二十条第（一）项

 信息内容     本年制发件数    本年废止件数    现行有效件数
  规章

行政规范性文件     2         1         15
           第二十条第（五）项

 信息内容              本年处理决定数量
 行政许可                 36
           第二十条第（六）项

 信息内容              本年处理决定数量
 行政处罚
 行政强制                 ${coercion}

           第二十条第（八）项
 信息内容           本年收费金额（单位：万元）
行政事业性收费

`;

/** Table 2 as pdftotext -layout prints the template: wrapped labels, group headings broken over their rows. */
const TABLE2_A = `三、收到和处理政府信息公开申请情况

                                                      申请人情况
（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项                   法人或其他组织
              之和）                      自然                               总
                                        人   商业   科研    社会公    法律服   其   计
                                            企业   机构    益组织    务机构   他
          一、本年新收政府信息公开申请数量{new}
          二、上年结转政府信息公开申请数量{carried_in}
                      （一）予以公开{granted}
          （二）部分公开（区分处理的，只计这一情形，不计其
{partly_granted}
                    他情形）
                            1.属于国家秘密{refused.state_secret}

                      2.其他法律行政法规禁止公开{refused.law_prohibited}
                       3.危及“三安全一稳定”{refused.security_stability}

          （三）不         4.保护第三方合法权益{refused.third_party}
           予公开         5.属于三类内部事务信息{refused.internal_affairs}

                       6.属于四类过程性信息{refused.process_info}
                           7.属于行政执法案卷{refused.enforcement_file}
                           8.属于行政查询事项{refused.query_matter}
                      1.本机关不掌握相关政府信息{unavailable.not_held}
          （四）无
三、本年度                 2.没有现成信息需要另行制作{unavailable.needs_creation}
           法提供
办理结果                  3.补正后申请内容仍不明确{unavailable.unclear}
                       1.信访举报投诉类申请{not_processed.complaint}
                             2.重复申请{not_processed.duplicate}
          （五）不         3.要求提供公开出版物{not_processed.publication}
           予处理
                      4.无正当理由大量反复申请{not_processed.excessive}
                 5.要求行政机关确认或重新出具已获取信
{not_processed.confirmation}
                           息

                 1.申请人无正当理由逾期不补正、行政机
{other.no_correction}
                    关不再处理其政府信息公开申请

          （六）其    2.申请人逾期未按收费通知要求缴纳费
           他处理   用、行政机关不再处理其政府信息公开申{other.unpaid_fee}
                           请
                              3.其他{other.other}
                       （七）总计{results_total}

             四、结转下年度继续办理{carried_out}

`;

/** Another layout: labels flush left, wider columns, the group headings on lines of their own. */
const TABLE2_B = `三、收到和处理政府信息公开申请情况
                                                         申请人情况
                                               自然人         法人或其他组织          总计
                                                     商业企业 科研机构 社会公益组织 法律服务机构 其他
一、本年新收政府信息公开申请数量{new}
二、上年结转政府信息公开申请数量{carried_in}
三、本年度办理结果
（一）予以公开{granted}
（二）部分公开（区分处理的，只计这一情形，不计其他情形）{partly_granted}
（三）不予公开
 1.属于国家秘密{refused.state_secret}
 2.其他法律行政法规禁止公开{refused.law_prohibited}
 3.危及“三安全一稳定”{refused.security_stability}
 4.保护第三方合法权益{refused.third_party}
 5.属于三类内部事务信息{refused.internal_affairs}
 6.属于四类过程性信息{refused.process_info}
 7.属于行政执法案卷{refused.enforcement_file}
 8.属于行政查询事项{refused.query_matter}
（四）无法提供
 1.本机关不掌握相关政府信息{unavailable.not_held}
 2.没有现成信息需要另行制作{unavailable.needs_creation}
 3.补正后申请内容仍不明确{unavailable.unclear}
（五）不予处理
 1.信访举报投诉类申请{not_processed.complaint}
 2.重复申请{not_processed.duplicate}
 3.要求提供公开出版物{not_processed.publication}
 4.无正当理由大量反复申请{not_processed.excessive}
 5.要求行政机关确认或重新出具已获取信息{not_processed.confirmation}
（六）其他处理
 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请{other.no_correction}
 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请{other.unpaid_fee}
 3.其他{other.other}
（七）总计{results_total}
四、结转下年度继续办理{carried_out}
`;

const TABLE3_BLANK = `四、政府信息公开行政复议、行政诉讼情况

        类别        结果维持   结果纠正    其他结果   尚未审结   总计
     行政复议
行政诉讼（未经复议直接起诉）
 行政诉讼（复议后起诉）

`;
const TABLE3_FULL = `四、政府信息公开行政复议、行政诉讼情况

        类别        结果维持   结果纠正    其他结果   尚未审结   总计
     行政复议          1          0          0          0        1
行政诉讼（未经复议直接起诉）    0     0     0     0     0
 行政诉讼（复议后起诉）    0     0     0     0     0

`;
const TAIL = `五、存在的主要问题及改进情况

一是公开内容不够全面，二是解读形式较为单一。

六、其他需要报告的事项

本年度未收取信息处理费。
`;

/** No row with every column printed: none fixes the columns. 10 applications in all. */
const SPARSE: Record<string, Row> = {
  new: [6, 2, 0, 0, 1, 0, 9],
  carried_in: [1, 0, 0, 0, 0, 0, 1],
  granted: [3, 1, 0, 0, 0, 0, 4],
  partly_granted: [1, 0, 0, 0, 1, 0, 2],
  "refused.third_party": [1, 0, 0, 0, 0, 0, 1],
  "unavailable.not_held": [1, 1, 0, 0, 0, 0, 2],
  "other.unpaid_fee": [1, 0, 0, 0, 0, 0, 1],
  results_total: [7, 2, 0, 0, 1, 0, 10],
};
/** 新收 and 总计 print every column: they fix the columns of the short rows. */
const DENSE: Record<string, Row> = {
  new: [4, 2, 1, 1, 1, 1, 10],
  granted: [2, 1, 1, 0, 0, 1, 5],
  partly_granted: [1, 0, 0, 1, 0, 0, 2],
  "unavailable.not_held": [1, 0, 0, 0, 1, 0, 2],
  "other.unpaid_fee": [0, 1, 0, 0, 0, 0, 1],
  results_total: [4, 2, 1, 1, 1, 1, 10],
};
const ROW_IDS = Object.keys(parseReport(HEAD(2024, "岚溪县林业局", "10件") + TABLE1("3") + fill(TABLE2_A, SPARSE, [48, 56, 63, 70, 78, 84, 90]) + TABLE3_FULL + TAIL, "x.txt").table2);

function report(table2: string, rows: Record<string, Row>, cols: number[], opts: { table3?: string; coercion?: string; drop?: string } = {}): string {
  let t2 = fill(table2, rows, cols);
  if (opts.drop) t2 = t2.replace(new RegExp(`^(.*${opts.drop}).*$`, "m"), "$1");
  return HEAD(2024, "岚溪县林业局", `${(rows["new"] ?? Z)[6]}件`) + TABLE1(opts.coercion ?? "3") + t2 + (opts.table3 ?? TABLE3_BLANK) + TAIL;
}

const row = (rows: Record<string, Row>, id: string) => Object.fromEntries(TABLE2_COLUMNS.map((c, i) => [c, (rows[id] ?? Z)[i]]));

describe("table 2 in pdftotext -layout text whose zeros are blank", () => {
  it.each([
    ["template wrapping, narrow columns", TABLE2_A, [48, 56, 63, 70, 78, 84, 90]],
    ["labels flush left, wide columns", TABLE2_B, [80, 88, 96, 104, 113, 121, 128]],
  ] as const)("%s: no full row — each row's total read, blank rows 0 (said so), no applicant column guessed", (_, layout, cols) => {
    const r = parseReport(report(layout, SPARSE, [...cols]), "lanxi.txt");
    for (const id of ROW_IDS) {
      const want = SPARSE[id];
      if (!want) {
        // printed blank throughout: 0 in every column, confirmed by the sums
        expect(r.table2[id], id).toEqual(row(SPARSE, id));
        expect(cellReading(r, `table2.${id}.total`), id).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
        continue;
      }
      expect(r.table2[id]?.["total"], id).toBe(want[6]);
      for (const c of TABLE2_COLUMNS.slice(0, -1)) {
        expect(r.table2[id]?.[c], `${id}.${c}`).toBeNull();
        expect(cellReading(r, `table2.${id}.${c}`)).toMatchObject({ read: "unsure", reason: expect.stringContaining(UNPLACED_CELLS) });
      }
    }
    expect(r.checks.filter((c) => !c.holds)).toEqual([]);
  });

  it("with full rows to place by: every cell read, the blank rows and the group heading broken over its rows included", () => {
    const r = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90]), "lanxi.txt");
    for (const id of ROW_IDS) expect(r.table2[id], id).toEqual(row(DENSE, id));
    expect(Object.entries(r.readings).filter(([k, v]) => k.startsWith("table2.") && v.read === "unsure")).toEqual([]);
    expect(cellReading(r, "table2.not_processed.excessive.total")).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
    // “（六）其 … 他处理 用、…申 1 1”: the numbers are 2.申请人逾期未按收费通知…'s, not a row （六）其他处理
    expect(r.table2["other"] ?? null).toBeNull();
  });

  it("“3.其他” after a row of （六）其他处理 printed blank takes its own numbers, not the blank row's", () => {
    const rows = { ...DENSE, "other.unpaid_fee": Z, "other.other": [0, 1, 0, 0, 0, 0, 1] as Row };
    const r = parseReport(report(TABLE2_A, rows, [48, 56, 63, 70, 78, 84, 90]), "lanxi.txt");
    expect(r.table2["other.other"]).toEqual(row(rows, "other.other"));
    expect(r.table2["other.unpaid_fee"]).toEqual(row(rows, "other.unpaid_fee"));
    expect(cellReading(r, "table2.other.unpaid_fee.total")).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
  });

  it("a row whose numbers were lost (its label alone on its line, but not zeros) is never read as 0", () => {
    const r = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90], { drop: "1.本机关不掌握相关政府信息" }), "lanxi.txt");
    const total = r.table2["unavailable.not_held"]?.["total"] ?? null;
    expect(total === null || cellReading(r, "table2.unavailable.not_held.total").read === "unsure").toBe(true);
    expect(total).not.toBe(0);
  });
});

describe("table 1 and table 3 printed blank in pdftotext -layout text", () => {
  it("an item alone on its line with no number is 0 in every column, said so; a printed figure stays as printed", () => {
    const r = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90]), "lanxi.txt");
    expect(r.table1["rules"]).toEqual({ issued: 0, repealed: 0, in_force: 0 });
    expect(r.table1["penalty"]).toEqual({ decisions: 0 });
    expect(r.table1["fees"]).toEqual({ amount_10k_yuan: 0 });
    expect(r.table1["coercion"]).toEqual({ decisions: 3 });
    expect(r.table1["normative"]).toEqual({ issued: 2, repealed: 1, in_force: 15 });
    expect(cellReading(r, "table1.rules.repealed")).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    expect(cellReading(r, "table1.coercion.decisions")).toEqual({ read: "table" });
  });

  it("where the table prints its zeros as “0”, a blank item is not read as 0", () => {
    const r = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90], { coercion: "0" }), "lanxi.txt");
    expect(r.table1["penalty"] ?? null).toBeNull();
    expect(cellReading(r, "table1.penalty.decisions").read).toBe("unsure");
  });

  it("table 3 with each group's label alone on its line is 0s, said so; printed figures read as printed", () => {
    const blank = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90]), "lanxi.txt");
    expect(blank.table3?.["review"]).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(blank.table3?.["suit_after_review"]?.["total"]).toBe(0);
    expect(cellReading(blank, "table3.suit_direct.total")).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    const full = parseReport(report(TABLE2_A, DENSE, [48, 56, 63, 70, 78, 84, 90], { table3: TABLE3_FULL }), "lanxi.txt");
    expect(full.table3?.["review"]).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
  });
});

it("a one-column table-1 item whose merged cell a crawler repeated (“| 行政处罚 | 2818 | 2818 | 2818 |”) is one figure, said so", () => {
  const md = `岚溪县林业局2024年政府信息公开工作年度报告

一、总体情况

2024年，岚溪县林业局全年收到政府信息公开申请10件。

二、主动公开政府信息情况

| 第二十条第（五）项 | | | |
| --- | --- | --- | --- |
| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |
| 行政许可 | 615 | 615 | 615 |
| 第二十条第（六）项 | | | |
| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |
| 行政处罚 | 2818 | 2818 | 2818 |
| 行政强制 | 37 | 36 | 37 |

${TABLE2_B.replace(/\{[\w.]+\}/g, "")}
${TABLE3_FULL}${TAIL}`;
  const r = parseReport(md, "lanxi.md");
  expect(r.table1["penalty"]).toEqual({ decisions: 2818 });
  expect(r.table1["licensing"]).toEqual({ decisions: 615 });
  expect(cellReading(r, "table1.penalty.decisions")).toMatchObject({ read: "derived", reason: expect.stringContaining("2818 2818 2818") });
  // values that differ are not a repeated cell: which one is the item's is not known
  expect(cellReading(r, "table1.coercion.decisions").read).toBe("unsure");
});

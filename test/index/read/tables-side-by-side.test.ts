/**
 * Tables 2 and 3 printed side by side on a landscape page (outside round 24): the headings of 三 and
 * 四 on one line, then the two tables' rows interleaved down to 五 — as a PDF's grids come out (each
 * table's rows on lines of their own) or as pdftotext -layout prints it (table 3's row on the same
 * line as table 2's first row). Table 3 was read from fifteen zeros of table 2's rows (维持 0 for a
 * printed 3) and table 2 was missing: each table is read from its own lines only, and a line
 * whose numbers do not split into the two tables' columns is read by neither.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";

const AGENCY = "桤山县水利局";
const TOP = [
  `${AGENCY}2024年政府信息公开工作年度报告`,
  "一、总体情况",
  "2024年，本局共收到政府信息公开申请12件，全部按期办结。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项",
  "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
  "规章\t0\t0\t0",
  "行政规范性文件\t2\t0\t9",
];
const END = ["五、存在的主要问题及改进情况", "一是公开深度仍需拓展；二是解读形式较为单一。", "六、其他需要报告的事项", "本年度未收取信息处理费。"];

/** Table 2's rows (label, the merged cell beside it, seven values). */
const T2: [string, string, number[]][] = [
  ["一、本年新收政府信息公开申请数量", "", [9, 2, 0, 1, 0, 0, 12]],
  ["二、上年结转政府信息公开申请数量", "", [0, 0, 0, 0, 0, 0, 0]],
  ["三、本年度办理结果", "（一）予以公开", [6, 1, 0, 0, 0, 0, 7]],
  ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", [1, 0, 0, 0, 0, 0, 1]],
  ["（三）不予公开", "1.属于国家秘密", [0, 0, 0, 0, 0, 0, 0]],
  ["2.其他法律行政法规禁止公开", "", [0, 0, 0, 0, 0, 0, 0]],
  ["3.危及“三安全一稳定”", "", [0, 0, 0, 0, 0, 0, 0]],
  ["4.保护第三方合法权益", "", [0, 0, 0, 0, 0, 0, 0]],
  ["5.属于三类内部事务信息", "", [0, 0, 0, 0, 0, 0, 0]],
  ["6.属于四类过程性信息", "", [0, 0, 0, 0, 0, 0, 0]],
  ["7.属于行政执法案卷", "", [0, 0, 0, 0, 0, 0, 0]],
  ["8.属于行政查询事项", "", [0, 0, 0, 0, 0, 0, 0]],
  ["（四）无法提供", "1.本机关不掌握相关政府信息", [2, 0, 0, 1, 0, 0, 3]],
  ["2.没有现成信息需要另行制作", "", [0, 0, 0, 0, 0, 0, 0]],
  ["3.补正后申请内容仍不明确", "", [0, 0, 0, 0, 0, 0, 0]],
  ["（五）不予处理", "1.信访举报投诉类申请", [0, 0, 0, 0, 0, 0, 0]],
  ["2.重复申请", "", [0, 1, 0, 0, 0, 0, 1]],
  ["3.要求提供公开出版物", "", [0, 0, 0, 0, 0, 0, 0]],
  ["4.无正当理由大量反复申请", "", [0, 0, 0, 0, 0, 0, 0]],
  ["5.要求行政机关确认或重新出具已获取信息", "", [0, 0, 0, 0, 0, 0, 0]],
  ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", [0, 0, 0, 0, 0, 0, 0]],
  ["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "", [0, 0, 0, 0, 0, 0, 0]],
  ["3.其他", "", [0, 0, 0, 0, 0, 0, 0]],
  ["（七）总计", "", [9, 2, 0, 1, 0, 0, 12]],
  ["四、结转下年度继续办理", "", [0, 0, 0, 0, 0, 0, 0]],
];
const T3 = [3, 1, 0, 0, 4, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1];
const T3_HEAD = Array(3).fill(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]).flat();

/** As the PDF reader gives a landscape page: each table's rows on lines of their own, interleaved. */
function fromPdf(t3 = T3): string {
  const rows = T2.map(([label, sub, v]) => [label, sub, ...v].join("\t"));
  return [
    ...TOP,
    "三、收到和处理政府信息公开申请情况\t四、政府信息公开行政复议、行政诉讼情况",
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\t\t\t\t\t\t",
    "\t自然人\t法人或其他组织\t\t\t\t\t总计",
    "\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t",
    rows[0],
    "行政复议\t\t\t\t\t行政诉讼\t\t\t\t\t\t\t\t\t",
    "\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\t\t\t\t",
    T3_HEAD.join("\t"),
    t3.join("\t"),
    ...rows.slice(1),
    ...END,
  ].join("\n");
}

/** As pdftotext -layout prints it: table 3's row on the line of table 2's first row. */
function fromLayout(first = [...(T2[0]?.[2] ?? []), ...T3]): string {
  const cells = (v: number[]) => v.map((n) => String(n).padStart(4)).join("");
  return [
    ...TOP,
    "三、收到和处理政府信息公开申请情况                                  四、政府信息公开行政复议、行政诉讼情况",
    "                     申请人情况                                              行政诉讼",
    "                                                    行政复议",
    "（本列数据的勾稽关系为：第一项加第二项之和   法人或其他组织                  未经复议直接起诉       复议后起诉",
    "                    自然     商业  科研  社会公  法律服  其  总   结果 结果 其他 尚未 总 结果 结果 其他 尚未 总 结果 结果 其他 尚未 总",
    "                    人       企业  机构  益组织  务机构  他  计   维持 纠正 结果 审结 计 维持 纠正 结果 审结 计 维持 纠正 结果 审结 计",
    `一、本年新收政府信息公开申请数量     ${cells(first)}`,
    ...T2.slice(1).map(([label, sub, v]) => `${label}  ${sub}     ${cells(v)}`),
    ...END,
  ].join("\n");
}

const t3Of = (r: ReturnType<typeof parseReport>) => ["review", "suit_direct", "suit_after_review"].flatMap((g) => ["upheld", "corrected", "other", "pending", "total"].map((c) => r.table3?.[g]?.[c] ?? null));

describe("tables 2 and 3 side by side", () => {
  it.each([
    ["the PDF's grids", fromPdf()],
    ["pdftotext -layout", fromLayout()],
  ])("%s: each table read from its own lines", (_, text) => {
    const r = parseReport(text, "side-by-side.txt");
    expect(t3Of(r)).toEqual(T3);
    expect(r.table2["new"]).toEqual({ natural_person: 9, commercial: 2, research: 0, public_interest: 1, legal_service: 0, other_org: 0, total: 12 });
    expect(r.table2["granted"]?.["total"]).toBe(7);
    expect(r.table2["unavailable.not_held"]?.["total"]).toBe(3);
    expect(r.table2["results_total"]?.["total"]).toBe(12);
    expect(r.warnings.filter((w) => w.startsWith("表二") || w.startsWith("表三"))).toEqual([]);
  });

  it("a table-3 row whose total its parts do not add up to is read as printed, and the check finds it", () => {
    const printed = [2, 1, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const r = parseReport(fromPdf(printed), "side-by-side.txt");
    expect(t3Of(r)).toEqual(printed);
    expect(r.checks.filter((c) => c.rule === "table3_sum" && !c.holds).map((c) => c.row)).toEqual(["review"]);
  });

  it("a line whose numbers do not split into the two tables' columns is read by neither", () => {
    // one of table 3's fifteen missing: which cell is not known
    const r = parseReport(fromLayout([...(T2[0]?.[2] ?? []), ...T3.slice(1)]), "side-by-side.txt");
    expect(r.table2["new"]?.["total"] ?? null).toBeNull();
    t3Of(r).forEach((v, i) => expect(v === null || v === T3[i]).toBe(true));
  });

  it("the answer gives table 3's figure, quoting table 3's row", () => {
    const a = createAnswerer([parseReport(fromPdf(), `${AGENCY}2024年政府信息公开工作年度报告.txt`)]).answer(`${AGENCY}2024年行政复议结果维持几件`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(3);
    expect(a.quotes[0]?.text).not.toContain("上年结转");
  });
});

/**
 * A 2019-template report as government CMS pages carry it when the table was pasted from Word:
 * the template's merged cells as rowspan/colspan (the 申请人情况 header over three rows, the
 * 三、本年度办理结果 / （三）不予公开 / （四）无法提供 / （五）不予处理 block labels spanning their
 * rows, 法人或其他组织 and the 第二十条 item headers spanning columns), Word's markup around every
 * cell (<p class=MsoNormal><span>…<o:p></o:p>), unquoted and upper-case attributes, block labels
 * written one character per line (<br>), empty cells as &nbsp;. Independent of render-report.ts,
 * so that the reader is not tested only on the markup of one generator.
 */
import type { Figures } from "./figures.ts";

const T2_COLUMNS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

/** One Word cell: the text in Word's paragraph markup; attributes as Word writes them. */
function td(text: string, attrs = "", vertical = false): string {
  const body = text === "" ? "&nbsp;" : vertical ? [...text].map((c) => `<span lang=EN-US>${c}</span>`).join("<br>") : `<span style='font-family:宋体'>${text}</span>`;
  return `<TD ${attrs} width=60 valign=center style='border:solid windowtext 1.0pt'><P class=MsoNormal align=center style='text-align:center'>${body}<o:p></o:p></P></TD>`;
}
const tr = (cells: string[]) => `<TR style='height:20.0pt'>${cells.join("")}</TR>`;
const spacer = () => (opts.spacerRow ? `<![if !supportMisalignedColumns]><TR height=0>${"<TD width=60 style='border:none'></TD>".repeat(10)}</TR><![endif]>` : "");
const table = (rows: string[]) => `<TABLE class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'><TBODY>${rows.join("\n")}${spacer()}</TBODY></TABLE>`;
let blankZeros = false;
const cellOf = (v: number | undefined) => (v === undefined || (blankZeros && v === 0) ? "" : String(v));
const nums = (row: Record<string, number> | undefined, cols: string[]) => cols.map((c) => td(cellOf(row?.[c])));

function table1(f: Figures): string {
  const t = f.table1;
  const rows: string[] = [];
  const head = (item: string, cols: string[]) => {
    rows.push(tr([td(`第二十条第（${item}）项`, "colspan=4")]));
    rows.push(tr([td("信息内容"), ...cols.map((c, i) => td(c, i === cols.length - 1 && cols.length === 2 ? "colspan=2" : ""))]));
  };
  head("一", ["本年新制作数量", "本年新公开数量", "对外公开总数量"]);
  rows.push(tr([td("规章"), ...nums(t["rules"], ["made", "published", "total_published"])]));
  rows.push(tr([td("规范性文件"), ...nums(t["normative"], ["made", "published", "total_published"])]));
  head("五", ["上一年项目数量", "本年增/减", "处理决定数量"]);
  rows.push(tr([td("行政许可"), ...nums(t["licensing"], ["prev_items", "change", "decisions"])]));
  rows.push(tr([td("其他对外管理服务事项"), ...nums(t["other_services"], ["prev_items", "change", "decisions"])]));
  head("六", ["上一年项目数量", "本年增/减", "处理决定数量"]);
  rows.push(tr([td("行政处罚"), ...nums(t["penalty"], ["prev_items", "change", "decisions"])]));
  rows.push(tr([td("行政强制"), ...nums(t["coercion"], ["prev_items", "change", "decisions"])]));
  head("八", ["上一年项目数量", "本年增/减"]);
  rows.push(tr([td("行政事业性收费"), td(String(t["fees"]?.["prev_items"] ?? "")), td(String(t["fees"]?.["change"] ?? ""), "colspan=2")]));
  head("九", ["采购项目数量", "采购总金额"]);
  rows.push(tr([td("政府集中采购"), td(String(t["procurement"]?.["count"] ?? "")), td(String(t["procurement"]?.["amount_10k_yuan"] ?? ""), "colspan=2")]));
  return table(rows);
}

const BLOCKS: [string, [string, string][]][] = [
  ["（三）不予公开", [["refused.state_secret", "1.属于国家秘密"], ["refused.law_prohibited", "2.其他法律行政法规禁止公开"], ["refused.security_stability", "3.危及“三安全一稳定”"], ["refused.third_party", "4.保护第三方合法权益"], ["refused.internal_affairs", "5.属于三类内部事务信息"], ["refused.process_info", "6.属于四类过程性信息"], ["refused.enforcement_file", "7.属于行政执法案卷"], ["refused.query_matter", "8.属于行政查询事项"]]],
  ["（四）无法提供", [["unavailable.not_held", "1.本机关不掌握相关政府信息"], ["unavailable.needs_creation", "2.没有现成信息需要另行制作"], ["unavailable.unclear", "3.补正后申请内容仍不明确"]]],
  ["（五）不予处理", [["not_processed.complaint", "1.信访举报投诉类申请"], ["not_processed.duplicate", "2.重复申请"], ["not_processed.publication", "3.要求提供公开出版物"], ["not_processed.excessive", "4.无正当理由大量反复申请"], ["not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"]]],
];

function table2(f: Figures): string {
  const t = f.table2;
  const rows: string[] = [
    tr([td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "colspan=3 rowspan=3"), td("申请人情况", "colspan=7")]),
    tr([td("自然人", "rowspan=2"), td("法人或其他组织", "colspan=5"), td("总计", "rowspan=2")]),
    tr(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((h) => td(h))),
    tr([td("一、本年新收政府信息公开申请数量", "colspan=3"), ...nums(t["new"], T2_COLUMNS)]),
    tr([td("二、上年结转政府信息公开申请数量", "colspan=3"), ...nums(t["carried_in"], T2_COLUMNS)]),
  ];
  // 三、本年度办理结果 spans its 20 rows (2019: （六）其他处理 is one row), written one character per line.
  const resultRows = 2 + BLOCKS.reduce((n, [, subs]) => n + subs.length, 0) + 2;
  rows.push(tr([td("三、本年度办理结果", `rowspan=${opts.resultRowspan ?? resultRows}`, true), td("（一）予以公开", "colspan=2"), ...nums(t["granted"], T2_COLUMNS)]));
  rows.push(tr([td("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "colspan=2"), ...nums(t["partly_granted"], T2_COLUMNS)]));
  for (const [group, subs] of BLOCKS) {
    for (const [i, [id, label]] of subs.entries()) {
      rows.push(tr([...(i === 0 ? [td(group, `rowspan=${subs.length}`, true)] : []), td(label), ...nums(t[id], T2_COLUMNS)]));
    }
  }
  rows.push(tr([td("（六）其他处理", "colspan=2"), ...nums(t["other"], T2_COLUMNS)]));
  rows.push(tr([td("（七）总计", "colspan=2"), ...nums(t["results_total"], T2_COLUMNS)]));
  rows.push(tr([td("四、结转下年度继续办理", "colspan=3"), ...nums(t["carried_out"], T2_COLUMNS)]));
  return table(rows);
}

function table3(f: Figures): string {
  const five = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const cols = ["upheld", "corrected", "other", "pending", "total"];
  return table([
    tr([td("行政复议", "colspan=5"), td("行政诉讼", "colspan=10")]),
    tr([...five.map((h) => td(h, "rowspan=2")), td("未经复议直接起诉", "colspan=5"), td("复议后起诉", "colspan=5")]),
    tr([...five, ...five].map((h) => td(h))),
    tr([...nums(f.table3["review"], cols), ...nums(f.table3["suit_direct"], cols), ...nums(f.table3["suit_after_review"], cols)]),
  ]);
}

/** The whole page: title, sections, the three tables. */
export interface WordHtmlOptions {
  /** Zeros left as empty cells (&nbsp;), as many agencies print them. */
  blankZeros?: boolean;
  /** The rowspan printed on 三、本年度办理结果 (pages copied from the 2021 template keep its 22). */
  resultRowspan?: number;
  /** Word's spacer row of empty cells closing each table (<![if !supportMisalignedColumns]>). */
  spacerRow?: boolean;
}

let opts: WordHtmlOptions = {};

export function wordHtml2019(f: Figures, options: WordHtmlOptions = {}): string {
  opts = options;
  blankZeros = options.blankZeros ?? false;
  const p = (s: string) => `<P class=MsoNormal style='text-indent:32.0pt'><SPAN style='font-size:16.0pt;font-family:仿宋_GB2312'>${s}<o:p></o:p></SPAN></P>`;
  return [
    `<HTML xmlns:o="urn:schemas-microsoft-com:office:office"><HEAD><META http-equiv=Content-Type content="text/html; charset=utf-8"><TITLE>${f.agency}${f.year}年政府信息公开工作年度报告</TITLE></HEAD><BODY lang=ZH-CN><DIV class=WordSection1>`,
    `<P class=MsoNormal align=center><B><SPAN style='font-size:22.0pt'>${f.agency}${f.year}年政府信息公开工作年度报告<o:p></o:p></SPAN></B></P>`,
    p(`本报告根据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限自${f.year}年1月1日起至${f.year}年12月31日止。`),
    p("一、总体情况"),
    p(`${f.year}年，本机关认真贯彻落实《条例》，主动公开政府信息。`),
    p("二、主动公开政府信息情况"),
    table1(f),
    p("三、收到和处理政府信息公开申请情况"),
    table2(f),
    p("四、政府信息公开行政复议、行政诉讼情况"),
    table3(f),
    p("五、存在的主要问题及改进情况"),
    p("公开质量有待提升。"),
    p("六、其他需要报告的事项"),
    p("无。"),
    "</DIV></BODY></HTML>",
  ].join("\n");
}

/**
 * Prints a report's figures the way text comes out of the tools that extract it, so the reader can
 * be tested on layouts nobody has sent us yet. The tables are first built as the national
 * template prints them (HTML-like grids with rowspan/colspan), then written out in one layout:
 *
 *  - html:           a web page converted by src/index/sources/html.ts (tab rows, spans → empty cells)
 *  - tabs:           tab-separated rows, spanned positions kept (“grid”) or dropped (“drop”)
 *  - cells:          one cell per line, blank lines between (xunyang-2023)
 *  - markdown:       pipe tables; markdown-split breaks table 2 into several tables
 *  - csv:            a spreadsheet saved as comma-separated values (RFC 4180): merged cells empty,
 *                    cells with commas, quotes or line breaks quoted (“"1,219"”)
 *  - collapsed:      crawler text, all whitespace removed: the whole report on one line, cells glued
 *  - pdf-default:    pdftotext default mode: cells one per line, runs of rows column by column with
 *                    their labels after the numbers, page numbers, hard-wrapped lines (hongze-2023)
 *  - pdf-layout:     pdftotext -layout: space-aligned columns, group labels spaced out on a line of
 *                    their own in the middle of their rows, long labels wrapped (hongze-2024)
 *  - pdf-raw:        pdftotext -raw: a row per line separated by spaces, group labels one
 *                    character per line, long labels wrapped with the numbers on the next line (huaian-2024)
 */
import { htmlToText } from "../../src/index/sources/html.ts";
import { TABLE2_COLUMNS, TABLE3_COLUMNS, TABLE3_GROUPS, table2Rows } from "../../src/index/template.ts";
import { rng, type Figures } from "./figures.ts";

export type Layout = "html" | "tabs" | "cells" | "markdown" | "markdown-split" | "csv" | "collapsed" | "pdf-default" | "pdf-layout" | "pdf-raw";
export const LAYOUTS: Layout[] = ["html", "tabs", "cells", "markdown", "markdown-split", "csv", "collapsed", "pdf-default", "pdf-layout", "pdf-raw"];

export interface Style {
  layout: Layout;
  /** one-line “X2023年…报告”; two-lines: agency on the line above; markdown: two headings; spaced: “X 2023 年…”. */
  title?: "one-line" | "two-lines" | "markdown" | "spaced" | "niandu" | "year-first" | "byline" | "crawler" | "chinese-year";
  /** plain “一、总体情况”; markdown “### 一、”; bold “## **一、总体情况**”; dot “一．总体情况”. */
  headings?: "plain" | "markdown" | "bold" | "dot";
  /** Brackets of （一）/（三）: full-width as the template prints them, or half-width. */
  brackets?: "full" | "half";
  /** The mark after a list number: “1.属于…”, “1、属于…”, “1．属于…”, “1. 属于…”. */
  listMark?: "." | "、" | "．" | ". ";
  /** Labels broken by spaces (or line breaks in one-cell-per-line text), as wrapped cells come out. */
  brokenLabels?: boolean;
  /** Table tabs: positions covered by a rowspan/colspan kept as empty cells (grid) or dropped. */
  spans?: "grid" | "drop";
  /**
   * Zeros of table 2 printed as empty cells (html, tabs, markdown): in rows that hold some other
   * number (true), or everywhere, rows of zeros printed as a label over empty cells too ("rows").
   */
  blankZeros?: boolean | "rows";
  /** Zeros of table 2 printed as a dash or slash (“—”, “/”), as some agencies do. */
  noneMark?: "—" | "-" | "/";
  /** 2019 template: counts printed with their units (“27个”, “156次”, “30183.96万元”). */
  units?: boolean;
  /** The narrative restates the table-2 totals; “disagrees” states a wrong number of new applications. */
  narrative?: "agrees" | "disagrees" | "none";
  /** Numbers of a thousand and more with separators (“1,516”). */
  thousands?: boolean;
  /** Sections 二 and 三 open with a sentence holding a count before their table. */
  intro?: boolean;
  /**
   * ganzhou-2023's shift: the group heading row carries the values of its first sub-row, each of
   * the next `rows - 1` sub-rows the values of the one below, and sub-row `rows` none (tabs, html, markdown, cells).
   */
  shift?: { group: "refused" | "unavailable" | "not_processed" | "other"; rows: number };
  /** Table-2 rows left out of the text altogether. */
  drop?: string[];
  /** Each group heading (（三）不予公开 …) printed as a row of its own with the group's sums. */
  groupTotals?: boolean;
  /** A 2021 report printing （六）其他处理 as one row (hongze-2024), with the sums of its three sub-rows. */
  mergedOther?: boolean;
  /** Group labels spanning rows split in two, the second part in a row further down (ganzhou-2023 “三、本” … “年度 办理 结果”). */
  splitGroupLabels?: boolean;
  /**
   * A wrapped label's numbers: on its first line, on a line of their own after it, or (pdf-layout,
   * vertically centred) on its middle line.
   */
  wrap?: "first" | "after" | "middle";
  /** A PDF table running over a page repeats its column headers on the new page. */
  repeatHeaders?: boolean;
  /** Markdown from converters: line breaks inside cells as <br>, totals rows in bold, &nbsp; in empty cells. */
  markdownHtml?: boolean;
  /** Section headings left out (merged sections, or lost by the extraction). */
  omitHeadings?: number[];
  /** tabs: a long label continued on a line of its own below its row, empty cells after it (ganzhou-2023). */
  continuedLabels?: boolean;
  /** A table of contents (目录) listing the six headings after the title. */
  toc?: boolean;
  /**
   * The three tables after the narrative, as an appendix exported from a spreadsheet (“附表（由Excel
   * 导出）”, each under a title line “附表2 收到和处理政府信息公开申请情况”); sections 二–四 only say
   * “（详见附表N）”.
   */
  appendix?: boolean;
  /** Table 3 in two halves: the 行政复议 table, then “续表” and the 行政诉讼 table. */
  table3Halves?: boolean;
  /**
   * Table 3 transposed: a header 类别 · 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计, then a row
   * per group (行政复议 / 行政诉讼（未经复议直接起诉） / 行政诉讼（复议后起诉）) with its five cells.
   */
  table3Transposed?: boolean;
  /** Zeros of table 3 printed as empty cells (“” or the given mark, e.g. “—”). */
  table3Zeros?: "" | "—";
  /**
   * pdf-default only: table 2's value rows as ONE run printed column after column with no blank line
   * between the columns (pdftotext's raw reading order of some PDFs), every row label after it.
   */
  wholeColumns?: boolean;
  /** Noise that varies between extractions: where pages break, how rows are grouped in column blocks. */
  seed?: number;
}

interface Cell {
  text: string;
  colspan?: number;
  rowspan?: number;
  /** A value cell (as opposed to a label or header). */
  num?: boolean;
}
type Grid = Cell[][];

/** Marks a place where a PDF page may break (between rows); removed from the text. */
const BREAK = "\u0000";

type Block = { k: "title" } | { k: "heading"; no: number } | { k: "para"; text: string } | { k: "table"; grid: Grid; name: 1 | 2 | 3 };

// ---------------------------------------------------------------------------------------------
// The template as printed

const HEADINGS = ["", "总体情况", "主动公开政府信息情况", "收到和处理政府信息公开申请情况", "政府信息公开行政复议、行政诉讼情况", "存在的主要问题及改进情况", "其他需要报告的事项"];
const NUMERALS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** Table 2 labels as the template prints them: [group heading, label]. */
const T2_LABELS: Record<string, [string | null, string]> = {
  new: [null, "一、本年新收政府信息公开申请数量"],
  carried_in: [null, "二、上年结转政府信息公开申请数量"],
  granted: [null, "（一）予以公开"],
  partly_granted: [null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
  "refused.state_secret": ["（三）不予公开", "1.属于国家秘密"],
  "refused.law_prohibited": ["（三）不予公开", "2.其他法律行政法规禁止公开"],
  "refused.security_stability": ["（三）不予公开", "3.危及“三安全一稳定”"],
  "refused.third_party": ["（三）不予公开", "4.保护第三方合法权益"],
  "refused.internal_affairs": ["（三）不予公开", "5.属于三类内部事务信息"],
  "refused.process_info": ["（三）不予公开", "6.属于四类过程性信息"],
  "refused.enforcement_file": ["（三）不予公开", "7.属于行政执法案卷"],
  "refused.query_matter": ["（三）不予公开", "8.属于行政查询事项"],
  "unavailable.not_held": ["（四）无法提供", "1.本机关不掌握相关政府信息"],
  "unavailable.needs_creation": ["（四）无法提供", "2.没有现成信息需要另行制作"],
  "unavailable.unclear": ["（四）无法提供", "3.补正后申请内容仍不明确"],
  "not_processed.complaint": ["（五）不予处理", "1.信访举报投诉类申请"],
  "not_processed.duplicate": ["（五）不予处理", "2.重复申请"],
  "not_processed.publication": ["（五）不予处理", "3.要求提供公开出版物"],
  "not_processed.excessive": ["（五）不予处理", "4.无正当理由大量反复申请"],
  "not_processed.confirmation": ["（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"],
  "other.no_correction": ["（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"],
  "other.unpaid_fee": ["（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"],
  "other.other": ["（六）其他处理", "3.其他"],
  other: [null, "（六）其他处理"],
  results_total: [null, "（七）总计"],
  carried_out: [null, "四、结转下年度继续办理"],
};

const GROUP_HEADINGS: Record<string, string> = { refused: "（三）不予公开", unavailable: "（四）无法提供", not_processed: "（五）不予处理", other: "（六）其他处理" };

const T1_2021: [string, [string, string[]][], string[]][] = [
  ["一", [["规章", ["issued", "repealed", "in_force"]], ["行政规范性文件", ["issued", "repealed", "in_force"]]], ["本年制发件数", "本年废止件数", "现行有效件数"]],
  ["五", [["行政许可", ["decisions"]]], ["本年处理决定数量"]],
  ["六", [["行政处罚", ["decisions"]], ["行政强制", ["decisions"]]], ["本年处理决定数量"]],
  ["八", [["行政事业性收费", ["amount_10k_yuan"]]], ["本年收费金额（单位：万元）"]],
];
const PREV = ["prev_items", "change", "decisions"];
const T1_2019: [string, [string, string[]][], string[]][] = [
  ["一", [["规章", ["made", "published", "total_published"]], ["规范性文件", ["made", "published", "total_published"]]], ["本年新制作数量", "本年新公开数量", "对外公开总数量"]],
  ["五", [["行政许可", PREV], ["其他对外管理服务事项", PREV]], ["上一年项目数量", "本年增/减", "处理决定数量"]],
  ["六", [["行政处罚", PREV], ["行政强制", PREV]], ["上一年项目数量", "本年增/减", "处理决定数量"]],
  ["八", [["行政事业性收费", ["prev_items", "change"]]], ["上一年项目数量", "本年增/减"]],
  ["九", [["政府集中采购", ["count", "amount_10k_yuan"]]], ["采购项目数量", "采购总金额"]],
];
const T1_IDS: Record<string, string> = {
  规章: "rules", 行政规范性文件: "normative", 规范性文件: "normative", 行政许可: "licensing", 其他对外管理服务事项: "other_services",
  行政处罚: "penalty", 行政强制: "coercion", 行政事业性收费: "fees", 政府集中采购: "procurement",
};

class Styler {
  constructor(readonly s: Style) {}
  /** A label with the style's brackets, list marks and breaks. */
  label(text: string, breakWith = " "): string {
    let t = text;
    if (this.s.brackets === "half") t = t.replace(/（/g, "(").replace(/）/g, ")");
    const mark = this.s.listMark ?? ".";
    t = t.replace(/^(\d)\./, `$1${mark}`);
    if (this.s.brokenLabels && t.length > 7) t = breakEvery(t, 6, breakWith);
    return t;
  }
}

/** Hard-wrapped lines of about `n` characters, as PDF text has them; a number is never split. */
function wrap(t: string, n: number): string[] {
  const out: string[] = [];
  let rest = t;
  while (rest.length > n) {
    let cut = n;
    while (cut < rest.length && /\d/.test(rest[cut - 1] ?? "") && /[\d.,]/.test(rest[cut] ?? "")) cut++;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  return [...out, rest];
}

function breakEvery(t: string, n: number, sep: string): string {
  const parts: string[] = [];
  for (let i = 0; i < t.length; i += n) parts.push(t.slice(i, i + n));
  return parts.join(sep);
}

function num(v: number, style: Style, opts: { unit?: string; blank?: boolean; none?: boolean } = {}): Cell {
  if (opts.blank && v === 0) return { text: "", num: true };
  if (opts.none && style.noneMark && v === 0) return { text: style.noneMark, num: true };
  const digits = style.thousands ? v.toLocaleString("en-US", { maximumFractionDigits: 6 }) : String(v);
  return { text: `${digits}${style.units && opts.unit ? opts.unit : ""}`, num: true };
}

function table1Grid(f: Figures, st: Styler): Grid {
  const grid: Grid = [];
  const units: Record<string, string> = { made: "个", published: "个", total_published: "个", count: "次", amount_10k_yuan: f.template === "2019" ? "万元" : "" };
  for (const [clause, items, headers] of f.template === "2019" ? T1_2019 : T1_2021) {
    grid.push([{ text: st.label(`第二十条第（${clause}）项`), colspan: 4 }]);
    const span = 4 - headers.length; // the last column spans what the item does not use
    grid.push([{ text: "信息内容" }, ...headers.map((h, i) => ({ text: h, ...(i === headers.length - 1 && span > 1 ? { colspan: span } : {}) }))]);
    for (const [label, cols] of items) {
      const row = f.table1[T1_IDS[label] ?? ""] ?? {};
      grid.push([{ text: label }, ...cols.map((c, i) => ({ ...num(row[c] ?? 0, st.s, { unit: units[c] ?? "" }), ...(i === cols.length - 1 && span > 1 ? { colspan: span } : {}) }))]);
    }
  }
  return grid;
}

function table2Grid(f: Figures, st: Styler): Grid {
  const merged = st.s.mergedOther === true && f.template === "2021";
  const ids = table2Rows(f.template)
    .map((r) => r.id)
    .flatMap((id) => (merged && id.startsWith("other.") ? (id === "other.no_correction" ? ["other"] : []) : [id]))
    .filter((id) => !st.s.drop?.includes(id));
  const blank = st.s.blankZeros === true || st.s.blankZeros === "rows";
  const sumOf = (prefix: string) =>
    Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, Object.keys(f.table2).filter((id) => id.startsWith(prefix)).reduce((a, id) => a + (f.table2[id]?.[c] ?? 0), 0)]));
  const values = (id: string): Cell[] => {
    const row = f.table2[id] ?? (id === "other" || id in GROUP_HEADINGS ? sumOf(`${id}.`) : {});
    const any = TABLE2_COLUMNS.some((c) => (row[c] ?? 0) !== 0);
    return TABLE2_COLUMNS.map((c) => num(row[c] ?? 0, st.s, { blank: blank && (any || st.s.blankZeros === "rows"), none: true }));
  };
  const grid: Grid = [
    [{ text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", colspan: 3, rowspan: 3 }, { text: "申请人情况", colspan: 7 }],
    [{ text: "自然人", rowspan: 2 }, { text: "法人或其他组织", colspan: 5 }, { text: "总计", rowspan: 2 }],
    ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map((text) => ({ text })),
  ];
  const shift = st.s.shift;
  const shifted = shift ? ids.filter((id) => id.startsWith(`${shift.group}.`)).slice(0, shift.rows) : [];
  const results = ids.filter((id) => ids.indexOf(id) >= ids.indexOf("granted") && ids.indexOf(id) <= ids.indexOf("results_total"));
  let lastGroup: string | null = null;
  let first = true;
  for (const id of ids) {
    const [group, label] = T2_LABELS[id] ?? [null, id];
    const row: Cell[] = [];
    if (results.includes(id) && first) {
      const headingRows = (shifted.length ? 1 : 0) + (st.s.groupTotals ? new Set(results.map((x) => T2_LABELS[x]?.[0]).filter(Boolean)).size : 0);
      row.push({ text: st.label("三、本年度办理结果"), rowspan: results.length + headingRows });
      first = false;
    }
    if (group && group !== lastGroup && shifted.length && shifted[0] === id) {
      // The heading row holds the first sub-row's values; the sub-rows below move up by one.
      grid.push([...row.splice(0), { text: st.label(group), colspan: 2 }, ...values(shifted[0])]);
    } else if (group && group !== lastGroup && st.s.groupTotals) {
      grid.push([...row.splice(0), { text: st.label(group), colspan: 2 }, ...values(id.split(".")[0] as string)]);
    } else if (group && group !== lastGroup) row.push({ text: st.label(group), rowspan: ids.filter((x) => T2_LABELS[x]?.[0] === group).length });
    lastGroup = group;
    const span = id === "new" || id === "carried_in" || id === "carried_out" ? 3 : group ? 1 : 2;
    const k = shifted.indexOf(id);
    const own = k < 0 ? values(id) : shifted[k + 1] ? values(shifted[k + 1] as string) : TABLE2_COLUMNS.map(() => ({ text: "" }));
    // No heading cell beside the rows of a group whose heading is a row of its own.
    const wide = (shifted.length > 0 && group === shift?.group) || (group && st.s.groupTotals) ? 2 : span;
    row.push({ text: st.label(label), ...(wide > 1 ? { colspan: wide } : {}) }, ...own);
    grid.push(row);
  }
  return grid;
}

function table3Grid(f: Figures, style: Style): Grid {
  const heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
  const shown = (v: number) => (v === 0 && style.table3Zeros !== undefined ? style.table3Zeros : String(v));
  const values = (groups: readonly string[]) => groups.flatMap((g) => TABLE3_COLUMNS.map((c) => ({ text: shown(f.table3[g]?.[c] ?? 0), num: true })));
  if (style.table3Transposed) {
    const labels = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"];
    return [[{ text: "类别" }, ...heads.map((text) => ({ text }))], ...TABLE3_GROUPS.map((g, i) => [{ text: labels[i] ?? g }, ...values([g])])];
  }
  if (style.table3Halves) {
    return [
      [{ text: "行政复议", colspan: 5 }],
      heads.map((text) => ({ text })),
      values(TABLE3_GROUPS.slice(0, 1)),
      [{ text: "续表" }],
      [{ text: "行政诉讼", colspan: 10 }],
      [{ text: "未经复议直接起诉", colspan: 5 }, { text: "复议后起诉", colspan: 5 }],
      [...heads, ...heads].map((text) => ({ text })),
      values(TABLE3_GROUPS.slice(1)),
    ];
  }
  return [
    [{ text: "行政复议", colspan: 5 }, { text: "行政诉讼", colspan: 10 }],
    [...heads.map((text) => ({ text, rowspan: 2 })), { text: "未经复议直接起诉", colspan: 5 }, { text: "复议后起诉", colspan: 5 }],
    [...heads, ...heads].map((text) => ({ text })),
    values(TABLE3_GROUPS),
  ];
}

// ---------------------------------------------------------------------------------------------
// The report around the tables

function titleLines(f: Figures, style: Style): string[] {
  const y = `${f.year}年`;
  switch (style.title ?? "one-line") {
    case "two-lines":
      return [f.agency, `${f.year} 年政府信息公开工作年度报告`];
    case "markdown":
      return [`# ${f.agency}`, "", `## ${y}政府信息公开工作年度报告`];
    case "spaced":
      return [`${f.agency} ${f.year} 年政府信息公开工作年度报告`];
    case "niandu":
      return [`${f.agency}${f.year}年度政府信息公开工作年度报告`];
    case "year-first":
      return [`${f.year}年${f.agency}政府信息公开工作年度报告`];
    case "byline":
      return [`${y}政府信息公开工作年度报告`, f.agency];
    case "crawler":
      // A web page's breadcrumb and publication line before the title.
      return ["首页 > 政务公开 > 政府信息公开年报", `发布时间：${f.year + 1}-01-20 来源：政府办 字号：大 中 小`, `${f.agency}${y}政府信息公开工作年度报告`];
    case "chinese-year":
      return [`${f.agency}${[...String(f.year)].map((d) => "〇一二三四五六七八九"[Number(d)]).join("")}年政府信息公开工作年度报告`];
    default:
      return [`${f.agency}${y}政府信息公开工作年度报告`];
  }
}

function heading(no: number, style: Style): string {
  const n = NUMERALS[no] ?? "";
  const h = HEADINGS[no] ?? "";
  switch (style.headings ?? "plain") {
    case "markdown":
      return `### ${n}、${h}`;
    case "bold":
      return `## **${n}、${h}**`;
    case "dot":
      return `${n}．${h}`;
    default:
      return `${n}、${h}`;
  }
}

function blocks(f: Figures, style: Style): Block[] {
  return allBlocks(f, style).filter((b) => !(b.k === "heading" && style.omitHeadings?.includes(b.no)));
}

function allBlocks(f: Figures, style: Style): Block[] {
  const st = new Styler(style);
  const t2 = f.table2;
  const stated = (t2["new"]?.["total"] ?? 0) + (style.narrative === "disagrees" ? 3 : 0);
  const sub = (n: string, t: string) => st.label(`（${n}）${t}`);
  const grids = { 1: table1Grid(f, st), 2: table2Grid(f, st), 3: table3Grid(f, style) };
  const table = (n: 1 | 2 | 3): Block[] => (style.appendix ? [{ k: "para", text: `（详见附表${n}）` }] : [{ k: "table", grid: grids[n], name: n }]);
  const out: Block[] = [
    { k: "title" },
    ...(style.toc ? [{ k: "para" as const, text: "目录" }, ...[1, 2, 3, 4, 5, 6].map((no) => ({ k: "para" as const, text: heading(no, style) }))] : []),
    { k: "para", text: `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，编制本报告。所列数据的统计期限自${f.year}年1月1日起至12月31日止。` },
    { k: "heading", no: 1 },
    { k: "para", text: sub("一", "主动公开") },
    { k: "para", text: `${f.year}年，全年收到市长信箱信件211条，开展政务公开云直播41场次，编发政府公报6期。` },
    { k: "para", text: sub("二", "依申请公开") },
  ];
  if ((style.narrative ?? "agrees") !== "none") {
    out.push({
      k: "para",
      text: `本年度共收到政府信息公开申请${stated}件，上年结转${t2["carried_in"]?.["total"] ?? 0}件，办结${t2["results_total"]?.["total"] ?? 0}件，结转下年度${t2["carried_out"]?.["total"] ?? 0}件。`,
    });
  }
  out.push(
    { k: "heading", no: 2 },
    ...(style.intro ? [{ k: "para" as const, text: `本年度主动公开政府信息1234条，其中主动公开规范性文件${f.table1["normative"]?.["issued"] ?? f.table1["normative"]?.["made"] ?? 0}件。` }] : []),
    ...table(1),
    { k: "heading", no: 3 },
    ...(style.intro ? [{ k: "para" as const, text: `本年度共收到政府信息公开申请${t2["new"]?.["total"] ?? 0}件，具体办理情况如下：` }] : []),
    ...table(2),
    { k: "heading", no: 4 },
    ...table(3),
    { k: "heading", no: 5 },
    { k: "para", text: "政务公开工作仍存在一些不足，下一步将进一步提升公开质量。" },
    { k: "heading", no: 6 },
    { k: "para", text: "本年度未收取信息处理费。" },
  );
  if (style.appendix) {
    out.push({ k: "para", text: "附表（由Excel导出）" });
    for (const n of [1, 2, 3] as const) out.push({ k: "para", text: `附表${n} ${HEADINGS[n + 1] ?? ""}` }, { k: "table", grid: grids[n], name: n });
  }
  return out;
}

/** The web page a report's figures would be published as (layout “html” before conversion to text). */
export function renderHtml(f: Figures, style: Omit<Style, "layout">): string {
  return toHtml(blocks(f, { ...style, layout: "html" }), f, { ...style, layout: "html" });
}

/** Renders a report's figures in one layout; the text is what the reader gets. */
export function renderReport(f: Figures, style: Style): string {
  const bs = blocks(f, style);
  switch (style.layout) {
    case "html":
      return htmlToText(toHtml(bs, f, style));
    case "collapsed":
      return toCollapsed(bs, f, style);
    default:
      return toLines(bs, f, style);
  }
}

function toHtml(bs: Block[], f: Figures, style: Style): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const parts = bs.map((b) => {
    if (b.k === "title") return `<h1>${titleLines(f, style).filter((l) => l.trim()).map((l) => esc(l.replace(/^#+\s*/, ""))).join("<br>")}</h1>`;
    if (b.k === "heading") return `<h3>${esc(heading(b.no, { ...style, headings: "plain" }))}</h3>`;
    if (b.k === "para") return `<p>${esc(b.text)}</p>`;
    const rows = b.grid.map(
      (r) =>
        `<tr>${r
          .map((c) => `<td${c.colspan ? ` colspan="${c.colspan}"` : ""}${c.rowspan ? ` rowspan="${c.rowspan}"` : ""}>${c.text ? esc(c.text) : "&nbsp;"}</td>`)
          .join("")}</tr>`,
    );
    return `<table border="1">${rows.join("\n")}</table>`;
  });
  return `<html><head><title>x</title></head><body><div class="article">${parts.join("\n")}</div></body></html>`;
}

/** Grid → rows of strings, a spanning cell's text at its top-left position, "" elsewhere. */
interface Pos {
  text: string;
  num: boolean;
  covered: boolean;
  rowspan?: number;
}

function expand(grid: Grid): Pos[][] {
  const out: Pos[][] = [];
  grid.forEach((row, r) => {
    const line = (out[r] ??= []);
    let c = 0;
    for (const cell of row) {
      while (line[c]) c++;
      for (let dr = 0; dr < (cell.rowspan ?? 1); dr++) {
        const target = (out[r + dr] ??= []);
        for (let dc = 0; dc < (cell.colspan ?? 1); dc++) {
          const top = dr === 0 && dc === 0;
          target[c + dc] = { text: top ? cell.text : "", num: cell.num === true, covered: !top, ...(top && cell.rowspan ? { rowspan: cell.rowspan } : {}) };
        }
      }
      c += cell.colspan ?? 1;
    }
  });
  return out.map((r) => Array.from(r, (x) => x ?? { text: "", num: false, covered: true }));
}

function toCollapsed(bs: Block[], f: Figures, style: Style): string {
  const parts = bs.map((b) => {
    if (b.k === "title") return titleLines(f, style).join("");
    if (b.k === "heading") return heading(b.no, style);
    if (b.k === "para") return b.text;
    return b.grid.flatMap((r) => r.map((c) => c.text)).join("");
  });
  return parts.join("").replace(/\s+/g, "");
}

function toLines(bs: Block[], f: Figures, style: Style): string {
  const r = rng(style.seed ?? 1);
  const pdf = style.layout.startsWith("pdf");
  const lines: string[] = [];
  for (const b of bs) {
    if (b.k === "title") lines.push(...titleLines(f, style), "");
    else if (b.k === "heading") lines.push(heading(b.no, style), ...(pdf ? [] : [""]));
    else if (b.k === "para") lines.push(...(pdf ? wrap(b.text, 28).flatMap((l) => [l, BREAK]) : [b.text, ""]));
    else lines.push(...tableLines(b.grid, b.name, style, r), "");
  }
  // Page numbers and a form feed where pages break: between paragraph lines or table rows, never
  // inside a row (a PDF page ends at a row boundary, even when its rows come out column by column).
  const out: string[] = [];
  let page = 1;
  let sinceBreak = 0;
  for (const l of lines) {
    if (l.startsWith(BREAK)) {
      if (pdf && sinceBreak > 25 + Math.floor(r() * 20)) {
        out.push("", `\f-${++page}-`, "");
        if (style.repeatHeaders && l.length > 1) out.push(...l.slice(1).split("\n"));
        sinceBreak = 0;
      }
      continue;
    }
    out.push(l);
    sinceBreak++;
  }
  return out.join("\n");
}

function tableLines(grid: Grid, name: 1 | 2 | 3, style: Style, r: () => number): string[] {
  const st = new Styler(style);
  const rows = expand(grid);
  if (style.splitGroupLabels) {
    // “三、本” at the top of the span, “年度 办理 结果” half-way down (ganzhou-2023).
    rows.forEach((row, r) =>
      row.forEach((p, c) => {
        const below = rows[r + Math.floor((p.rowspan ?? 1) / 2)]?.[c];
        if ((p.rowspan ?? 1) > 2 && p.text.length > 4 && below) [p.text, below.text] = [p.text.slice(0, 3), p.text.slice(3)];
      }),
    );
  }
  switch (style.layout) {
    case "tabs":
      return rows.flatMap((row) => {
        const cells = (style.spans === "drop" ? row.filter((c) => !c.covered) : row).map((c) => c.text);
        const long = style.continuedLabels && name === 2 ? cells.findIndex((c, i) => c.length > 16 && !row[i]?.num) : -1;
        if (long < 0 || !row.some((c) => c.num)) return [cells.join("\t")];
        const label = cells[long] as string;
        const rest = cells.map((c, i) => (i === long ? label.slice(12) : ""));
        return [cells.map((c, i) => (i === long ? label.slice(0, 12) : c)).join("\t"), rest.join("\t")];
      });
    case "markdown":
    case "markdown-split":
      return markdownLines(rows, name, style, r);
    case "csv":
      // Every position of a merged cell is written, empty but for the first; a label broken over
      // lines is one quoted cell with line breaks in it.
      return rows.map((row) => row.map((c) => csvCell(style.brokenLabels && !c.num ? c.text.replace(/ /g, "\n") : c.text)).join(","));
    case "cells":
      return grid.flatMap((row) => row.filter((c) => c.text).flatMap((c) => [c.num ? c.text : style.brokenLabels ? c.text.replace(/ /g, "\n") : c.text, ""]));
    case "pdf-default":
      return pdfDefaultLines(grid, name, r, style.wholeColumns === true);
    case "pdf-layout":
      return pdfLayoutLines(grid, name, st);
    case "pdf-raw":
      return pdfRawLines(grid, name, st);
    default:
      return [];
  }
}

function csvCell(t: string): string {
  return /[",\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

function markdownLines(rows: Pos[][], name: number, style: Style, r: () => number): string[] {
  const html = style.markdownHtml === true;
  const cell = (c: { text: string; num?: boolean }, bold: boolean) => {
    const t = html && !c.num ? c.text.replace(/ /g, "<br>") : c.text;
    return !t ? (html ? "&nbsp;" : "") : bold ? `**${t}**` : t;
  };
  const md = (row: { text: string; num?: boolean }[]) => {
    const bold = html && row.some((c) => /总计|结转下年度/.test(c.text));
    return `| ${row.map((c) => cell(c, bold)).join(" | ")} |`;
  };
  const rule = (n: number) => `|${Array.from({ length: n }, () => "---").join("|")}|`;
  const cuts = new Set<number>();
  if (style.layout === "markdown-split" && name === 2) {
    // PDF converters start a new table at every page break, with no header of its own.
    while (cuts.size < 2) cuts.add(4 + Math.floor(r() * (rows.length - 6)));
  }
  const out: string[] = [];
  rows.forEach((row, i) => {
    if (cuts.has(i)) out.push("", "- 3 -", "");
    out.push(md(row));
    if (i === 0 || cuts.has(i)) out.push(rule(row.length));
  });
  return out;
}

/** The labels of a grid row (cells starting in it that are not values), and its values. */
function split(row: Cell[]): { labels: Cell[]; values: string[] } {
  return { labels: row.filter((c) => !c.num && c.text), values: row.filter((c) => c.num).map((c) => c.text || "0") };
}

/**
 * pdftotext default mode: every cell its own line with blank lines between; runs of rows come
 * out column by column (a block of k values per column) with the row labels after the numbers.
 */
function pdfDefaultLines(grid: Grid, name: number, r: () => number, wholeColumns = false): string[] {
  const out: string[] = [];
  if (name !== 2) {
    for (const row of grid) {
      const { labels, values } = split(row);
      if (values.length === 1) out.push(...values, "", ...labels.map((l) => l.text), ""); // “550⏎⏎行政许可”
      else for (const c of row) if (c.text) out.push(c.text, "");
      out.push(BREAK);
    }
    return out;
  }
  let i = 0;
  for (; i < 3; i++) for (const c of grid[i] ?? []) out.push(...c.text.split(/(?<=[，、])/), "");
  if (wholeColumns) {
    const run = grid.slice(i).map(split);
    for (let c = 0; c < TABLE2_COLUMNS.length; c++) out.push(...run.map((x) => x.values[c] ?? "0"));
    out.push(...run.flatMap((x) => x.labels.map((l) => l.text)), "", BREAK);
    return out;
  }
  while (i < grid.length) {
    const k = r() < 0.5 ? 1 : 2 + Math.floor(r() * 9);
    const run = grid.slice(i, i + k).map(split);
    i += run.length;
    if (run.length === 1) {
      const only = run[0] as { labels: Cell[]; values: string[] };
      out.push(...only.labels.map((l) => l.text), "", ...only.values.flatMap((v) => [v, ""]), BREAK);
      continue;
    }
    for (let c = 0; c < TABLE2_COLUMNS.length; c++) out.push(...run.map((x) => x.values[c] ?? "0"), "");
    out.push(...run.flatMap((x) => x.labels.map((l) => l.text)), "", BREAK);
  }
  return out;
}

/** pdftotext -layout: columns aligned by runs of spaces; group labels spaced out in the middle of their rows. */
function pdfLayoutLines(grid: Grid, name: number, st: Styler): string[] {
  const out: string[] = [];
  const pending: { at: number; text: string }[] = [];
  const header = name === 2 ? `${BREAK}${" ".repeat(40)}自然人    法人或其他组织    总计\n${" ".repeat(46)}商业企业 科研机构 社会公益组织 法律服务机构 其他` : BREAK;
  grid.forEach((row, i) => {
    const { labels, values } = split(row);
    const group = labels.filter((c) => (c.rowspan ?? 1) > 1 && name === 2 && i >= 3);
    for (const g of group) pending.push({ at: i + Math.floor(((g.rowspan ?? 1) - 1) / 2), text: [...g.text].join(" ") });
    for (const p of pending.filter((p) => p.at === i)) out.push(`      ${p.text}`);
    const own = labels.filter((c) => !group.includes(c)).map((c) => c.text);
    const cells = values.map((v) => v.padStart(6)).join("    ");
    const label = own.join("   ");
    if (name === 2 && label.length > 18 && values.length) {
      const parts = breakEvery(label, 12, "\n").split("\n").map((p) => `                  ${p}`);
      const at = st.s.wrap === "first" ? 0 : st.s.wrap === "middle" ? Math.floor((parts.length - 1) / 2) : -1;
      if (at >= 0) out.push(...parts.map((p, k) => (k === at ? `${p.padEnd(40)}${cells}` : p)));
      else out.push(...parts, `${" ".repeat(40)}${cells}`);
    } else if (values.length) out.push(`${label.padEnd(30 - label.length)}${cells}`);
    else out.push(`          ${own.join("    ")}`);
    out.push(i >= 3 ? header : BREAK);
  });
  return out;
}

/** pdftotext -raw: a row per line, separated by spaces; group labels one character per line. */
function pdfRawLines(grid: Grid, name: number, st: Styler): string[] {
  const out: string[] = [];
  const header = name === 2 ? `${BREAK}申请人情况\n自然人\n法人或其他组织\n总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他` : BREAK;
  let carry = "";
  grid.forEach((row, i) => {
    const { labels, values } = split(row);
    const group = name === 2 && i >= 3 ? labels.filter((c) => (c.rowspan ?? 1) > 1) : [];
    for (const g of group) {
      if (g.text.length > 8) out.push(g.text.slice(0, 2), ...g.text.slice(2)); // “三、⏎本⏎年⏎度…”
      else if (st.s.brokenLabels) {
        out.push(g.text.slice(0, 4)); // “（四）无” before the first row, “法提供” before the second
        carry = g.text.slice(4);
      } else out.push(g.text.slice(0, 4), g.text.slice(4));
    }
    let label = labels.filter((c) => !group.includes(c)).map((c) => c.text.replace(/ /g, "")).join(" ");
    if (carry && !group.length) [label, carry] = [`${carry} ${label}`, ""];
    if (label.length > 15 && values.length && st.s.wrap === "first") out.push(`${label.slice(0, 15)} ${values.join(" ")}`, label.slice(15));
    else if (label.length > 15 && values.length) out.push(label.slice(0, 15), label.slice(15), values.join(" "));
    else out.push([label, ...values].filter(Boolean).join(" "));
    out.push(i >= 3 ? header : BREAK);
  });
  return out;
}

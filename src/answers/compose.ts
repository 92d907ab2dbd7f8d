/**
 * Plain-text rendering of answers (the `text` field: chat-ready, also what the console prints),
 * and the answers that need no figure: help and the list of loaded reports.
 */
import type { Answer, AnswerFigure, Quote, Report, Table } from "../index/schema.ts";
import type { ReportList } from "../store/store.ts";
import { whose } from "./who.ts";
import { numberText } from "./number-text.ts";
import { TABLES_UNREAD } from "../index/read/report.ts";
import { brokenChecks } from "../index/report-cache.ts";
import { toHalfWidth } from "../index/read/text.ts";

function value(f: AnswerFigure): string {
  const n = numberText(f.value);
  return f.unit === "%" ? `${n}%` : `${n} ${f.unit}`.trim();
}

function line(f: AnswerFigure): string {
  return `${whose(f)} ${f.year} 年 · ${f.label}：${value(f)}`;
}

/**
 * A figure's 来源, naming where its quote stands — users check the figure against both. The table cell when the
 * quote is that cell's row (or no quote of its report is shown); when the quote is a sentence of another part of
 * the report, that part's text, with the table cell when the sentence prints the same number:
 * “《…》一、总体情况（正文）；表格中同一数字：三、收到和处理政府信息公开申请情况 · … · 总计”.
 */
export function quotedSource(f: Pick<AnswerFigure, "source" | "value">, quotes: readonly Quote[]): string {
  const own = quotes.filter((q) => f.source.includes(`《${q.report}》`));
  // the figure's own table row is quoted (“（七）总计 · 总计”, “行政诉讼 · 复议后起诉：这一行第 15 个数…”)
  if (own.some((q) => q.cell && f.source.includes(q.cell.split(" + ")[0]?.split("：")[0] ?? q.cell))) return f.source;
  const q = own.find((x) => !x.cell && x.section && !f.source.includes(x.section));
  if (!q) return f.source;
  const title = `《${q.report}》`;
  const end = f.source.indexOf(title) + title.length;
  const path = f.source.slice(end);
  if (!statesValue(q.text, f.value)) {
    // a table row of its section quoted (a rate's inputs share one row of table 3): that is its quote
    return own.some((x) => x.cell && f.source.includes(x.section)) ? f.source : `${f.source}；原文在${q.section}（正文）`;
  }
  return `${f.source.slice(0, end)}${q.section}（正文）${path.endsWith("（正文）") ? "" : `；表格中同一数字：${path}`}`;
}

/** Whether a sentence prints this number (“1,516”, “１２”). */
function statesValue(text: string, value: number): boolean {
  const nums = toHalfWidth(text).replace(/(\d)[,，](?=\d{3}(?!\d))/g, "$1").match(/\d+(?:\.\d+)?/g) ?? [];
  return nums.some((n) => Number(n) === value);
}

/** Whether a quote's place (report and section) is named by one of the answer's 来源 lines. */
function placed(q: Quote, sources: readonly string[]): boolean {
  return sources.some((s) => (s.includes(`《${q.report}》`) || /^来源：各(?:报告|行)/u.test(s)) && s.includes(q.section));
}

/** figure: “浔阳区 2023 年 · 本年新收政府信息公开申请：14 件（自然人 14，法人或其他组织 0）。” then source, quote, notes. */
export function answerText(a: Answer, detail?: string, heading?: string): string {
  const out: string[] = [];
  const [head] = a.figures;
  const shown = a.quotes.slice(0, a.kind === "search" ? 3 : 2);
  if (a.kind === "search") out.push("相关原文：");
  else if (a.kind === "figure" && head) out.push(`${line(head)}${detail ? `（${detail}）` : ""}。`, `来源：${quotedSource(head, shown)}`);
  else {
    const title: Record<string, string> = { ranking: "排名", comparison: "对比", trend: "历年变化", breakdown: "明细" };
    if (head) out.push(`${title[a.kind] ?? ""}：${heading ?? head.label}${a.kind === "breakdown" ? `（${whose(head)} ${head.year} 年）` : ""}`);
    a.figures.forEach((f, i) => out.push(a.kind === "breakdown" ? `· ${f.label}：${value(f)}` : `${a.kind === "ranking" ? `${i + 1}. ` : "· "}${whose(f)} ${f.year} 年：${value(f)}`));
    const reports = [...new Set(a.figures.map((f) => /^《[^》]*》/.exec(f.source)?.[0] ?? f.source))];
    if (a.kind === "breakdown") out.push(`来源：${reports[0] ?? ""}${head?.source.replace(/^《[^》]*》/, "").split(" · ")[0] ?? ""}`);
    else if (reports.length <= 3) out.push(...[...new Set(a.figures.map((f) => quotedSource(f, shown)))].map((s) => `来源：${s}`));
    else out.push(`来源：各报告${head?.source.replace(/^《[^》]*》/, "") ?? ""}`);
  }
  // a quote standing where no 来源 line points (a ranking's top entry, a sum's parts) names its report and section
  const sources = out.filter((l) => l.startsWith("来源："));
  for (const q of shown) {
    const where = a.kind === "search" || !placed(q, sources) ? `《${q.report}》${q.section}` : "";
    out.push(`原文：“${q.text}”${where || q.cell ? `（${[where, q.cell].filter(Boolean).join(" · ")}）` : ""}`);
  }
  for (const n of a.notes) out.push(`注：${n}`);
  return out.join("\n");
}

/**
 * What a report can answer, after a figure it lacks: only what was read of it — a table not read
 * (an image-only 表三) offers nothing of its own, so the offer never sends the user to a dead end.
 */
export function offer(report: Pick<Report, "title"> & Partial<Pick<Report, "warnings" | "table1" | "table2" | "table3">>): string {
  // A report whose tables could not be read answers only what its narrative states: never offer the tables.
  if (report.warnings?.includes(TABLES_UNREAD)) return `《${report.title}》的表格未能读出，只能回答正文中写明的数字；可用 /check 查看这份报告读到的内容。`;
  // a report given by its title alone (no tables passed) is offered as a whole
  const whole = !report.table1 && !report.table2 && report.table3 === undefined;
  const topics = [
    ...(whole || readAny(report.table2) ? ["依申请公开数量", "办理结果"] : []),
    ...(whole || readAny(report.table3) ? ["行政复议", "行政诉讼"] : []),
    ...(whole || readAny(report.table1) ? ["行政许可"] : []),
  ];
  if (!topics.length) return `《${report.title}》的表格未能读出，只能回答正文中写明的数字；可用 /check 查看这份报告读到的内容。`;
  return `《${report.title}》可以回答：${topics.join("、")}等；或用 /check 查看这份报告读到的内容。`;
}

/** Whether a table has any cell read. */
function readAny(table: Table | null | undefined): boolean {
  return Boolean(table && Object.values(table).some((row) => row && Object.values(row).some((v) => v !== null)));
}

const EXAMPLES = [
  "浔阳区2023年依申请公开多少件",
  "赣州市2023年办理结果",
  "赣州市2023年行政复议结果纠正几件",
  "对比赣州市和乐清市2023年依申请公开数量",
  "2023年哪个地方收到的政府信息公开申请最多",
  "乐平市2023年市长信箱收到多少信件",
  "赣州 云直播",
];

/** The places the bundled examples name: the examples stand as they are only when all of these are loaded. */
const EXAMPLE_PLACES = ["浔阳区", "赣州市", "乐清市", "乐平市"];

/**
 * Example questions about the reports loaded, so that a suggestion asked as is gets an answer: the
 * bundled examples when their places are loaded, else the same kinds of question about the first
 * loaded places and their latest year.
 */
export function examplesFor(regions: readonly string[], place: { region: string; year: number } | null): string[] {
  if (EXAMPLE_PLACES.every((p) => regions.includes(p)) || !place) return EXAMPLES;
  const a = place.region;
  const b = regions.find((r) => r !== a);
  const y = place.year;
  return [
    `${a}${y}年依申请公开多少件`,
    `${a}${y}年办理结果`,
    `${a}${y}年行政复议结果纠正几件`,
    ...(b ? [`对比${a}和${b}${y}年依申请公开数量`] : []),
    `${y}年哪个地方收到的政府信息公开申请最多`,
    `${a}${y}年公开率`,
  ];
}

/** How many regions help names (one more is asked for, to know whether to say 等). */
export const HELP_REGIONS = 12;

export function helpAnswer(question: string, list: Pick<ReportList, "total" | "regions">, examples: string[] = EXAMPLES): Answer {
  const regions = list.regions;
  const text = [
    "年报问答：回答政府信息公开工作年度报告里的数字，附出处和原文。",
    "可以这样问：",
    ...examples.map((e) => `· ${e}`),
    `已收录 ${list.total} 份报告（${regions.slice(0, HELP_REGIONS).join("、")}${regions.length > HELP_REGIONS ? " 等" : ""}）。`,
  ].join("\n");
  return { question, status: "answered", kind: "help", figures: [], quotes: [], notes: [], choices: examples, text };
}

export const LIST_MAX = 40;

/** One line per report: agency, year, template, and whether its own numbers add up; a summary when there are many. */
export function reportsAnswer(question: string, list: ReportList, of = ""): Answer {
  const lines = list.first.slice(0, LIST_MAX).map((r) => {
    const broken = brokenChecks(r).length;
    const status = broken ? `${broken} 处数字不一致` : "勾稽关系成立";
    return `· ${r.agency} ${r.year} 年（${r.template} 版模板，${status}${r.repairs.length ? `，${r.repairs.length} 处已修复` : ""}）`;
  });
  const years = list.byYear.filter(([, n]) => n > 0).map(([y, n]) => `${y} 年 ${n} 份`).join("，");
  const more = list.total > LIST_MAX ? [`……另有 ${list.total - LIST_MAX} 份（按年份：${years}）。问具体地区即可，例如“某某区2023年依申请公开多少件”。`] : [];
  return { question, status: "answered", kind: "reports", figures: [], quotes: [], notes: [], choices: [], text: [`${of}已收录 ${list.total} 份报告${list.total ? "：" : "。"}`, ...lines, ...more].join("\n") };
}

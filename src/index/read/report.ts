/**
 * One report's text → Report: title and agency, sections, the three tables, passages, narrative
 * figures and every consistency check. Throws ReportError only when the text is not a report.
 */
import { table2Checks, table3Checks } from "../checks.ts";
import { tokenize } from "../layouts/tokens.ts";
import { listsAsRows } from "../layouts/listed.ts";
import type { Check, Report, Section, Span, Table } from "../schema.ts";
import { TABLE2_COLUMNS, table2Rows, type TemplateId } from "../template.ts";
import { mergeReadings } from "../readings.ts";
import { appendixRegions, type Region } from "./appendix.ts";
import { buildPassages, tableParts } from "./passages.ts";
import { pageChrome } from "./chrome.ts";
import { dropImplausible } from "./plausibility.ts";
import { checkTable1 } from "./table1-checks.ts";
import { narrativeFigures } from "./narrative.ts";
import { findSections } from "./sections.ts";
import { readTable1, table1Lists } from "./table1.ts";
import { readTable2, table2Lists } from "./table2.ts";
import { BLANK_TABLE2, blankTable2, zeroBlankRows } from "./blank-rows.ts";
import { readTable3, TABLE3_LISTS } from "./table3.ts";
import { blankTable3Convention, readTable3Cells, zerosPrinted } from "./table3-cells.ts";
import { keepTable, sideBySide } from "./side-by-side.ts";
import { textVsTable } from "./text-vs-table.ts";
import { squash, splitLines, toHalfWidth } from "./text.ts";
import { readIdentity } from "./untitled.ts";
import { simplifiedIfTraditional, SIMPLIFIED_NOTE, SIMPLIFIED_QUOTED_AS_PRINTED } from "./traditional.ts";
import { BLANK, blankGlosses } from "./glosses.ts";
import { bodyOf } from "../agency/identity.ts";
import { townInFull, withStatedParents } from "./stated-parents.ts";
import { zeroStatements } from "./zero-statements.ts";

/** A file that is not a (filled-in) report; the message names the file and the reason. */
export class ReportError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export function parseReport(input: string, file: string): Report {
  const raw = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!raw.trim()) throw new ReportError(file, "the file is empty");
  const simplified = simplifiedIfTraditional(raw);
  // pinyin glosses and crawl marks inside the words (“主動(dòng)公開”, “共?1340條?”) blanked, offsets kept (glosses.ts)
  const text = blankGlosses(simplified ?? raw);
  if (interpretation(text)) throw new ReportError(file, "an interpretation (解读) of a report, not the report itself: it opens by explaining the report (“现就年报内容进行如下解读”)");
  const looksLikeTemplate = /本年新收政府信息公开申请数量|第二十条第/.test(squash(text.slice(0, 20000)));
  const headings = findSections(text);
  // No title line: read agency and year from the body, but only when the body is plainly a
  // report (the template's tables or headings), not another government text.
  // the title read without the marks blanked in it (“年度報(bào)告”)
  const found = readIdentity(text.replaceAll(BLANK, ""), file);
  const title = found && (found.from === "title" || looksLikeTemplate || plainlyReport(text, headings)) ? found : null;
  if (!title) {
    throw new ReportError(
      file,
      looksLikeTemplate
        ? "not a filled-in report: no title with the reporting agency and year (is this the blank template?)"
        : "not a government information disclosure annual report (no title like “XX市人民政府2023年政府信息公开工作年度报告”)",
    );
  }
  // A saved page's header, metadata and footer are no part of the report (chrome.ts): the last
  // section ends where the page's tail starts, and neither tables nor passages reach into them.
  const appendix = appendixRegions(text, headings);
  const chrome = pageChrome(text, headings, Object.values(appendix).map((r) => r.start));
  const sections = headings.map((s) => ({ ...s, end: Math.min(s.end, Math.max(s.start, chrome.tail)) }));
  const regions = tableRegions(text, sections, chrome.tail);
  const template = detectTemplate(text, [regions.t1, ...(appendix[1] ? [appendix[1]] : [])], title.year);

  // Tables 2 and 3 side by side: each read with the other's lines blanked (side-by-side.ts)
  const t2Text = regions.sideBySide ? keepTable(text, regions.t2, 2) : text;
  const t3Text = regions.sideBySide ? keepTable(text, regions.t3, 3) : text;
  const t2 = readWhere(regions.t2, appendix[2], (r) => {
    const on = r === regions.t2 ? t2Text : text;
    const read = readTable2(on, listsAsRows(on, tokenize(on, r.start, r.end, { rowWidth: TABLE2_COLUMNS.length }), table2Lists(template)), template);
    zeroBlankRows(read.table, template, on, r, read.spans, read.readings);
    return read;
  });
  const t1 = readWhere(regions.t1, appendix[1], (r) => readTable1(text, listsAsRows(text, tokenize(text, r.start, r.end, { everyEmptyCell: true, loneDash: true }), table1Lists(template)), template, figuresIn(t2.table) > 0));
  // Explicit cells (HTML, Word, ruled PDF) place an empty cell by its column; other text by the sums.
  const t3 = readWhere(regions.t3, appendix[3], (r) => {
    const on = r === regions.t3 ? t3Text : text;
    // the row may go on after the section's text (pdftotext's page flow, table3.ts After); a table written as text lists is read by its names (layouts/listed.ts)
    return readTable3Cells(on, r, figuresIn(t1.table) + figuresIn(t2.table) > 0) ?? readTable3(listsAsRows(on, tokenize(on, r.start, r.end), TABLE3_LISTS), r === regions.t3 && !regions.sideBySide ? { text: on, from: r.end, to: Math.max(r.end, chrome.tail) } : undefined);
  });
  const figures = [t1.table, t2.table, t3.table ?? {}].flatMap((t) => Object.values(t)).flatMap((r) => (r ? Object.values(r) : []));
  const tablesRead = figures.some((v) => v !== null);

  const warnings = [...t1.warnings, ...t2.warnings, ...t3.warnings];
  const readings = mergeReadings(t1.readings, t2.readings, t3.readings);
  dropImplausible(t1.table, "table1", readings, warnings);
  checkTable1(t1.table, template, readings);
  dropImplausible(t2.table, "table2", readings, warnings);
  dropImplausible(t3.table, "table3", readings, warnings);

  // With no table read, the table regions found are guesses inside the narrative: keep all of it.
  // With tables read, the sentences printed in a table's section beside it are narrative too.
  const passages = buildPassages(text, sections, [...chrome.ranges, ...(tablesRead ? tableParts(text, [t1.region, t2.region, t3.region]) : [])]);
  const narrative = narrativeFigures(passages);
  // A table 2 printed blank throughout: 0s where the text says no application came in, else said to be blank.
  const statesNone = zeroStatements({ passages }).some((z) => z.key === "table2.new");
  const t2Blank = blankTable2(t2.table, template, t2.region === regions.t2 ? t2Text : text, t2.region, t2.spans, readings, { othersRead: figuresIn(t1.table) + figuresIn(t3.table) > 0, statesNone });
  if (t2Blank && figuresIn(t2.table) === 0) warnings.push(BLANK_TABLE2);
  const noneStated = new Set(zeroStatements({ passages }).map((z) => z.key));
  const zeros = () => ({
    table1: zerosPrinted(tokenize(text, t1.region.start, t1.region.end, { everyEmptyCell: true, loneDash: true }), readings, "table1"),
    table2: t2Blank ? { blank: false, marked: false } : zerosPrinted(tokenize(t2.region === regions.t2 ? t2Text : text, t2.region.start, t2.region.end, { rowWidth: TABLE2_COLUMNS.length }), readings, "table2"),
  });
  blankTable3Convention(t3.table, readings, zeros, { review: noneStated.has("table3.review"), suits: noneStated.has("table3.suits") });
  // Tables that were images, or text that stops before them: the report still answers from its
  // narrative (“收到政府信息公开申请44件”); its tables are said to be unread, never read as 0.
  // With no narrative figure either, or no agency to ask about, there is nothing to answer from. A count
  // stated as none in words (“2022年未收到政府信息公开申请”, zero-statements.ts) is a figure the text states.
  const stated = narrative.length > 0 || zeroStatements({ passages }).length > 0;
  if (!tablesRead && (!stated || title.from === "unknown")) {
    throw new ReportError(
      file,
      title.from === "title" || !looksLikeTemplate
        ? stated
          ? "no reporting agency: no title line, none named in the text (byline, contact line, signature), and none of the three tables holds a figure"
          : "not a filled-in report: none of the three tables holds a figure, nor does its text state one"
        : "not a filled-in report: no title with the reporting agency and year (is this the blank template?)",
    );
  }
  const rowSpans: Record<string, Span> = "rowSpans" in t3 ? Object.fromEntries(Object.entries(t3.rowSpans as Record<string, Span>).map(([g, s]) => [`table3.${g}`, s])) : {};
  const spans: Record<string, Span> = { ...t1.spans, ...t2.spans, ...(t3.span ? { table3: t3.span } : {}), ...rowSpans };
  const body = withStatedParents(bodyOf(title.agency), text, title.agency);
  const report: Report = {
    file,
    title: title.title,
    // 沙湄乡人民政府 titled without its county, its text printing 萝浦县沙湄乡人民政府: named as printed in full (stated-parents.ts)
    agency: townInFull(title.agency, body, text),
    region: title.region,
    body,
    year: title.year,
    template,
    text,
    // char for char in practice (OpenCC's character tables); a conversion that changed the length has no offsets to map
    ...((simplified ? simplified.length === raw.length : text !== raw) ? { original: raw } : {}),
    sections,
    passages,
    table1: t1.table,
    table2: t2.table,
    table3: t3.table,
    spans,
    narrative,
    readings,
    checks: [],
    repairs: t2.repairs,
    warnings: [...(simplified ? [simplified.length === raw.length ? SIMPLIFIED_QUOTED_AS_PRINTED : SIMPLIFIED_NOTE] : []), ...(title.note ? [title.note] : []), ...(tablesRead ? [...warnings, ...(t2Blank ? [] : missingWarnings(t2.table, template))] : [TABLES_UNREAD])],
  };
  report.checks = reportChecks(report);
  return report;
}

/** Every consistency rule of a read report: the tables' own sums, then text against table. */
export function reportChecks(r: Omit<Report, "checks">): Check[] {
  return [...table2Checks(r.table2, r.template), ...table3Checks(r.table3), ...textVsTable(r)];
}

interface Regions {
  t1: Region;
  t2: Region;
  t3: Region;
  /** 三's and 四's headings on one line: the two tables side by side, both down to 五 (side-by-side.ts). */
  sideBySide: boolean;
}

/**
 * Where each table stands. Headings are the anchors; without them (leping-2023's table 2 starts
 * in the middle, with no heading) the first line naming a table-2 row starts table 2.
 */
function tableRegions(text: string, sections: Section[], textEnd: number): Regions {
  const sec = (no: number) => sections.find((s) => s.no === no);
  // The first line that passes `test`; in a very long line (crawler text on one line) the place
  // where one of `words` first stands in it, so that a table does not swallow what precedes it.
  const firstAfter = (from: number, test: (sq: string) => boolean, words: string[] = []) => {
    for (const l of splitLines(text, from)) {
      if (!test(squash(l.text))) continue;
      if (l.text.length < LONG_LINE) return l.start;
      const half = toHalfWidth(l.text);
      const at = Math.min(...words.map((w) => half.indexOf(toHalfWidth(w))).filter((i) => i >= 0));
      return Number.isFinite(at) ? l.start + at : l.start;
    }
    return -1;
  };
  // Table 2 starts at its header (any of the applicant columns) or at its first row.
  const t2Keys = ["勾稽关系", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "公益组织", "法律服务机构", ...table2Rows("2021").flatMap((r) => r.keys).filter((k) => k.length >= 4)];
  const t1Start = sec(2)?.start ?? firstAfter(0, (s) => /第二十条/.test(s), ["第二十条"]);
  const from = Math.max(0, t1Start);
  const t2Start = sec(3)?.start ?? firstAfter(from, (s) => t2Keys.some((k) => s.includes(k)), t2Keys);
  const t3Start = sec(4)?.start ?? (t2Start >= 0 ? firstAfter(t2Start, (s) => /^[四4]?[、.]?.{0,16}行政复议/.test(s) && !/结转/.test(s)) : -1);
  const end = sec(5)?.start ?? sec(6)?.start ?? textEnd;
  const t2s = t2Start >= 0 ? t2Start : t3Start >= 0 ? t3Start : end;
  const t3s = t3Start >= 0 ? t3Start : end;
  const beside = sideBySide(text, sec(3)?.start, sec(4)?.start);
  return {
    t1: { start: t1Start >= 0 ? t1Start : t2s, end: t2s },
    t2: { start: t2s, end: beside ? Math.max(t3s, end) : t3s },
    t3: { start: t3s, end: Math.max(t3s, end) },
    sideBySide: beside,
  };
}

/** Said of a report whose three tables hold no figure: answers come from its narrative or say so. */
export const TABLES_UNREAD = "表一、表二、表三均未读出数字（表格可能是图片，或文本在表格之前中断）：表格数字只能从正文读取，读不到的不作 0 处理";

/**
 * Without a title line, a report shows the template: two of its section headings, or the report
 * words and one heading — or, an excerpt without headings, its opening calls itself 本报告 in a
 * text on disclosure work (“本报告由高楼乡人民政府按照《条例》…编制”).
 */
function plainlyReport(text: string, sections: Section[]): boolean {
  const nos = new Set(sections.map((s) => s.no));
  const opening = squash(text.slice(0, 3000));
  return nos.size >= 2 || (nos.size >= 1 && /政府信息公开/.test(text)) || (/本(?:年度)?报告(?:由|是|根据|依据|按照)/u.test(opening) && /政府信息公开/u.test(opening)) || overviewHeadings(text) >= 2;
}

/** The template's sub-headings of section 一 (“（一）主动公开情况”, “（四）政府信息公开平台建设”): a page cut before 一's own heading still shows them. */
const OVERVIEW_HEADING = /^\s*[（(]\s*[一二三四五六]\s*[）)]\s*(主动公开|依申请公开|政府信息管理|(?:政府信息公开)?平台建设|监督保障)/gmu;

function overviewHeadings(text: string): number {
  return new Set([...text.slice(0, 20000).matchAll(OVERVIEW_HEADING)].map((m) => m[1])).size;
}

/**
 * A page explaining a report (“《X2023年…年度报告》已经编制完成…现就年报内容进行如下解读”): it quotes the
 * report's title and some of its figures, but is no report — loaded, it would stand for the body's.
 * Told by a sentence of its opening that names the report and says it explains it.
 */
function interpretation(text: string): boolean {
  return squash(text.slice(0, 1000))
    .split(/[。；;！!]/u)
    .some((s) => /年报|年度报告/u.test(s) && /(?:如下|以下)解读|解读如下|(?:年报|报告》?)的?解读/u.test(s));
}

/** A line this long is not a table row: whitespace-collapsed text, the report on one line. */
const LONG_LINE = 400;

/**
 * A table read where its section puts it and, when the report also prints it as an appendix
 * after the narrative, there too: the reading with more figures is the table (the section then
 * holds only “（详见附表2）” or a sentence or two); on a tie, the section's.
 */
function readWhere<T extends { table: Table | null }>(section: Region, appendix: Region | undefined, read: (r: Region) => T): T & { region: Region } {
  const inSection = { ...read(section), region: section };
  if (!appendix) return inSection;
  const inAppendix = { ...read(appendix), region: appendix };
  return figuresIn(inAppendix.table) > figuresIn(inSection.table) ? inAppendix : inSection;
}

function figuresIn(t: Table | null): number {
  return Object.values(t ?? {}).reduce((a, row) => a + Object.values(row ?? {}).filter((v) => v !== null).length, 0);
}

function detectTemplate(text: string, t1: Region[], year: number): TemplateId {
  for (const r of t1) {
    const t = squash(text.slice(r.start, r.end));
    if (/新制作|新公开数量|对外公开总数|上一年项目数|集中采购/.test(t)) return "2019";
    if (/制发件数|废止件数|现行有效/.test(t)) return "2021";
  }
  if (/〔2019〕60号/.test(squash(text.slice(0, 3000)))) return "2019";
  return year <= 2020 ? "2019" : "2021";
}

function missingWarnings(t: Report["table2"], template: TemplateId): string[] {
  const missing = table2Rows(template).filter((r) => !t[r.id]);
  if (!missing.length) return [];
  if (missing.length === table2Rows(template).length) return ["表二：全表缺失"];
  return [`表二：文本中缺少 ${missing.length} 行（${missing.map((r) => r.label).join("、")}）`];
}

/**
 * Tables saved from a spreadsheet and printed after the narrative: sections 二–四 say only
 * “（详见附表2）”, and the three tables follow section 六 under their own titles (“附表（由Excel
 * 导出）”), comma-separated (RFC 4180: quoted “"1,219"”, doubled quotes, line breaks in a cell) or
 * tab-separated, merged cells left empty. Such reports read no figure at all before (“表一、表二、
 * 表三均未读出数字”): the table regions were the sections' one-line references, and a CSV row was
 * one word whose commas looked like thousands separators.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { tokenize, type NumTok } from "../../../src/index/layouts/tokens.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import type { Report } from "../../../src/index/schema.ts";
import { TABLE2_COLUMNS } from "../../../src/index/template.ts";
import { differences } from "../../helpers/compare.ts";
import { randomFigures, type Figures } from "../../helpers/figures.ts";
import { renderReport, type Style } from "../../helpers/render-report.ts";

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), "utf8");
const FIXTURES = (JSON.parse(fixture("figures.json")) as { fixtures: Record<string, Figures> }).fixtures;
const unsure = (r: Report) => Object.entries(r.readings).filter(([, v]) => v.read === "unsure").map(([k, v]) => `${k}: ${v.reason}`);
const broken = (r: Report) => r.checks.filter((c) => !c.holds).map((c) => c.message);

describe("hand-written appendix reports", () => {
  it.each(["csv-appendix.txt", "tsv-appendix-2019.txt"])("%s: every figure of the three tables, every check holds, none unsure", (name) => {
    const r = parseReport(fixture(name), name);
    const want = FIXTURES[name] as Figures;
    expect({ agency: r.agency, year: r.year, template: r.template }).toEqual({ agency: want.agency, year: want.year, template: want.template });
    expect(differences(r, want)).toEqual([]);
    expect(r.checks.length).toBeGreaterThan(40);
    expect(broken(r)).toEqual([]);
    expect(unsure(r)).toEqual([]);
  });

  it("csv-appendix.txt: the quote of a row is its CSV line; the narrative stays a passage and agrees with table 2", () => {
    const text = fixture("csv-appendix.txt");
    const r = parseReport(text, "csv-appendix.txt");
    const span = r.spans["table2.new"];
    expect(span && text.slice(span.start, span.end)).toBe('一、本年新收政府信息公开申请数量,,,"1,046",188,2,1,37,15,"1,289"');
    // 1,289 read as one number, not 1 and 289; the row of zeros left empty is 0, by the sums.
    expect(r.table2["new"]?.["total"]).toBe(1289);
    expect(r.table2["not_processed.excessive"]).toEqual(Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0])));
    expect(r.passages.some((p) => p.text.includes("全年收到政府信息公开申请1289件"))).toBe(true);
    // The tables are no passages (their title lines are).
    expect(r.passages.filter((p) => /,,|本年新收|结果维持|行政许可/.test(p.text))).toEqual([]);
    expect(r.passages.some((p) => p.text === "附表2 收到和处理政府信息公开申请情况")).toBe(true);
    expect(r.checks.filter((c) => c.rule === "text_vs_table").map((c) => c.holds)).toEqual([true, true, true]);
  });
});

describe("generated appendix reports (random tables that satisfy every rule)", () => {
  const styles: Style[] = [
    { layout: "csv", appendix: true },
    { layout: "csv", appendix: true, thousands: true, brokenLabels: true, table3Halves: true },
    { layout: "csv", appendix: true, blankZeros: "rows", headings: "markdown" },
    { layout: "csv", blankZeros: true, thousands: true },
    { layout: "tabs", appendix: true, blankZeros: "rows", table3Halves: true },
    { layout: "html", appendix: true },
    { layout: "markdown", appendix: true, thousands: true },
  ];
  it.each(styles)("%o: every figure, every check holds, none unsure", (style) => {
    for (let i = 0; i < 6; i++) {
      const f = randomFigures(9300 + i, i % 3 === 0 ? "2019" : "2021");
      const r = parseReport(renderReport(f, style), `appendix-${i}.txt`);
      expect(differences(r, f), `${i} ${f.template}`).toEqual([]);
      expect(broken(r), `${i}`).toEqual([]);
      expect(unsure(r), `${i}`).toEqual([]);
    }
  });

  it("crawler text on one line (the appendix titles glued to the tables): read as fully as the same text with the tables in their sections", () => {
    for (let i = 0; i < 4; i++) {
      const f = randomFigures(9700 + i, i % 2 ? "2021" : "2019");
      const text = renderReport(f, { layout: "collapsed", appendix: true });
      expect(text).not.toMatch(/\n/);
      const r = parseReport(text, `collapsed-${i}.txt`);
      const inSections = parseReport(renderReport(f, { layout: "collapsed" }), `sections-${i}.txt`);
      // Glued table-1 cells have no sum to split them by: unread there, never wrong.
      expect(differences(r, f, { unknownOk: [1] }), `${i}`).toEqual([]);
      expect({ t1: r.table1, t2: r.table2, t3: r.table3 }).toEqual({ t1: inSections.table1, t2: inSections.table2, t3: inSections.table3 });
    }
  });

  it("CSV: an empty row whose zeros the sums do not confirm is not read as 0", () => {
    const f = randomFigures(9400);
    expect(f.table2["carried_in"]?.["total"]).toBeGreaterThan(0);
    const text = renderReport(f, { layout: "csv", appendix: true }).replace(/^(二、上年结转[^,\n]*)((?:,[^,\n]*)+)$/m, (_, label: string, cells: string) => label + cells.replace(/[^,]/g, ""));
    const r = parseReport(text, "carried-blank.csv.txt");
    expect(r.table2["carried_in"]).toBeNull();
    expect(cellReading(r, "table2.new.total")).toMatchObject({ read: "unsure" });
    expect(differences(r, f, { tables: [3] })).toEqual([]);
  });
});

describe("what is not an appendix, and what is not comma-separated", () => {
  it("tables in their sections with an attachment list after section 六: read from the sections, as without the list", () => {
    const f = randomFigures(9500);
    const plain = renderReport(f, { layout: "tabs" });
    const listed = `${plain}\n附件：\n1.主动公开政府信息情况\n2.收到和处理政府信息公开申请情况\n3.政府信息公开行政复议、行政诉讼情况\n`;
    const a = parseReport(plain, "a.txt");
    const b = parseReport(listed, "b.txt");
    expect(differences(b, f)).toEqual([]);
    expect(b.spans).toEqual(a.spans);
  });

  it("space-separated cells with thousands separators stay numbers (“1,219” is one cell, not 1 and 219)", () => {
    const text = ["一、本年新收政府信息公开申请数量 1,219 171 0 0 53 21 1,464", "二、上年结转政府信息公开申请数量 6 0 0 0 1 0 7"].join("\n");
    const nums = tokenize(text, 0, text.length).filter((t): t is NumTok => t.t === "num").map((t) => t.value);
    expect(nums).toEqual([1219, 171, 0, 0, 53, 21, 1464, 6, 0, 0, 0, 1, 0, 7]);
  });

  it("tab-separated cells a spreadsheet quoted (“\"1,219\"”, doubled quotes) are the same cells without their quote marks", () => {
    const text = ['一、本年新收政府信息公开申请数量\t\t\t"1,046"\t188\t2\t1\t37\t15\t"1,289"', '\t\t"3.危及""三安全一稳定"""\t1\t\t\t\t\t\t1'].join("\n");
    const toks = tokenize(text, 0, text.length);
    expect(toks.filter((t): t is NumTok => t.t === "num").map((t) => t.value)).toEqual([1046, 188, 2, 1, 37, 15, 1289, 1, 0, 0, 0, 0, 0, 1]);
    expect(toks.flatMap((t) => (t.t === "text" ? [t.s.replace(/\s+/g, "")] : []))).toEqual(["一、本年新收政府信息公开申请数量", '3.危及"三安全一稳定"']);
    const big = toks.find((t): t is NumTok => t.t === "num" && t.value === 1289);
    expect(big && text.slice(big.start, big.end)).toBe('"1,289"');
  });

  it("comma-separated cells: quoted thousands, a quoted label over two lines, a doubled quote, empty cells between numbers", () => {
    const text = ['"（二）部分公开（区分处理的，',
      '只计这一情形）",139,17,,0,7,1,"1,164"', ',,"3.危及""三安全一稳定""",2,,,,,,2', "规章,0,0,16"].join("\n");
    const toks = tokenize(text, 0, text.length);
    expect(toks.filter((t): t is NumTok => t.t === "num").map((t) => t.value)).toEqual([139, 17, 0, 0, 7, 1, 1164, 2, 0, 0, 0, 0, 0, 2, 0, 0, 16]);
    const labels = toks.flatMap((t) => (t.t === "text" ? [t.s.replace(/\s+/g, "")] : []));
    expect(labels).toEqual(["（二）部分公开（区分处理的，只计这一情形）", '3.危及"三安全一稳定"', "规章"]);
    // Offsets point into the source: the quoted number is quoted as printed, with its quote marks.
    const big = toks.find((t): t is NumTok => t.t === "num" && t.value === 1164);
    expect(big && text.slice(big.start, big.end)).toBe('"1,164"');
  });
});

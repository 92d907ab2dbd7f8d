/**
 * Table 3 in an explicit cell table (HTML <td>, Word cells, ruled PDF → tab rows) whose zeros are
 * printed as empty cells, in the template's one row of fifteen or transposed (a row per group,
 * the five result columns across). Such a table was not read at all (“表三：只读到 5 个数值（应为
 * 15 个），未采用”): every empty cell is a cell of a known column, printed empty, read as 0 and
 * said so. Text without cell boundaries (space-aligned) cannot place a blank: never a wrong figure.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { BLANK_TABLE3_UNFILLED } from "../../../src/index/read/table3-cells.ts";
import { TABLE3_COLUMNS, TABLE3_GROUPS } from "../../../src/index/template.ts";
import { randomFigures, type Figures } from "../../helpers/figures.ts";
import { renderReport, type Style } from "../../helpers/render-report.ts";

/** Some cases and many zeros: 行政复议 2 · 0 · 1 · 0 → 3, direct suits none, suits after review 0 · 1 · 0 · 0 → 1. */
function withZeros(seed: number): Figures {
  const f = randomFigures(seed);
  const t3 = {
    review: { upheld: 2, corrected: 0, other: 1, pending: 0, total: 3 },
    suit_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    suit_after_review: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
  };
  return { ...f, table3: t3 };
}

const read = (f: Figures, style: Style) => parseReport(renderReport(f, style), "table3-cells.txt");
const cells = (r: { table3: Record<string, Record<string, number | null> | null> | null }) =>
  TABLE3_GROUPS.flatMap((g) => TABLE3_COLUMNS.map((c) => r.table3?.[g]?.[c] ?? null));

describe("table 3 with zeros printed as empty cells, in layouts that fix each cell's column", () => {
  const styles: Style[] = [
    { layout: "html" },
    { layout: "tabs", spans: "grid" },
    { layout: "html", table3Transposed: true },
    { layout: "tabs", spans: "grid", table3Transposed: true },
    { layout: "tabs", spans: "drop", table3Transposed: true },
  ];
  it.each(styles)("%o: every cell read, the empty ones as 0 and marked printed blank", (style) => {
    const f = withZeros(5100);
    const r = read(f, { ...style, table3Zeros: "" });
    expect(cells(r)).toEqual(cells(f));
    expect(r.warnings.filter((w) => w.startsWith("表三"))).toEqual([]);
    expect(r.readings["table3.review.corrected"]).toEqual({ read: "derived", reason: "该栏印为空白，按 0 计" });
    expect(r.readings["table3.review.upheld"]).toBeUndefined();
  });

  it("transposed with every cell printed (no blank): read as printed, each group quoted with its own row", () => {
    const f = randomFigures(5101);
    const r = read(f, { layout: "html", table3Transposed: true });
    expect(cells(r)).toEqual(cells(f));
    const quoted = r.text.slice(r.spans["table3.suit_direct"]?.start, r.spans["table3.suit_direct"]?.end);
    expect(quoted.startsWith("行政诉讼（未经复议直接起诉）")).toBe(true);
  });

  it("a printed total that its parts do not add up to is read as printed and the check fails (a deliberate break is found)", () => {
    // 行政复议 printed “⇥1⇥⇥⇥2” (its first cell empty, the total 2 for parts adding up to 1), the row's last cell empty too
    const f = withZeros(5102);
    const review = { upheld: 0, corrected: 1, other: 0, pending: 0, total: 2 };
    const printed = { ...f, table3: { ...f.table3, review, suit_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 } } } as Figures;
    const r = read(printed, { layout: "html", table3Zeros: "" });
    expect(r.table3?.["review"]).toEqual(review);
    expect(r.checks.filter((c) => c.rule === "table3_sum" && !c.holds).map((c) => c.row)).toEqual(["review"]);
  });

  it("dashes for zeros: read as 0 and said so", () => {
    const r = read(withZeros(5103), { layout: "html", table3Transposed: true, table3Zeros: "—" });
    expect(cells(r)).toEqual(cells(withZeros(5103)));
    expect(r.readings["table3.suit_direct.total"]?.reason).toBe("该栏印为“—”，按 0 计");
  });

  it("space-aligned text (no cell boundaries) with blanks: never a wrong figure", () => {
    const f = withZeros(5104);
    for (const table3Transposed of [false, true]) {
      const r = read(f, { layout: "pdf-layout", table3Transposed, table3Zeros: "" });
      const got = cells(r);
      got.forEach((v, i) => expect(v === null || v === cells(f)[i] || r.readings[`table3.${TABLE3_GROUPS[Math.floor(i / 5)]}.${TABLE3_COLUMNS[i % 5]}`]?.read === "unsure").toBe(true));
    }
  });

  it("the answer gives the blank cell's 0 with a note that it is printed blank, and quotes the group's row", () => {
    const f = { ...withZeros(5105), agency: "浔阳区人民政府", year: 2023 };
    const text = renderReport(f, { layout: "html", table3Transposed: true, table3Zeros: "" });
    const a = createAnswerer([parseReport(text, "浔阳区人民政府2023年政府信息公开工作年度报告.txt")]).answer("浔阳区2023年行政复议结果纠正几件");
    expect(a.status).toBe("answered");
    expect(a.figures[0]?.value).toBe(0);
    expect(a.text).toContain("该栏印为空白，按 0 计");
    expect(a.quotes[0]?.text.startsWith("行政复议")).toBe(true);
    expect(a.quotes[0]?.text).not.toContain("诉讼");
  });
});

describe("a table 3 with every cell printed empty", () => {
  const none = (f: Figures): Figures => ({ ...f, table3: Object.fromEntries(TABLE3_GROUPS.map((g) => [g, Object.fromEntries(TABLE3_COLUMNS.map((c) => [c, 0]))])) });
  const layouts: Style[] = [
    { layout: "html" },
    { layout: "html", table3Transposed: true },
    { layout: "tabs", spans: "grid", table3Transposed: true },
    { layout: "tabs", spans: "grid" },
  ];
  // A web page's row of fifteen empty <td>s is a line of empty cells (it left no line at all before).
  it.each(layouts)("%o: in a report that leaves its zeros blank (table 2), every cell 0, said printed blank", (style) => {
    const r = read(none(randomFigures(5106)), { ...style, table3Zeros: "", blankZeros: "rows" });
    expect(cells(r)).toEqual(Array(15).fill(0));
    expect(r.readings["table3.review.total"]?.reason).toBe("该栏印为空白，按 0 计");
  });

  it.each(layouts)("%o: in a report that prints its zeros as “0”, the blank table is unread (maybe not filled in), said so — never 0", (style) => {
    const r = read(none(randomFigures(5107)), { ...style, table3Zeros: "" });
    expect(cells(r)).toEqual(Array(15).fill(null));
    expect(r.readings["table3.suit_direct.total"]).toEqual({ read: "unsure", reason: BLANK_TABLE3_UNFILLED });
    // zeros left blank only inside rows that hold a number, a row of zeros printed “0 … 0”: a blank row is not its zero
    const mixed = read(none(randomFigures(5107)), { ...style, table3Zeros: "", blankZeros: true });
    expect(cells(mixed)).toEqual(Array(15).fill(null));
  });

  it("the text saying no review and no suit happened makes the blank table 0s whatever the zeros' convention", () => {
    const text = renderReport(none(randomFigures(5108)), { layout: "html", table3Zeros: "" }).replace("编发政府公报6期。", "编发政府公报6期。全年未发生因政府信息公开引起的行政复议和行政诉讼。");
    const r = parseReport(text, "table3-cells.txt");
    expect(cells(r)).toEqual(Array(15).fill(0));
    // only the group the text speaks of: no review stated, suits not
    const reviewOnly = parseReport(text.replace("行政复议和行政诉讼", "行政复议"), "table3-cells.txt");
    expect(reviewOnly.table3?.["review"]).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
    expect(reviewOnly.table3?.["suit_direct"]?.["total"] ?? null).toBeNull();
  });

  it("answers: the 0 with its note where blank is the report's zero; where it is not, no figure and the blank said", () => {
    const f = { ...none(randomFigures(5109)), agency: "荻港县卫生健康局", year: 2024 };
    const file = "荻港县卫生健康局2024年政府信息公开工作年度报告.txt";
    const q = "荻港县卫生健康局2024年行政复议结果纠正几件";
    const blank = createAnswerer([parseReport(renderReport(f, { layout: "html", table3Zeros: "", blankZeros: "rows" }), file)]).answer(q);
    expect(blank.status).toBe("answered");
    expect(blank.figures[0]?.value).toBe(0);
    expect(blank.text).toContain("该栏印为空白，按 0 计");
    const unfilled = createAnswerer([parseReport(renderReport(f, { layout: "html", table3Zeros: "" }), file)]).answer(q);
    expect(unfilled.figures.map((x) => x.value)).not.toContain(0);
    expect(unfilled.text).toContain("印为空白");
  });
});

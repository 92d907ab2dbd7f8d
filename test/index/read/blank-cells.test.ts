/**
 * Zeros left blank where the layout fixes each cell's column — Word “save as text” (tab cells),
 * HTML tables (`<td>&nbsp;</td>`), pipe tables: a row of zeros prints as its label over empty
 * cells (“二、上年结转政府信息公开申请数量⇥⇥⇥⇥⇥⇥⇥⇥”). Such a row was read as missing, which left
 * the row above it unsure (“下一行…未读到”) and its whole group unsure. Now each empty cell is
 * an empty cell of its column, read as 0 — sure only where the table's sums confirm it. Text
 * without cell boundaries (space-aligned PDF text) cannot place a blank cell; a row printed blank
 * throughout is its label alone on a line, 0 whatever its columns, where the sums confirm it.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import type { Report } from "../../../src/index/schema.ts";
import { TABLE2_COLUMNS, table2Rows } from "../../../src/index/template.ts";
import { differences } from "../../helpers/compare.ts";
import { randomFigures, type Figures } from "../../helpers/figures.ts";
import { renderReport, type Style } from "../../helpers/render-report.ts";

const read = (f: Figures, style: Style) => parseReport(renderReport(f, style), "blank-cells.txt");
const unsure = (r: Report) => Object.entries(r.readings).filter(([k, v]) => k.startsWith("table2.") && v.read === "unsure").map(([k, v]) => `${k}: ${v.reason}`);
/** Table-2 cells read as a value other than the true one without being marked unsure. */
const wrongAndSure = (r: Report, f: Figures) =>
  Object.entries(f.table2).flatMap(([id, cols]) =>
    Object.entries(cols).flatMap(([c, v]) => {
      const got = r.table2[id]?.[c] ?? null;
      return got === null || got === v || cellReading(r, `table2.${id}.${c}`).read === "unsure" ? [] : [`${id}.${c}: ${got} ≠ ${v}`];
    }),
  );
const zeroRows = (f: Figures) => Object.keys(f.table2).filter((id) => TABLE2_COLUMNS.every((c) => f.table2[id]?.[c] === 0));

/** No application carried over from last year: 上年结转 a row of zeros, 新收 = 总计 + 结转. */
function nothingCarriedIn(f: Figures): Figures {
  const t = structuredClone(f.table2);
  for (const c of TABLE2_COLUMNS) {
    (t["new"] as Record<string, number>)[c] = (t["results_total"]?.[c] ?? 0) + (t["carried_out"]?.[c] ?? 0);
    (t["carried_in"] as Record<string, number>)[c] = 0;
  }
  return { ...f, table2: t };
}

const FIGURES = Array.from({ length: 8 }, (_, i) => nothingCarriedIn(randomFigures(4100 + i)));

describe("rows of zeros printed as empty cells, in layouts that fix each cell's column", () => {
  it.each([
    { layout: "tabs", spans: "grid" },
    { layout: "tabs", spans: "drop" },
    { layout: "html" },
    { layout: "markdown" },
  ] as Style[])("%o: every figure read, the empty rows as 0, none unsure", (style) => {
    for (const f of FIGURES) {
      const r = read(f, { ...style, blankZeros: "rows" });
      expect(zeroRows(f)).toContain("carried_in");
      expect(differences(r, f, { tables: [2] }), f.agency).toEqual([]);
      expect(unsure(r)).toEqual([]);
      expect(r.repairs).toEqual([]);
    }
  });

  it("Word “save as text” (CRLF, full-width indents, the label over two cells): 新收 sure, 上年结转 0", () => {
    const f = FIGURES[0] as Figures;
    const text = renderReport(f, { layout: "tabs", spans: "grid", blankZeros: "rows" })
      .split("\n")
      .map((l) => (l.includes("\t") ? l : `\u3000\u3000${l}`))
      .join("\r\n");
    const r = parseReport(text, "word.txt");
    expect(r.table2["carried_in"]).toEqual(Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0])));
    expect(r.table2["new"]).toEqual(f.table2["new"]);
    expect(cellReading(r, "table2.new.total").read).toBe("table");
    // printed empty, read as 0 by its place and confirmed by the sums: the answer says it was printed blank
    expect(cellReading(r, "table2.carried_in.total")).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
  });

  it("an empty row whose zeros the sums do not confirm is not read as 0: as cautious as before", () => {
    // 上年结转 printed empty while the report carried applications over: 新收 + 0 ≠ 总计 + 结转.
    const f = randomFigures(4200);
    expect(f.table2["carried_in"]?.["total"]).toBeGreaterThan(0);
    const text = renderReport(f, { layout: "tabs" }).replace(/^(二、上年结转[^\t\n]*)((?:\t[^\t\n]*)+)$/m, (_, label: string, cells: string) => label + cells.replace(/[^\t]/g, ""));
    const r = parseReport(text, "carried-blank.txt");
    expect(r.table2["carried_in"]).toBeNull();
    expect(cellReading(r, "table2.new.total")).toMatchObject({ read: "unsure", reason: expect.stringMatching(/上年结转.*未读到/) });
  });

  it("the ganzhou shift with rows of zeros left empty: no figure stated wrong (realigned, or unsure where a row of zeros hides the shift)", () => {
    for (let i = 0; i < 6; i++) {
      const f = randomFigures(4300 + i);
      const r = read(f, { layout: "tabs", blankZeros: "rows", shift: { group: "refused", rows: 2 } });
      expect(wrongAndSure(r, f), `${i}`).toEqual([]);
    }
  });

  it("space-aligned PDF text: a row of zeros printed blank (its label alone on its line) is 0 where the sums confirm it, said so", () => {
    for (const f of FIGURES.slice(0, 4)) {
      // A row of zeros printed blank: its label and nothing after it.
      const blanked: string[] = [];
      const text = renderReport(f, { layout: "pdf-layout" }).replace(/^(\S[^\n]*?\D)((?: +0){7}) *$/gm, (_, label: string, zeros: string) => (blanked.push(label), label + " ".repeat(zeros.length)));
      expect(text).toMatch(/^二、上年结转政府信息公开申请数量 *$/m);
      const r = parseReport(text, "pdf-layout.txt");
      expect(differences(r, f, { tables: [2] })).toEqual([]);
      const ids = zeroRows(f).filter((id) => blanked.some((l) => l.startsWith(table2Rows("2021").find((row) => row.id === id)?.label.slice(0, 4) ?? "?")));
      expect(ids).toContain("carried_in");
      // never as if a 0 were printed: the answer says the row is printed blank
      for (const id of ids) expect(cellReading(r, `table2.${id}.total`), id).toEqual({ read: "derived", reason: "该行各栏印为空白，按 0 计" });
      // the row above the empty one keeps its own values, sure (the balance confirms the empty row)
      expect(cellReading(r, "table2.new.total").read).toBe("table");
    }
  });

  it("a group heading printed over empty cells is not a row of zeros", () => {
    const f = FIGURES[1] as Figures;
    const r = read(f, { layout: "html", blankZeros: "rows", groupTotals: true });
    expect(differences(r, f, { tables: [2] })).toEqual([]);
    expect(r.checks.filter((c) => !c.holds)).toEqual([]);
  });

  it("the blank template's empty cells stay unread, never 0", () => {
    const f = randomFigures(4400);
    const empty = { ...f, table2: Object.fromEntries(table2Rows("2021").map((r) => [r.id, Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, 0]))])) };
    const r = read(empty, { layout: "html", blankZeros: "rows" });
    expect(Object.values(r.table2).every((row) => row === null)).toBe(true);
  });
});

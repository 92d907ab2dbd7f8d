/**
 * A page cut inside table 2, printed one cell per line (layout “cells”): no consistency rule can
 * confirm where the values belong, since the rows they balance against are gone. A row whose label
 * is followed by exactly its own cells — every label before it too — is still its row's: its total
 * is sure when the row adds up, every cell when all are equal (zeros). Any line lost, repeated or
 * swapped in those rows leaves the figure unread, unsure, or the same — never another number.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";
import type { Report } from "../../../src/index/schema.ts";

/** The report rendered one cell per line and cut after the 予以公开 row (before （二）部分公开). */
function cut(seed: number) {
  const f = randomFigures(seed);
  const text = renderReport(f, { layout: "cells" });
  return { f, text: text.slice(0, text.indexOf("（二）部分公开")) };
}
const sure = (r: Report, row: string, col: string) => r.readings[`table2.${row}.${col}`]?.read !== "unsure";
/** The cell lines of a row: the lines after its label up to the next label. */
function cellLines(lines: string[], label: string): number[] {
  const at = lines.findIndex((l) => l.includes(label));
  const out: number[] = [];
  for (let i = at + 1; i < lines.length && !/[\u4e00-\u9fff]/u.test(lines[i] ?? ""); i++) if (/\d/.test(lines[i] ?? "")) out.push(i);
  return out;
}

describe.each([11, 12, 13, 14])("seed %i: table 2 cut after its first result row", (seed) => {
  const { f, text } = cut(seed);

  it("新收 and 上年结转 totals are read and sure; a part is sure only when every cell of its row is equal", () => {
    const r = parseReport(text, "cut.txt");
    for (const row of ["new", "carried_in"]) {
      expect(r.table2[row]?.total, row).toBe(f.table2[row]?.total);
      expect(sure(r, row, "total"), `${row}: ${r.readings[`table2.${row}.total`]?.reason}`).toBe(true);
      const cells = Object.values(f.table2[row] ?? {});
      expect(sure(r, row, "natural_person"), row).toBe(cells.every((v) => v === cells[0]));
    }
  });

  it("a cell line of 新收 removed, repeated or swapped with the total: the total is never silently another number", () => {
    const lines = text.split("\n");
    const cells = cellLines(lines, "本年新收");
    expect(cells.length).toBe(7);
    const total = cells[6] as number;
    const variants = [
      lines.filter((_, i) => i !== cells[2]),
      lines.flatMap((l, i) => (i === cells[2] ? [l, "", l] : [l])),
      lines.map((l, i) => (i === total ? (lines[cells[0] as number] ?? "") : i === cells[0] ? (lines[total] ?? "") : l)),
    ];
    for (const [k, v] of variants.entries()) {
      const r = parseReport(v.join("\n"), "cut.txt");
      const read = r.table2["new"]?.total ?? null;
      expect(read === null || read === f.table2["new"]?.total || !sure(r, "new", "total"), `variant ${k}: read ${read}`).toBe(true);
    }
  });
});

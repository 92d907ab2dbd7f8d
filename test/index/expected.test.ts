/**
 * Every figure a person read off the sample reports (test/fixtures/expected.json, a copy of
 * shared/reports/expected.json) must come out of the reader exactly.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { TABLE2_COLUMNS, table2Rows } from "../../src/index/template.ts";

interface Expected {
  file: string;
  agency: string;
  region: string;
  year: number;
  template: "2019" | "2021";
  table1: Record<string, Record<string, number>>;
  table2: Record<string, Record<string, number> | null>;
  table3: Record<string, Record<string, number>> | null;
  narrative: { says: string; value: number; unit: string }[];
  inconsistencies?: { column: string; printed: number; sum: number }[];
}

const expected = (JSON.parse(readFileSync(new URL("../fixtures/expected.json", import.meta.url), "utf8")) as { reports: Expected[] }).reports;
const read = (file: string) => parseReport(readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8"), file);
const squash = (s: string) => s.replace(/\s+/g, "");

describe.each(expected)("$file", (e) => {
  const r = read(e.file);

  it("names the agency, region, year and template", () => {
    expect({ agency: r.agency, region: r.region, year: r.year, template: r.template }).toEqual({
      agency: e.agency,
      region: e.region,
      year: e.year,
      template: e.template,
    });
  });

  it("reads every table 1 figure", () => {
    for (const [item, cols] of Object.entries(e.table1)) expect(r.table1[item], item).toEqual(cols);
  });

  it("reads every table 2 figure, and a missing row as null", () => {
    for (const [row, cols] of Object.entries(e.table2)) expect(r.table2[row] ?? null, row).toEqual(cols);
  });

  it("reads table 3", () => {
    expect(r.table3).toEqual(e.table3);
  });

  it("finds the narrative figures with the words that state them", () => {
    for (const n of e.narrative) {
      // 件 and 条 both count items; the person who read leping-2023 wrote 24 件 for “…20条，…4条”.
      const sameUnit = (u: string) => u === n.unit || (/^[件条]$/.test(u) && /^[件条]$/.test(n.unit));
      const hit = r.narrative.find((f) => f.value === n.value && sameUnit(f.unit) && squash(f.sentence).includes(squash(n.says)));
      expect(hit, n.says).toBeDefined();
    }
  });

  it("reports where the agency's own table does not add up", () => {
    const broken = r.checks.filter((c) => !c.holds && c.rule === "column_sum");
    const want = (e.inconsistencies ?? []).map(({ column, printed, sum }) => ({ column, printed, sum }));
    expect(broken.map((c) => ({ column: c.column, printed: c.printed, sum: c.expected }))).toEqual(want);
  });
});

describe.each(["hongze-2023.txt", "hongze-2024.txt", "huaian-2024.txt"])("%s (PDF text)", (file) => {
  const r = read(file);
  it("comes out with table 2 complete and balanced", () => {
    for (const row of table2Rows(r.template)) for (const c of TABLE2_COLUMNS) expect(r.table2[row.id]?.[c], `${row.id}.${c}`).toBeTypeOf("number");
    expect(r.checks.filter((c) => c.table === "table2" && c.rule !== "text_vs_table" && !c.holds)).toEqual([]);
    expect(r.checks.filter((c) => c.rule === "balance")).toHaveLength(7);
  });
});

describe("ganzhou-2023's shifted 不予公开 block", () => {
  it("is realigned by the column sums, and the repair is recorded", () => {
    const r = read("ganzhou-2023.txt");
    expect(r.table2["refused.state_secret"]?.total).toBe(1);
    expect(r.table2["refused.law_prohibited"]?.total).toBe(12);
    expect(r.repairs.some((x) => x.rows.includes("refused.law_prohibited"))).toBe(true);
    expect(r.checks.filter((c) => !c.holds)).toEqual([]);
  });
});

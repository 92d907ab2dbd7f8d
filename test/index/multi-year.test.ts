/**
 * A generated multi-year corpus (bench/multi-year.ts: 2019 → 2025, both templates) with planted
 * breaks of the cross-year rules and planted copies of section 五: every planted one is found,
 * and nothing else is reported.
 */
import { describe, expect, it } from "vitest";
import { multiYearCorpus } from "../../bench/multi-year.ts";
import { copiedText } from "../../src/index/copied.ts";
import { crossYearChecks, previousOf } from "../../src/index/cross-year.ts";
import { parseReport } from "../../src/index/read/report.ts";

const AGENCIES = 40;

describe("multi-year corpus: planted cross-year breaks and copied sections", () => {
  const corpus = multiYearCorpus(AGENCIES, 7);
  const reports = corpus.files.map((f) => parseReport(f.text, f.name));

  it("covers 2019 → 2025 and both templates, with something planted", () => {
    expect(new Set(reports.map((r) => r.year))).toEqual(new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025]));
    expect(new Set(reports.map((r) => r.template))).toEqual(new Set(["2019", "2021"]));
    expect(corpus.pairs).toBe(AGENCIES * 6);
    expect(corpus.breaks.length).toBeGreaterThan(10);
    expect(corpus.copies.length).toBeGreaterThan(10);
  });

  it("every planted break is found, and no other", () => {
    const found = new Set<string>();
    let pairs = 0;
    for (const r of reports) {
      const prev = previousOf(r, reports);
      if (!prev) continue;
      pairs++;
      for (const c of crossYearChecks(prev, r)) {
        if (c.holds) continue;
        // A carried-over break shows in its column and in 总计; the column names it.
        const where = c.rule === "carried_over" ? c.column : c.row;
        if (where !== "total") found.add(`${r.file}|${c.rule}|${where}`);
      }
    }
    expect(pairs).toBe(corpus.pairs);
    const planted = new Set(corpus.breaks.map((b) => `${b.file}|${b.rule}|${b.where}`));
    expect([...found].sort()).toEqual([...planted].sort());
  });

  it("every planted copy is flagged, and no other section", () => {
    const flagged: string[] = [];
    for (const r of reports) {
      const prev = previousOf(r, reports);
      if (!prev) continue;
      for (const s of copiedText(prev, r).flagged) flagged.push(`${r.file}|${s}`);
    }
    expect(flagged.sort()).toEqual(corpus.copies.map((c) => `${c.file}|${c.section}`).sort());
  });
});

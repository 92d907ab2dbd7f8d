/**
 * What a ranking reads of the report cache: each line's report's tables and its small notes blob
 * (how cells were read, repairs, warnings, the checks that do not hold), never all its checks or
 * its text (the one quoted aside); and a year's first ranking by a figure reads that year's cells
 * of the figure, each (address, year) checked on its own.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import v8 from "node:v8";
import { describe, expect, it } from "vitest";
import { scratch as scratchCopy } from "../helpers/scratch.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { memoryStore } from "../../src/store/memory.ts";
import { brokenChecks, releasingParts } from "../../src/index/report-cache.ts";
import { addressOf, type CellIndex } from "../../src/index/report-cache-cells.ts";
import type { Report } from "../../src/index/schema.ts";

const scratch = () => scratchCopy("nianbao-cache-notes-");
const built = (r: object, key: string) => Object.getOwnPropertyDescriptor(r, key)?.get === undefined;
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("report cache: what a ranking's lines read", () => {
  it("a ranking's and the report list's lines read no report's checks, and only the quoted report's text; the answers are those of the parsed reports", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const questions = ["2023年哪个地方行政复议最多", "2023年哪个地方收到的政府信息公开申请最多", "2020年哪个地方自然人申请最多", "有哪些报告"];
    const want = questions.map((q) => createAnswerer(parsed.reports).answer(q));
    // what the answers built, looked at before it is given back (an answer keeps none of it: releasingParts)
    const answerer = createAnswerer(reports);
    releasingParts(() => {
      const got = questions.map((q) => answerer.answer(q));
      expect(json(got)).toEqual(json(want));
      // the lines carry their reports' broken checks and repairs (read from the notes blob)
      const notes = got.flatMap((a) => a.notes);
      expect(notes.some((n) => n.includes("报告自身数字不一致"))).toBe(true);
      expect(notes.some((n) => n.includes("读取说明"))).toBe(true);
      expect(got[3]?.text).toMatch(/处数字不一致/);
      expect(reports.filter((r) => built(r, "table2")).length).toBeGreaterThan(2);
      expect(reports.filter((r) => built(r, "checks"))).toEqual([]);
      // of the reports shown from their tables, only the quoted one's text is read (one lacking the figure is read for its text's statement of it)
      const quoted = new Set(got.flatMap((a) => a.quotes.map((q) => q.report)));
      const shown = reports.filter((r) => got.some((a) => a.kind === "ranking" && a.figures.some((f) => f.agency === r.agency && f.year === r.year && !f.source.endsWith("（正文）"))));
      expect(shown.length).toBeGreaterThan(3);
      expect(shown.filter((r) => built(r, "text")).map((r) => r.title)).toEqual(shown.filter((r) => quoted.has(r.title)).map((r) => r.title));
    });
  });

  it("gives back the parts an answer built: none stays on its report, and asked again the answer is the same", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const questions = ["2023年哪个地方行政复议最多", "有哪些报告", "浔阳区2023年依申请公开多少件", "浔阳区历年依申请公开", "浔阳区2023年政务新媒体建设"];
    const answerer = createAnswerer(reports);
    const first = questions.map((q) => answerer.answer(q));
    const parts = ["table1", "table2", "table3", "narrative", "readings", "repairs", "warnings", "checks", "text", "original", "sections", "passages", "spans"];
    expect(reports.filter((r) => parts.some((k) => built(r, k))).map((r) => r.file)).toEqual([]);
    expect(json(questions.map((q) => answerer.answer(q)))).toEqual(json(first));
    expect(json(first)).toEqual(json(questions.map((q) => createAnswerer(parsed.reports).answer(q))));
    // and the reports are still the parsed ones, part for part
    expect(json(reports)).toEqual(json(parsed.reports));
  });

  it("a report's broken checks from the notes are its checks that do not hold, in order", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const of = new Map(parsed.reports.map((r) => [r.file, r]));
    let broken = 0;
    for (const r of reports) {
      const b = brokenChecks(r);
      expect(built(r, "checks")).toBe(false);
      expect(json(b)).toEqual(json((of.get(r.file) as Report).checks.filter((c) => !c.holds)));
      broken += b.length;
      // once the checks are built (or set), they are what is read
      expect(json(brokenChecks(r))).toEqual(json(r.checks.filter((c) => !c.holds)));
    }
    expect(broken).toBeGreaterThan(0);
  });

  it("a year's ranking reads that year's cells: a damaged cell of another year is no error, and the damaged year's ranking is", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const file = join(cache, "reports.v8");
    const bytes = readFileSync(file);
    // the layout report-cache.ts documents: magic and digest line, two lengths, the head, the cells region (index length, index, reports, values)
    const top = bytes.indexOf(0x0a, 6) + 1;
    const cellsAt = top + 16 + bytes.readDoubleLE(top);
    const indexLen = bytes.readDoubleLE(cellsAt);
    const index = v8.deserialize(bytes.subarray(cellsAt + 8, cellsAt + 8 + indexLen)) as CellIndex;
    const run = index.addresses.indexOf(addressOf("table2", "new", "total")) * index.yearList.length + index.yearList.indexOf(2024);
    expect(index.start[run + 1]).toBeGreaterThan(index.start[run] as number);
    const at = cellsAt + 8 + indexLen + (index.start[run] as number) * 4;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    // the rankings kept beside the cache (made from its cells before the damage) gone: made again from these cells
    rmSync(join(cache, "rankings.v8"));
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const rank = (rs: Report[], year: number) => memoryStore(rs).rankField(year, { table: "table2", rows: ["new"], label: "" }, [], false).scored.map((x) => [x.file, x.value]);
    expect(rank(reports, 2023)).toEqual(rank(parsed.reports, 2023));
    expect(rank(reports, 2023).length).toBeGreaterThan(2);
    expect(() => rank(reports, 2024)).toThrow(/damaged/);
  });
});

/**
 * Issue 14: a seeded fuzz run in every test run — 300 mutants of the bundled reports (byte flips,
 * truncation, lines duplicated / removed / swapped, huge, negative and fractional numbers, NULs,
 * markup, GBK inside UTF-8, full-width digits, very long lines; test/helpers/fuzz.ts), each read
 * as an upload is and asked eleven questions. Never a crash; refusals are the clear messages; no
 * figure stated that the mutated file does not print; no implausible count stated.
 * `npm run fuzz -- --seed N --count M` runs longer campaigns.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readReport } from "../../src/index/corpus.ts";
import { MUTATIONS, baselineOf, campaign, judge, questionsFor, type Source } from "../helpers/fuzz.ts";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const SOURCES: Source[] = readdirSync(DATA)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(DATA, file), "utf8") }));

describe("seeded fuzzing", () => {
  it("300 mutants (seed 20261130): no crash, only clear refusals, no unprinted or implausible figure stated", async () => {
    const s = await campaign(SOURCES, 300, 20261130);
    expect(s.problems).toEqual([]);
    // The run exercised what it claims: every mutation, reports read and refused, figures stated.
    expect(Object.keys(s.byMutation).sort()).toEqual([...MUTATIONS].sort());
    expect(s.read).toBeGreaterThan(150);
    expect(s.refused).toBeGreaterThan(0);
    expect(s.figures).toBeGreaterThan(1000);
  }, 120_000);
});

describe("the fuzz judge catches what it must", () => {
  const source = SOURCES.find((s) => s.file === "xunyang-2023.txt") as Source;
  const data = new TextEncoder().encode(source.text);
  const questions = questionsFor("浔阳区", 2023);
  const mutant = { file: source.file, applied: [], data };

  it("a figure the file does not print, an implausible count, a crash while reading", async () => {
    const report = await readReport(source.file, data);
    const baseline = baselineOf(report, questions);
    expect((await judge(mutant, questions, baseline)).problems).toEqual([]);
    const withCell = (value: number) => async () => ({ ...report, table2: { ...report.table2, new: { ...report.table2["new"], total: value } } });
    expect((await judge(mutant, questions, baseline, withCell(15))).problems).toContainEqual(expect.objectContaining({ kind: "unprinted-figure", value: 15 }));
    expect((await judge(mutant, questions, baseline, withCell(-88283))).problems).toContainEqual(expect.objectContaining({ kind: "implausible-figure", value: -88283 }));
    const crash = async () => {
      throw new TypeError("Cannot read properties of undefined");
    };
    expect((await judge(mutant, questions, baseline, crash)).problems).toEqual([{ kind: "read-crash", message: "TypeError: Cannot read properties of undefined" }]);
  });
});

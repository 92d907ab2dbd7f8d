/**
 * A report's checks (勾稽关系 and text against table) are kept in the report cache (a blob of their
 * own): a report first shown from the cache gives the checks its parse
 * gave without running the rules again over its tables and text.
 */
import { describe, expect, it, vi } from "vitest";
import { scratch as scratchCopy } from "../helpers/scratch.ts";
import type * as Read from "../../src/index/read/report.ts";

const runs = vi.hoisted(() => ({ checks: 0 }));
vi.mock("../../src/index/read/report.ts", async (importOriginal) => {
  const read = await importOriginal<typeof Read>();
  return {
    ...read,
    reportChecks: (...args: Parameters<typeof read.reportChecks>) => {
      runs.checks++;
      return read.reportChecks(...args);
    },
  };
});

const { loadCorpus } = await import("../../src/index/corpus.ts");
const { reportChecks } = await import("../../src/index/read/report.ts");

const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("report cache: checks kept", () => {
  it("gives each report the checks its parse gave, without running the rules again", async () => {
    const { data, cache } = scratchCopy("nianbao-cache-checks-");
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    runs.checks = 0;
    const kept = reports.map((r) => r.checks);
    expect(runs.checks).toBe(0);
    expect(json(kept)).toEqual(json(parsed.reports.map((r) => r.checks)));
    expect(kept.some((c) => c.some((x) => !x.holds))).toBe(true);
    // and they are what the rules give on the report built from the cache
    expect(json(kept)).toEqual(json(reports.map((r) => reportChecks(r))));
  }, 60_000);
});

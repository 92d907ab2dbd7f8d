/**
 * The parsed-report cache: a second start reads the reports from it and gets exactly what
 * parsing gives; a changed file is read again; a damaged cache is ignored.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch as scratchCopy } from "../helpers/scratch.ts";
import { loadCorpus } from "../../src/index/corpus.ts";

const scratch = () => scratchCopy("nianbao-cache-test-");

describe("report cache", () => {
  it("gives back exactly the parsed reports, passages and checks included", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const cached = await loadCorpus(data, { cacheDir: cache });
    expect(JSON.parse(JSON.stringify(cached.reports))).toEqual(JSON.parse(JSON.stringify(parsed.reports)));
    expect(cached.reports[0]?.passages[3]?.text).toBe(parsed.reports[0]?.passages[3]?.text);
    expect(cached.reports.map((r) => r.checks.length)).toEqual(parsed.reports.map((r) => r.checks.length));
  });

  it("reads a changed file again", async () => {
    const { data, cache } = scratch();
    await loadCorpus(data, { cacheDir: cache });
    const file = join(data, "xunyang-2023.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("全年发布各类信息9831条", "全年发布各类信息9832条"));
    const again = await loadCorpus(data, { cacheDir: cache });
    const xunyang = again.reports.find((r) => r.file === "xunyang-2023.txt");
    expect(xunyang?.narrative.some((f) => f.value === 9832)).toBe(true);
  });

  it("ignores a damaged cache", async () => {
    const { data, cache } = scratch();
    await loadCorpus(data, { cacheDir: cache });
    writeFileSync(join(cache, "reports.v8"), "not a cache");
    const again = await loadCorpus(data, { cacheDir: cache });
    expect(again.reports).toHaveLength(8);
    expect(again.errors).toEqual([]);
  });
});

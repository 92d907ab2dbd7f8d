/**
 * Issue 14.9: caches are keyed by content and checked. An edit that keeps a file's size and
 * modification time (`cp -p`, `rsync -a`, unzip) is read again; a cache damaged on disk is never
 * loaded with wrong figures; the cache key names the libraries that turn files into text; a
 * damaged search snapshot is rebuilt.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scratch as scratchCopy } from "../helpers/scratch.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { cacheVersion } from "../../src/index/report-cache.ts";
import { loadSnapshot, openSearchIndex } from "../../src/index/search.ts";

const scratch = () => scratchCopy("nianbao-caches-");

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const figures = (reports: { file: string; table1: unknown; table2: unknown; table3: unknown; narrative: unknown }[]) =>
  JSON.stringify(reports.map((r) => [r.file, r.table1, r.table2, r.table3, r.narrative]));

describe("report cache", () => {
  it("an edit that keeps the size and the modification time is read again", async () => {
    const { data, cache } = scratch();
    await loadCorpus(data, { cacheDir: cache });
    const file = join(data, "xunyang-2023.txt");
    const { atime, mtime } = statSync(file);
    writeFileSync(file, readFileSync(file, "utf8").replace("全年发布各类信息9831条", "全年发布各类信息9832条"));
    utimesSync(file, atime, mtime); // what cp -p does
    const again = await loadCorpus(data, { cacheDir: cache });
    expect(again.reports.find((r) => r.file === "xunyang-2023.txt")?.narrative.some((f) => f.value === 9832)).toBe(true);
  });

  it("12 caches damaged at one byte each: every load gives exactly the figures parsing gives, or says the cache is damaged and the next load does", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const good = readFileSync(join(cache, "reports.v8"));
    const random = rng(14);
    for (let i = 0; i < 12; i++) {
      const bad = Buffer.from(good);
      const at = Math.floor(random() * bad.length);
      bad[at] = (bad[at] ?? 0) ^ (1 + Math.floor(random() * 255));
      writeFileSync(join(cache, "reports.v8"), bad);
      const loaded = await loadCorpus(data, { cacheDir: cache });
      // A report's parts are checked when first read (report-cache.ts): a damaged one is an error
      // that deletes the cache, never another figure; the next load reads the reports again.
      let got: string;
      try {
        got = figures(loaded.reports);
      } catch (e) {
        expect(String(e), `byte ${at} damaged`).toMatch(/damaged/);
        got = figures((await loadCorpus(data, { cacheDir: cache })).reports);
      }
      expect(got, `byte ${at} damaged`).toBe(figures(parsed.reports));
    }
  });

  it("is keyed by the versions of the libraries that read PDF, Word and HTML files", () => {
    expect(cacheVersion()).toMatch(/@embedpdf\/pdfium@\d+\.\d+\.\d+ pdfjs-dist@\d+\.\d+\.\d+ mammoth@\d+\.\d+\.\d+ htmlparser2@\d+\.\d+\.\d+ iconv-lite@\d+/);
  });
});

describe("search snapshot", () => {
  it("made at the first start, which read the files, is loaded by the next start, from the report cache", async () => {
    // the bundled reports hold a body renamed to its longer name (洪泽区 → 淮安市洪泽区): a renamed copy keeps what it was read from
    const { data, cache } = scratch();
    const dir = join(cache, "search");
    expect(openSearchIndex(dir, (await loadCorpus(data, { cacheDir: cache })).reports).info.origin).toBe("built");
    const next = await loadCorpus(data, { cacheDir: cache });
    expect(loadSnapshot(dir, next.reports).info).toEqual({ documents: expect.any(Number), origin: "snapshot" });
  });

  it("a damaged index file is detected by its checksum and rebuilt", async () => {
    const { data, cache } = scratch();
    const { reports } = await loadCorpus(data);
    const dir = join(cache, "search");
    openSearchIndex(dir, reports);
    expect(loadSnapshot(dir, reports).info.origin).toBe("snapshot");
    const file = join(dir, "search-index.bin");
    const bin = readFileSync(file);
    const at = bin.length - 100; // inside the postings: still a well-formed file
    bin[at] = (bin[at] ?? 0) ^ 0x01;
    writeFileSync(file, bin);
    const index = loadSnapshot(dir, reports);
    expect(index.info.origin).toBe("built");
    expect(index.info.reason).toBe("corrupt snapshot");
  });
});

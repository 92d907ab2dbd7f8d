/**
 * Rankings kept per year and figure beside the report cache (store/stored-rankings.ts): made when
 * the cache is written, read by a year's first ranking instead of the figure's cells, and never
 * used when made from another cache (a stale file), damaged, or for a year an upload joined.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { loadCorpus } from "../../src/index/corpus.ts";
import { cachedSource } from "../../src/index/report-cache.ts";
import { CellColumns } from "../../src/index/report-cache-cells.ts";
import type { Report } from "../../src/index/schema.ts";
import { memoryStore } from "../../src/store/memory.ts";
import type { RankedField } from "../../src/store/store.ts";
import { keptFigures, openRankings, RANKINGS_FILE } from "../../src/store/stored-rankings.ts";
import { syntheticCorpus } from "../../bench/synthetic.ts";

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const plain = (f: RankedField) => ({ scored: f.scored.map((s) => [s.file, s.value, s.head.agency]), lacking: f.lacking });

async function scratch(): Promise<{ data: string; cache: string }> {
  const gen = await syntheticCorpus(120, 5);
  const root = mkdtempSync(join(tmpdir(), "nianbao-stored-rankings-"));
  roots.push(root);
  const data = join(root, "reports");
  cpSync(gen.dir, data, { recursive: true, filter: (p) => !p.endsWith(".json") });
  return { data, cache: join(root, "cache") };
}

/** Every kept figure's ranking of every year, both orders, from each store: equal, and how many stated. */
function expectSameRankings(reports: Report[], parsed: Report[], years?: readonly number[]): number {
  const [a, b] = [memoryStore(parsed), memoryStore(reports)];
  let stated = 0;
  for (const { metric, columns } of keptFigures()) {
    for (const year of years ?? a.years()) {
      for (const asc of [false, true]) {
        const want = plain(a.rankField(year, metric, columns, asc));
        expect(plain(b.rankField(year, metric, columns, asc)), `${year} ${JSON.stringify(metric)} ${asc}`).toEqual(want);
        stated += want.scored.length;
      }
    }
  }
  return stated;
}

/** The year's ranking by 本年新收 (files, values), from a store of these reports. */
const byNew = (reports: Report[], year: number, asc = false) => plain(memoryStore(reports).rankField(year, { table: "table2", rows: ["new"], label: "" }, [], asc)).scored;

/** The file ranked first of the year by 本年新收, removed from the folder. */
function removeFirst(data: string, reports: Report[], year: number): string {
  const file = byNew(reports, year)[0]?.[0] as string;
  rmSync(join(data, file));
  return file;
}

describe("rankings kept per year and figure beside the report cache", () => {
  it("are made when the cache is written, and a year's rankings read them — not the figure's cells — equal to the parsed reports' rankings", async () => {
    const { data, cache } = await scratch();
    const parsed = (await loadCorpus(data)).reports;
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    expect(existsSync(join(cache, RANKINGS_FILE))).toBe(true);
    // a fresh start (the file read, not the one just made in memory)
    const again = (await loadCorpus(data, { cacheDir: cache })).reports;
    const source = cachedSource(again[0] as Report)?.source;
    expect(source && openRankings(source)).toBeTruthy();
    const fill = vi.spyOn(CellColumns.prototype, "fillYear");
    expect(expectSameRankings(again, parsed)).toBeGreaterThan(1000);
    expect(fill).not.toHaveBeenCalled();
    expect(reports.length).toBe(parsed.length);
  }, 120_000);

  it("made from another cache (stale) are not used, and are made again from this one", async () => {
    const { data, cache } = await scratch();
    const first = (await loadCorpus(data, { cacheDir: cache })).reports;
    const stale = readFileSync(join(cache, RANKINGS_FILE));
    // a report gone: the cache is written again, with its rankings
    const year = 2022;
    const gone = removeFirst(data, first, year);
    const parsed = (await loadCorpus(data)).reports;
    expect(byNew(parsed, year)[0]?.[0]).not.toBe(gone);
    await loadCorpus(data, { cacheDir: cache });
    // the old rankings put back (as a crash between the two writes, or a copied folder, would leave them)
    writeFileSync(join(cache, RANKINGS_FILE), stale);
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    expect(openRankings(cachedSource(reports[0] as Report)?.source as NonNullable<ReturnType<typeof cachedSource>>["source"])).toBeNull();
    expect(byNew(reports, year)).toEqual(byNew(parsed, year));
    expectSameRankings(reports, parsed);
    // made again beside the cache by that first ranking
    expect(readFileSync(join(cache, RANKINGS_FILE)).equals(stale)).toBe(false);
    const next = (await loadCorpus(data, { cacheDir: cache })).reports;
    expect(openRankings(cachedSource(next[0] as Report)?.source as NonNullable<ReturnType<typeof cachedSource>>["source"])).not.toBeNull();
  }, 120_000);

  it("a /reload after a file changed writes them again from the new cache", async () => {
    const { data, cache } = await scratch();
    const first = (await loadCorpus(data, { cacheDir: cache })).reports;
    const before = readFileSync(join(cache, RANKINGS_FILE));
    const year = 2021;
    const gone = removeFirst(data, first, year);
    const reloaded = (await loadCorpus(data, { cacheDir: cache })).reports;
    const written = readFileSync(join(cache, RANKINGS_FILE));
    expect(written.equals(before)).toBe(false);
    const parsed = (await loadCorpus(data)).reports;
    // the reports just reloaded are the old cache's: ranked from their cells, the file beside left as written
    expect(byNew(reloaded, year)).toEqual(byNew(parsed, year));
    expect(readFileSync(join(cache, RANKINGS_FILE)).equals(written)).toBe(true);
    // the next start reads the new cache and its rankings
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const fill = vi.spyOn(CellColumns.prototype, "fillYear");
    expect(byNew(reports, year)).toEqual(byNew(parsed, year));
    expect(byNew(reports, year).map((x) => x[0])).not.toContain(gone);
    expect(fill).not.toHaveBeenCalled();
    expectSameRankings(reports, parsed);
  }, 120_000);

  it("an upload's year is ranked from the cells and the new report's tables; the other years from the kept rankings", async () => {
    const { data, cache } = await scratch();
    const all = (await loadCorpus(data)).reports;
    // the upload: one 2023 report parsed in the process, the others from the cache
    const upload = all.find((r) => r.year === 2023 && typeof r.table2?.["new"]?.["total"] === "number") as Report;
    rmSync(join(data, upload.file));
    await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const withUpload = [...reports, { ...upload, table2: { ...upload.table2, new: { ...upload.table2?.["new"], total: 999_999 } } } as Report];
    const ranked = byNew(withUpload, 2023);
    expect(ranked[0]).toEqual([upload.file, 999_999, upload.agency]);
    const fill = vi.spyOn(CellColumns.prototype, "fillYear");
    const others = memoryStore(withUpload).years().filter((y) => y !== 2023);
    expectSameRankings(withUpload, [...all.filter((r) => r.file !== upload.file), withUpload.at(-1) as Report], others);
    expect(fill).not.toHaveBeenCalled();
    expectSameRankings(withUpload, [...all.filter((r) => r.file !== upload.file), withUpload.at(-1) as Report], [2023]);
    expect(fill).toHaveBeenCalled();
  }, 120_000);

  it("a damaged byte in a kept ranking: that ranking is made from the cells, never read wrong", async () => {
    const { data, cache } = await scratch();
    const parsed = (await loadCorpus(data)).reports;
    await loadCorpus(data, { cacheDir: cache });
    const file = join(cache, RANKINGS_FILE);
    const bytes = readFileSync(file);
    const head = bytes.indexOf(0x0a, 6) + 1;
    const dataAt = head + 8 + bytes.readDoubleLE(head);
    for (let k = 0; k < 8; k++) {
      const bad = Buffer.from(bytes);
      const at = dataAt + Math.floor(((bytes.length - dataAt) * k) / 8);
      bad[at] = (bad[at] ?? 0) ^ 0x5a;
      writeFileSync(file, bad);
      const { reports } = await loadCorpus(data, { cacheDir: cache });
      expectSameRankings(reports, parsed);
    }
    writeFileSync(file, bytes);
  }, 240_000);
});

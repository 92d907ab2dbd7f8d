/**
 * The parsed-report cache at scale: a start reads no unchanged report file, and builds a report's
 * parts only when an answer uses them (tables for rankings, figures for answers, the text for quotes).
 */
import { cpSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type * as FsPromises from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";
import { scratch as scratchCopy } from "../helpers/scratch.ts";
import type { Report } from "../../src/index/schema.ts";

const reads = vi.hoisted(() => ({ files: [] as string[] }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  return {
    ...fs,
    readFile: ((path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
      reads.files.push(String(path));
      return (fs.readFile as (...a: unknown[]) => unknown)(path, ...rest);
    }) as typeof fs.readFile,
  };
});

const { loadCorpus } = await import("../../src/index/corpus.ts");
const { createAnswerer } = await import("../../src/answers/answerer.ts");
const { memoryStore } = await import("../../src/store/memory.ts");
const { cachedCells, releasingParts } = await import("../../src/index/report-cache.ts");

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const scratch = () => scratchCopy("nianbao-lazy-cache-");

const built = (r: object, key: string) => Object.getOwnPropertyDescriptor(r, key)?.get === undefined;
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("report cache, loaded lazily", () => {
  it("a second start reads no report file that did not change", async () => {
    const { data, cache } = scratch();
    await loadCorpus(data, { cacheDir: cache });
    reads.files = [];
    const again = await loadCorpus(data, { cacheDir: cache });
    expect(again.reports).toHaveLength(8);
    expect(reads.files.filter((f) => f.startsWith(data))).toEqual([]);
    // a file written since is read (its ctime changed, whatever its mtime)
    const file = join(data, "xunyang-2023.txt");
    writeFileSync(file, readFileSync(file));
    reads.files = [];
    await loadCorpus(data, { cacheDir: cache });
    expect(reads.files.filter((f) => f.startsWith(data))).toEqual([file]);
  });

  it("builds a report's text only for the answers that quote it", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    // hongze-2023 too, renamed to its 2024 title's longer name (a copy that stays lazy)
    expect(reports.every((r) => !built(r, "text") && !built(r, "table2") && !built(r, "narrative"))).toBe(true);
    // looked at before the answer's parts are given back (releasingParts)
    releasingParts(() => {
      const a = createAnswerer(reports).answer("2023年哪个地方收到的政府信息公开申请最多");
      expect(a.kind).toBe("ranking");
      // the ranking read the cache's cell columns: only the reports it shows were built (their
      // tables, for the figures' sources); the text of those not quoted was not
      const shown = reports.filter((r) => a.figures.some((f) => f.agency === r.agency && f.year === r.year));
      expect(shown.length).toBeGreaterThan(0);
      expect(reports.filter((r) => r.year === 2023).length).toBeGreaterThan(shown.length);
      expect(reports.filter((r) => built(r, "table2"))).toEqual(shown);
      expect(reports.filter((r) => !built(r, "text")).length).toBeGreaterThan(0);
    });
    // and what is built is what parsing gives
    expect(json(reports)).toEqual(json(parsed.reports));
  });

  it("makes a report's passages only when they are read, not with its text (a figure's quote reads the text and sections)", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    for (const r of reports) {
      expect(r.sections.length).toBeGreaterThan(0);
      expect(r.text.length).toBeGreaterThan(0);
      expect(built(r, "sections") && built(r, "text") && built(r, "spans")).toBe(true);
      expect(built(r, "passages")).toBe(false);
    }
    // read, they are the parsed report's, each once; a copy made before they are read has them too
    const copies = reports.map((r) => ({ ...r }));
    const first = reports[0] as Report;
    expect(first.passages).toBe(first.passages);
    expect(built(first, "passages")).toBe(true);
    expect(json(reports)).toEqual(json(parsed.reports));
    expect(json(copies)).toEqual(json(parsed.reports));
  });

  it("a cache saved again after one new file copies the others' parts unchanged", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    rmSync(join(data, "leping-2023.txt"));
    await loadCorpus(data, { cacheDir: cache }); // saved again from the lazy reports
    cpSync(join(DATA, "leping-2023.txt"), join(data, "leping-2023.txt"));
    await loadCorpus(data, { cacheDir: cache });
    const again = await loadCorpus(data, { cacheDir: cache });
    expect(json(again.reports)).toEqual(json(parsed.reports));
  });

  it("a damaged report text in the cache is an error naming the report, never a wrong quote, and the cache is read again next time", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const file = join(cache, "reports.v8");
    const bytes = readFileSync(file);
    // the last bytes are the last report's body (the text region is last in the file)
    bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0x55;
    writeFileSync(file, bytes);
    const { reports } = await loadCorpus(data, { cacheDir: cache });
    const last = reports.find((r) => r.file === parsed.reports.at(-1)?.file);
    expect(() => last?.text).toThrow(/damaged/);
    expect(existsSync(file)).toBe(false);
    const again = await loadCorpus(data, { cacheDir: cache });
    expect(json(again.reports)).toEqual(json(parsed.reports));
  });

  it("a byte damaged anywhere in the cache gives an error or the parsed report, never another figure or ranking", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const file = join(cache, "reports.v8");
    const good = readFileSync(file);
    const rank = (reports: Report[]) => memoryStore(reports).rankField(2023, { table: "table2", rows: ["new"], label: "" }, [], false).scored.map((x) => [x.file, x.value]);
    const want = rank(parsed.reports);
    let errors = 0;
    for (let k = 1; k <= 24; k++) {
      const bytes = Buffer.from(good);
      const at = Math.floor((good.length * k) / 25);
      bytes[at] = (bytes[at] ?? 0) ^ 0x5a;
      writeFileSync(file, bytes);
      const { reports } = await loadCorpus(data, { cacheDir: cache });
      try {
        expect(rank(reports)).toEqual(want);
        expect(json(reports)).toEqual(json(parsed.reports));
      } catch (e) {
        expect(String(e)).toMatch(/damaged/);
        errors++;
      }
      writeFileSync(file, good);
    }
    expect(errors).toBeGreaterThan(0);
  });

  it("a damaged cell of the rankings' columns is an error, never another ranking", async () => {
    const { data, cache } = scratch();
    const parsed = await loadCorpus(data, { cacheDir: cache });
    const file = join(cache, "reports.v8");
    const bytes = readFileSync(file);
    // the layout report-cache.ts documents: magic and digest line, two lengths, the head, the cells region (index length, index, lists)
    const top = bytes.indexOf(0x0a, 6) + 1;
    const cellsAt = top + 16 + bytes.readDoubleLE(top);
    const listsAt = cellsAt + 8 + bytes.readDoubleLE(cellsAt);
    const listsEnd = cellsAt + bytes.readDoubleLE(top + 8);
    const rank = (reports: Report[]) => memoryStore(reports).rankField(2023, { table: "table2", rows: ["new"], label: "" }, [], false).scored.map((x) => [x.file, x.value]);
    let errors = 0;
    for (let k = 0; k < 16; k++) {
      const bad = Buffer.from(bytes);
      const at = listsAt + Math.floor(((listsEnd - listsAt) * k) / 16);
      bad[at] = (bad[at] ?? 0) ^ 0x5a;
      writeFileSync(file, bad);
      const { reports } = await loadCorpus(data, { cacheDir: cache });
      try {
        // every figure's cells, as every ranking would read them
        for (const r of reports) expect(cachedCells(r)).toBeDefined();
        const cells = cachedCells(reports[0] as Report)?.cells;
        for (let a = 0; a < (cells?.index.addresses.length ?? 0); a++) cells?.list(a);
        expect(rank(reports)).toEqual(rank(parsed.reports));
      } catch (e) {
        expect(String(e)).toMatch(/damaged/);
        errors++;
      }
      writeFileSync(file, bytes);
    }
    expect(errors).toBe(16);
  });
});

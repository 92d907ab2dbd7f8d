/**
 * Rankings kept per year and figure beside the report cache (`rankings.v8`): for every year of the
 * cache and every figure the lexicon names (its default column), the year's reports stating it,
 * best first, with their values, and those lacking it — by the reports' rows in the cache. Made
 * once per cache, when the cache is written (report-cache.ts saveReportCache), or at a store's
 * first ranking when the file is missing or was made by other rules (a cache written by older
 * code); so a year's first ranking by a figure reads one sorted run (tens of KB) instead of that
 * figure's cells of ~8 000 reports and valuing and sorting them (50 000 reports: 20–30 of 68
 * rankings over 10 ms of CPU, and every first indicator ranking).
 *
 * Never stale: the file names the cache it was made from (the digest of the cache's head, which
 * covers every report's key and blobs and the cells' digests) and the rules it was made with (a hash
 * of the sources deciding a figure's value and the order); either differing, it is made again. Each
 * run is checked against its own digest when first read: a damaged one is not used (the store
 * reads the cells as without this file), never a wrong ranking. Values are made by the one rule both
 * stores rank with (figure-value.ts metricValuer through store/ranking.ts rankPlaces), so a stored
 * ranking is the ranking the cells give, place for place (test/store/stored-rankings.test.ts).
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { METRIC_LEXICON, type Metric } from "../answers/lexicon.ts";
import { metricValuer } from "../answers/figure-value.ts";
import { YearCells, type CellColumns } from "../index/report-cache-cells.ts";
import type { TemplateId } from "../index/template.ts";
import { figureCells, rankPlaces } from "./ranking.ts";

export const RANKINGS_FILE = "rankings.v8";
const MAGIC = "NBRK1\n";
const TOP = MAGIC.length + 64 + 1;
const SUM = 16;
/** Per run: its offset in the data region, how many reports state the figure, how many lack it. */
const AT = 3;

/** A year's ranking by a figure, by the reports' rows in the cache: best first (the larger value first, ties by row). */
export interface StoredRanking {
  order: Uint32Array;
  /** Each ranked report's value, in `order`'s order. */
  values: Float64Array;
  /** The rows of the reports lacking the figure, ascending. */
  lacking: Uint32Array;
}

/** The cache a store's reports came from, as stored-rankings needs it (report-cache.ts Source). */
export interface RankedCache {
  /** The cache file (reports.v8); the rankings are kept beside it. */
  readonly file: string;
  /** The SHA-256 (hex) of the cache's head. */
  readonly digest: string;
  readonly cells: CellColumns;
  template(i: number): TemplateId;
}

/** What a figure's value depends on (a metric's label does not): the key of its stored rankings. */
export function figureKey(metric: Metric, columns: readonly string[]): string {
  if (metric.table === "table2") return `table2|${metric.rows.join(",")}|${(columns.length ? columns : ["total"]).join(",")}`;
  if (metric.table === "table1") return `table1|${metric.item}|${metric.column}|${metric.columnAsked ? 1 : 0}${metric.byMeasure ? "|measure" : ""}`;
  return `table3|${metric.groups.join(",")}|${metric.column}`;
}

/** The figures kept: each figure the lexicon names, in its default column (what a ranking question and an indicator's terms mostly ask). */
export function keptFigures(): { metric: Metric; columns: string[] }[] {
  const out = new Map<string, { metric: Metric; columns: string[] }>();
  for (const { target } of METRIC_LEXICON) {
    const metric: Metric = target.table === "table3" ? { ...target, column: "total" } : target;
    const key = figureKey(metric, []);
    if (!out.has(key)) out.set(key, { metric, columns: [] });
  }
  return [...out.values()];
}

/** The sources deciding a figure's value and a ranking's order: a change to any makes the stored rankings again. */
const RULES = ["answers/figure-value", "answers/lexicon", "index/template", "index/report-cache-cells", "store/ranking", "store/stored-rankings"];
let rules: string | undefined;

export function rulesVersion(): string {
  if (rules) return rules;
  // the sources even when running the compiled build (as report-cache.ts readerVersion); the compiled files when shipped without them
  const sources = fileURLToPath(new URL("../../src/", import.meta.url));
  const [root, ext] = existsSync(sources) ? [sources, ".ts"] : [fileURLToPath(new URL("../", import.meta.url)), ".js"];
  const h = createHash("sha256");
  for (const f of RULES) {
    const p = join(root, `${f}${ext}`);
    h.update(f).update(existsSync(p) ? readFileSync(p) : "missing");
  }
  return (rules = h.digest("hex").slice(0, 16));
}

interface Head {
  cache: string;
  rules: string;
  keys: string[];
  years: number[];
  /** Per figure k and year y (run k × years + y): AT numbers. */
  at: Float64Array;
  sums: Uint8Array;
}

type Read = (run: number) => StoredRanking | null;

/** The stored rankings of one cache: each run read (and checked) the first time it is asked for. */
export class StoredRankings {
  readonly #keys: Map<string, number>;
  readonly #years: Map<number, number>;
  readonly #runs: (StoredRanking | null | undefined)[] = [];
  constructor(
    keys: readonly string[],
    years: readonly number[],
    private readonly read: Read,
  ) {
    this.#keys = new Map(keys.map((k, i) => [k, i]));
    this.#years = new Map(years.map((y, i) => [y, i]));
  }
  /** The year's ranking by the figure, or null when it is not kept (another column, a figure the lexicon does not name alone). */
  get(year: number, metric: Metric, columns: readonly string[]): StoredRanking | null {
    const k = this.#keys.get(figureKey(metric, columns));
    const y = this.#years.get(year);
    if (k === undefined || y === undefined) return null;
    const run = k * this.#years.size + y;
    if (this.#runs[run] === undefined) this.#runs[run] = this.read(run);
    return this.#runs[run] ?? null;
  }
}

/**
 * Every kept figure's ranking of every year of the cache's cells; null for one whose cells could not
 * be read (a damaged run: that ranking reads the cells when asked, and says the cache is damaged).
 */
export function makeRankings(cells: CellColumns, template: (i: number) => TemplateId): { keys: string[]; years: number[]; runs: (StoredRanking | null)[] } {
  const { years: yearOf, yearList } = cells.index;
  const figures = keptFigures();
  const years = Array.from(yearList);
  const runs: (StoredRanking | null)[] = new Array(figures.length * years.length).fill(null);
  years.forEach((year, y) => {
    // the year's rows in the cache, ascending: a report's place among them
    const rows: number[] = [];
    for (let i = 0; i < yearOf.length; i++) if (yearOf[i] === year) rows.push(i);
    const slot = new Int32Array(yearOf.length).fill(-1);
    rows.forEach((i, p) => (slot[i] = p));
    const at = new YearCells(rows.length, (p) => template(rows[p] as number));
    figures.forEach(({ metric, columns }, k) => {
      try {
        cells.fillYear(figureCells(metric, columns), year, slot, at);
      } catch {
        return;
      }
      const value = metricValuer(at, metric, columns);
      const ranked = rankPlaces(rows.length, (p) => value(p), false);
      const order = new Uint32Array(ranked.order.length);
      const values = new Float64Array(ranked.order.length);
      ranked.order.forEach((p, j) => {
        order[j] = rows[p] as number;
        values[j] = ranked.values[p] as number;
      });
      runs[k * years.length + y] = { order, values, lacking: Uint32Array.from(ranked.lacking, (p) => rows[p] as number) };
    });
  });
  return { keys: figures.map((f) => figureKey(f.metric, f.columns)), years, runs };
}

function runBytes(r: StoredRanking): Buffer[] {
  return [Buffer.from(r.order.buffer, r.order.byteOffset, r.order.byteLength), Buffer.from(r.lacking.buffer, r.lacking.byteOffset, r.lacking.byteLength), Buffer.from(r.values.buffer, r.values.byteOffset, r.values.byteLength)];
}

function runSum(parts: readonly Uint8Array[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest().subarray(0, SUM);
}

/**
 * Make the cache's rankings and write them beside it (atomically: a temporary file, then rename).
 * Returns them (in memory) even when they could not be written (a read-only folder).
 */
export function saveRankings(cache: Pick<RankedCache, "file" | "digest" | "cells" | "template">): StoredRankings {
  const { keys, years, runs } = makeRankings(cache.cells, (i) => cache.template(i));
  const stored = new StoredRankings(keys, years, (run) => runs[run] ?? null);
  const at = new Float64Array(runs.length * AT);
  const sums = new Uint8Array(runs.length * SUM);
  const data: Buffer[] = [];
  let offset = 0;
  runs.forEach((r, x) => {
    if (!r) {
      at.set([offset, -1, -1], x * AT);
      return;
    }
    const parts = runBytes(r);
    at.set([offset, r.order.length, r.lacking.length], x * AT);
    sums.set(runSum(parts), x * SUM);
    data.push(...parts);
    offset += parts.reduce((n, b) => n + b.length, 0);
  });
  const head = v8.serialize({ cache: cache.digest, rules: rulesVersion(), keys, years, at, sums } satisfies Head);
  const len = Buffer.alloc(8);
  len.writeDoubleLE(head.length, 0);
  const top = Buffer.from(`${MAGIC}${createHash("sha256").update(len).update(head).digest("hex")}\n`, "latin1");
  const file = join(dirname(cache.file), RANKINGS_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([top, len, head, ...data]));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
  return stored;
}

/** The rankings kept beside the cache, when made from this cache by these rules; null otherwise (missing, stale, damaged). */
export function openRankings(cache: Pick<RankedCache, "file" | "digest">): StoredRankings | null {
  const file = join(dirname(cache.file), RANKINGS_FILE);
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    return null;
  }
  try {
    const top = Buffer.alloc(TOP + 8);
    if (readSync(fd, top, 0, top.length, 0) !== top.length || top.toString("latin1", 0, MAGIC.length) !== MAGIC) return close(fd);
    const headLen = top.readDoubleLE(TOP);
    if (!Number.isInteger(headLen) || headLen <= 0 || headLen > 64 * 1024 * 1024) return close(fd);
    const head = Buffer.allocUnsafe(headLen);
    if (readSync(fd, head, 0, headLen, TOP + 8) !== headLen) return close(fd);
    if (createHash("sha256").update(top.subarray(TOP)).update(head).digest("hex") !== top.toString("latin1", MAGIC.length, MAGIC.length + 64)) return close(fd);
    const h = v8.deserialize(head) as Partial<Head>;
    if (h.cache !== cache.digest || h.rules !== rulesVersion() || !Array.isArray(h.keys) || !Array.isArray(h.years) || !(h.at instanceof Float64Array) || !(h.sums instanceof Uint8Array)) return close(fd);
    const runs = h.keys.length * h.years.length;
    if (h.at.length !== runs * AT || h.sums.length !== runs * SUM) return close(fd);
    const { at, sums } = h;
    const dataAt = TOP + 8 + headLen;
    const handle = { fd };
    const stored = new StoredRankings(h.keys, h.years, (run) => {
      const [offset, scored, lacking] = [at[run * AT] as number, at[run * AT + 1] as number, at[run * AT + 2] as number];
      if (scored < 0 || lacking < 0) return null;
      const r: StoredRanking = { order: new Uint32Array(scored), values: new Float64Array(scored), lacking: new Uint32Array(lacking) };
      const parts = runBytes(r);
      let pos = dataAt + offset;
      for (const p of parts) {
        if (readAll(handle.fd, p, pos) !== p.length) return null;
        pos += p.length;
      }
      // a damaged run is not used: the ranking is made from the cells instead
      return Buffer.from(runSum(parts)).equals(sums.subarray(run * SUM, (run + 1) * SUM)) ? r : null;
    });
    closer.register(stored, handle);
    return stored;
  } catch {
    return close(fd);
  }
}

function close(fd: number): null {
  closeSync(fd);
  return null;
}

function readAll(fd: number, into: Uint8Array, at: number): number {
  let n = 0;
  while (n < into.length) {
    const got = readSync(fd, into, n, into.length - n, at + n);
    if (got <= 0) break;
    n += got;
  }
  return n;
}

/** The file stays open while its rankings may be read (a newer one replaces it by rename, so the open file keeps its bytes). */
const closer = new FinalizationRegistry<{ fd: number }>((h) => closeSync(h.fd));

const byCache = new WeakMap<RankedCache, StoredRankings | null>();

/**
 * The cache's rankings: the file beside it, or made now (and written) when it is missing or stale.
 * Null when the cache file is no longer this one (reports loaded from a cache that the same load then
 * wrote again, a file having changed): the new cache's rankings were written with it, for the next
 * start, and these reports' rankings are made from their cells as without this file. Once per cache
 * per process.
 */
export function rankingsOf(cache: RankedCache): StoredRankings | null {
  let r = byCache.get(cache);
  if (r === undefined) byCache.set(cache, (r = openRankings(cache) ?? (isCurrent(cache) ? saveRankings(cache) : null)));
  return r;
}

/** Whether the cache file is (still) the one these rankings would be made from: its head's digest is the cache's. */
function isCurrent(cache: Pick<RankedCache, "file" | "digest">): boolean {
  try {
    const fd = openSync(cache.file, "r");
    try {
      // the cache's first line is its magic, the second the head's digest (report-cache.ts)
      const top = Buffer.alloc(128);
      const n = readSync(fd, top, 0, top.length, 0);
      const at = top.subarray(0, n).indexOf(0x0a) + 1;
      return at > 0 && at + 64 <= n && top.toString("latin1", at, at + 64) === cache.digest;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

/**
 * Parsed reports kept between runs, so a large corpus starts in seconds instead of being read
 * again. Reports are keyed by file name and a hash of the file's bytes (name, size and mtime were
 * fooled by `cp -p`, `rsync -a` and unzip, which keep both); a file whose size, mtime, ctime and
 * inode all match the cache's record is not read or hashed again (as git does: ctime is set by the
 * kernel on every change and no copying tool can set it). The whole cache is dropped when the
 * reader's own code or a library that turns files into text changes (pdfjs-dist, mammoth,
 * htmlparser2, iconv-lite) or V8's format does.
 *
 * Loading does not build every report (50 000 reports took 10 s that way), nor read the reports'
 * parsed parts (reading and hashing them took 7 s of CPU at 50 000). Only the head is read and
 * checked at start: names, years and files of all reports (the index needs them), each report's
 * blob offsets and digests. Each report is five V8-serialized blobs, read from disk (positioned
 * reads on the cache file) and built into objects on first use, each checked against its own
 * SHA-256 first: a damaged one is an error naming the report (the cache is then deleted, so the
 * next start or /reload reads the reports again), never a wrong figure or quote:
 *  - tables (table1–3): what an answer's figures come from;
 *  - figures (narrative figures): what a figure stated in the text reads;
 *  - notes (how cells were read, repairs, warnings, and the checks that do not hold): what a
 *    figure's doubts and warnings read — a ranking's or a report list's line reads its report's
 *    tables and notes (a few hundred bytes beside them), never all its checks or its text;
 *  - checks (every check, deflated): /check and the consistency answers;
 *  - body (text, sections, passages, spans): quotes and search.
 * Rankings read no blob to rank: every report's numeric cells are also kept as columns
 * (report-cache-cells.ts), a figure's cells of a year read and checked the first time a ranking
 * of that year needs them.
 */
import { createHash } from "node:crypto";
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, rmSync } from "node:fs";
import type { Stats } from "node:fs";
import { createRequire } from "node:module";
import { mkdir, open, rename, rm } from "node:fs/promises";
import v8 from "node:v8";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { displayText } from "./read/passages.ts";
import type { Check, Passage, Report } from "./schema.ts";
import { CELL_SUM, CellColumns, CellColumnsBuilder, isCellIndex, listSum, type BuiltCells } from "./report-cache-cells.ts";

type Head = Pick<Report, "file" | "title" | "agency" | "region" | "body" | "year" | "template">;
type Tables = Pick<Report, "table1" | "table2" | "table3">;
type Figures = Pick<Report, "narrative">;
/** What a line of a ranking or of the report list reads beside the tables; `broken`: the checks that do not hold, in their order. */
type Notes = Pick<Report, "readings" | "repairs" | "warnings"> & { broken: Check[] };
/** Passage texts are slices of the report's text: kept as offsets, sliced on first use. */
type Body = Pick<Report, "text" | "original" | "sections" | "spans"> & { passages: Omit<Passage, "text">[] };

const TABLES = ["table1", "table2", "table3"] as const;
const FIGURES = ["narrative"] as const;
const NOTES = ["readings", "repairs", "warnings"] as const;
const BODY = ["text", "original", "sections", "passages", "spans"] as const;
/** A report's blobs, in the file's order (the body last). */
const TABLES_BLOB = 0;
const FIGURES_BLOB = 1;
const NOTES_BLOB = 2;
const CHECKS_BLOB = 3;
const BODY_BLOB = 4;

/** What identifies a file's version without reading it: size, mtime, ctime, inode. */
export type StatSig = [number, number, number, number];

export function statSig(s: Stats): StatSig {
  return [s.size, s.mtimeMs, s.ctimeMs, s.ino];
}

export function sameSig(a: StatSig | null, b: StatSig): boolean {
  return !!a && a.every((v, i) => v === b[i]);
}

/**
 * The head of a cache file: a column per field and a row per report (a few arrays, not objects per
 * report: 50 000 reports' records deserialize in milliseconds).
 */
interface Columns {
  version: string;
  keys: string[];
  heads: Head[];
  /** Per report: size, mtime, ctime, inode (NaN: not known). */
  stats: Float64Array;
  /** Per report: offset of its blobs (tables, figures, notes, checks, body, in that order) and each one's length. */
  at: Float64Array;
  /** Per report: the first 16 bytes of the SHA-256 of each of its blobs. */
  sums: Uint8Array;
  /** The cells region's length, and the SHA-256 (hex) of its index (each address's cells have their own). */
  cellsLength: number;
  cellsSum: string;
}

const BLOBS = 5;
/** A report's entry in `at`: its blobs' offset, then each one's length. */
const AT = BLOBS + 1;
const SUM = 16;

/**
 * A loaded cache file: the head in memory; each report's blobs read from disk when the report
 * is built (positioned reads, each checked against its digest), and the cell columns read and
 * checked on the first ranking.
 */
class Source {
  #cells: CellColumns | null = null;
  constructor(
    readonly file: string,
    readonly handle: { fd: number },
    readonly cols: Columns,
    readonly cellsStart: number,
    readonly blobStart: number,
    /** The SHA-256 (hex) of the head: what the rankings kept beside the cache were made from (store/stored-rankings.ts). */
    readonly digest: string,
  ) {}
  /** Report i's template. */
  template(i: number): Report["template"] {
    return (this.cols.heads[i] as Head).template;
  }
  #damaged(what: string): never {
    rmSync(this.file, { force: true });
    throw new Error(`${what}: the report cache (${this.file}) is damaged; it was deleted and the reports are read again at the next start or /reload`);
  }
  #read(at: number, len: number): Buffer {
    const buf = Buffer.allocUnsafe(len);
    let n = 0;
    while (n < len) {
      const got = readSync(this.handle.fd, buf, n, len - n, at + n);
      if (got <= 0) break;
      n += got;
    }
    return n === len ? buf : buf.subarray(0, n);
  }
  /** Blob k (TABLES_BLOB … BODY_BLOB) of report i, checked. */
  blob(i: number, k: number): Buffer {
    const at = this.cols.at;
    let off = at[i * AT] as number;
    for (let b = 0; b < k; b++) off += at[i * AT + 1 + b] as number;
    const len = at[i * AT + 1 + k] as number;
    const buf = this.#read(this.blobStart + off, len);
    const want = this.cols.sums.subarray((i * BLOBS + k) * SUM, (i * BLOBS + k + 1) * SUM);
    if (buf.length !== len || !createHash("sha256").update(buf).digest().subarray(0, SUM).equals(want)) this.#damaged(this.cols.heads[i]?.file ?? "a report");
    return buf;
  }
  /** The cell columns' index, read and checked on first use; each address's cells of a year when a ranking first needs them. */
  get cells(): CellColumns {
    if (this.#cells) return this.#cells;
    const top = this.#read(this.cellsStart, 8);
    const indexLen = top.length === 8 ? top.readDoubleLE(0) : NaN;
    const buf = Number.isInteger(indexLen) && indexLen >= 0 && indexLen < this.cols.cellsLength ? this.#read(this.cellsStart + 8, indexLen) : Buffer.alloc(0);
    if (buf.length !== indexLen || createHash("sha256").update(top).update(buf).digest("hex") !== this.cols.cellsSum) this.#damaged("the tables' cells");
    let index: unknown;
    try {
      index = v8.deserialize(buf);
    } catch {
      index = null;
    }
    if (!isCellIndex(index, this.cols.keys.length)) this.#damaged("the tables' cells");
    const { start, sums } = index;
    const total = start[start.length - 1] as number;
    const reportsAt = this.cellsStart + 8 + indexLen;
    const valuesAt = reportsAt + total * 4;
    if (valuesAt + total * 8 !== this.cellsStart + this.cols.cellsLength) this.#damaged("the tables' cells");
    return (this.#cells = new CellColumns(index, (x) => {
      const [from, to] = [start[x] as number, start[x + 1] as number];
      const reports = new Uint32Array(to - from);
      const values = new Float64Array(to - from);
      const r = this.#readInto(new Uint8Array(reports.buffer), reportsAt + from * 4);
      const v = this.#readInto(new Uint8Array(values.buffer), valuesAt + from * 8);
      if (!r || !v || !Buffer.from(listSum(reports, values)).equals(sums.subarray(x * CELL_SUM, (x + 1) * CELL_SUM))) this.#damaged("the tables' cells");
      return { reports, values };
    }));
  }
  #readInto(into: Uint8Array, at: number): boolean {
    let n = 0;
    while (n < into.length) {
      const got = readSync(this.handle.fd, into, n, into.length - n, at + n);
      if (got <= 0) return false;
      n += got;
    }
    return true;
  }
}

/**
 * A cache file stays open while reports built from it live (a newer cache replaces it by rename,
 * so the open file keeps its bytes): closed when the last of them is collected.
 */
const closer = new FinalizationRegistry<{ fd: number }>((h) => closeSync(h.fd));

/** Where a lazily built report's blobs are (saving copies them instead of building the report). */
interface Raw {
  source: Source;
  i: number;
}
/** Not enumerable: a copy of the report (`{ ...report }`) is not tied to the cache. */
const SLOT = Symbol("nianbao.cached");

type Lazy = Report & { [SLOT]: Raw };

/** Replace a group's accessors on the report with its values (data properties, as parsing makes them); a field set otherwise (see renamed) stays. */
function fill(r: Lazy, values: Record<string, unknown>, keys: readonly string[]): void {
  // one defineProperties for the group (a defineProperty per field was the most of a ranking's own CPU at 50 000 reports)
  const props: PropertyDescriptorMap = {};
  for (const k of keys) {
    if (Object.getOwnPropertyDescriptor(r, k)?.get !== SHARED.get(k)) continue;
    props[k] = { value: values[k], writable: true, enumerable: true, configurable: true };
  }
  Object.defineProperties(r, props);
  if (scopes > 0) builtInScope.push([r, Object.keys(props)]);
}

/**
 * Report parts built while an answer runs are given back when it returns (`releasingParts`): the
 * report's accessors put back, so an answer keeps none of them. Kept, they were most of what each
 * young collection copied (a report's tables, notes and text, deserialized for one answer, copied
 * to the survivor space and then to the old generation); asked again, a part is read again
 * (50–200 µs). Parts built outside an answer (a search index built, a cache saved) stay.
 */
let scopes = 0;
const builtInScope: [Lazy, readonly string[]][] = [];

/** `fn()`, the report parts built while it runs given back when the outermost such call returns. */
export function releasingParts<T>(fn: () => T): T {
  scopes++;
  try {
    return fn();
  } finally {
    if (--scopes === 0) releaseParts();
  }
}

function releaseParts(): void {
  for (const [r, keys] of builtInScope) {
    const props: PropertyDescriptorMap = {};
    for (const k of keys) props[k] = DESCRIPTOR_MAP[k] as PropertyDescriptor;
    // the body's passages, made or not (lazyPassages), go with its text
    if (keys.includes("text")) props.passages = DESCRIPTOR_MAP.passages as PropertyDescriptor;
    if (keys.includes("readings")) delete (r as Noted)[BROKEN];
    Object.defineProperties(r, props);
  }
  builtInScope.length = 0;
}

function buildTables(r: Lazy): void {
  const { source, i } = r[SLOT];
  fill(r, v8.deserialize(source.blob(i, TABLES_BLOB)) as Tables, TABLES);
}
function buildFigures(r: Lazy): void {
  const { source, i } = r[SLOT];
  fill(r, v8.deserialize(source.blob(i, FIGURES_BLOB)) as Figures, FIGURES);
}
/** The checks that do not hold, kept on a report once its notes are read (not enumerable: not a field of the report). */
const BROKEN = Symbol("nianbao.broken");
type Noted = Lazy & { [BROKEN]?: Check[] };
/** The notes blob, read once per report: its fields, and the broken checks brokenChecks gives. */
function buildNotes(r: Noted): void {
  const { source, i } = r[SLOT];
  const notes = v8.deserialize(source.blob(i, NOTES_BLOB)) as Notes;
  fill(r, notes, NOTES);
  Object.defineProperty(r, BROKEN, { value: notes.broken, enumerable: false, writable: true, configurable: true });
}
const BLOB_NUMBERS = [TABLES_BLOB, FIGURES_BLOB, NOTES_BLOB, CHECKS_BLOB, BODY_BLOB];
function buildBody(r: Lazy): void {
  const { source, i } = r[SLOT];
  const body = v8.deserialize(source.blob(i, BODY_BLOB)) as Body;
  const lazy = Object.getOwnPropertyDescriptor(r, "passages")?.get === SHARED.get("passages");
  fill(r, body, BODY_BUT_PASSAGES);
  // the passages made on their first read: a figure's quote reads the text, its spans and sections,
  // and most answers no passage (their objects were a third of what answers kept on reports)
  if (lazy) Object.defineProperty(r, "passages", lazyPassages(body.passages, body.text));
}
const BODY_BUT_PASSAGES = BODY.filter((k) => k !== "passages");

/** The passages' accessor of one report whose body is built: its passages made on first read, then a data property. */
function lazyPassages(raw: Body["passages"], text: string): PropertyDescriptor {
  return {
    configurable: true,
    enumerable: true,
    get(this: Lazy) {
      const value = raw.map((p) => new LazyPassage(p, text));
      Object.defineProperty(this, "passages", { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(this: Lazy, value: unknown) {
      Object.defineProperty(this, "passages", { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

/** One accessor per field, shared by every report (no closure per report): builds the field's group on first read. */
function accessor(key: string, build: (r: Lazy) => void): PropertyDescriptor {
  return {
    configurable: true,
    enumerable: true,
    get(this: Lazy) {
      build(this);
      return (this as unknown as Record<string, unknown>)[key];
    },
    set(this: Lazy, value: unknown) {
      Object.defineProperty(this, key, { value, writable: true, enumerable: true, configurable: true });
    },
  };
}

function buildChecks(r: Lazy): void {
  const { source, i } = r[SLOT];
  fill(r, { checks: v8.deserialize(inflateRawSync(source.blob(i, CHECKS_BLOB))) }, ["checks"]);
}

/**
 * The report's checks that do not hold, in their order (`report.checks.filter((c) => !c.holds)`):
 * for a cached report whose checks were not built, from its notes (a ranking's line, the report
 * list), without reading every check.
 */
export function brokenChecks(report: Pick<Report, "checks">): Check[] {
  if (SLOT in report && Object.getOwnPropertyDescriptor(report, "checks")?.get === SHARED.get("checks")) {
    const r = report as Noted;
    if (!r[BROKEN]) buildNotes(r);
    return r[BROKEN] as Check[];
  }
  return report.checks.filter((c) => !c.holds);
}

/** The report's fields in the schema's order (what `check --json` prints), each built on first use. */
const DESCRIPTORS: [string, PropertyDescriptor][] = [
  ["text", accessor("text", buildBody)],
  ["original", accessor("original", buildBody)],
  ["sections", accessor("sections", buildBody)],
  ["passages", accessor("passages", buildBody)],
  ["table1", accessor("table1", buildTables)],
  ["table2", accessor("table2", buildTables)],
  ["table3", accessor("table3", buildTables)],
  ["spans", accessor("spans", buildBody)],
  ["narrative", accessor("narrative", buildFigures)],
  ["readings", accessor("readings", buildNotes)],
  ["checks", accessor("checks", buildChecks)],
  ["repairs", accessor("repairs", buildNotes)],
  ["warnings", accessor("warnings", buildNotes)],
];

const SHARED = new Map(DESCRIPTORS.map(([k, d]) => [k, d.get]));

/**
 * The report under the name another year's report gives its agency (corpus.ts unifyAgencies),
 * with a warning saying so — without building a cached report: the copy's parts stay lazy.
 */
export function renamed(r: Report, agency: string, body: Report["body"], warning: string): Report {
  const copy = copyRenamed(r, agency, body, warning);
  // what it was read from goes with it: a snapshot made after reading files is the one the next start, from the cache, expects
  const source = sources.get(r);
  if (source) sources.set(copy, source);
  return copy;
}

function copyRenamed(r: Report, agency: string, body: Report["body"], warning: string): Report {
  if (!(SLOT in r)) return { ...r, agency, body, warnings: [...r.warnings, warning] };
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(r)) as Report;
  copy.agency = agency;
  copy.body = body;
  Object.defineProperty(copy, "warnings", {
    configurable: true,
    enumerable: true,
    get() {
      const value = [...r.warnings, warning];
      Object.defineProperty(copy, "warnings", { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value: unknown) {
      Object.defineProperty(copy, "warnings", { value, writable: true, enumerable: true, configurable: true });
    },
  });
  return copy;
}

/**
 * The cache a cached report came from (its file, head digest, cell columns and templates: what the
 * rankings kept beside it need) and the report's index in it; undefined for a report not from the cache.
 */
export function cachedSource(report: Report): { source: Source; i: number } | undefined {
  return (report as Partial<Lazy>)[SLOT];
}

/** A cached report's table cells as the cache's columns hold them (report index i), or undefined for a report not from the cache. */
export function cachedCells(report: Report): { cells: CellColumns; i: number } | undefined {
  const raw = (report as Partial<Lazy>)[SLOT];
  return raw ? { cells: raw.source.cells, i: raw.i } : undefined;
}

/** Every accessor at once: one defineProperties on an object literal is ~8× faster than a spread and twelve defineProperty (50 000 reports: 0.3 s against 2.4 s). */
const DESCRIPTOR_MAP: PropertyDescriptorMap = Object.fromEntries(DESCRIPTORS);

function lazyReport(source: Source, i: number): Report {
  const h = source.cols.heads[i] as Head;
  // the head's fields in the order saved (the order parsing gives, which `check --json` prints)
  const r = (h.body
    ? { file: h.file, title: h.title, agency: h.agency, region: h.region, body: h.body, year: h.year, template: h.template }
    : { file: h.file, title: h.title, agency: h.agency, region: h.region, year: h.year, template: h.template }) as unknown as Lazy;
  Object.defineProperties(r, DESCRIPTOR_MAP);
  Object.defineProperty(r, SLOT, { value: { source, i }, enumerable: false });
  return r;
}

/** A passage whose text is sliced from the report on first use (a prototype getter: cheap to create). */
class LazyPassage implements Passage {
  readonly id: string;
  readonly section: number;
  readonly start: number;
  readonly end: number;
  readonly #source: string;
  #text: string | undefined;
  constructor(p: Omit<Passage, "text">, source: string) {
    this.id = p.id;
    this.section = p.section;
    this.start = p.start;
    this.end = p.end;
    this.#source = source;
  }
  get text(): string {
    return (this.#text ??= displayText(this.#source.slice(this.start, this.end)));
  }
  toJSON(): Passage {
    return { id: this.id, section: this.section, text: this.text, start: this.start, end: this.end };
  }
}

const CACHE_FILE = "reports.v8";
/**
 * “NBRC9”, a newline, the SHA-256 (hex) of the lengths and the head, a newline, the head's and the
 * cells region's lengths (float64 LE), the head (V8: version and columns), the cells region (see
 * cellRegion), then each report's tables, figures and body blobs.
 */
const MAGIC = "NBRC9\n";
const HEAD = MAGIC.length + 64 + 1;
const LENGTHS = 16;

function digest(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** Identifies a file by its name and its bytes. */
export function fileKey(name: string, data: Uint8Array): string {
  return `${name}|${digest(data)}`;
}

/** Libraries whose output the reader parses: a new version may read the same file differently. */
const SOURCE_LIBRARIES = ["@embedpdf/pdfium", "pdfjs-dist", "mammoth", "htmlparser2", "iconv-lite"];

/** A package's version from its package.json, found upwards from its entry point (some packages do not export package.json). */
export function packageVersion(name: string, from: string = import.meta.url): string {
  try {
    let dir = dirname(createRequire(from).resolve(name));
    for (;;) {
      const pkg = join(dir, "package.json");
      if (existsSync(pkg)) {
        const parsed = JSON.parse(readFileSync(pkg, "utf8")) as { name?: unknown; version?: unknown };
        if (parsed.name === name && typeof parsed.version === "string") return parsed.version;
      }
      const up = dirname(dir);
      if (up === dir) return "unknown";
      dir = up;
    }
  } catch {
    return "unknown";
  }
}

let version: string | null = null;

/** Hash of the reader's source (src/index minus the search index and its name table): a code change invalidates the cache. */
export function readerVersion(): string {
  if (version) return version;
  // the sources even when running the compiled build (bin/entry.mjs), which is made from them: the
  // cache is the same cache either way; the compiled files themselves when shipped without sources
  const sources = fileURLToPath(new URL("../../src/index/", import.meta.url));
  const root = existsSync(sources) ? sources : dirname(fileURLToPath(import.meta.url));
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js)$/.test(e.name) && !/^(search|tokenize|name-table|report-cache(-[a-z]+)?)\./.test(e.name)) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(root);
  version = h.digest("hex").slice(0, 16);
  return version;
}

/** What a cache holds: reports by file key, and what each file was when it was read (by name). */
export interface ReportCache {
  byKey: Map<string, Report>;
  byName: Map<string, { key: string; stat: StatSig | null }>;
  /**
   * Whether the head is the bytes that were saved; nothing read from the cache may be used before
   * it says true. (A promise so the check could run beside the loading; today it is done before
   * loadReportCache returns. Each report's parts are checked when they are read.)
   */
  intact: Promise<boolean>;
}

/** Cached reports; empty when there is no cache, it is damaged, or it is from other reader code. */
export async function loadReportCache(dir: string): Promise<ReportCache> {
  const cache: ReportCache = { byKey: new Map(), byName: new Map(), intact: Promise.resolve(true) };
  const file = join(dir, CACHE_FILE);
  if (!existsSync(file)) return cache;
  let fd: number | null = null;
  try {
    fd = openSync(file, "r");
    const top = Buffer.alloc(HEAD + LENGTHS);
    if (readSync(fd, top, 0, top.length, 0) !== top.length || top.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not a cache");
    const headLen = top.readDoubleLE(HEAD);
    const cellsLen = top.readDoubleLE(HEAD + 8);
    const region = Buffer.allocUnsafe(LENGTHS + headLen);
    if (readSync(fd, region, 0, region.length, HEAD) !== region.length) throw new Error("truncated");
    if (top.toString("latin1", MAGIC.length, MAGIC.length + 64) !== digest(region)) throw new Error("damaged");
    const cols = v8.deserialize(region.subarray(LENGTHS)) as Partial<Columns>;
    if (
      cols.version !== cacheVersion() || !Array.isArray(cols.keys) || !Array.isArray(cols.heads) || !(cols.stats instanceof Float64Array) || !(cols.at instanceof Float64Array) ||
      !(cols.sums instanceof Uint8Array) || cols.sums.length !== cols.keys.length * BLOBS * SUM || cols.cellsLength !== cellsLen || typeof cols.cellsSum !== "string"
    ) {
      throw new Error("other version");
    }
    const handle = { fd };
    fd = null; // the source owns it now
    const cellsStart = HEAD + LENGTHS + headLen;
    const source = new Source(file, handle, cols as Columns, cellsStart, cellsStart + cellsLen, top.toString("latin1", MAGIC.length, MAGIC.length + 64));
    closer.register(source, handle);
    const { keys, heads, stats } = source.cols;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      cache.byKey.set(key, lazyReport(source, i));
      const stat = stats.subarray(i * 4, i * 4 + 4);
      cache.byName.set((heads[i] as Head).file, { key, stat: Number.isNaN(stat[0]) ? null : ([...stat] as StatSig) });
    }
  } catch {
    // a damaged or foreign cache is just read again from the reports
    if (fd !== null) closeSync(fd);
    return { byKey: new Map(), byName: new Map(), intact: Promise.resolve(true) };
  }
  return cache;
}

/** A kept entry's report, stat when read, and file key. */
export interface CacheEntry {
  key: string;
  report: Report;
  stat: StatSig | null;
}

/** Write the cache atomically (temporary file, then rename). Failures are returned, not thrown. */
export async function saveReportCache(dir: string, entries: CacheEntry[]): Promise<string | null> {
  const tmp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    // A cached report's blobs are copied as they are (its data never changes once read); others are serialized.
    const blobs: (() => Buffer[])[] = [];
    const cells = new CellColumnsBuilder();
    const cols: Omit<Columns, "cellsLength" | "cellsSum"> = { version: cacheVersion(), keys: [], heads: [], stats: new Float64Array(entries.length * 4).fill(NaN), at: new Float64Array(entries.length * AT), sums: new Uint8Array(entries.length * BLOBS * SUM) };
    let blobAt = 0;
    for (const [n, { key, report, stat }] of entries.entries()) {
      const raw = (report as Partial<Lazy>)[SLOT];
      let lengths: number[];
      if (raw) {
        const { at, sums } = raw.source.cols;
        lengths = BLOB_NUMBERS.map((k) => at[raw.i * AT + 1 + k] as number);
        cols.sums.set(sums.subarray(raw.i * BLOBS * SUM, (raw.i + 1) * BLOBS * SUM), n * BLOBS * SUM);
        // read when written, a few at a time: the blobs of every report would not fit in memory
        blobs.push(() => BLOB_NUMBERS.map((k) => raw.source.blob(raw.i, k)));
        cells.addFrom(raw.source.cells, raw.i);
      } else {
        // in BLOB_NUMBERS' order
        const made = [
          v8.serialize(pick(report, TABLES)),
          v8.serialize(pick(report, FIGURES)),
          v8.serialize({ ...pick(report, NOTES), broken: report.checks.filter((c) => !c.holds) } satisfies Notes),
          deflateRawSync(v8.serialize(report.checks), { level: 1 }),
          v8.serialize({ ...pick(report, BODY), passages: report.passages.map(({ id, section, start, end }) => ({ id, section, start, end })) }),
        ];
        lengths = made.map((b) => b.length);
        made.forEach((b, k) => cols.sums.set(createHash("sha256").update(b).digest().subarray(0, SUM), (n * BLOBS + k) * SUM));
        blobs.push(() => made);
        cells.addReport(report);
      }
      cols.keys.push(key);
      cols.heads.push({ file: report.file, title: report.title, agency: report.agency, region: report.region, ...(report.body ? { body: report.body } : {}), year: report.year, template: report.template });
      if (stat) cols.stats.set(stat, n * 4);
      cols.at.set([blobAt, ...lengths], n * AT);
      blobAt += lengths.reduce((a, b) => a + b, 0);
    }
    const built = cells.build();
    const cellParts = cellRegion(built);
    const cellsLength = cellParts.reduce((a, b) => a + b.length, 0);
    const cellsSum = createHash("sha256").update(cellParts[0] as Buffer).update(cellParts[1] as Buffer).digest("hex");
    const head = v8.serialize({ ...cols, cellsLength, cellsSum } satisfies Columns);
    const lengths = Buffer.alloc(LENGTHS);
    lengths.writeDoubleLE(head.length, 0);
    lengths.writeDoubleLE(cellsLength, 8);
    const headDigest = createHash("sha256").update(lengths).update(head).digest("hex");
    const out = await open(tmp, "w");
    try {
      await out.writev([Buffer.from(`${MAGIC}${headDigest}\n`, "latin1"), lengths, head, ...cellParts]);
      for (let i = 0; i < blobs.length; i += 256) await out.writev(blobs.slice(i, i + 256).flatMap((b) => b()));
    } finally {
      await out.close();
    }
    await rename(tmp, join(dir, CACHE_FILE));
    // each year's ranking by each figure, made now from the cells just written and kept beside them
    // (store/stored-rankings.ts); a failure leaves them to the store's first ranking, the cache saved either way
    try {
      const { saveRankings } = await import("../store/stored-rankings.ts");
      saveRankings({ file: join(dir, CACHE_FILE), digest: headDigest, cells: CellColumns.built(built), template: (i) => (cols.heads[i] as Head).template });
    } catch {
      // the rankings are made again when a store first needs them
    }
    return null;
  } catch (e) {
    await rm(tmp, { force: true });
    return e instanceof Error ? e.message : String(e);
  }
}

/** The cells region: the index's length (float64 LE), the index (V8), every address's reports (uint32), then values (float64), native byte order. */
function cellRegion(b: BuiltCells): Buffer[] {
  const index = v8.serialize(b.index);
  const len = Buffer.alloc(8);
  len.writeDoubleLE(index.length, 0);
  return [len, index, Buffer.from(b.reports.buffer, b.reports.byteOffset, b.reports.byteLength), Buffer.from(b.values.buffer, b.values.byteOffset, b.values.byteLength)];
}

function pick<K extends keyof Report>(r: Report, keys: readonly K[]): Pick<Report, K> {
  return Object.fromEntries(keys.map((k) => [k, r[k]])) as Pick<Report, K>;
}

/** The reader's code, the libraries it reads files with and V8's serialization format decide whether a cache can be used. */
export function cacheVersion(): string {
  return (cached ??= [readerVersion(), ...SOURCE_LIBRARIES.map((p) => `${p}@${packageVersion(p)}`), `v8-${process.versions.v8}`].join(" "));
}
let cached: string | undefined;

/** The file each report was read from (its file key and the reader's version), for reports loadCorpus gave. */
const sources = new WeakMap<Report, string>();

export function noteSource(report: Report, key: string): void {
  // a cached report knows its key (see sourceOf): 50 000 entries fewer to make at start
  const raw = (report as Partial<Lazy>)[SLOT];
  if (raw && raw.source.cols.keys[raw.i] === key) return;
  sources.set(report, `${key} ${cacheVersion()}`);
}

/**
 * What a report was read from: its file's name and bytes and the reader's code — which decide its
 * text and passages. The search snapshot checks this instead of every report's text, which would
 * read every cached report's body from disk.
 */
export function sourceOf(report: Report): string | undefined {
  const raw = (report as Partial<Lazy>)[SLOT];
  return sources.get(report) ?? (raw ? `${raw.source.cols.keys[raw.i] as string} ${cacheVersion()}` : undefined);
}

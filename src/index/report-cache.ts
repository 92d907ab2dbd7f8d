/**
 * Parsed reports kept between runs, so a large corpus starts in seconds instead of being read
 * again. Reports are keyed by file name, size and modification time; the whole cache is dropped
 * when the reader's own code changes (a hash of its source files). V8's own serialization, not
 * JSON: decoding 180 MB of CJK UTF-8 alone took longer than deserializing (10 000 reports: 1.6 s
 * against 2.6 s).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import v8 from "node:v8";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { displayText } from "./read/passages.ts";
import { reportChecks } from "./read/report.ts";
import type { Passage, Report } from "./schema.ts";

/**
 * What is kept of a report: everything but what can be derived again from the rest — passage
 * texts (slices of the report's text) and the checks (rules over the tables). They come back as
 * properties computed on first use, so a large corpus loads without rebuilding them all.
 */
type Slim = Omit<Report, "checks" | "passages"> & { passages: Omit<Passage, "text">[] };

function slim(r: Report): Slim {
  const { checks: _checks, passages, ...rest } = r;
  return { ...rest, passages: passages.map(({ text: _text, ...p }) => p) };
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

function revive(s: Slim): Report {
  const r = s as unknown as Report;
  r.passages = s.passages.map((p) => new LazyPassage(p, s.text));
  lazy(r, "checks", () => reportChecks(r));
  return r;
}

/** A property computed once, on first read; enumerable, so JSON output is unchanged. */
function lazy<T extends object>(o: T, key: string, make: () => unknown): void {
  Object.defineProperty(o, key, {
    configurable: true,
    enumerable: true,
    get() {
      const value = make();
      Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
      return value;
    },
    set(value: unknown) {
      Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

const CACHE_FILE = "reports.v8";

/** Identifies a file's content cheaply: name, size, modification time. */
export function fileKey(name: string, size: number, mtimeMs: number): string {
  return `${name}|${size}|${Math.round(mtimeMs)}`;
}

let version: string | null = null;

/** Hash of the reader's source (src/index minus the search index): a code change invalidates the cache. */
export function readerVersion(): string {
  if (version) return version;
  const root = dirname(fileURLToPath(import.meta.url));
  const h = createHash("sha256");
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|js)$/.test(e.name) && !/^(search|tokenize|report-cache)\./.test(e.name)) h.update(e.name).update(readFileSync(p));
    }
  };
  walk(root);
  version = h.digest("hex").slice(0, 16);
  return version;
}

/** Cached reports by file key; empty when there is no cache, it is damaged, or it is from other reader code. */
export async function loadReportCache(dir: string): Promise<Map<string, Report>> {
  const cached = new Map<string, Report>();
  const file = join(dir, CACHE_FILE);
  if (!existsSync(file)) return cached;
  try {
    const data = v8.deserialize(await readFile(file)) as { version?: string; entries?: { key: string; report: Slim }[] };
    if (data.version !== cacheVersion() || !Array.isArray(data.entries)) return cached;
    for (const e of data.entries) cached.set(e.key, revive(e.report));
  } catch {
    cached.clear(); // a damaged cache is just read again from the reports
  }
  return cached;
}

/** Write the cache atomically (temporary file, then rename). Failures are returned, not thrown. */
export async function saveReportCache(dir: string, entries: { key: string; report: Report }[]): Promise<string | null> {
  const tmp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(tmp, v8.serialize({ version: cacheVersion(), entries: entries.map((e) => ({ key: e.key, report: slim(e.report) })) }));
    await rename(tmp, join(dir, CACHE_FILE));
    return null;
  } catch (e) {
    await rm(tmp, { force: true });
    return e instanceof Error ? e.message : String(e);
  }
}

/** The reader's code and V8's serialization format both decide whether a cache can be used. */
function cacheVersion(): string {
  return `${readerVersion()}-v8-${process.versions.v8}`;
}

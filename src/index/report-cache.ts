/**
 * Parsed reports kept between runs, so a large corpus starts in seconds instead of being read
 * again. Reports are keyed by file name and a hash of the file's bytes (name, size and time were
 * fooled by `cp -p`, `rsync -a` and unzip, which keep both); the whole cache is dropped when the
 * reader's own code or a library that turns files into text changes (pdfjs-dist, mammoth,
 * htmlparser2, iconv-lite) or V8's format does. The file carries a SHA-256 of its payload: a cache
 * damaged on disk is read again from the reports, never deserialized into wrong figures.
 * V8's own serialization, not JSON: decoding 180 MB of CJK UTF-8 alone took longer than
 * deserializing (10 000 reports: 1.6 s against 2.6 s).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
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
/** “NBRC3”, a newline, the payload's SHA-256 in hex, a newline, then the V8-serialized payload. */
const MAGIC = "NBRC3\n";
const HEAD = MAGIC.length + 64 + 1;

/** Identifies a file by its name and its bytes. */
export function fileKey(name: string, data: Uint8Array): string {
  return `${name}|${createHash("sha256").update(data).digest("hex")}`;
}

/** Libraries whose output the reader parses: a new version may read the same file differently. */
const SOURCE_LIBRARIES = ["pdfjs-dist", "mammoth", "htmlparser2", "iconv-lite"];

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
    const raw = await readFile(file);
    if (raw.toString("latin1", 0, MAGIC.length) !== MAGIC) return cached;
    const payload = raw.subarray(HEAD);
    if (raw.toString("latin1", MAGIC.length, MAGIC.length + 64) !== createHash("sha256").update(payload).digest("hex")) return cached;
    const data = v8.deserialize(payload) as { version?: string; entries?: { key: string; report: Slim }[] };
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
    const payload = v8.serialize({ version: cacheVersion(), entries: entries.map((e) => ({ key: e.key, report: slim(e.report) })) });
    await writeFile(tmp, Buffer.concat([Buffer.from(`${MAGIC}${createHash("sha256").update(payload).digest("hex")}\n`, "latin1"), payload]));
    await rename(tmp, join(dir, CACHE_FILE));
    return null;
  } catch (e) {
    await rm(tmp, { force: true });
    return e instanceof Error ? e.message : String(e);
  }
}

/** The reader's code, the libraries it reads files with and V8's serialization format decide whether a cache can be used. */
export function cacheVersion(): string {
  return [readerVersion(), ...SOURCE_LIBRARIES.map((p) => `${p}@${packageVersion(p)}`), `v8-${process.versions.v8}`].join(" ");
}

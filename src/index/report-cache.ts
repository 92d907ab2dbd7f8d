/**
 * Parsed reports kept between runs, so a large corpus starts in seconds instead of being read
 * again. One JSON line per report, keyed by file name, size and modification time; the whole
 * cache is dropped when the reader's own code changes (a hash of its source files).
 */
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import type { Report } from "./schema.ts";

const CACHE_FILE = "reports.jsonl";

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

/** Cached reports by file key; empty when there is no cache or it is from other reader code. */
export async function loadReportCache(dir: string): Promise<Map<string, Report>> {
  const cached = new Map<string, Report>();
  const file = join(dir, CACHE_FILE);
  if (!existsSync(file)) return cached;
  const lines = createInterface({ input: createReadStream(file, "utf8"), crlfDelay: Infinity });
  let first = true;
  try {
    for await (const line of lines) {
      if (first) {
        first = false;
        const head = JSON.parse(line) as { version?: string };
        if (head.version !== readerVersion()) break;
        continue;
      }
      if (!line) continue;
      const { key, report } = JSON.parse(line) as { key: string; report: Report };
      cached.set(key, report);
    }
  } catch {
    cached.clear(); // a damaged cache is just read again from the reports
  } finally {
    lines.close();
  }
  return cached;
}

/** Write the cache atomically (temporary file, then rename). Failures are returned, not thrown. */
export async function saveReportCache(dir: string, entries: { key: string; report: Report }[]): Promise<string | null> {
  const tmp = join(dir, `${CACHE_FILE}.${process.pid}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    // Line by line: the whole corpus as one string would pass V8's string length limit.
    const out = createWriteStream(tmp);
    const write = async (line: string) => {
      if (!out.write(`${line}\n`)) await once(out, "drain");
    };
    await write(JSON.stringify({ version: readerVersion(), reports: entries.length }));
    for (const e of entries) await write(JSON.stringify(e));
    out.end();
    await once(out, "finish");
    await rename(tmp, join(dir, CACHE_FILE));
    return null;
  } catch (e) {
    await rm(tmp, { force: true });
    return e instanceof Error ? e.message : String(e);
  }
}

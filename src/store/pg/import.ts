/**
 * `nianbao import DIR`: every report file of a folder into the database. The reader pool's worker
 * threads parse (one per core but one, at least one; each file with the pool's time budget); the
 * main thread hashes each file's bytes (a file already stored is not parsed again) and writes each report in its own transaction,
 * several at once, taking them in file-name order; a report waits for an earlier one of the same
 * agency and year, so which of the two is kept does not depend on timing (the first by name, as
 * in memory). Importing again stores nothing new: files are known by the hash of their bytes.
 */
import { availableParallelism } from "node:os";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { isReportFile } from "../../index/corpus.ts";
import { createReaderPool } from "../../index/reader-pool.ts";
import type { LoadError, Report } from "../../index/schema.ts";
import type { PgStore } from "./store.ts";
import { fileHash } from "./write.ts";

type ParseResult =
  | { seq: number; name: string; hash: string; known: true }
  | { seq: number; name: string; hash: string; known: false; report: Report }
  | { seq: number; name: string; error: string };

export interface ImportSummary {
  files: number;
  stored: number;
  /** Files whose bytes were stored before. */
  known: number;
  /** Another file of the same agency and year is stored. */
  twins: LoadError[];
  unreadable: LoadError[];
  ms: number;
}

export interface ImportOptions {
  workers?: number;
  onProgress?: (done: number, total: number, s: Omit<ImportSummary, "files" | "ms">) => void;
}

/**
 * Files read ahead per worker: enough that a worker keeps parsing while the writers wait on the
 * database (at 4 its thread sat idle 22 of 35 s importing 1 000 reports); a parsed report is ~100 KB.
 */
const QUEUE_PER_WORKER = 32;
/** Reports written at once (the store's pool has 4 connections). */
const WRITERS = 4;

export async function importDir(store: PgStore, dir: string, opts: ImportOptions = {}): Promise<ImportSummary> {
  const t0 = performance.now();
  const names = (await readdir(dir)).filter(isReportFile).sort();
  const { rows } = await store.pool.query<{ hash: string }>("SELECT hash FROM reports");
  const known = new Set(rows.map((r) => r.hash));
  const n = Math.max(1, Math.min(opts.workers ?? availableParallelism() - 1, names.length || 1));
  const reader = createReaderPool({ workers: n });
  const parse = async (seq: number, name: string): Promise<ParseResult> => {
    try {
      const data = await readFile(join(dir, name));
      const hash = fileHash(data);
      if (known.has(hash)) return { seq, name, hash, known: true };
      return { seq, name, hash, known: false, report: await reader.read(name, data) };
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      return { seq, name, error: msg.includes(name) ? msg : `${name}: ${msg}` };
    }
  };
  const s = { stored: 0, known: 0, twins: [] as LoadError[], unreadable: [] as LoadError[] };
  try {
    const results = new Map<number, ParseResult>();
    let wake: (() => void) | null = null;
    let failure: Error | null = null;
    const writing = new Set<Promise<void>>();
    const sameKey = new Map<string, Promise<void>>();
    let sent = 0;
    const send = () => {
      while (sent < names.length && sent - done < n * QUEUE_PER_WORKER) {
        void parse(sent, names[sent] as string).then((r) => {
          results.set(r.seq, r);
          wake?.();
        });
        sent++;
      }
    };
    let done = 0;
    send();
    while (done < names.length) {
      let r = results.get(done);
      while (!r) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        r = results.get(done);
      }
      results.delete(done);
      done++;
      send();
      if ("error" in r) s.unreadable.push({ file: r.name, message: r.error });
      else if (r.known) s.known++;
      else {
        // Several writes at once (each waits on the database, not on this process); a report
        // waits for an earlier one of the same agency and year, so the first by name is kept.
        const { report, hash, name } = r;
        const key = `${report.agency}|${report.year}`;
        const before = sameKey.get(key);
        const write: Promise<void> = (async () => {
          if (before) await before;
          const saved = await store.save(report, hash, false);
          if (saved.stored) s.stored++;
          else if (saved.reason === "same_file") s.known++;
          else s.twins.push({ file: name, message: `${name}: the same report as ${saved.twin} (${report.agency} ${report.year}); kept ${saved.twin}` });
        })();
        sameKey.set(key, write);
        writing.add(write);
        void write.then(
          () => {
            writing.delete(write);
            if (sameKey.get(key) === write) sameKey.delete(key);
          },
          (e: unknown) => (failure ??= e instanceof Error ? e : new Error(String(e))),
        );
        while (writing.size >= WRITERS) {
          await Promise.race(writing);
          if (failure) throw failure;
        }
      }
      opts.onProgress?.(done - writing.size, names.length, s);
    }
    await Promise.all(writing);
    opts.onProgress?.(names.length, names.length, s);
  } finally {
    await reader.close();
  }
  if (s.stored) await store.announce();
  return { files: names.length, ...s, ms: performance.now() - t0 };
}

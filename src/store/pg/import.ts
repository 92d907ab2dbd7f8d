/**
 * `nianbao import DIR`: every report file of a folder into the database. The reader pool's worker
 * threads parse (one per core but one, at least one; each file with the pool's time budget); the
 * main thread hashes each file's bytes (a file already stored is not parsed again) and writes the
 * reports in file-name order, 16 to a transaction, three transactions at once (see saveBatch); a
 * batch waits for an earlier one holding a report of the same agency and year, so which of the two
 * is kept does not depend on timing (the first by name, as in memory). A failure stops the import with the batches
 * before it stored and nothing of its own; importing again stores nothing twice: files are known by
 * the hash of their bytes.
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
/** Reports a transaction: the terms' frequencies are added once for all of them. */
const BATCH = 16;
/** Batches written at once (the store's pool has 4 connections). */
const WRITERS = 3;

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
    let sent = 0;
    let done = 0;
    const send = () => {
      while (sent < names.length && sent - done < n * QUEUE_PER_WORKER) {
        void parse(sent, names[sent] as string).then((r) => {
          results.set(r.seq, r);
          wake?.();
        });
        sent++;
      }
    };
    // Batches written a few at once (each waits on the database more than on this process); a batch
    // holding a report of an agency and year that an earlier batch in flight holds too waits for
    // it, so the first file by name is the one kept whatever the timing.
    let batch: { report: Report; hash: string; name: string }[] = [];
    const writing = new Set<Promise<void>>();
    const byKey = new Map<string, Promise<void>>();
    let failure: unknown = null;
    let unwritten = 0;
    const write = async (items: typeof batch, after: Promise<void>[]): Promise<void> => {
      await Promise.all(after);
      const saved = await store.saveBatch(items);
      saved.forEach((r, i) => {
        const { report, name } = items[i] as (typeof items)[number];
        if (r.stored) s.stored++;
        else if (r.reason === "same_file") s.known++;
        else s.twins.push({ file: name, message: `${name}: the same report as ${r.twin} (${report.agency} ${report.year}); kept ${r.twin}` });
      });
      unwritten -= items.length;
    };
    const flush = async (max: number) => {
      if (batch.length) {
        const items = batch;
        batch = [];
        const keys = [...new Set(items.map(({ report }) => `${report.agency}|${report.year}`))];
        const after = [...new Set(keys.flatMap((k) => byKey.get(k) ?? []))];
        const w = write(items, after).then(
          () => {
            writing.delete(w);
            for (const k of keys) if (byKey.get(k) === w) byKey.delete(k);
          },
          (e: unknown) => void (failure ??= e),
        );
        writing.add(w);
        for (const k of keys) byKey.set(k, w);
      }
      while (writing.size > max && !failure) await Promise.race(writing);
      if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    };
    send();
    while (done < names.length) {
      let r = results.get(done);
      while (!r) {
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
        batch.push({ report: r.report, hash: r.hash, name: r.name });
        unwritten++;
        if (batch.length >= BATCH) await flush(WRITERS - 1);
      }
      opts.onProgress?.(done - unwritten, names.length, s);
    }
    await flush(0);
    opts.onProgress?.(names.length, names.length, s);
  } finally {
    await reader.close();
  }
  if (s.stored) await store.announce();
  return { files: names.length, ...s, ms: performance.now() - t0 };
}

/**
 * Reading reports off the event loop: worker threads (read-worker.ts) read files one at a time
 * each, with a time budget and a memory limit per file. A file over either is rejected with a
 * message saying so, the worker is replaced, and the bot keeps answering meanwhile — one slow or
 * hostile file (an upload, a /reload, start-up, an import) never stalls every chat.
 * Workers start when there is something to read and do not keep the process alive when idle.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { type Budget, startBudget } from "./cpu-budget.ts";
import type { Report } from "./schema.ts";

export type ToWorker = { id: number; name: string; data: Uint8Array };
export type FromWorker = { type: "ready"; tid?: number } | { type: "report"; id: number; report: Report } | { type: "error"; id: number; message: string; problem?: string };

export interface ReaderPoolOptions {
  /** Worker threads (default: one per core but one, at least one). */
  workers?: number;
  /**
   * Processor time a file may take to read, from the moment a worker takes it (default 20 s): the
   * worker thread's own CPU time where the system tells it (Linux), else wall time; wall time is
   * capped at WALL_FACTOR × the budget all the same (cpu-budget.ts).
   */
  budgetMs?: number;
  /** Heap a worker may use while reading one file (default 1 GB). */
  maxMemoryMb?: number;
  /** The worker's entry module (tests substitute one). */
  entry?: URL;
}

export interface ReaderPool {
  /** A report from a file's bytes; rejects with an Error whose message names the file and the reason. */
  read(name: string, data: Uint8Array): Promise<Report>;
  /** Stop every worker; reads not finished are rejected. */
  close(): Promise<void>;
}

export const READ_BUDGET_MS = 20_000;
export const READ_MEMORY_MB = 1024;

interface Job {
  id: number;
  name: string;
  data: Uint8Array;
  resolve: (r: Report) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The worker thread's kernel id, when it could tell (Linux): its CPU time is read from /proc. */
  tid?: number;
  job?: Job;
  budget?: Budget;
  /** Why the worker stopped, when it did while reading. */
  failure?: Error;
}

export function createReaderPool(opts: ReaderPoolOptions = {}): ReaderPool {
  const size = Math.max(1, opts.workers ?? availableParallelism() - 1);
  const budgetMs = opts.budgetMs ?? READ_BUDGET_MS;
  const maxMemoryMb = opts.maxMemoryMb ?? READ_MEMORY_MB;
  const entry = opts.entry ?? new URL("./read-worker.mjs", import.meta.url);
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 0;
  let closed = false;

  const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;

  function settle(slot: Slot, outcome: { report: Report } | { error: Error }): void {
    const job = slot.job;
    if (!job) return;
    slot.budget?.cancel();
    slot.job = undefined;
    slot.budget = undefined;
    slot.worker.unref();
    if ("report" in outcome) job.resolve(outcome.report);
    else job.reject(outcome.error);
  }

  function retire(slot: Slot, error: Error): void {
    slots.delete(slot);
    settle(slot, { error });
    void slot.worker.terminate();
    pump();
  }

  function spawn(): void {
    const worker = new Worker(entry, { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } });
    const slot: Slot = { worker, ready: false };
    slots.add(slot);
    worker.on("message", (m: FromWorker) => {
      if (m.type === "ready") {
        slot.ready = true;
        slot.tid = m.tid;
        pump();
      } else if (slot.job?.id === m.id) {
        // What was wrong with the file (a SourceProblem) crosses the thread with the message.
        settle(slot, m.type === "report" ? { report: m.report } : { error: Object.assign(new Error(m.message), m.problem ? { problem: m.problem } : {}) });
        pump();
      }
    });
    worker.on("error", (e) => (slot.failure = e));
    worker.on("exit", () => {
      if (!slots.has(slot)) return;
      const name = slot.job?.name ?? "a report";
      const e = slot.failure as (Error & { code?: string }) | undefined;
      if (!slot.ready) {
        // Stopped while starting, before any file was sent: another would stop the same way, for
        // ever, and what waits would never be read. With no other worker left, what waits is refused.
        slots.delete(slot);
        const why =
          e?.code === "ERR_WORKER_OUT_OF_MEMORY" ? `the reader needs more than ${maxMemoryMb} MB of memory to start` : `the reader could not start (${e?.message ?? "exited"})`;
        if (!slots.size) for (const job of queue.splice(0)) job.reject(new Error(`${job.name}: ${why}; not loaded`));
        pump();
        return;
      }
      const why =
        e?.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? `reading needed more than ${maxMemoryMb} MB of memory (the file is too large or damaged); not loaded`
          : `the reader stopped (${e?.message ?? "exited"}); not loaded`;
      retire(slot, new Error(`${name}: ${why}`));
    });
  }

  function pump(): void {
    if (closed) return;
    while (queue.length) {
      const slot = [...slots].find((s) => s.ready && !s.job);
      if (!slot) break;
      const job = queue.shift() as Job;
      slot.job = job;
      slot.worker.ref();
      // The budget runs on this thread, so a worker stuck in a loop is stopped all the same.
      slot.budget = startBudget(slot.tid, budgetMs, () =>
        // “timeout”: the answers name a file stopped unread (index/unreadable.ts), not only “no report”
        retire(slot, Object.assign(new Error(`${job.name}: reading took longer than ${seconds(budgetMs)} (the file is too large or damaged); not loaded`), { problem: "timeout" })),
      );
      const message: ToWorker = { id: job.id, name: job.name, data: job.data };
      slot.worker.postMessage(message);
    }
    // Start workers for what waits, beyond those already starting.
    const starting = [...slots].filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - starting, size - slots.size); n > 0; n--) spawn();
    // An idle worker does not keep the process alive; one starting for a queued file does.
    for (const s of slots) if (!s.job && (s.ready || !queue.length)) s.worker.unref();
  }

  return {
    read(name, data) {
      if (closed) return Promise.reject(new Error(`${name}: the reader is closed`));
      return new Promise<Report>((resolve, reject) => {
        queue.push({ id: nextId++, name, data, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error(`${job.name}: the reader was closed`));
      const all = [...slots];
      slots.clear();
      for (const s of all) settle(s, { error: new Error(`${s.job?.name ?? "a report"}: the reader was closed`) });
      await Promise.all(all.map((s) => s.worker.terminate()));
    },
  };
}

let shared: ReaderPool | undefined;

/**
 * The process's reader: one pool for the bot's core (start-up, /reload, uploads), so its workers
 * start once; idle, they do not keep the process alive, so it is never closed.
 */
export function sharedReaderPool(): ReaderPool {
  shared ??= createReaderPool();
  return shared;
}

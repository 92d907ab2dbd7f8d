/**
 * `npm run bench -- --pg [--sizes N] [--questions Q]` with DATABASE_URL: imports N synthetic
 * reports into that database (resuming: files already there are skipped by hash) and measures
 * the import rate, the database's size, answer p50/p99 per kind, search p99, and a fresh bot
 * replica's start-up time and RSS (in a child process, after answering).
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { questionSetsApart } from "./questions-apart.ts";
import { syntheticCorpus } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

interface ReplicaResult {
  openMs: number;
  firstAnswerMs: number;
  sinceProcessStartMs: number;
  rssAfterOpen: number;
  rssAfterAnswers: number;
  /** RSS every 50 questions: flat or growing. */
  rssSamples: number[];
  /** After answering: the V8 heap in use and reserved, memory outside it (Buffers, jieba's dictionary is native), before and after a forced collection. */
  memory: { before: NodeJS.MemoryUsage; afterGc: NodeJS.MemoryUsage | null };
  n: number;
  p50: number;
  p99: number;
  byKind: Record<string, { n: number; p50: number; p99: number; max: number; slowest: string }>;
  statuses: Record<string, number>;
  /** The bot's own commands through the conversation, after the questions: ms each. */
  commands: Record<string, number>;
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const log = (m: string) => process.stderr.write(`[bench --pg] ${m}\n`);

/** In a child process: a replica opening the store and answering `n` mixed questions. */
export async function replica(url: string, size: number, seed: number, n: number): Promise<ReplicaResult> {
  // made apart, so that the corpus's hand-known figures are not counted in the replica's memory
  const sets = await questionSetsApart(size, seed, n);
  const t0 = performance.now();
  const { createPgCore } = await import("../src/bot/core-pg.ts");
  const core = await createPgCore(url);
  const store = core.store;
  const openMs = performance.now() - t0;
  const rssAfterOpen = process.memoryUsage().rss;
  const f0 = performance.now();
  await store.answer(sets.first.q);
  const firstAnswerMs = performance.now() - f0;
  for (const q of sets.warm) await store.answer(q.q);
  const questions = sets.timed;
  const times: { kind: string; q: string; t: number }[] = [];
  const statuses: Record<string, number> = {};
  const rssSamples: number[] = [];
  for (const q of questions) {
    if (times.length % 50 === 0) rssSamples.push(process.memoryUsage().rss);
    const a0 = performance.now();
    const a = await store.answer(q.q);
    times.push({ kind: q.kind, q: q.q, t: performance.now() - a0 });
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  }
  // what a chat's commands cost: help, the report list's first and a far page, /check of an agency
  const { createConversation } = await import("../src/bot/conversation.ts");
  const conv = createConversation(core, { ratePerMinute: Number.MAX_SAFE_INTEGER });
  const names = store.names();
  const commands: Record<string, number> = {};
  for (const text of ["/help", "/reports", "/reports 第300页", `/check ${names[Math.floor(names.length / 2)]?.agency ?? ""}`]) {
    const c0 = performance.now();
    await conv.handle({ platform: "console", text, userId: "bench", chatId: "bench", isAdmin: false });
    commands[text.replace(/^\/check .*/, "/check <agency>")] = performance.now() - c0;
  }
  const sorted = times.map((x) => x.t).sort((a, b) => a - b);
  const byKind: ReplicaResult["byKind"] = {};
  for (const kind of new Set(times.map((x) => x.kind))) {
    const own = times.filter((x) => x.kind === kind).sort((a, b) => a.t - b.t);
    const ts = own.map((x) => x.t);
    byKind[kind] = { n: ts.length, p50: quantile(ts, 0.5), p99: quantile(ts, 0.99), max: ts[ts.length - 1] ?? NaN, slowest: own[own.length - 1]?.q ?? "" };
  }
  const before = process.memoryUsage();
  const rssAfterAnswers = before.rss;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const memory = { before, afterGc: gc ? process.memoryUsage() : null };
  await core.close();
  return { openMs, firstAnswerMs, sinceProcessStartMs: performance.now(), rssAfterOpen, rssAfterAnswers, rssSamples, memory, n: times.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), byKind, statuses, commands };
}

function child(args: string[]): Promise<ReplicaResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "bin/run-ts.mjs", "bench/bench.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("RESULT {")) resolve(JSON.parse(line.slice("RESULT ".length)) as ReplicaResult);
      else reject(new Error(`replica exited with ${code}: ${out.slice(-500)}`));
    });
  });
}

export async function pgBench(size: number, seed: number, nQuestions: number, workers?: number): Promise<void> {
  const url = process.env["DATABASE_URL"];
  if (!url) throw new Error("npm run bench -- --pg needs DATABASE_URL=postgres://… (an empty database, or one this bench filled before)");
  const { openPgStore } = await import("../src/store/pg/store.ts");
  const { importDir } = await import("../src/store/pg/import.ts");
  log(`corpus of ${size}…`);
  const gen = await syntheticCorpus(size, seed);
  log(`${gen.reused ? "reused" : `generated in ${ms(gen.generateMs)}`}: ${gen.dir}`);
  const store = await openPgStore(url, { listen: false, bulk: true });
  const before = await store.count();
  log(`importing (${before} reports stored already)…`);
  let last = 0;
  const summary = await importDir(store, gen.dir, {
    ...(workers ? { workers } : {}),
    onProgress(done, total, s) {
      if (performance.now() - last < 10_000 && done < total) return;
      last = performance.now();
      log(`${done}/${total} files · ${s.stored} stored · ${s.known} already there · ${s.unreadable.length} unreadable`);
    },
  });
  const reports = await store.count();
  const sizes = await store.pool.query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 2 DESC`,
  );
  const dbBytes = Number((await store.pool.query<{ b: string }>("SELECT pg_database_size(current_database()) AS b")).rows[0]?.b ?? 0);
  const cells = Number((await store.pool.query<{ n: string }>("SELECT count(*) AS n FROM cells")).rows[0]?.n ?? 0);
  const passages = Number((await store.pool.query<{ n: string }>("SELECT count(*) AS n FROM passages")).rows[0]?.n ?? 0);
  await store.close();
  log(`answering ${nQuestions} questions in a fresh replica…`);
  const r = await child(["--pg-replica", String(size), "--seed", String(seed), "--questions", String(nQuestions)]);
  const rate = summary.stored / (summary.ms / 1000);
  const lines = [
    `PostgreSQL store, ${reports} reports (seed ${seed}), ${new Date().toISOString().slice(0, 10)}`,
    "",
    "| measure | value |",
    "| --- | ---: |",
    `| import (this run) | ${summary.stored} stored, ${summary.known} already there, ${summary.unreadable.length} unreadable in ${ms(summary.ms)} · **${rate.toFixed(1)} reports/s** |`,
    `| database size | **${mb(dbBytes)}** (${(dbBytes / Math.max(1, reports) / 1024).toFixed(1)} KB per report) |`,
    `| rows | ${cells} cells, ${passages} passages |`,
    ...sizes.rows.slice(0, 6).map((t) => `|   ${t.name} (with indexes) | ${mb(Number(t.bytes))} |`),
    `| replica start-up (the bot's core: connect, migrate, names) / first answer | ${ms(r.openMs)} / ${ms(r.firstAnswerMs)} |`,
    `| **answer p50 / p99** (${r.n} mixed questions) | ${ms(r.p50)} / **${ms(r.p99)}** |`,
    ...Object.entries(r.byKind).map(([k, s]) => `|   ${k} (${s.n}) p50 / p99 / max | ${ms(s.p50)} / ${ms(s.p99)} / ${ms(s.max)} |`),
    `| bot commands (${Object.keys(r.commands).join(" · ")}) | ${Object.values(r.commands).map(ms).join(" · ")} |`,
    `| statuses | ${Object.entries(r.statuses).map(([k, n]) => `${k} ${n}`).join(", ")} |`,
    `| **replica RSS** after start-up / after answering | ${mb(r.rssAfterOpen)} / **${mb(r.rssAfterAnswers)}** |`,
    `|   RSS every 50 questions | ${r.rssSamples.map(mb).join(", ")} |`,
    `|   after answering: heap used / heap reserved / outside the heap (of it Buffers) | ${mb(r.memory.before.heapUsed)} / ${mb(r.memory.before.heapTotal)} / ${mb(r.memory.before.external)} (${mb(r.memory.before.arrayBuffers)}) |`,
    ...(r.memory.afterGc ? [`|   after a forced collection: RSS / heap used / outside the heap | ${mb(r.memory.afterGc.rss)} / ${mb(r.memory.afterGc.heapUsed)} / ${mb(r.memory.afterGc.external)} |`] : []),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

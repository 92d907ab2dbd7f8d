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
  /** The compiled build or the sources through tsx (bin/entry.mjs), and the replica's Node flags. */
  code: string;
  nodeFlags: string;
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

const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const log = (m: string) => process.stderr.write(`[bench --pg] ${m}\n`);

/**
 * A fresh bot replica answering `n` mixed questions, in a child process started as the bot is
 * (bench/replica.mjs: the code loaded as bin/nianbao.mjs loads it, with the bot's Node flags), so
 * that its memory is a replica's: the question sets are made in a process of their own and given
 * to it on stdin.
 */
export async function replica(size: number, seed: number, n: number): Promise<ReplicaResult> {
  const sets = await questionSetsApart(size, seed, n);
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "bench/replica.mjs"], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    let out = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.on("exit", (code) => {
      const line = out.trim().split("\n").pop() ?? "";
      if (code === 0 && line.startsWith("RESULT {")) resolve(JSON.parse(line.slice("RESULT ".length)) as ReplicaResult);
      else reject(new Error(`replica exited with ${code}: ${out.slice(-500)}`));
    });
    p.stdin.end(JSON.stringify(sets));
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
  const r = await replica(size, seed, nQuestions);
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
    `| replica's code · Node flags | ${r.code} · ${r.nodeFlags} |`,
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

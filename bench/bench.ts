/**
 * `npm run bench [-- --sizes 100,1000,10000 --seed 1 --questions 1000]`
 *
 * For each corpus size, in a fresh child process (started with --expose-gc, so memory is measured
 * after a forced collection and one size does not inherit the last one's heap or jieba words):
 * reading speed, search index build, memory, snapshot save/load, start-up from a snapshot (in yet
 * another fresh process), answer latency over mixed questions, and correctness of the figures read
 * back and of answers with known values. Then a PDF reading time, and the targets at 10 000 reports.
 * Prints one Markdown report on stdout; progress goes to stderr. The project's modules are imported
 * dynamically, in the child processes only, so that the parent stays small.
 *
 * `--from-cache --sizes N`: the bot's own start from the report cache and its answers (from-cache.ts);
 * `--pg --sizes N`: the PostgreSQL store (pg-bench.ts);
 * `--pg-search [--threshold T --size R]`: its bounded search against the exact one (pg-search.ts);
 * `--pdf-only [--workers N]`: only the PDF reading time, for every sample PDF (and, with --workers, the reader pool's throughput with N worker threads).
 */
import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { readFile, rm } from "node:fs/promises";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Answerer } from "../src/answers/answerer.ts";
import type { Report } from "../src/index/schema.ts";
import { QuestionMaker, type BenchQuestion, type QuestionKind } from "./questions.ts";
import { hash32, Rand, syntheticCorpus, type Truth } from "./synthetic.ts";
import { measureNames, measureNamesAt, measureNamesMemory, type NamesAtScale, type NamesMemory, type NameTiming } from "./names.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** Real PDF reports kept in the repository (test/fixtures/samples/README.md names their source). */
const PDF_SAMPLES = join(ROOT, "test/fixtures/samples");

/** The targets at 10 000 reports. */
const TARGETS = { answerP99Ms: 10, startupMs: 3000, rssBytes: 1.5 * 1024 ** 3, readPerSec: 200 };

// ---------------------------------------------------------------------------------------------
// Small helpers

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): void {
  if (gc) {
    gc();
    gc();
  }
}

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

function ms(v: number): string {
  if (!Number.isFinite(v)) return "—";
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  if (v >= 10) return `${v.toFixed(0)} ms`;
  return `${v.toFixed(2)} ms`;
}

function mb(bytes: number): string {
  return bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : `${(bytes / 1024 ** 2).toFixed(0)} MB`;
}

function count(n: number): string {
  return n.toLocaleString("en-US").replace(/,/g, " ");
}

function dirBytes(dir: string): number {
  return readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0);
}

async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const v = await f();
  return [v, performance.now() - t0];
}

/** Run this file in a fresh Node process (with --expose-gc); its last `RESULT {json}` line is the result. */
function child<T>(args: string[]): Promise<T> {
  return new Promise((resolvePromise, reject) => {
    const proc = execFile(
      process.execPath,
      ["--expose-gc", join(ROOT, "bin/run-ts.mjs"), join(ROOT, "bench/bench.ts"), ...args],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout) => {
        const line = stdout.split("\n").reverse().find((l) => l.startsWith("RESULT "));
        if (line) resolvePromise(JSON.parse(line.slice(7)) as T);
        else reject(err ?? new Error(`bench child ${args.join(" ")} printed no result`));
      },
    );
    proc.stderr?.pipe(process.stderr);
  });
}

function result(value: unknown): void {
  process.stdout.write(`RESULT ${JSON.stringify(value)}\n`);
}

// ---------------------------------------------------------------------------------------------
// Start-up from a snapshot (own process: nothing loaded, jieba without the names)

interface Startup {
  corpusMs: number;
  snapshotMs: number;
  answererMs: number;
  /** load corpus + load snapshot + createAnswerer. */
  totalMs: number;
  firstAnswerMs: number;
  /** Process start to answerer ready, including Node, tsx and module loading. */
  sinceProcessStartMs: number;
  origin: string;
  reason?: string;
  rss: number;
  heapUsed: number;
}

async function startup(dir: string, snapshotDir: string, cacheDir: string): Promise<Startup> {
  const { loadCorpus } = await import("../src/index/corpus.ts");
  const { loadSnapshot } = await import("../src/index/search.ts");
  const { createAnswerer } = await import("../src/answers/answerer.ts");
  const [corpus, corpusMs] = await timed(() => loadCorpus(dir, { cacheDir }));
  const [index, snapshotMs] = await timed(() => loadSnapshot(snapshotDir, corpus.reports));
  const [answerer, answererMs] = await timed(() => createAnswerer(corpus.reports, { search: index }));
  const sinceProcessStartMs = performance.now();
  const first = corpus.reports[0];
  const [, firstAnswerMs] = await timed(() => answerer.answer(`${first?.region ?? ""}${first?.year ?? ""}年依申请公开多少件`));
  collect();
  const mem = process.memoryUsage();
  return {
    corpusMs,
    snapshotMs,
    answererMs,
    totalMs: corpusMs + snapshotMs + answererMs,
    firstAnswerMs,
    sinceProcessStartMs,
    origin: index.info.origin,
    ...(index.info.reason ? { reason: index.info.reason } : {}),
    rss: mem.rss,
    heapUsed: mem.heapUsed,
  };
}

// ---------------------------------------------------------------------------------------------
// One corpus size

interface KindStats {
  n: number;
  p50: number;
  p99: number;
  max: number;
  slowest: string;
}

interface Failure {
  q: string;
  kind: QuestionKind;
  expect: number;
  got: string;
}

interface SizeResult {
  size: number;
  reports: number;
  loadErrors: string[];
  corpusDir: string;
  reused: boolean;
  generateMs: number;
  loadMs: number;
  readPerSec: number;
  heapAfterLoad: number;
  rssAfterLoad: number;
  buildMs: number;
  documents: number;
  heapWithIndex: number;
  rssWithIndex: number;
  saveMs: number;
  snapshotBytes: number;
  startup: Startup;
  answers: { n: number; p50: number; p99: number; max: number; mean: number; byKind: Record<string, KindStats>; statuses: Record<string, number> };
  rssAfterAnswers: number;
  table2: { reports: number; cells: number; mismatches: number; badReports: string[] };
  otherTables: { table1: number; table3: number; examples: string[] };
  known: { n: number; correct: number; byKind: Record<string, { n: number; correct: number }>; failures: Failure[] };
  gcExposed: boolean;
  names: NameTiming;
}

function compareTable(truth: Record<string, Record<string, number>>, read: Record<string, Record<string, number | null> | null> | null): { cells: number; bad: string[] } {
  let cells = 0;
  const bad: string[] = [];
  for (const [row, cols] of Object.entries(truth)) {
    for (const [col, v] of Object.entries(cols)) {
      cells++;
      const got = read?.[row]?.[col];
      if (typeof got !== "number" || Math.abs(got - v) > 1e-6) bad.push(`${row}.${col}: ${v} → ${got ?? "—"}`);
    }
  }
  return { cells, bad };
}

/** Time each question; warm up first (JIT, name tables) on other questions. */
function measureAnswers(answerer: Answerer, maker: QuestionMaker, n: number, seed: number): SizeResult["answers"] {
  for (const q of maker.mixed(30, seed + 1)) answerer.answer(q.q);
  const questions = maker.mixed(n, seed);
  const times: { q: BenchQuestion; t: number }[] = [];
  const statuses: Record<string, number> = {};
  for (const q of questions) {
    const t0 = performance.now();
    const a = answerer.answer(q.q);
    times.push({ q, t: performance.now() - t0 });
    statuses[a.status] = (statuses[a.status] ?? 0) + 1;
  }
  const sorted = times.map((x) => x.t).sort((a, b) => a - b);
  const byKind: Record<string, KindStats> = {};
  for (const kind of new Set(questions.map((q) => q.kind))) {
    const own = times.filter((x) => x.q.kind === kind).sort((a, b) => a.t - b.t);
    const ts = own.map((x) => x.t);
    byKind[kind] = { n: own.length, p50: quantile(ts, 0.5), p99: quantile(ts, 0.99), max: ts[ts.length - 1] ?? NaN, slowest: own[own.length - 1]?.q.q ?? "" };
  }
  return {
    n: times.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    byKind,
    statuses,
  };
}

/** Table-2 figures of 200 generated reports read back (tables 1 and 3 counted alongside). */
function checkTables(reports: readonly Report[], truth: readonly Truth[], seed: number, size: number): Pick<SizeResult, "table2" | "otherTables"> {
  const byFile = new Map(reports.map((r) => [r.file, r]));
  const sample = new Rand(hash32(seed, "sample", size)).shuffle([...truth]).slice(0, 200);
  const table2 = { reports: sample.length, cells: 0, mismatches: 0, badReports: [] as string[] };
  const otherTables = { table1: 0, table3: 0, examples: [] as string[] };
  for (const t of sample) {
    const r = byFile.get(t.file);
    const c2 = compareTable(t.table2, r?.table2 ?? null);
    table2.cells += c2.cells;
    table2.mismatches += c2.bad.length;
    if (c2.bad.length) table2.badReports.push(`${t.file} (${t.layout}, ${t.template}): ${r ? c2.bad.slice(0, 3).join("; ") : "not loaded"}`);
    const c1 = compareTable(t.table1, r?.table1 ?? null);
    const c3 = compareTable(t.table3, r?.table3 ?? null);
    otherTables.table1 += c1.bad.length;
    otherTables.table3 += c3.bad.length;
    for (const b of [...c1.bad.map((x) => `table1.${x}`), ...c3.bad.map((x) => `table3.${x}`)]) {
      if (otherTables.examples.length < 5) otherTables.examples.push(`${t.file} (${t.layout}, ${t.template}) ${b}`);
    }
  }
  return { table2, otherTables };
}

/** 100 questions whose answer's figures[0].value is known from the generated figures. */
function checkKnown(answerer: Answerer, maker: QuestionMaker, seed: number): SizeResult["known"] {
  const known = { n: 0, correct: 0, byKind: {} as Record<string, { n: number; correct: number }>, failures: [] as Failure[] };
  for (const q of maker.known(100, seed)) {
    const a = answerer.answer(q.q);
    const got = a.figures[0]?.value;
    const ok = got !== undefined && q.expect !== undefined && Math.abs(got - q.expect) < 1e-6;
    const k = (known.byKind[q.kind] ??= { n: 0, correct: 0 });
    known.n++;
    k.n++;
    if (ok) {
      known.correct++;
      k.correct++;
    } else {
      const first = a.figures[0];
      const said = first ? `${first.region}${first.year} ${first.label} = ${first.value}` : (a.text.split("\n")[0]?.slice(0, 60) ?? "");
      known.failures.push({ q: q.q, kind: q.kind, expect: q.expect ?? NaN, got: `${a.status}/${a.kind}: ${said}` });
    }
  }
  return known;
}

async function measureSize(size: number, seed: number, nQuestions: number): Promise<SizeResult> {
  const { loadCorpus } = await import("../src/index/corpus.ts");
  const { buildSearchIndex, saveSnapshot } = await import("../src/index/search.ts");
  const { createAnswerer } = await import("../src/answers/answerer.ts");
  const tag = `[${size}]`;

  log(`${tag} corpus…`);
  const gen = await syntheticCorpus(size, seed);
  log(`${tag} ${gen.reused ? "reused" : `generated in ${ms(gen.generateMs)}`}: ${gen.dir}`);
  collect();

  // Reading includes writing the parsed-report cache, as a bot's first start does.
  const cacheDir = join(tmpdir(), `nianbao-bench-cache-s${seed}-n${size}`);
  await rm(cacheDir, { recursive: true, force: true });
  log(`${tag} reading ${size} reports…`);
  const [corpus, loadMs] = await timed(() => loadCorpus(gen.dir, { cacheDir }));
  collect();
  const afterLoad = process.memoryUsage();

  log(`${tag} read in ${ms(loadMs)}; building the search index…`);
  const [index, buildMs] = await timed(() => buildSearchIndex(corpus.reports));
  collect();
  const withIndex = process.memoryUsage();

  const snapshotDir = join(tmpdir(), `nianbao-bench-snapshot-s${seed}-n${size}`);
  await rm(snapshotDir, { recursive: true, force: true });
  log(`${tag} index built in ${ms(buildMs)}; saving the snapshot…`);
  const [, saveMs] = await timed(() => saveSnapshot(index, snapshotDir));
  // The snapshot is loaded where it matters, in a fresh process starting up from it (loading it
  // here as well would cost as much again and measure a warm process with jieba's names loaded).
  log(`${tag} start-up from the snapshot in a fresh process…`);
  const startup = await child<Startup>(["--startup", gen.dir, "--snapshot", snapshotDir, "--cache", cacheDir]);

  log(`${tag} answering ${nQuestions} questions…`);
  const answerer = createAnswerer(corpus.reports, { search: index });
  const maker = new QuestionMaker(gen.truth, gen.plans, seed);
  const answers = measureAnswers(answerer, maker, nQuestions, seed);
  collect();
  const rssAfterAnswers = process.memoryUsage().rss;
  log(`${tag} resolving names…`);
  const seenAgency = new Map<string, { agency: string; region: string }>();
  for (const r of corpus.reports) if (!seenAgency.has(r.agency)) seenAgency.set(r.agency, { agency: r.agency, region: r.region });
  const names = await measureNames([...seenAgency.values()], 2000, seed);

  log(`${tag} checking figures and known answers…`);
  return {
    size,
    reports: corpus.reports.length,
    loadErrors: corpus.errors.slice(0, 5).map((e) => e.message),
    corpusDir: gen.dir,
    reused: gen.reused,
    generateMs: gen.generateMs,
    loadMs,
    readPerSec: (corpus.reports.length + corpus.errors.length) / (loadMs / 1000),
    heapAfterLoad: afterLoad.heapUsed,
    rssAfterLoad: afterLoad.rss,
    buildMs,
    documents: index.info.documents,
    heapWithIndex: withIndex.heapUsed,
    rssWithIndex: withIndex.rss,
    names,
    saveMs,
    snapshotBytes: dirBytes(snapshotDir),
    startup,
    answers,
    rssAfterAnswers,
    ...checkTables(corpus.reports, gen.truth, seed, size),
    known: checkKnown(answerer, maker, seed),
    gcExposed: gc !== undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// PDF reading

interface PdfTiming {
  file: string;
  pages: number;
  firstMs: number;
  /** Mean over `runs` warm reads: wall clock, and CPU time of this process (less sensitive to other load). */
  meanMs: number;
  cpuMs: number;
  runs: number;
}

/**
 * Every sample PDF read once (the first read of the first file pays for loading pdf.js), all read
 * once more (so no file is timed while the JIT still warms up), then each read `runs` times.
 */
async function pdfTiming(runs = 20): Promise<PdfTiming[] | null> {
  if (!existsSync(join(ROOT, "src/index/sources/pdf.ts")) || !existsSync(PDF_SAMPLES)) return null;
  const files = readdirSync(PDF_SAMPLES).filter((f) => f.endsWith(".pdf")).sort();
  if (!files.length) return null;
  const { readReport } = await import("../src/index/corpus.ts");
  const samples = await Promise.all(files.map(async (file) => ({ file, data: await readFile(join(PDF_SAMPLES, file)) })));
  const first = new Map<string, number>();
  for (const { file, data } of samples) first.set(file, (await timed(() => readReport(file, new Uint8Array(data))))[1]);
  for (const { file, data } of samples) await readReport(file, new Uint8Array(data));
  const out: PdfTiming[] = [];
  for (const { file, data } of samples) {
    const pages = (data.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? []).length;
    const cpu0 = process.cpuUsage();
    const [, total] = await timed(async () => {
      for (let i = 0; i < runs; i++) await readReport(file, new Uint8Array(data));
    });
    const cpu = process.cpuUsage(cpu0);
    out.push({ file, pages, firstMs: first.get(file) ?? NaN, meanMs: total / runs, cpuMs: (cpu.user + cpu.system) / 1000 / runs, runs });
  }
  return out;
}

/**
 * Throughput of the reader pool (what `nianbao import`, start-up and uploads use): every sample PDF
 * read `rounds` times through `workers` worker threads, wall clock from the first file handed over
 * to the last report back (the workers warmed up first). On N idle cores N workers is the ceiling.
 */
async function pdfPoolThroughput(workers: number, rounds = 10): Promise<{ workers: number; files: number; ms: number; load: number[] } | null> {
  if (!existsSync(PDF_SAMPLES)) return null;
  const files = readdirSync(PDF_SAMPLES).filter((f) => f.endsWith(".pdf")).sort();
  if (!files.length) return null;
  const { createReaderPool } = await import("../src/index/reader-pool.ts");
  const pool = createReaderPool({ workers, budgetMs: 300_000 });
  try {
    const samples = await Promise.all(files.map(async (file) => ({ file, data: new Uint8Array(await readFile(join(PDF_SAMPLES, file))) })));
    // warm every worker (pdf.js and the reader compiled in each)
    await Promise.all(Array.from({ length: workers * 2 }, (_, i) => samples[i % samples.length] as { file: string; data: Uint8Array }).map((s) => pool.read(s.file, s.data.slice())));
    const load = loadavg();
    const t0 = performance.now();
    const jobs = Array.from({ length: rounds }, () => samples).flat();
    await Promise.all(jobs.map((s) => pool.read(s.file, s.data.slice())));
    return { workers, files: jobs.length, ms: performance.now() - t0, load };
  } finally {
    await pool.close();
  }
}

function pdfReport(pdf: PdfTiming[] | null): string {
  if (!pdf) return "PDF reading: src/index/sources/pdf.ts or the sample PDFs are missing — not measured.";
  const meanMs = pdf.reduce((s, p) => s + p.meanMs, 0) / pdf.length;
  const cpuMs = pdf.reduce((s, p) => s + p.cpuMs, 0) / pdf.length;
  return [
    `PDF reading (\`readReport\`, warm, one process, load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}): ` +
      `**${ms(meanMs)} per PDF = ${(1000 / meanMs).toFixed(1)} PDFs/s** (CPU ${ms(cpuMs)} per PDF).`,
    "",
    table([
      ["PDF", "pages", "first read", "warm read (mean)", "CPU per read"],
      ...pdf.map((p) => [p.file, String(p.pages), ms(p.firstMs), `${ms(p.meanMs)} (${p.runs} reads)`, ms(p.cpuMs)]),
    ]),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Report

function table(rows: string[][]): string {
  const [head, ...body] = rows;
  if (!head) return "";
  const align = head.map((h, i) => (i === 0 || h.startsWith("slowest") ? "---" : "---:"));
  return [head, align, ...body].map((r) => `| ${r.join(" | ")} |`).join("\n");
}

function report(results: SizeResult[], failed: { size: number; error: string }[], pdf: Awaited<ReturnType<typeof pdfTiming>>, seed: number, nQuestions: number, elapsedMs: number): string {
  const col = (f: (r: SizeResult) => string) => results.map(f);
  const out: string[] = [];
  out.push(`## Bench — synthetic corpus (seed ${seed})`, "");
  out.push(
    `Node ${process.version}, ${availableParallelism()} CPU (${cpus()[0]?.model.trim() ?? "?"}), ${new Date().toISOString().slice(0, 10)}; total run ${ms(elapsedMs)}. ` +
      "Each size runs in its own `node --expose-gc` process (memory after a forced collection); start-up runs in a further fresh process.",
    "",
  );
  for (const f of failed) out.push(`**${count(f.size)} reports: the run failed** — ${f.error}`, "");
  out.push(
    table([
      ["", ...results.map((r) => `${count(r.size)} reports`)],
      ["corpus", ...col((r) => (r.reused ? "reused" : `generated in ${ms(r.generateMs)}`))],
      ["reading: `loadCorpus`", ...col((r) => `${ms(r.loadMs)} · **${r.readPerSec.toFixed(0)} reports/s**`)],
      ["heap used / RSS after loading", ...col((r) => `${mb(r.heapAfterLoad)} / **${mb(r.rssAfterLoad)}**`)],
      ["search index build: `buildSearchIndex`", ...col((r) => `${ms(r.buildMs)} (${count(r.documents)} documents)`)],
      ["heap used / RSS with the index", ...col((r) => `${mb(r.heapWithIndex)} / ${mb(r.rssWithIndex)}`)],
      ["snapshot save: `saveSnapshot`", ...col((r) => `${ms(r.saveMs)} (${mb(r.snapshotBytes)})`)],
      ["snapshot load: `loadSnapshot` (in a fresh process)", ...col((r) => `${ms(r.startup.snapshotMs)}${r.startup.origin === "snapshot" ? "" : ` — NOT loaded, ${r.startup.origin}: ${r.startup.reason ?? ""}`}`)],
      ["**start-up from snapshot** (fresh process: `loadCorpus` + `loadSnapshot` + `createAnswerer`)", ...col((r) => `**${ms(r.startup.totalMs)}**`)],
      ["  of which load corpus / load snapshot / createAnswerer", ...col((r) => `${ms(r.startup.corpusMs)} / ${ms(r.startup.snapshotMs)} / ${ms(r.startup.answererMs)}`)],
      ["  process start → ready (incl. Node, tsx, imports); first answer", ...col((r) => `${ms(r.startup.sinceProcessStartMs)}; ${ms(r.startup.firstAnswerMs)}`)],
      ["  RSS of the started process", ...col((r) => mb(r.startup.rss))],
      [`**answer p50 / p99** (${count(nQuestions)} mixed questions)`, ...col((r) => `${ms(r.answers.p50)} / **${ms(r.answers.p99)}**`)],
      ["answer mean / max", ...col((r) => `${ms(r.answers.mean)} / ${ms(r.answers.max)}`)],
      ["answer statuses", ...col((r) => Object.entries(r.answers.statuses).map(([k, v]) => `${k} ${v}`).join(", "))],
      ["RSS after answering", ...col((r) => mb(r.rssAfterAnswers))],
      ["table-2 figures read back (200 reports)", ...col((r) => `**${r.table2.mismatches} mismatches** of ${count(r.table2.cells)}`)],
      ["table-1 / table-3 figures read back (same reports)", ...col((r) => `${r.otherTables.table1} / ${r.otherTables.table3} mismatches`)],
      ["known answers: `figures[0].value` = truth", ...col((r) => `**${r.known.correct}/${r.known.n}**`)],
      ["name directory: agencies / forms / build (`directory`)", ...col((r) => `${count(r.names.agencies)} / ${count(r.names.forms)} / ${ms(r.names.buildMs)}`)],
      [`**resolving a name** p50 / p99 / max (\`resolveName\`, ${count(2000)} names)`, ...col((r) => `${ms(r.names.p50)} / **${ms(r.names.p99)}** / ${ms(r.names.max)}`)],
    ]),
  );
  out.push("", pdfReport(pdf));

  const last = results[results.length - 1];
  if (last) {
    out.push("", `### Answer latency by question kind (${count(last.size)} reports)`, "");
    out.push(
      table([
        ["kind", "n", "p50", "p99", "max", "slowest question"],
        ...Object.entries(last.answers.byKind)
          .sort((a, b) => b[1].p99 - a[1].p99)
          .map(([k, s]) => [k, String(s.n), ms(s.p50), ms(s.p99), ms(s.max), s.slowest]),
      ]),
    );
  }

  out.push("", "### Targets at 10 000 reports", "");
  const big = results.find((r) => r.size === 10_000);
  if (!big) out.push("Not measured: run with the 10 000 size (the default `--sizes`).");
  else {
    const rows: [string, string, boolean][] = [
      ["answer p99 ≤ 10 ms", ms(big.answers.p99), big.answers.p99 <= TARGETS.answerP99Ms],
      ["start-up from snapshot ≤ 3 s", ms(big.startup.totalMs), big.startup.totalMs <= TARGETS.startupMs],
      ["RSS ≤ 1.5 GB after loading the corpus", mb(big.rssAfterLoad), big.rssAfterLoad <= TARGETS.rssBytes],
      ["RSS ≤ 1.5 GB for the started bot (corpus + search index)", mb(big.startup.rss), big.startup.rss <= TARGETS.rssBytes],
      ["reading ≥ 200 reports/s", `${big.readPerSec.toFixed(0)} reports/s`, big.readPerSec >= TARGETS.readPerSec],
    ];
    out.push(table([["target", "measured", "met"], ...rows.map(([t, m, ok]) => [t, m, ok ? "yes" : "**NO**"])]));
  }

  out.push("", "### Correctness details", "");
  for (const r of results) {
    const kinds = Object.entries(r.known.byKind).map(([k, v]) => `${k} ${v.correct}/${v.n}`).join(", ");
    out.push(`- ${count(r.size)} reports: ${r.reports} read, ${r.loadErrors.length ? `load errors: ${r.loadErrors.join("; ")}` : "no load errors"}; known answers by kind: ${kinds}.`);
    for (const b of r.table2.badReports.slice(0, 5)) out.push(`  - table 2 mismatch: ${b}`);
    for (const e of r.otherTables.examples) out.push(`  - other table mismatch: ${e}`);
    for (const f of r.known.failures.slice(0, 8)) out.push(`  - wrong answer (${f.kind}): “${f.q}” expected ${f.expect}, got ${f.got}`);
  }
  if (results.some((r) => !r.gcExposed)) out.push("", "Note: gc was not exposed; memory figures are without a forced collection.");
  return out.join("\n");
}

/** Agencies the name resolver is measured at (issue 9 asks how long resolving takes at 10 000). */
const NAMES_AT = 10_000;

/** Agencies the names layer's memory is measured at: those of the 100 000-report PostgreSQL bench (28 642). */
const NAMES_MEMORY_AT = 28_000;

function namesMemoryReport(m: NamesMemory): string {
  return [
    `### Memory of the names layer at ${count(m.agencies)} agencies (fresh process; \`npm run bench -- --names-only\`)`,
    "",
    table([
      ["part (in build order)", "live heap", "time"],
      ...m.parts.map((p) => [p.part, mb(p.heapBytes), ms(p.ms)]),
      ["**names layer**: live heap / resident set (with jieba's native dictionary)", `**${mb(m.heapBytes)}** / **${mb(m.rssBytes)}**`, ""],
    ]),
  ].join("\n");
}

function namesReport(r: NamesAtScale): string {
  const t = r.timing;
  return [
    `### Names at ${count(r.agencies)} agencies (fresh process; \`npm run bench -- --names-only\`)`,
    "",
    table([
      ["measure", "time"],
      ["identities of every agency (gazetteer loaded on the way)", ms(r.identifyMs)],
      ["first question (`understand`: jieba, lexicon and the name directory loaded on the way)", ms(r.firstQuestionMs)],
      ["name directory build (`directory`, identities known)", ms(t.buildMs)],
      ["first name in pinyin: pinyin table built on the way", ms(r.firstPinyinMs)],
      [`**resolving a name** p50 / p99 / max (\`resolveName\`, ${count(t.n)} names)`, `${ms(t.p50)} / **${ms(t.p99)}** / ${ms(t.max)}`],
    ]),
  ].join("\n");
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "100,1000,10000" },
      seed: { type: "string", default: "1" },
      questions: { type: "string", default: "1000" },
      worker: { type: "string" },
      startup: { type: "string" },
      snapshot: { type: "string" },
      cache: { type: "string" },
      pg: { type: "boolean" },
      "from-cache": { type: "boolean" },
      "pg-replica": { type: "string" },
      workers: { type: "string" },
      "names-worker": { type: "string" },
      "names-memory-worker": { type: "string" },
      "questions-worker": { type: "string" },
      "names-only": { type: "boolean" },
      "pdf-only": { type: "boolean" },
      "pg-search": { type: "boolean" },
      threshold: { type: "string" },
      size: { type: "string" },
    },
    allowPositionals: true,
    strict: false,
  });
  const seed = Number(values.seed);
  const nQuestions = Number(values.questions);
  if (values.pg || typeof values["pg-replica"] === "string") {
    // the PostgreSQL store (bench/pg-bench.ts): one size, the database in DATABASE_URL
    const { pgBench, replica } = await import("./pg-bench.ts");
    if (typeof values["pg-replica"] === "string") result(await replica(Number(values["pg-replica"]), seed, nQuestions));
    else await pgBench(Number(String(values.sizes).split(",").pop()), seed, nQuestions, typeof values.workers === "string" ? Number(values.workers) : undefined);
    return;
  }
  if (values["pg-search"]) {
    const { pgSearchBench } = await import("./pg-search.ts");
    const num = (v: unknown) => (typeof v === "string" ? Number(v) : undefined);
    process.stdout.write(`${await pgSearchBench(Number(String(values.sizes).split(",").pop()), seed, nQuestions, { threshold: num(values.threshold), size: num(values.size) })}\n`);
    return;
  }
  if (values["from-cache"]) {
    // the bot's start from the report cache and its answers, in this (fresh) process
    const { fromCache } = await import("./from-cache.ts");
    process.stdout.write(`${await fromCache(Number(String(values.sizes).split(",").pop()), seed, nQuestions)}\n`);
    return;
  }
  if (typeof values.startup === "string" && typeof values.snapshot === "string") {
    result(await startup(values.startup, values.snapshot, typeof values.cache === "string" ? values.cache : ""));
    return;
  }
  if (typeof values.worker === "string") {
    result(await measureSize(Number(values.worker), seed, nQuestions));
    return;
  }
  if (typeof values["names-worker"] === "string") {
    result(await measureNamesAt(Number(values["names-worker"]), seed));
    return;
  }
  if (typeof values["questions-worker"] === "string") {
    const { makeQuestionSets } = await import("./questions-apart.ts");
    result(await makeQuestionSets(Number(values["questions-worker"]), seed, nQuestions));
    return;
  }
  if (typeof values["names-memory-worker"] === "string") {
    result(await measureNamesMemory(Number(values["names-memory-worker"]), seed));
    return;
  }
  if (values["pdf-only"]) {
    process.stdout.write(`${pdfReport(await pdfTiming())}\n`);
    if (typeof values.workers === "string") {
      const pool = await pdfPoolThroughput(Number(values.workers));
      if (pool) process.stdout.write(`\nReader pool (\`--workers ${pool.workers}\`, load average ${pool.load.map((l) => l.toFixed(2)).join(" ")} at the start): ${pool.files} PDFs in ${ms(pool.ms)} = **${((pool.files * 1000) / pool.ms).toFixed(1)} PDFs/s**.\n`);
    }
    return;
  }
  if (values["names-only"]) {
    process.stdout.write(`${namesReport(await child<NamesAtScale>(["--names-worker", String(NAMES_AT), "--seed", String(seed)]))}\n`);
    process.stdout.write(`\n${namesMemoryReport(await child<NamesMemory>(["--names-memory-worker", String(NAMES_MEMORY_AT), "--seed", String(seed)]))}\n`);
    return;
  }
  const sizes = String(values.sizes)
    .split(",")
    .map((s) => Number(s.trim().replace(/[_ ]/g, "")))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (!sizes.length) throw new Error("--sizes: a comma-separated list of corpus sizes, e.g. 100,1000,10000");
  const t0 = performance.now();
  const results: SizeResult[] = [];
  const failed: { size: number; error: string }[] = [];
  for (const size of sizes) {
    try {
      results.push(await child<SizeResult>(["--worker", String(size), "--seed", String(seed), "--questions", String(nQuestions)]));
    } catch (e) {
      // e.g. out of memory: report it and go on with the other sizes
      const error = e instanceof Error ? e.message.split("\n").slice(0, 3).join(" ") : String(e);
      log(`${size} reports failed: ${error}`);
      failed.push({ size, error });
    }
  }
  log(`names at ${count(NAMES_AT)} agencies…`);
  const names = await child<NamesAtScale>(["--names-worker", String(NAMES_AT), "--seed", String(seed)]).catch((e: unknown) => {
    log(`names failed: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  log("PDF reading…");
  const pdf = await pdfTiming().catch((e: unknown) => {
    log(`PDF reading failed: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  });
  process.stdout.write(`${report(results, failed, pdf, seed, nQuestions, performance.now() - t0)}\n${names ? `\n${namesReport(names)}\n` : ""}`);
  if (failed.length) process.exitCode = 1;
}

await main();

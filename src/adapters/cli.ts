/**
 * `nianbao check` and `nianbao ask`: the reader and the answerer on the command line.
 * With --json, one JSON object per line (the shapes the tests and shared/eval/score.mjs read).
 */
import { readdir, stat, writeFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createAnswerer } from "../answers/answerer.ts";
import { cacheDirOf } from "../bot/core.ts";
import { plainText } from "../bot/render.ts";
import { resolveReports } from "../bot/reports.ts";
import { openSearchIndex } from "../index/search.ts";
import { unreadableFiles } from "../index/unreadable.ts";
import { chartOf } from "../bot/chart/spec.ts";
import { isReportFile, loadCorpus, readReportFile } from "../index/corpus.ts";
import { groupedWarnings } from "../index/checks.ts";
import { cellLabel, unsureCells } from "../index/readings.ts";
import type { Answer, Report } from "../index/schema.ts";
import { acrossYears, acrossYearsJson, acrossYearsLines, type AcrossYears } from "../index/across-years.ts";
import type { PgStore } from "../store/pg/store.ts";

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin?: NodeJS.ReadableStream;
}

const stdio: Io = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), stdin: process.stdin };

/** A command line the user got wrong; main prints the message and the usage, exit code 2. */
export class UsageError extends Error {}

const CHECK_USAGE = "usage: nianbao check [--json] <file|dir>...\n       nianbao check [--json] --stored <agency or place> [year]   (a report in the database, DATABASE_URL)";
const ASK_USAGE = 'usage: nianbao ask [--json] [--data DIR] [--batch] [--chart out.png] "<question>"';

/**
 * node:util parseArgs, strict: an unknown flag (`--jsn`) is an error naming it, never a word of
 * the question. `--` ends the options (a question starting with “-”).
 */
function parse<T extends Record<string, { type: "boolean" | "string" }>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, strict: true, allowPositionals: true });
  } catch (e) {
    throw new UsageError(`${e instanceof Error ? e.message : String(e)}\n${usage}`);
  }
}

/** `nianbao check [--json] <file|dir>...` — exit 1 when a file could not be read. */
export async function checkCommand(argv: string[], io: Io = stdio): Promise<number> {
  const { values, positionals: args } = parse(argv, { json: { type: "boolean" }, stored: { type: "boolean" } }, CHECK_USAGE);
  const json = values.json === true;
  if (values.help) {
    io.out(CHECK_USAGE);
    return 0;
  }
  if (!args.length) {
    io.err(CHECK_USAGE);
    return 2;
  }
  if (values.stored) return checkStored(args.join(" "), json, io);
  let failed = 0;
  // Read every file first: a report is checked against the same agency's report of the year before.
  const read: ({ report: Report; ms: number } | { file: string; error: string })[] = [];
  for (const target of args) {
    const files = await expand(target).catch((e: unknown) => {
      io.err(`${target}: ${e instanceof Error ? e.message : String(e)}`);
      failed++;
      return [] as string[];
    });
    for (const file of files) {
      const t0 = performance.now();
      try {
        read.push({ report: await readReportFile(file), ms: performance.now() - t0 });
      } catch (e) {
        failed++;
        read.push({ file, error: e instanceof Error ? e.message : String(e) });
      }
    }
  }
  const reports = read.flatMap((x) => ("report" in x ? [x.report] : []));
  for (const x of read) {
    if ("error" in x) {
      if (json) io.out(JSON.stringify({ file: x.file, error: x.error }));
      else io.err(`✗ ${x.error}`);
      continue;
    }
    const across = acrossYears(x.report, reports);
    if (json) io.out(JSON.stringify(checkJson(x.report, across)));
    else io.out(checkText(x.report, x.ms, across));
  }
  return failed ? 1 : 0;
}

async function expand(target: string): Promise<string[]> {
  const s = await stat(target);
  if (!s.isDirectory()) return [target];
  return (await readdir(target)).filter(isReportFile).sort().map((f) => join(target, f));
}

export function checkJson(r: Report, across?: AcrossYears) {
  return {
    file: r.file,
    agency: r.agency,
    region: r.region,
    body: r.body ?? null,
    year: r.year,
    template: r.template,
    table1: r.table1,
    table2: r.table2,
    table3: r.table3,
    /** How each cell not read plainly was read (ReadHowSchema); every other cell: "table". */
    readings: r.readings,
    unsure: unsureCells(r),
    checks: r.checks,
    repairs: r.repairs,
    warnings: r.warnings,
    ...(across ? acrossYearsJson(across) : {}),
  };
}

function countFigures(r: Report): number {
  return [r.table1, r.table2, r.table3 ?? {}].flatMap((t) => Object.values(t)).flatMap((row) => (row ? Object.values(row) : [])).filter((v) => v !== null).length;
}

function checkText(r: Report, ms: number, across?: AcrossYears): string {
  const broken = r.checks.filter((c) => !c.holds);
  const lines = [
    `${r.file}: ${r.agency}（${r.region}）${r.year} 年 · ${r.template} 版模板 · 读到 ${countFigures(r)} 个表格数字、${r.narrative.length} 个正文数字 · ${ms.toFixed(0)} ms`,
    `  勾稽关系：${r.checks.length - broken.length} 条成立，${broken.length} 条不成立`,
    ...broken.map((c) => `  ✗ ${c.message}`),
    ...r.repairs.map((x) => `  ↻ ${x.description}`),
    ...unsureCells(r).map((u) => `  ? ${cellLabel(u.key)}：${u.value === null ? "未读取" : `读作 ${u.value}，不确定`}（${u.reason}）`),
    ...groupedWarnings(r.warnings).map((w) => `  ! ${w}`),
    ...(across ? acrossYearsLines(across).map((l) => `  ${l}`) : []),
  ];
  return lines.join("\n");
}

/**
 * `nianbao ask [--json] [--data DIR] [--batch] [--chart out.png] "<question>"`. With DATABASE_URL (and no --data)
 * the answers come from the database.
 */
export async function askCommand(argv: string[], io: Io = stdio): Promise<number> {
  const { values, positionals: args } = parse(argv, { json: { type: "boolean" }, batch: { type: "boolean" }, data: { type: "string" }, chart: { type: "string" } }, ASK_USAGE);
  if (values.help) {
    io.out(ASK_USAGE);
    return 0;
  }
  const json = values.json === true;
  const batch = values.batch === true;
  const data = values.data;
  const chartFile = values.chart;
  const url = data ? undefined : process.env["DATABASE_URL"];
  let answer: (q: string) => Answer | Promise<Answer>;
  let close = async () => {};
  if (url) {
    const store = await openPg(url);
    answer = (q) => store.answer(q);
    close = () => store.close();
  } else {
    // The bot's cache of parsed reports and search snapshot (data/.cache): a second ask does not read every file again.
    const dir = data ?? process.env["NIANBAO_DATA_DIR"] ?? "data/reports";
    const corpus = await loadCorpus(dir, { cacheDir: cacheDirOf(dir) });
    for (const e of corpus.errors) io.err(`! ${e.message}`);
    const answerer = createAnswerer(corpus.reports, { search: () => openSearchIndex(join(cacheDirOf(dir), "search"), corpus.reports), unreadable: unreadableFiles(corpus.errors, corpus.reports) });
    answer = (q) => answerer.answer(q);
  }
  try {
    return await askLoop(args, batch, json, answer, io, chartFile);
  } finally {
    await close();
  }
}

/**
 * `nianbao check --stored 浔阳区 2023`: a report from the database, found as /check finds it (the
 * name resolver over the reports' heads), read whole with its agency's other years — nothing else.
 */
async function checkStored(name: string, json: boolean, io: Io): Promise<number> {
  const url = process.env["DATABASE_URL"];
  if (!url) {
    io.err("nianbao check --stored reads the database: set DATABASE_URL=postgres://user@host:port/database");
    return 2;
  }
  const store = await openPg(url);
  try {
    const found = await resolveReports(store, name);
    if (found.kind !== "one") {
      io.err(plainText(found.reply));
      return 1;
    }
    const t0 = performance.now();
    const own = await store.reportsOf(found.report.agency);
    const ms = performance.now() - t0;
    const report = own.find((r) => r.file === found.report.file);
    if (!report) {
      io.err(`${found.report.file}: no longer in the database`);
      return 1;
    }
    const across = acrossYears(report, own);
    io.out(json ? JSON.stringify(checkJson(report, across)) : checkText(report, ms, across));
    return 0;
  } finally {
    await store.close();
  }
}

/** The database client is imported only when DATABASE_URL asks for it (`ask` over files starts without it). */
async function openPg(url: string, bulk = false): Promise<PgStore> {
  const { openPgStore } = await import("../store/pg/store.ts");
  return openPgStore(url, { listen: false, bulk });
}

async function askLoop(args: string[], batch: boolean, json: boolean, answer: (q: string) => Answer | Promise<Answer>, io: Io, chartFile?: string): Promise<number> {
  const print = async (q: string) => {
    const a = await answer(q);
    io.out(json ? JSON.stringify(a) : `${a.text}\n`);
    return a;
  };
  if (!batch) {
    const q = args.join(" ").trim();
    if (!q) {
      io.err(ASK_USAGE);
      return 2;
    }
    const a = await print(q);
    if (chartFile) {
      // Trend, ranking, comparison and breakdown answers have a chart; others say so.
      const chart = chartOf(a);
      if (!chart) {
        io.err(`no chart for this answer (${a.kind}): charts are drawn for trends, rankings, comparisons and breakdowns`);
        return 1;
      }
      const { chartPng } = await import("../bot/chart/png.ts");
      await writeFile(chartFile, chartPng(chart));
      io.err(`chart written to ${chartFile}`);
    }
    return 0;
  }
  const rl = createInterface({ input: io.stdin ?? process.stdin, crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) await print(line);
  return 0;
}

/** `nianbao import DIR [--workers N]`: a folder's reports into the database; exit 1 when a file could not be read. */
export async function importCommand(argv: string[], io: Io = stdio): Promise<number> {
  const { values, positionals: args } = parse(argv, { workers: { type: "string" } }, "usage: DATABASE_URL=postgres://… nianbao import DIR [--workers N]");
  const workers = values.workers;
  const url = process.env["DATABASE_URL"];
  if (args.length !== 1 || (workers !== undefined && !/^[1-9]\d*$/.test(workers))) {
    io.err("usage: DATABASE_URL=postgres://… nianbao import DIR [--workers N]");
    return 2;
  }
  if (!url) {
    io.err("nianbao import writes to the database: set DATABASE_URL=postgres://user@host:port/database");
    return 2;
  }
  const dir = args[0] as string;
  const st = await stat(dir).catch(() => null);
  if (!st?.isDirectory()) {
    io.err(`${dir}: not a folder`);
    return 2;
  }
  const store = await openPg(url, true);
  const { importDir } = await import("../store/pg/import.ts");
  try {
    const tty = process.stderr.isTTY;
    let last = 0;
    const summary = await importDir(store, dir, {
      ...(workers ? { workers: Number(workers) } : {}),
      onProgress(done, total, s) {
        const now = performance.now();
        if (done < total && now - last < (tty ? 200 : 5000)) return;
        last = now;
        const line = `[import] ${progressBar(done, total)} ${done}/${total} · ${s.stored} stored · ${s.known} already there · ${s.unreadable.length} unreadable`;
        if (tty) process.stderr.write(`\r${line}${done === total ? "\n" : ""}`);
        else io.err(line);
      },
    });
    io.out(`${summary.files} files in ${(summary.ms / 1000).toFixed(1)} s (${(summary.files / (summary.ms / 1000)).toFixed(1)} files/s): ${summary.stored} stored, ${summary.known} already stored, ${summary.twins.length} of an agency and year already stored, ${summary.unreadable.length} unreadable.`);
    for (const t of summary.twins) io.out(`= ${t.message}`);
    for (const u of summary.unreadable) io.out(`✗ ${u.message}`);
    return summary.unreadable.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

function progressBar(done: number, total: number): string {
  const width = 24;
  const full = total ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(full)}${".".repeat(width - full)}]`;
}

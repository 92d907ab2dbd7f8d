/**
 * `npm run bench -- --from-cache --sizes N [--questions Q]`: the bot's own start, measured — a
 * fresh process loads the synthetic corpus of N reports from its report cache (left by an earlier
 * `npm run bench -- --sizes N`, or made now by reading every file), as `npm start` and `nianbao
 * ask` do, then answers Q mixed questions (the search snapshot loaded on the first free-text one — built and saved, as the bot does, when it was made from other reports).
 * Prints start-up wall and CPU time, RSS, and answer p50/p99 by kind, in wall time, in the
 * process's CPU time, and (on Linux) in wall time less the main thread's waiting for a core (on a
 * machine shared with other work, wall time includes that wait; the process's CPU time includes its
 * other threads — V8's compiler and collector helpers — which an idle machine runs beside the answer).
 */
import { existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { questionSetsApart } from "./questions-apart.ts";

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : v >= 10 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`);
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/**
 * How long the main thread has waited for a core so far, in ms: the run delay of Linux's
 * /proc/<pid>/task/<pid>/schedstat (second field, ns), counted when the thread gets a core — so read
 * while it runs, it is up to date. Null where there is no such file.
 */
function waitedMs(): number | null {
  try {
    return Number(readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
  } catch {
    return null;
  }
}

export async function fromCache(size: number, seed: number, n: number): Promise<string> {
  const dir = join(tmpdir(), `nianbao-bench-s${seed}-n${size}`);
  const cacheDir = join(tmpdir(), `nianbao-bench-cache-s${seed}-n${size}`);
  const snapshotDir = join(tmpdir(), `nianbao-bench-snapshot-s${seed}-n${size}`);
  const warm = existsSync(join(cacheDir, "reports.v8"));
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const { loadCorpus } = await import("../src/index/corpus.ts");
  const { createAnswerer } = await import("../src/answers/answerer.ts");
  const { openSearchIndex } = await import("../src/index/search.ts");
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  const corpus = await loadCorpus(dir, { cacheDir });
  const answerer = createAnswerer(corpus.reports, { search: () => openSearchIndex(snapshotDir, corpus.reports) });
  const t2 = performance.now();
  const c2 = process.cpuUsage();
  const rssStart = process.memoryUsage().rss;
  // made in a process of their own: the corpus's hand-known figures are not the bot's memory
  const sets = await questionSetsApart(size, seed, n);
  for (const q of sets.warm) answerer.answer(q.q);
  // own: the wall time less the main thread's wait for a core (what an idle machine's wall time would be, its helper threads' waits aside)
  const times: { kind: string; q: string; t: number; cpu: number; own: number }[] = [];
  for (const q of sets.timed) {
    const w0 = waitedMs();
    const a0 = performance.now();
    const u0 = process.cpuUsage();
    answerer.answer(q.q);
    const cpu = cpuMs(process.cpuUsage(u0));
    const t = performance.now() - a0;
    const w1 = waitedMs();
    times.push({ kind: q.kind, q: q.q, t, cpu, own: w0 === null || w1 === null ? NaN : t - (w1 - w0) });
  }
  const all = times.map((x) => x.t).sort((a, b) => a - b);
  const allCpu = times.map((x) => x.cpu).sort((a, b) => a - b);
  const allOwn = times.map((x) => x.own).sort((a, b) => a - b);
  const rows = [
    `Start-up from the report cache, ${corpus.reports.length} reports (seed ${seed}), ${new Date().toISOString().slice(0, 10)}${warm ? "" : " — there was no cache: every file was read"}`,
    "",
    "| measure | value |",
    "| --- | ---: |",
    `| imports | ${ms(t1 - t0)} (${ms(cpuMs(process.cpuUsage(c0)) - cpuMs(process.cpuUsage(c1)))} CPU) |`,
    `| **start-up**: \`loadCorpus\` + \`createAnswerer\`, wall / CPU | **${ms(t2 - t1)}** / ${ms(cpuMs(c2) - cpuMs(c1))} |`,
    `| RSS after start-up / after answering | ${mb(rssStart)} / ${mb(process.memoryUsage().rss)} |`,
    `| **answer p50 / p99** (${times.length} mixed questions) | ${ms(quantile(all, 0.5))} / **${ms(quantile(all, 0.99))}** |`,
    `| answer CPU p50 / p99 (the process's CPU time: what waiting for a loaded machine's cores leaves out) | ${ms(quantile(allCpu, 0.5))} / ${ms(quantile(allCpu, 0.99))} |`,
    `| answer p50 / p99, wall less the main thread's wait for a core (Linux) | ${ms(quantile(allOwn, 0.5))} / ${ms(quantile(allOwn, 0.99))} |`,
    `| questions over 10 ms, wall / CPU / wall less wait (p99 ≤ 10 ms allows ${Math.floor(times.length / 100)}) | ${times.filter((x) => x.t > 10).length} / ${times.filter((x) => x.cpu > 10).length} / ${times.filter((x) => x.own > 10).length} of ${times.length} |`,
  ];
  for (const kind of new Set(times.map((x) => x.kind))) {
    const own = times.filter((x) => x.kind === kind).sort((a, b) => a.t - b.t);
    const ts = own.map((x) => x.t);
    const cs = own.map((x) => x.cpu).sort((a, b) => a - b);
    const os = own.map((x) => x.own).sort((a, b) => a - b);
    rows.push(`|   ${kind} (${ts.length}) p50 / p99 / max; CPU p99; less wait p99 | ${ms(quantile(ts, 0.5))} / ${ms(quantile(ts, 0.99))} / ${ms(ts[ts.length - 1] ?? NaN)}; ${ms(quantile(cs, 0.99))}; ${ms(quantile(os, 0.99))} |`);
  }
  rows.push("", "Slowest:", ...[...times].sort((a, b) => b.t - a.t).slice(0, 5).map((x) => `- ${ms(x.t)} (${ms(x.cpu)} CPU, ${ms(x.own)} less wait) ${x.kind}: ${x.q}`));
  return rows.join("\n");
}

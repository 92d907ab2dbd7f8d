/* global process, performance */
// A bot replica measured as it runs (bench/pg-bench.ts starts it): this process loads the code the
// way bin/nianbao.mjs does (the compiled build when it matches the sources, else tsx: entry.mjs),
// opens the bot's core over DATABASE_URL and answers the question sets read from stdin (made in a
// process of their own: questions-apart.ts), then the bot's commands; prints `RESULT {json}`.
import { load } from "../bin/entry.mjs";

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

let input = "";
for await (const chunk of process.stdin) input += chunk;
const sets = JSON.parse(input);
const url = process.env.DATABASE_URL ?? "";
const { codeBase } = await import("../bin/entry.mjs");
const t0 = performance.now();
const { createPgCore } = await load("bot/core-pg");
const core = await createPgCore(url);
const store = core.store;
const openMs = performance.now() - t0;
const rssAfterOpen = process.memoryUsage().rss;
const f0 = performance.now();
await store.answer(sets.first.q);
const firstAnswerMs = performance.now() - f0;
for (const q of sets.warm) await store.answer(q.q);
const times = [];
const statuses = {};
const rssSamples = [];
for (const q of sets.timed) {
  if (times.length % 50 === 0) rssSamples.push(process.memoryUsage().rss);
  const a0 = performance.now();
  const a = await store.answer(q.q);
  times.push({ kind: q.kind, q: q.q, t: performance.now() - a0 });
  statuses[a.status] = (statuses[a.status] ?? 0) + 1;
}
// what a chat's commands cost: help, the report list's first and a far page, /check of an agency
const { createConversation } = await load("bot/conversation");
const conv = createConversation(core, { ratePerMinute: Number.MAX_SAFE_INTEGER });
const names = store.names();
const commands = {};
for (const text of ["/help", "/reports", "/reports 第300页", `/check ${names[Math.floor(names.length / 2)]?.agency ?? ""}`]) {
  const c0 = performance.now();
  await conv.handle({ platform: "console", text, userId: "bench", chatId: "bench", isAdmin: false });
  commands[text.replace(/^\/check .*/, "/check <agency>")] = performance.now() - c0;
}
const sorted = times.map((x) => x.t).sort((a, b) => a - b);
const byKind = {};
for (const kind of new Set(times.map((x) => x.kind))) {
  const own = times.filter((x) => x.kind === kind).sort((a, b) => a.t - b.t);
  const ts = own.map((x) => x.t);
  byKind[kind] = { n: ts.length, p50: quantile(ts, 0.5), p99: quantile(ts, 0.99), max: ts[ts.length - 1] ?? NaN, slowest: own[own.length - 1]?.q ?? "" };
}
const before = process.memoryUsage();
const rssAfterAnswers = before.rss;
globalThis.gc?.();
const memory = { before, afterGc: globalThis.gc ? process.memoryUsage() : null };
await core.close();
const code = (await codeBase()).compiled ? "compiled build (dist/)" : "sources through tsx";
const result = { code, nodeFlags: process.execArgv.join(" "), openMs, firstAnswerMs, sinceProcessStartMs: performance.now(), rssAfterOpen, rssAfterAnswers, rssSamples, memory, n: times.length, p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), byKind, statuses, commands };
process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);

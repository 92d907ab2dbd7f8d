/**
 * `npm run fuzz -- [--seed N] [--count M] [--budget-ms B]`: a seeded fuzzing campaign over the bundled
 * reports (test/helpers/fuzz.ts says what is mutated and what must hold). Each mutant is read in the
 * bot's reader pool, so a read that hangs is caught by its time budget and counted. Prints a summary
 * and every problem with its seed and index (the same seed gives the same mutants); exit 1 on any.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createReaderPool } from "../src/index/reader-pool.ts";
import { campaign, type Source } from "../test/helpers/fuzz.ts";

const { values } = parseArgs({ options: { seed: { type: "string", default: "1" }, count: { type: "string", default: "2000" }, "budget-ms": { type: "string", default: "20000" }, data: { type: "string", default: "data/reports" } } });
const seed = Number(values.seed);
const count = Number(values.count);
const budgetMs = Number(values["budget-ms"]);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1 || !(budgetMs > 0)) {
  console.error("usage: npm run fuzz -- [--seed N] [--count M] [--budget-ms B] [--data DIR]");
  process.exit(2);
}
const dir = values.data;
const sources: Source[] = readdirSync(dir)
  .filter((f) => /\.(txt|md|html?)$/i.test(f))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));

const reader = createReaderPool({ budgetMs });
const t0 = performance.now();
let hangs = 0;
const read = (name: string, data: Uint8Array) =>
  reader.read(name, data).catch((e: unknown) => {
    // Over the time budget: a hang for this campaign (the bot refuses such a file the same way).
    if (e instanceof Error && /reading took longer than/.test(e.message)) hangs++;
    throw e;
  });
const s = await campaign(sources, count, seed, {
  read,
  onEach: (i, sum) => {
    if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${count} mutants, ${sum.problems.length} problems\n`);
  },
});
await reader.close();
const secs = ((performance.now() - t0) / 1000).toFixed(1);
const kinds = (k: string) => s.problems.filter((p) => p.problem.kind === k).length;
console.log(`seed ${seed}: ${s.mutants} mutants of ${sources.length} reports in ${secs} s`);
console.log(`  read ${s.read}, refused with a clear message ${s.refused - kinds("read-crash")}, of them over the time budget (hangs) ${hangs}`);
console.log(`  ${s.answers} questions answered, ${s.figures} figures stated, ${s.silentChanges} differing from the unmutated report with no note`);
console.log(`  crashes: reading ${kinds("read-crash")}, answering ${kinds("answer-crash")}; figures not printed in the file ${kinds("unprinted-figure")}; implausible figures stated ${kinds("implausible-figure")}`);
console.log(`  mutations: ${Object.entries(s.byMutation).map(([k, v]) => `${k} ${v}`).join(", ")}`);
for (const c of s.changes.slice(0, 20)) console.log(`  changed with no note: #${c.index} ${c.file} [${c.applied.join(", ")}] ${c.question}: ${c.before} → ${c.after}`);
for (const p of s.problems.slice(0, 50)) console.log(`  #${p.index} ${p.file} [${p.applied.join(", ")}]: ${JSON.stringify(p.problem).slice(0, 400)}`);
if (s.problems.length > 50) console.log(`  … ${s.problems.length - 50} more`);
process.exitCode = s.problems.length || hangs ? 1 : 0;

/**
 * The two stores side by side: `DATABASE_URL=… node bin/run-ts.mjs bench/identity.ts QUESTIONS [--data DIR]`
 * answers each question (a JSON line with "q", or a plain line) from the folder in memory and from
 * the database, and prints the questions whose JSON answers differ. Exit 1 when any differs.
 */
import { readFileSync } from "node:fs";
import { createAnswerer } from "../src/answers/answerer.ts";
import { loadCorpus } from "../src/index/corpus.ts";
import { openPgStore } from "../src/store/pg/store.ts";

const [file, ...rest] = process.argv.slice(2);
const at = rest.indexOf("--data");
const dir = at >= 0 ? (rest[at + 1] as string) : "data/reports";
const url = process.env["DATABASE_URL"];
if (!file || !url) {
  console.error("usage: DATABASE_URL=postgres://… node bin/run-ts.mjs bench/identity.ts QUESTIONS [--data DIR]");
  process.exit(2);
}
const questions = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => (l.trim().startsWith("{") ? String((JSON.parse(l) as { q: unknown }).q) : l.trim()));
const today = () => new Date("2026-11-23");
const memory = createAnswerer((await loadCorpus(dir)).reports, { today });
const store = await openPgStore(url, { listen: false });
let differ = 0;
const kinds = new Map<string, number>();
for (const q of questions) {
  const m = memory.answer(q);
  const p = await store.answer(q, { today });
  kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  if (JSON.stringify(m) !== JSON.stringify(p)) {
    differ++;
    console.log(`≠ ${q}\n  memory: ${JSON.stringify(m).slice(0, 300)}\n  pg:     ${JSON.stringify(p).slice(0, 300)}`);
  }
}
await store.close();
console.log(`${questions.length} questions (${[...kinds].map(([k, n]) => `${k} ${n}`).join(", ")}): ${questions.length - differ} identical, ${differ} differ`);
process.exit(differ ? 1 : 0);

/**
 * The bench's questions made in a process of their own: making them needs the synthetic corpus's
 * hand-known figures (truth.json: 182 MB of live heap at 50 000 reports), which must not sit in the
 * process whose memory is measured (a bot replica, the bot's own start from the cache).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { BenchQuestion } from "./questions.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

export interface QuestionSets {
  /** One figure question: the first answer. */
  first: BenchQuestion;
  /** Warm-up questions (not timed). */
  warm: BenchQuestion[];
  /** The timed mixed questions. */
  timed: BenchQuestion[];
}

/** In the child (`bench.ts --questions-worker N`): the sets for the corpus of `size` reports. */
export async function makeQuestionSets(size: number, seed: number, n: number): Promise<QuestionSets> {
  const { syntheticCorpus, Rand } = await import("./synthetic.ts");
  const { QuestionMaker } = await import("./questions.ts");
  const gen = await syntheticCorpus(size, seed);
  const maker = new QuestionMaker(gen.truth, gen.plans, seed);
  return { first: maker.figure(new Rand(seed)), warm: maker.mixed(30, seed + 1), timed: maker.mixed(n, seed) };
}

/** The sets, made in a child process (its memory is gone when it exits). */
export function questionSetsApart(size: number, seed: number, n: number): Promise<QuestionSets> {
  const args = [fileURLToPath(new URL("../bin/run-ts.mjs", import.meta.url)), "bench/bench.ts", "--questions-worker", String(size), "--seed", String(seed), "--questions", String(n)];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }, (err, stdout) => {
      const line = stdout.split("\n").reverse().find((l) => l.startsWith("RESULT "));
      if (line) resolve(JSON.parse(line.slice("RESULT ".length)) as QuestionSets);
      else reject(err ?? new Error("the questions worker printed no result"));
    });
  });
}

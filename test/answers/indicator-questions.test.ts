/**
 * The indicator question set (test/fixtures/questions/indicators.jsonl, in the format of
 * shared/eval/score.mjs, with `tol` for rates) answered over the bundled reports and scored the
 * way score.mjs scores: status; the first figure's value (within tol), region and year, and a
 * verbatim quote; a ranking's top; a comparison's and a trend's values.
 */
import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema, type Answer, type AnswerFigure } from "../../src/index/schema.ts";

interface Expect {
  status: string;
  kind?: string;
  region?: string;
  year?: number;
  value?: number;
  tol?: number;
  top?: string;
  values?: Record<string, number>;
  series?: Record<string, number>;
}
const CASES = readFileSync(new URL("../fixtures/questions/indicators.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { q: string; expect: Expect });

const DIR = new URL("../../data/reports/", import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, "");
const corpusText = readdirSync(DIR).filter((f) => !f.startsWith(".")).map((f) => squash(readFileSync(new URL(f, DIR), "utf8"))).join("\n");

const near = (a: number | undefined, b: number, tol?: number) => typeof a === "number" && Math.abs(a - b) <= (tol ?? 1e-6 * Math.max(1, Math.abs(b)));
const sameRegion = (f: AnswerFigure | undefined, r: string) => !!f && [f.region, f.agency].some((x) => x === r || x.startsWith(r));

/** What score.mjs would say is wrong with the answer; empty when it passes. */
function problems(a: Answer, e: Expect): string[] {
  const why: string[] = [];
  if (a.status !== e.status) why.push(`status ${a.status} != ${e.status}`);
  if (e.status !== "answered") return why;
  const figs = a.figures;
  if (e.kind === "ranking") {
    if (!sameRegion(figs[0], e.top ?? "") || !near(figs[0]?.value, e.value ?? NaN, e.tol)) why.push(`top ${figs[0]?.region}=${figs[0]?.value}`);
  } else if (e.kind === "trend") {
    for (const [y, v] of Object.entries(e.series ?? {})) if (!figs.some((f) => sameRegion(f, e.region ?? "") && f.year === Number(y) && near(f.value, v, e.tol))) why.push(`${y} should be ${v}`);
  } else if (e.kind === "comparison") {
    for (const [r, v] of Object.entries(e.values ?? {})) if (!figs.some((f) => sameRegion(f, r) && near(f.value, v, e.tol))) why.push(`${r} should be ${v}`);
  } else {
    const f = figs[0];
    if (!f) why.push("no figure");
    else {
      if (!near(f.value, e.value ?? NaN, e.tol)) why.push(`value ${f.value} != ${e.value}`);
      if (!sameRegion(f, e.region ?? "")) why.push(`region ${f.region}`);
      if (f.year !== e.year) why.push(`year ${f.year}`);
    }
    if (!a.quotes.length) why.push("no quote");
    else if (!a.quotes.every((q) => corpusText.includes(squash(q.text)))) why.push("a quote is not verbatim");
  }
  return why;
}

describe("indicator questions (score.mjs format)", () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const corpus = await loadCorpus(DIR.pathname);
    answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-23") });
  });

  it.each(CASES)("$q", ({ q, expect: e }) => {
    const a = AnswerSchema.parse(answerer.answer(q));
    expect(problems(a, e), a.text).toEqual([]);
  });
});

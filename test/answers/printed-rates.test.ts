/**
 * Rates the report prints (test/eval/printed-rates.jsonl, score.mjs format, read by hand from
 * data/reports): answered as printed — unit %, the sentence quoted, a note that it is the report's
 * own figure — when the question's words are that rate's; rates it does not print stay computed
 * (公开率, 办结率, 占比) or refused, and a rate the tables cannot give is never answered with the
 * applications' rate (乐清 12345热线办结率 is not 98.57 %).
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema } from "../../src/index/schema.ts";

interface Case {
  q: string;
  expect: { status: string; region?: string; year?: number; value?: number; tol?: number };
}
const CASES = readFileSync(new URL("../eval/printed-rates.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);

let answerer: Answerer;
beforeAll(async () => {
  const corpus = await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname);
  answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-30") });
});
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

describe("printed and computed rates (test/eval/printed-rates.jsonl)", () => {
  it.each(CASES)("$q", ({ q, expect: e }) => {
    const a = ask(q);
    expect(a.status, a.text).toBe(e.status);
    if (e.status === "answered") {
      expect(a.figures[0]?.unit).toBe("%");
      expect(Math.abs((a.figures[0]?.value ?? NaN) - (e.value ?? NaN)), a.text).toBeLessThanOrEqual(e.tol ?? 0);
      expect([a.figures[0]?.region, a.figures[0]?.year]).toEqual([e.region, e.year]);
    } else expect(a.figures).toEqual([]);
  });
});

describe("how a printed rate is said", () => {
  it("as the report's own figure: narrative source, the sentence, the note; no formula", () => {
    const a = ask("乐平市2023年市长信箱答复率");
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ metric: "narrative", value: 100, unit: "%" });
    expect(a.figures[0]?.source).toContain("（正文）");
    expect(a.quotes[0]?.text).toContain("答复率100%");
    expect(a.text).toContain("不是由表格计算的");
    expect(a.text).not.toContain("计算：");
  });

  it("the applications' 办结率 is still computed, with its formula", () => {
    const a = ask("赣州市2023年办结率是多少");
    expect(a.figures[0]?.metric).toMatch(/^indicator\./u);
    expect(a.text).toContain("计算：办结率");
  });

  it("a named rate the report does not print says so, and why the tables cannot give it", () => {
    const a = ask("浔阳区2023年按期办结率");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("报告正文没有印出这一比率");
    expect(a.text).toContain("没有按期（及时）办结的件数");
  });
});

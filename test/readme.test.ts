/**
 * The README shows only real output: every answer in its “What you can ask” block is what the bot
 * answers today over the bundled reports (the README once showed an inconsistency a report did not
 * have). Questions there name their year, so the date does not matter.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../src/answers/answerer.ts";
import { loadCorpus } from "../src/index/corpus.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const block = /## What you can ask\s+```text\n([\s\S]*?)```/u.exec(readme)?.[1] ?? "";
const examples = block
  .split(/^> /mu)
  .filter((e) => e.trim())
  .map((e) => {
    const [question = "", ...answer] = e.trimEnd().split("\n");
    return [question.trim(), answer.join("\n")] as const;
  });

let answerer: Answerer;
beforeAll(async () => {
  answerer = createAnswerer((await loadCorpus(new URL("../data/reports/", import.meta.url).pathname)).reports, { today: () => new Date("2026-11-23") });
});

describe("README “What you can ask”", () => {
  it("has examples", () => expect(examples.length).toBeGreaterThanOrEqual(3));
  it.each(examples)("%s", (question, answer) => {
    expect(answerer.answer(question).text).toBe(answer);
  });
});

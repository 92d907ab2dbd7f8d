/**
 * A rate printed as an item of a list after its channel's count (“受理“书记信箱”信件132件、回复率96.5%,“民生热线”
 * 来电410件、回复率99.1%”): the rate asked with its channel (书记信箱回复率) is the one listed with that channel's
 * count, quoted as printed — not a choice between the two rates, nor a formula the tables cannot fill.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const withSentence = (sentence: string) => {
  const text = sample("xunyang-2023.txt");
  return parseReport(`${text.slice(0, text.search(TABLES))}\n${sentence}\n`, "xunyang-2023.txt");
};
const ask = (sentence: string, what: string) => createAnswerer([withSentence(sentence)]).answer(`浔阳区2023年${what}`);

describe("a rate listed after its channel's count", () => {
  const sentence = "全年受理“书记信箱”信件132件、回复率96.5%,“民生热线”来电410件、回复率99.1%。";
  it("书记信箱回复率 → 96.5 %, as printed", () => {
    const a = ask(sentence, "书记信箱回复率");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[96.5, "%"]]);
  });

  it("the channel's count is never given for its rate", () => {
    const a = ask(sentence, "书记信箱回复率");
    expect(a.figures.map((f) => f.value)).not.toContain(132);
  });
});

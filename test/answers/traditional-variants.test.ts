/**
 * Reports printed in traditional characters half converted: “谘詢” (谘, the simplified form of 諮,
 * beside a traditional 詢). OpenCC's tables keep 谘, so the sentence read “谘询” and a question on
 * 咨询 did not find it. Variant forms the mainland writes otherwise are folded with the conversion;
 * the quote stays as printed.
 */
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const toTraditional = (text: string) => {
  const require = createRequire(import.meta.url);
  const opencc = require("opencc-js/cn2t") as { Converter(o: { from: string; to: string }): (s: string) => string };
  return opencc.Converter({ from: "cn", to: "tw" })(text);
};
/** xunyang-2023 cut before its tables, in traditional characters, with `sentence` (as printed) written in. */
const traditionalWith = (sentence: string) => {
  const text = sample("xunyang-2023.txt");
  return parseReport(`${toTraditional(text.slice(0, text.search(TABLES)))}\n${sentence}\n`, "xunyang-2023.txt");
};

describe("谘 in a traditional report is read as 咨", () => {
  it.each([
    ["辦理谘詢投訴件8條,回覆率達100%。", "办理咨询投诉件多少条", 8],
    ["全年共受理群眾有效谘詢電話訴求260餘件。", "受理有效咨询电话诉求多少件", 260],
  ])("%s — %s → %d", (sentence, what, value) => {
    const a = createAnswerer([traditionalWith(sentence)]).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.quotes.map((q) => q.text).join("\n")).toContain("谘詢");
  });

  it("a count of something else in the same report is not given for 咨询", () => {
    const a = createAnswerer([traditionalWith("辦理投訴件8條。")]).answer("浔阳区2023年办理咨询投诉件多少条");
    expect(a.figures.map((f) => f.value)).not.toContain(8);
  });
});

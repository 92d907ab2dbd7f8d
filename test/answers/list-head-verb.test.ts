/**
 * A verb heading a list of counts (“发布工作动态45条、更新办事指南8项、新闻稿件67篇”): an item that opens with its
 * noun is counted under the list's verb, so a question saying them together (发布新闻稿件多少篇: 发布新闻 is one word to the tokenizer) is answered with
 * the item's number, not refused as words not understood. Another item's number is never given for it.
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

describe("an item of a list takes the verb heading it", () => {
  const sentence = "依托门户网站和政务新媒体,发布工作动态45条、更新办事指南8项、新闻稿件67篇,及时回应关切。";
  it.each([
    ["发布新闻稿件多少篇", 67],
    ["发布工作动态多少条", 45],
  ])("%s → %d", (what, value) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  it("a verb no item of the list says is still not understood", () => {
    const a = ask(sentence, "撤回新闻稿件多少篇");
    expect(a.figures.map((f) => f.value)).not.toContain(67);
  });
});

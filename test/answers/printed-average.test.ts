/**
 * An average the report prints (“受件平均办理时间为9天”, “平均答复用时6.5个工作日”): asked for, it is
 * quoted as printed — not refused as an average the tables cannot give. An average the report does
 * not print stays refused, and a time limit (“20个工作日内”) is no average.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
/** xunyang-2023 cut before its tables, with `sentence` written in. */
const withSentence = (sentence: string) => {
  const text = sample("xunyang-2023.txt");
  return parseReport(`${text.slice(0, text.search(TABLES))}\n${sentence}\n`, "xunyang-2023.txt");
};
const ask = (sentence: string, what: string) => createAnswerer([withSentence(sentence)]).answer(`浔阳区2023年${what}`);

describe("a printed average is quoted", () => {
  it.each([
    ["对申请事项逐一答复，申请平均办理时间为7天。", "申请平均办理时间几天", 7, "天"],
    ["依申请公开件平均答复用时6.5个工作日，均在法定期限内。", "依申请公开平均答复用时多少个工作日", 6.5, "个工作日"],
    ["对申请事项逐一答复，申请平均办理时间为7天。", "平均办理时间", 7, "天"],
  ])("%s — %s → %d", (sentence, what, value, unit) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
    expect(a.quotes.map((q) => q.text).join("")).toContain("平均");
  });

  it("an average not printed is still refused, not answered with a time limit", () => {
    const a = ask("所有申请均在20个工作日内答复。", "平均办理时间几天");
    expect(a.status).not.toBe("answered");
    expect(a.figures).toEqual([]);
  });
});

/**
 * The year's applications as real narratives word them when their tables are cut (outside round 16):
 * the noun 依申请件 (“共收到依申请件35件”), a total word after the noun with the verb far before it
 * (“累计办理…依申请公开信息合计19件”), the verb's object spelt out (“受理9件依申请公开政府信息的申请”,
 * “收到公开政府信息申请4件”), and the applicants said as a noun phrase (“收到2个自然人的政府信息公开申请”)
 * or in a remark after the count (“…5件，均为自然人网上申请”). Every sentence is invented and written
 * into a bundled sample cut before its tables, its own sentences on applications removed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const withoutStatements = (text: string) =>
  text
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼|处罚|许可|强制|信息\d|微信/.test(s)).join(""))
    .join("\n");
const xunyang = (sentence: string) => {
  const text = sample("xunyang-2023.txt");
  return createAnswerer([parseReport(`${withoutStatements(text.slice(0, text.search(TABLES)))}\n${sentence}\n`, "xunyang-2023.txt")]);
};
const values = (a: Answer) => a.figures.map((f) => f.value);
const fromText = (a: Answer) => a.figures.length > 0 && a.figures.every((f) => f.source.endsWith("（正文）"));

describe("本年新收 in the wordings of cut reports", () => {
  it.each([
    ["2023年，共收到依申请件35件，其中自然人34件，企业1件，办结32件。", 35],
    ["全年受理依申请公开件12件，均已按时办结。", 12],
    ["2023年，浔阳区累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计19件，18件按期答复办结。", 19],
    ["全年依申请公开政府信息共计7件，均按时答复。", 7],
    ["自2023年1月1日起至2023年12月31日，我区受理9件依申请公开政府信息的申请。", 9],
    ["收到公开政府信息申请4件，均及时予以公开。", 4],
    ["全年共接到公开政府信息的申请6件。", 6],
  ])("“%s” → %d", (sentence, value) => {
    const a = xunyang(sentence).answer("浔阳区2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(a.figures[0]?.label).toContain("本年新收");
    expect(fromText(a)).toBe(true);
  });

  it.each([
    ["全年依申请公开累计办结19件。"],
    ["依申请公开答复合计办理19件。"],
    ["全年主动公开政府信息合计19件。"],
    ["其中依申请公开信息合计19件。"],
  ])("guard: done, not received, or a part: “%s” states no 本年新收", (sentence) => {
    const a = xunyang(sentence).answer("浔阳区2023年依申请公开多少件");
    expect(values(a).filter((v) => sentence.includes(String(v))), a.text).toEqual([]);
  });

  it("the applicants listed after the new noun, and the share worked out from them", () => {
    const r = xunyang("2023年，共收到依申请件35件，其中自然人34件，企业1件，办结32件，结转下年办理3件。");
    const person = r.answer("浔阳区2023年自然人申请多少件");
    expect(values(person), person.text).toEqual([34]);
    const share = r.answer("浔阳区2023年自然人占比");
    expect(share.status, share.text).toBe("answered");
    expect(values(share)[0]).toBeCloseTo(97.14, 1);
  });
});

describe("applicants said as a noun phrase or in a remark after the year's count", () => {
  it.each([
    ["2023年，浔阳区共收到2个自然人的政府信息公开申请，均在规定时限内予以回复。", 2],
    ["2023年，我区收到政府信息公开申请5件，均为自然人网上申请，办结5件。", 5],
    ["全年共受理政府信息公开申请6件（均为自然人提交），同比持平。", 6],
    ["全年收到政府信息公开申请3件，全部由公民个人提出。", 3],
  ])("“%s” → 自然人 %d", (sentence, value) => {
    const a = xunyang(sentence).answer("浔阳区2023年自然人申请多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(a.figures[0]?.label).toContain("自然人");
    expect(fromText(a)).toBe(true);
  });

  it.each([
    ["2023年，我区收到政府信息公开申请5件，均为自然人和法人网上申请。"],
    ["2023年，我区收到政府信息公开申请5件，其中网上申请3件，均为自然人提交。"],
    ["2023年，我区共收到自然人及法人或其他组织申请5件。"],
    ["2023年，我区办结政府信息公开申请5件，均为自然人申请。"],
  ])("guard: two applicants, a part, or not the received count: “%s” gives no 自然人 5", (sentence) => {
    const a = xunyang(sentence).answer("浔阳区2023年自然人申请多少件");
    expect(values(a), a.text).not.toContain(5);
  });
});

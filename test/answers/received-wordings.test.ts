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
import { findYears } from "../../src/answers/understand.ts";
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

describe("carried over as reports print it: 转结 for 结转, the year itself for 上年 / 下年度", () => {
  it.each([
    ["共受理依申请公开12件，办结10件，转结下年度继续办理2件。", "结转下年度继续办理几件", 2],
    ["共受理依申请公开12件，办结12件，转结下一年度办理0件。", "结转下年度多少件", 0],
    ["依申请公开信息合计19件，18件按期答复办结，1件结转到2024年度办理。", "结转下年度几件", 1],
    ["共收到政府信息公开申请12件，其中2件结转至2024年继续办理。", "结转下年度几件", 2],
    ["共受理答复依申请公开件12件(含2022年结转3件)，办结12件。", "上年结转多少件", 3],
    ["全年共受理依申请公开12件，2022年度结转2件。", "上年结转多少件", 2],
  ])("“%s” → %s %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(fromText(a)).toBe(true);
  });

  it("the year's applications worked out from a count with the year's carried-over inside, said so", () => {
    const a = xunyang("共受理答复依申请公开件12件(含2022年结转3件)，办结12件。").answer("浔阳区2023年依申请公开多少件");
    expect(values(a), a.text).toEqual([9]);
    expect(a.figures[0]?.label).toContain("推算");
  });

  it.each([
    ["共收到政府信息公开申请12件，结转到2025年度办理2件。", "结转下年度几件", 2],
    ["共收到政府信息公开申请12件，2023年结转3件。", "上年结转多少件", 3],
    ["共收到政府信息公开申请12件，2023年结转下年度3件。", "上年结转多少件", 3],
    ["共受理依申请公开12件(含2021年结转3件)。", "上年结转多少件", 3],
  ])("guard: a year that is not the report's last or next: “%s” %s is not %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(values(a), a.text).not.toContain(value);
  });
});

describe("the year carried to, asked after the year asked, is not a second year asked", () => {
  const today = new Date("2026-11-30");
  it.each([
    ["金华市财政局2023年结转到2024年几件", [2023]],
    ["浔阳区2023年转入2024年度办理的申请几件", [2023]],
    ["浔阳区2022年结转至2023年多少件", [2022]],
  ])("%s → %j", (q, years) => {
    expect(findYears(q, today).years).toEqual(years);
  });

  it.each([
    ["浔阳区2023年和2024年结转下年度几件", [2023, 2024]],
    ["浔阳区2023年结转到2025年几件", [2023, 2025]],
  ])("guard: two years asked, or a year that is not the next one: %s → %j", (q, years) => {
    expect(findYears(q, today).years).toEqual(years);
  });

  it("answered for the year asked, from the text, with no word about a report of the next year", () => {
    const a = xunyang("依申请公开信息合计19件，18件按期答复办结，1件结转到2024年度办理。").answer("浔阳区2023年结转到2024年几件");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("figure");
    expect(values(a)).toEqual([1]);
    expect(a.text).not.toContain("2024 年的报告");
  });
});

describe("a share over 100% from figures read off the text is never stated", () => {
  it.each([
    ["全年共收到政府信息公开申请12件，上年结转0件。全年办结政府信息公开申请30件。", "办结率是多少"],
    ["全年共收到政府信息公开申请12件，办结12件，其中予以公开20件，部分公开1件。", "公开率是多少"],
  ])("“%s” %s → not answered, the contradiction said", (sentence, what) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).not.toBe("answered");
    expect(a.figures.filter((f) => f.unit === "%" && f.value > 100)).toEqual([]);
    expect(a.text).toContain("彼此不合");
  });

  it("guard: a share within 100% from the text is still computed", () => {
    const a = xunyang("全年共收到政府信息公开申请12件，上年结转0件。全年办结政府信息公开申请12件。").answer("浔阳区2023年办结率是多少");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)[0]).toBe(100);
  });
});

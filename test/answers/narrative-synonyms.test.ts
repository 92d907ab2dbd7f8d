/**
 * Narrative figures asked in the words people use, not the report's: 人大建议 / 政协提案 for 人大代表建议 /
 * 政协委员提案 (a middle word dropped), 办理 / 办 for 承办 (a verb said once for a whole list), and a
 * share the text prints (“分值占比4%”) asked with 占比 / 占多少 — quoted as printed, not computed. The
 * sentences are invented and written into the bundled xunyang-2023 sample. Guards: the other item of
 * the list is never given, a share of a table figure (自然人占比) is still computed, a share the text
 * does not print is not_found.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { holds } from "../../src/answers/narrative-binding.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const text = readFileSync(new URL("../../data/reports/xunyang-2023.txt", import.meta.url), "utf8");
const withSentence = (sentence: string) => parseReport(text.replace("二、主动公开政府信息情况", `${sentence}\n\n    二、主动公开政府信息情况`), "xunyang-2023.txt");
const ask = (sentence: string, what: string): Answer => createAnswerer([withSentence(sentence)]).answer(`浔阳区2023年${what}`);
const values = (a: Answer) => a.figures.map((f) => f.value);

describe("建议提案 in short words and other verbs", () => {
  const sentence = "全年承办人大代表建议12件、政协委员提案9件，均按期办结。";
  it.each([
    ["人大建议多少件", 12],
    ["办理了多少件人大代表建议", 12],
    ["政协提案多少件", 9],
    ["政协提案办了多少件", 9],
    ["承办政协委员提案多少件", 9],
  ])("%s → %d", (what, value) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("guard: a word of neither item binds no number", () => {
    const a = ask(sentence, "政协建议多少件");
    expect(values(a)).not.toContain(9);
    expect(values(a)).not.toContain(12);
  });
});

describe("a share the text prints", () => {
  const sentence = "将政务公开工作纳入年度绩效考核，分值占比4%。";
  it.each(["政务公开考核分值占比多少", "政务公开在绩效考核里分值占多少"])("%s → the printed 4 per cent", (what) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([4]);
    expect(a.figures[0]?.unit).toBe("%");
  });

  it("guard: a share of a table figure is computed, not the printed 4 %", () => {
    const a = ask(sentence, "自然人申请占比多少");
    expect(values(a)[0]).toBe(100);
  });

  it("guard: a share the text does not print is not_found", () => {
    const a = ask("全年累计开展政务公开培训2次。", "政务公开考核分值占比多少");
    expect(a.status, a.text).toBe("not_found");
  });
});

describe("a short word never drops a negation", () => {
  it("信息公开 is not held by 信息不公开", () => {
    expect(holds("政协委员提案", "政协提案")).toBe(true);
    expect(holds("涉密信息不公开", "信息公开")).toBe(false);
    expect(holds("依法未公开", "依法公开")).toBe(false);
  });
});

describe("官方网站 / 官网 asked for the 门户网站 the report prints", () => {
  const sentence = "全年通过区政府门户网站主动公开政府信息418条，通过“浔阳发布”微信公众号发布信息1026条。";
  it.each([
    ["官方网站主动公开政府信息多少条", [418]],
    ["官网公开信息多少条", [418]],
    ["官方网站和微信公众号一共发布多少条", [1444, 418, 1026]],
  ])("%s → %j", (what, value) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual(value);
  });

  it("guard: 官方微博, a channel the report does not name, binds neither number", () => {
    const a = ask(sentence, "官方微博发布多少条");
    expect(values(a)).not.toContain(418);
    expect(values(a)).not.toContain(1026);
  });
});

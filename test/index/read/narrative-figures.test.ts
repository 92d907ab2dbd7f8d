/**
 * How a narrative number is bound to the words that state it, in the layouts real report text has:
 * a comma or a colon between the noun and the number (“书记信箱收到来信,211条”, as crawlers join
 * table-like lines), a space before it, a run of nouns joined by 、 before it (“公开发布财政、教育、
 * 医疗等重点领域信息 1323条”), the measure word 宗 (“行政复议案件7宗”), a year without 年
 * (“2024共收到依申请政府信息公开2件”). Each case writes one sentence into a bundled sample cut
 * before its tables (data/reports), so only that sentence can answer; the answer must give the
 * figure, from the narrative, with the sentence as its quote — and a number stated after another
 * number's clause never takes that clause's noun.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { identify } from "../../../src/index/agency/identity.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { expectedFigures } from "../../helpers/figures.ts";

const SAMPLES = expectedFigures();
const sample = (file: string) => readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), "utf8");
const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;

/** The sample cut before its tables, without its sentences on applications, appeals and mailboxes, with `sentence` written in. */
function withSentence(file: string, sentence: string) {
  const text = sample(file);
  const narrative = text
    .slice(0, text.search(TABLES))
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼|信箱|重点领域/.test(s)).join(""))
    .join("\n");
  return parseReport(`${narrative}\n${sentence}\n`, file);
}

describe.each(SAMPLES)("$file, tables unread: a narrative number and the words that state it", (e) => {
  const region = identify(e.agency).region;
  const q = (what: string) => `${region}${e.year}年${what}`;
  const answer = (sentence: string, what: string) => createAnswerer([withSentence(e.file, sentence)]).answer(q(what));
  const expectStated = (sentence: string, what: string, value: number) => {
    const a = answer(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value), a.text).toEqual([value]);
    expect(a.figures[0]?.source).toContain("正文");
    expect(sentence).toContain(a.quotes[0]?.text.replace(/[。\s]+$/, "").slice(0, 12) ?? "(no quote)");
  };

  it.each([
    ["书记信箱收到来信,211条,答复211条,答复率100%。", "书记信箱收到多少来信", 211],
    ["书记信箱收到来信：211条，均已办结。", "书记信箱收到多少来信", 211],
    ["书记信箱收到来信 211条，均已办结。", "书记信箱收到多少来信", 211],
    ["全年公开政策文件326条,公开发布财政、教育、医疗等重点领域信息 1323条,开展调查征集2次。", "重点领域信息公开了多少条", 1323],
  ])("“%s” → %s is %i", (sentence, what, value) => {
    expectStated(sentence, what, value);
  });

  it("a number after another number's clause does not take its noun (“收到来信211条,190条已答复”)", () => {
    const a = answer("书记信箱收到来信211条,190条已答复。", "书记信箱收到多少来信");
    expect(a.figures.map((f) => f.value)).toEqual([211]);
    const r = withSentence(e.file, "书记信箱收到来信211条,190条已答复。");
    expect(r.narrative.find((f) => f.value === 190)?.says).toBe("190条");
  });

  it.each([
    ["因政府信息公开申请引起的行政复议案件7宗，行政诉讼6宗。", "行政复议多少件", 7],
    ["因政府信息公开申请引起的行政复议案件7宗，行政诉讼6宗。", "行政复议几宗", 7],
    ["因政府信息公开申请引起的行政复议案件7宗，行政诉讼6宗。", "行政诉讼多少件", 6],
    ["办理人大代表建议12宗、政协委员提案9宗。", "政协委员提案多少件", 9],
    [`${e.year}共收到依申请政府信息公开23件，均按时答复。`, "依申请公开几件", 23],
  ])("“%s” → %s is %i", (sentence, what, value) => {
    expectStated(sentence, what, value);
  });

  it("a part in 宗 is never the total (“其中纠正2宗”)", () => {
    const a = answer("因政府信息公开申请引起的行政复议案件，其中被纠正2宗。", "行政复议多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(2);
  });
});

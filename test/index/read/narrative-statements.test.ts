/**
 * Reports whose tables could not be read answer their key counts from the narrative, in the
 * phrasings reports use. Each case is generated from a bundled sample (data/reports): the text is
 * cut before the tables, the narrative's own sentences about applications, 复议 and 诉讼 are
 * removed, and one sentence is written back in a given phrasing with the hand-read truth
 * (test/fixtures/expected.json). The answer must give that figure, read from the narrative, with
 * the sentence as its quote — and a sentence about a part (网上申请) is never the total.
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

/** The sample cut before its tables, without its own sentences on applications and appeals, and with `sentence` written in. */
function narrativeOnly(file: string, sentence: string): string {
  const text = sample(file);
  return `${withoutStatements(text.slice(0, text.search(TABLES)))}\n${sentence}\n`;
}
const withoutStatements = (text: string) =>
  text
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼/.test(s)).join(""))
    .join("\n");

const ask = (file: string, sentence: string, question: string) => {
  const r = parseReport(narrativeOnly(file, sentence), file);
  return createAnswerer([r]).answer(question);
};

describe.each(SAMPLES)("$file, tables unread: counts stated in the narrative", (e) => {
  const region = identify(e.agency).region;
  const n = e.table2.new?.total as number;
  const carried = e.table2.carried_in?.total as number;
  const q = (what: string) => `${region}${e.year}年${what}`;
  const expectStated = (a: ReturnType<typeof ask>, value: number, sentence: string) => {
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.figures[0]?.source).toContain("正文");
    expect(sentence).toContain(a.quotes[0]?.text.replace(/[。\s]+$/, "").slice(0, 12) ?? "(no quote)");
  };

  it.each([
    [`共办理回复依申请公开事项${n}件，其中网上政府信息公开申请件${n - 1}件，书面申请件1件。`, "依申请公开多少件"],
    [`共接到社会公众依申请公开${n}件，上年结转办理${carried}件。`, "收到多少申请"],
    [`本机关受理政府信息公开申请${n}件，办结${n}件，结转下年度0件。`, "依申请公开多少件"],
    [`全年共收到政府信息公开申请${n}件（其中自然人${n - 1}件、法人或其他组织1件）。`, "收到多少申请"],
    [`其中网上申请${n - 1}件，书面申请1件，全年共收到依申请公开${n}件。`, "依申请公开多少件"],
  ])("“%s” → %s is the stated total", (sentence, what) => {
    expectStated(ask(e.file, sentence, q(what)), n, sentence);
  });

  it("上年结转 bound to its own noun", () => {
    const sentence = `共接到社会公众依申请公开${n}件，上年结转办理${carried + 3}件。`;
    expectStated(ask(e.file, sentence, q("上年结转多少件申请")), carried + 3, sentence);
  });

  it.each([
    ["全年未收到依申请公开来信。", "依申请公开多少件"],
    ["我单位未收到依申请公开申请。", "收到多少申请"],
    ["未发生因政府信息公开申请引起的行政复议和行政诉讼。", "行政复议多少件"],
    ["未发生因政府信息公开申请引起的行政复议和行政诉讼。", "行政诉讼多少件"],
    ["无涉及政府信息公开行政复议、诉讼案件。", "行政诉讼多少件"],
  ])("“%s” → %s is 0, quoted", (sentence, what) => {
    expectStated(ask(e.file, sentence, q(what)), 0, sentence);
  });

  it("a part alone (网上申请) is never the total; a goal (确保无…行政复议) is never a zero", () => {
    const part = ask(e.file, `其中网上政府信息公开申请${n - 1}件。`, q("依申请公开多少件"));
    expect(part.figures.map((f) => f.value)).not.toContain(n - 1);
    expect(part.status).not.toBe("answered");
    expect(part.text).not.toContain("可以回答：依申请公开数量");
    const goal = ask(e.file, "确保无因政府信息公开引起的行政复议。", q("行政复议多少件"));
    expect(goal.figures.map((f) => f.value)).not.toContain(0);
  });

  it.each([
    `全县共受理依申请公开${n + 3}件(其中上年结转3件)，依法办结${n + 3}件。`,
    `共受理政府信息公开申请${n + 3}件，含上年结转3件。`,
    `本年度受理依申请公开${n + 3}件（其中上一年度结转3件）。`,
  ])("a count with last year's carried-over inside (%s) is never 本年新收", (sentence) => {
    const a = ask(e.file, sentence, q("依申请公开多少件"));
    expect(a.figures.map((f) => f.value)).not.toContain(n + 3);
  });

  it.each([
    [`全县共受理依申请公开${n + 3}件(其中上年结转3件)，依法办结${n + 3}件。`, "其中上年结转3件"],
    [`共受理政府信息公开申请${n + 3}件，含上年结转3件。`, "含上年结转3件"],
    [`本年度受理依申请公开${n + 3}件（其中上一年度结转3件）。`, "其中上一年度结转3件"],
  ])("本年新收 worked out from such a count (%s): derived, said so, the sentence quoted; 上年结转 as printed", (sentence, remark) => {
    const a = ask(e.file, sentence, q("依申请公开多少件"));
    expectStated(a, n, sentence);
    expect(a.figures[0]?.label).toContain("推算");
    expect(a.text).toContain(`“${remark}”；本年新收按 ${n + 3} − 3 = ${n} 件推算`);
    expectStated(ask(e.file, sentence, q("上年结转多少件申请")), 3, sentence);
  });

  it.each([
    `共受理依申请公开${n + 3}件(其中上年结转3件、本年新收${n}件)。`,
    `共受理依申请公开${n + 3}件（其中上年结转的3件已办结）。`,
    `委托县自然资源局办理依申请公开${n + 3}件(其中上年结转3件)。`,
    `共受理依申请公开${n + 3}件(其中上年结转3条)。`,
  ])("no other shape is worked out (%s)", (sentence) => {
    const a = ask(e.file, sentence, q("依申请公开多少件"));
    expect(a.figures.filter((f) => f.label.includes("推算"))).toEqual([]);
    expect(a.figures.map((f) => f.value)).not.toContain(n + 3);
  });

  it("a share entrusted to another body (委托…办理…申请N件) is never the total", () => {
    const sentence = `全县共受理依申请公开${n + 3}件(其中上年结转3件),委托县自然资源局办理自然资源类政府信息公开申请${n - 1}件。`;
    const a = ask(e.file, sentence, q("依申请公开多少件"));
    expect(a.figures.map((f) => f.value)).not.toContain(n + 3);
    expect(a.figures.map((f) => f.value)).not.toContain(n - 1);
  });
});

describe("a read table that disagrees with the narrative's statement", () => {
  it.each(SAMPLES)("$file: a wrong count or a wrong “未收到” is flagged by text_vs_table", (e) => {
    const n = e.table2.new?.total as number;
    const text = sample(e.file);
    const at = text.search(TABLES);
    const withText = (s: string) => parseReport(`${withoutStatements(text.slice(0, at))}\n${s}\n${text.slice(at)}`, e.file);
    const wrong = withText(`共接到社会公众依申请公开${n + 5}件。`);
    expect(wrong.checks.some((c) => c.rule === "text_vs_table" && !c.holds && c.printed === n + 5 && c.expected === n)).toBe(true);
    // the table wins over 本年新收 worked out from the text
    const carried = createAnswerer([withText(`全年共受理依申请公开${n + 8}件(其中上年结转3件)。`)]).answer(`${identify(e.agency).region}${e.year}年依申请公开多少件`);
    expect(carried.figures.map((f) => f.value)).toEqual([n]);
    expect(carried.figures[0]?.source).not.toContain("正文");
    const none = withText("全年未收到依申请公开申请。");
    expect(none.checks.some((c) => c.rule === "text_vs_table" && !c.holds && c.printed === 0 && c.expected === n)).toBe(true);
  });
});

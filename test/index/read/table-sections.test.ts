/**
 * Sentences printed in a table's section beside the table (“二、主动公开政府信息情况” then “2023年,本机关
 * 主动公开信息88条,…” then table 1) are narrative: they are passages, their numbers are narrative
 * figures, and a count they state is checked against the table they stand beside. Only the table's
 * own lines are left out of the passages. The sentences are invented and written into the bundled
 * samples (data/reports), whose tables must still read as hand-read (test/fixtures/expected.json).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { identify } from "../../../src/index/agency/identity.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { expectedFigures } from "../../helpers/figures.ts";
import { differences } from "../../helpers/compare.ts";

const SAMPLES = expectedFigures();
const sample = (file: string) => readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), "utf8");

const TWO = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const THREE = /\n[#*\s]*三[、.．]\s*[*]*\s*收到和处理政府信息公开申请情况/;

/** The sample, its own sentences on applications and appeals before the tables removed, with `line` written on its own line right after the heading of section `heading` (二 or 三). */
function withLine(file: string, heading: RegExp, line: string) {
  const printed = sample(file);
  const tables = printed.search(TWO);
  const narrative = printed
    .slice(0, tables)
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼/.test(s)).join(""))
    .join("\n");
  const text = narrative + printed.slice(tables);
  const m = heading.exec(text);
  expect(m, `${file} has the heading`).not.toBeNull();
  const eol = text.indexOf("\n", (m?.index ?? 0) + (m?.[0].length ?? 0));
  return parseReport(`${text.slice(0, eol)}\n${line}\n${text.slice(eol)}`, file);
}

describe.each(SAMPLES)("$file: a sentence beside a table in its section", (e) => {
  const ask = (r: ReturnType<typeof parseReport>, what: string) => createAnswerer([r]).answer(`${identify(e.agency).region}${e.year}年${what}`);

  it.each([
    // an excerpt cut mid-sentence, half-width commas as crawled pages print them
    [`${e.year}年,本机关主动公开信息88条,其中:通知公告20条、政策文件5条、工作动态63条`],
    [`${e.year}年，本机关主动公开信息88条，均在法定时限内发布。`],
  ])("“%s” is narrative: 主动公开信息 88 条, the tables read as before", (line) => {
    const r = withLine(e.file, TWO, line);
    expect(differences(r, e)).toEqual([]);
    expect(r.narrative.find((f) => f.value === 88)?.section).toBe(2);
    const a = ask(r, "主动公开信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value), a.text).toEqual([88]);
    expect(a.figures[0]?.source).toContain("正文");
  });

  it("the table's own lines stay out of the passages", () => {
    const r = withLine(e.file, TWO, `${e.year}年，本机关主动公开信息88条，均在法定时限内发布。`);
    expect(r.passages.filter((p) => /本年新收政府信息公开申请数量|第二十条/.test(p.text))).toEqual([]);
  });

  it("a count stated beside table 2 is checked against it: the same number holds, another is said", () => {
    const total = e.table2.new?.total ?? 0;
    const stated = (n: number) => withLine(e.file, THREE, `本年度共收到政府信息公开申请${n}件，均已按期答复。`).checks.filter((c) => c.rule === "text_vs_table" && c.message.includes(`申请${n}件`));
    expect(stated(total).map((c) => c.holds)).toEqual([true]);
    const off = stated(total + 7);
    expect(off.map((c) => c.holds)).toEqual([false]);
    expect(off[0]?.message).toContain(`为 ${total}`);
  });
});

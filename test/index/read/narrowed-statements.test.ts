/**
 * A statement about a kind of case is not the year's count: “没有出现因逾期答复引发的行政复议” says
 * nothing of reviews for other causes, so a report whose table 3 holds 57 reviews prints both
 * truthfully. Such a sentence is no text-vs-table contradiction and never answers “行政复议多少件”
 * with 0; a statement naming only the disclosure work as the cause (“因政府信息公开引起的”) still
 * states the whole. Sentences invented; the report is the bundled ganzhou-2023 sample (table 3:
 * 57 reviews, suits in both groups).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";

const FILE = "ganzhou-2023.txt";
const text = readFileSync(new URL(`../../../data/reports/${FILE}`, import.meta.url), "utf8");
const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const at = text.search(TABLES);
/** The sample's own sentences on applications and appeals removed, `sentence` written in before the tables (or in place of them). */
const narrative = text
  .slice(0, at)
  .split("\n")
  .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼/.test(s)).join(""))
  .join("\n");
const withTables = (sentence: string) => parseReport(`${narrative}\n${sentence}\n${text.slice(at)}`, FILE);
const tablesUnread = (sentence: string) => parseReport(`${narrative}\n${sentence}\n`, FILE);
const contradictions = (sentence: string) => withTables(sentence).checks.filter((c) => c.rule === "text_vs_table" && !c.holds);

describe("a count narrowed to a kind of case is not the year's count", () => {
  it.each([
    ["全年没有出现因逾期答复引发的行政复议或行政诉讼。"],
    ["未发生因超期答复导致的行政复议。"],
    ["本年度无因不予公开决定引起的行政诉讼。"],
    ["未收到涉及个人隐私的政府信息公开申请。"],
    ["共收到涉及房屋征收的政府信息公开申请3件。"],
    ["因答复程序瑕疵被申请行政复议2件。"],
    ["本年度未发生因答复超期被申请行政复议的情况。"],
  ])("“%s” is no contradiction of the tables", (sentence) => {
    expect(contradictions(sentence)).toEqual([]);
  });

  it.each([
    ["全年未发生因政府信息公开引起的行政复议。", 0, 57],
    ["未发生因政府信息公开工作引发信访、举报、提起行政诉讼等情况。", 0, null],
    // the body as the respondent: 被申请 before the case is no part
    ["全年未发生因政府信息公开被申请行政复议的情况。", 0, 57],
  ])("“%s” names only the disclosure work as the cause: still the whole, flagged", (sentence, printed, expected) => {
    const found = contradictions(sentence);
    expect(found.length).toBe(1);
    expect(found[0]?.printed).toBe(printed);
    if (expected !== null) expect(found[0]?.expected).toBe(expected);
  });

  it("a none opening with its year (“2023年未收到政府信息公开申请”) is the whole none: the year is no count", () => {
    const r = tablesUnread("2023年未收到政府信息公开申请,也未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。");
    for (const q of ["赣州市2023年依申请公开多少件", "赣州市2023年行政复议多少件", "赣州市2023年行政诉讼多少件"]) {
      const a = createAnswerer([r]).answer(q);
      expect(a.status, `${q}: ${a.text}`).toBe("answered");
      expect(a.figures.map((f) => f.value)).toEqual([0]);
    }
    // guard: a count in the clause is still no zero, nor is a narrowed none with its year
    const counted = createAnswerer([tablesUnread("2023年未收到3件以上的重复申请。")]).answer("赣州市2023年依申请公开多少件");
    expect(counted.figures.map((f) => f.value)).not.toContain(0);
    const narrowed = createAnswerer([tablesUnread("2023年未收到涉及个人隐私的政府信息公开申请。")]).answer("赣州市2023年依申请公开多少件");
    expect(narrowed.figures.map((f) => f.value)).not.toContain(0);
  });

  it("tables unread: a narrowed none never answers the count with 0; the whole none does", () => {
    const narrowed = createAnswerer([tablesUnread("全年没有出现因逾期答复引发的行政复议或行政诉讼。")]);
    for (const q of ["赣州市2023年行政复议多少件", "赣州市2023年行政诉讼多少件"]) {
      const a = narrowed.answer(q);
      expect(a.figures.map((f) => f.value), a.text).not.toContain(0);
      expect(a.status, a.text).not.toBe("answered");
    }
    for (const sentence of ["全年没有出现因政府信息公开申请引发的行政复议或行政诉讼。", "全年未发生因政府信息公开被申请行政复议的情况。"]) {
      const whole = createAnswerer([tablesUnread(sentence)]).answer("赣州市2023年行政复议多少件");
      expect(whole.status, whole.text).toBe("answered");
      expect(whole.figures.map((f) => f.value)).toEqual([0]);
    }
    const late = createAnswerer([tablesUnread("本年度未发生因答复超期被申请行政复议的情况。")]).answer("赣州市2023年行政复议多少件");
    expect(late.figures.map((f) => f.value), late.text).not.toContain(0);
  });
});

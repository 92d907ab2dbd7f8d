/**
 * A zero is read only from a sentence about the count asked. «无政府信息公开申请行政复议或者行政诉讼情况»
 * says no review or suit was sought over applications — never that no application came in; «未收到网络
 * 渠道的政府信息公开申请» is about online applications only, not the year's total. Reports written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";

const ask = (body: string, question: string) =>
  createAnswerer([parseReport(`永和县商务局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息79条。${body}\n`, "yonghe-swj-2023.txt")]).answer(`永和县商务局2023年${question}`);
const zero = (a: ReturnType<typeof ask>) => a.status === "answered" && a.figures.some((f) => f.value === 0);

describe("a zero about something else is not the applications' zero", () => {
  it.each([
    "本年度本局无政府信息公开申请行政复议或者行政诉讼情况。",
    "全年未发生政府信息公开申请行政复议案件。",
    "未出现政府信息公开申请引发的行政诉讼。",
  ])("%s → 依申请公开 is not 0", (body) => {
    const a = ask(body, "依申请公开多少件");
    expect(zero(a), a.text).toBe(false);
  });

  it.each(["本年度本局无政府信息公开申请行政复议或者行政诉讼情况。", "全年未发生政府信息公开申请行政复议案件。"])("%s → 行政复议 is 0", (body) => {
    const a = ask(body, "行政复议多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([0]);
  });

  it.each(["全年未收到网络渠道的政府信息公开申请。", "未收到通过电子邮件提交的信息公开申请。", "未接到传真方式的依申请公开。"])("%s → a channel's zero is not the year's", (body) => {
    const a = ask(body, "依申请公开多少件");
    expect(zero(a), a.text).toBe(false);
  });

  it("a sentence about the applications themselves still states 0", () => {
    const a = ask("全年未收到政府信息公开申请，也未发生行政复议。", "依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([0]);
  });
});

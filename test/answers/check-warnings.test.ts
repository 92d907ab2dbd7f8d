/**
 * /check and 有没有对不上 on a report with a table the reader could not place (outside round 19: a
 * WeChat page whose table 2 gave one warning per line): ~170 lines “表二：1 个数值无法组成完整的一行（0）”
 * buried the result. The same warning repeated is one line with its count, at most a few lines per
 * table; check --json keeps every warning.
 */
import { describe, expect, it } from "vitest";
import { consistencyAnswer } from "../../src/answers/consistency.ts";
import { checkReply } from "../../src/bot/reports.ts";
import { groupedWarnings, WARNINGS_SHOWN_PER_TABLE } from "../../src/index/checks.ts";
import { makeReport } from "../helpers/report.ts";

const lone = Array.from({ length: 170 }, (_, i) => `表二：1 个数值无法组成完整的一行（${i % 3}）`);
const rows = ["1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "(七)总计", "四、结转下年度继续办理"].map((l) => `表二 ${l}：行首空白的单元格按 0 计（补足后满足行内之和）`);
const others = ["表二：有一行的数值不满足行内之和", "表二：某某提示", "表二：又一条提示", "表三：只读到 10 个数值（应为 15 个），未采用", "正文第 3 段的数字与表格不一致"];
const warnings = [...lone, ...rows, ...others];

describe("a report's warnings as users read them", () => {
  it("a warning repeated is one line with its count; at most a few lines per table, the rest counted", () => {
    const g = groupedWarnings(warnings);
    expect(g).toContain("表二：1 个数值无法组成完整的一行（0）（同类提示共 170 条）");
    expect(g).toContain(`${rows[0]}（同类提示共 5 条）`);
    expect(g.filter((w) => w.startsWith("表二")).length).toBe(WARNINGS_SHOWN_PER_TABLE + 1);
    expect(g).toContain("表二：另有 2 条提示未列出");
    expect(g).toContain("表三：只读到 10 个数值（应为 15 个），未采用");
    expect(g).toContain("正文第 3 段的数字与表格不一致");
    expect(g.length).toBeLessThanOrEqual(8);
  });

  it("warnings that differ are all shown while there are few", () => {
    expect(groupedWarnings(others)).toEqual(others);
  });

  const r = makeReport({ agency: "某县文化广电旅游局", region: "某县", paragraphs: ["全年收到申请9件。"], warnings });

  it("有没有对不上 stays readable", () => {
    const text = consistencyAnswer("有没有对不上", r, []).text;
    expect(text.split("\n").length).toBeLessThan(15);
    expect(text).toContain("同类提示共 170 条");
  });

  it("/check stays readable", () => {
    const notes = checkReply(r).blocks.filter((b) => b.kind === "note");
    expect(notes.length).toBeLessThan(10);
  });
});

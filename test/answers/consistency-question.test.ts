/**
 * A question whether a report's numbers agree (“表格有没有对不上的地方”, “报告数字有没有对不上”) is
 * answered with the report's consistency check — what /check gives: the rules that break with both
 * numbers, how many hold — not with a search for the words 表格 / 对不上. A report whose tables were
 * not read says there is nothing to check, never “all agree”.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";
import type { Check } from "../../src/index/schema.ts";

const check = (holds: boolean, message: string, printed?: number, expected?: number): Check => ({ rule: "row_sum", table: "table2", holds, message, ...(printed === undefined ? {} : { printed, expected }) });
const broken = makeReport({
  agency: "浔阳区住房和城乡建设局",
  region: "浔阳区",
  paragraphs: ["全年收到申请20件。"],
  checks: [check(true, "（一）予以公开：各类申请人之和 8，总计 8"), check(false, "（一）予以公开：各类申请人之和 12，总计印为 10", 10, 12)],
});
const sound = makeReport({ agency: "浔阳区人民政府", region: "浔阳区", paragraphs: ["全年收到申请20件。"], checks: [check(true, "（一）予以公开：各类申请人之和 8，总计 8")] });
const unread = makeReport({ agency: "浔阳区财政局", region: "浔阳区", paragraphs: ["全年收到申请20件。"], checks: [], warnings: ["表一、表二、表三均未读出数字"] });
const answerer = createAnswerer([broken, sound, unread], { today: () => new Date("2026-11-30") });

describe("is the report consistent? — the check, not a search", () => {
  it.each(["浔阳区住建局2023年的表格有没有对不上的地方", "浔阳区住建局2023年报告数字有没有对不上"])("%s → the broken rule with both numbers", (q) => {
    const a = answerer.answer(q);
    expect(a).toMatchObject({ status: "answered", kind: "check" });
    expect(a.text).toContain("1 条不成立");
    expect(a.text).toContain("各类申请人之和 12，总计印为 10");
    expect(a.text).toContain("/check 浔阳区住房和城乡建设局 2023");
  });

  it("a report whose rules all hold says so; one whose tables were not read says there is nothing to check", () => {
    expect(answerer.answer("浔阳区2023年的表格数字是否一致").text).toContain("没有发现对不上的地方");
    const none = answerer.answer("浔阳区财政局2023年的表格有没有对不上");
    expect(none.text).toContain("没有可核对的表格数据");
    expect(none.text).not.toContain("没有发现对不上");
  });

  it("a number asked with such words is still a number question", () => {
    expect(answerer.answer("浔阳区2023年对不上的有多少件").kind).not.toBe("check");
  });
});

describe("a report whose table 3 was not read: said first, never a clean bill for the whole report", () => {
  it("names the unread table before the count, and says only the read numbers agree", async () => {
    const { parseReport } = await import("../../src/index/read/report.ts");
    const { consistencyAnswer } = await import("../../src/answers/consistency.ts");
    const { randomFigures } = await import("../helpers/figures.ts");
    const { renderReport } = await import("../helpers/render-report.ts");
    const text = renderReport(randomFigures(5200), { layout: "tabs" }).replace(/四、政府信息公开行政复议、行政诉讼情况[\s\S]*?(?=五、)/, "四、政府信息公开行政复议、行政诉讼情况\n（见附件，图片）\n");
    const r = parseReport(text, "t3-unread.txt");
    expect(r.table3).toBeNull();
    const a = consistencyAnswer("有没有对不上", r, []);
    expect(a.text.split("\n")[0]).toMatch(/未能读出表三（行政复议、行政诉讼），其中的数字没有参与核对。共 \d+ 条规则/);
    expect(a.text).not.toContain("报告自身的数字没有发现对不上的地方");
  });
});

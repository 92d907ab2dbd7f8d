/**
 * The 来源 line names where the quoted figure stands (outside round 24, “Passed but read badly”): a table
 * figure quoted from the text that restates it (“本年度共收到政府信息公开申请33件…”) named the table cell
 * while 原文 was the 一、总体情况 sentence — users check the figure against both. And a headline's applicant
 * counts that do not add up to the printed total (“33 件（自然人 25，法人或其他组织 6）”) read as if they did.
 * Reports printed by test/helpers/render-report.ts; places invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { answerReply, plainText } from "../../src/bot/render.ts";
import { randomFigures, type Figures } from "../helpers/figures.ts";
import { renderReport, type Style } from "../helpers/render-report.ts";

const TABLE_CELL = "三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 总计";

function report(f: Figures, narrative: Style["narrative"], file: string) {
  return parseReport(renderReport(f, { layout: "tabs", narrative }), file);
}

/** A body's report whose table 2 prints 本年新收 two more than its applicants' columns add up to. */
function unbalanced(agency: string, year: number, seed: number): Figures {
  const f = randomFigures(seed, "2021", agency, year);
  const row = f.table2["new"] as Record<string, number>;
  row["total"] = (row["total"] ?? 0) + 2;
  return f;
}

const said = randomFigures(11, "2021", "蔚川县人民政府", 2024);
const saidBefore = randomFigures(12, "2021", "蔚川县人民政府", 2023);
const silent = randomFigures(13, "2021", "桐屿区人民政府", 2024);
const uneven = unbalanced("枳阳县人民政府", 2024, 14);
const others = [report(randomFigures(15, "2021", "栾溪县人民政府", 2024), "agrees", "luanxi-2024.txt"), report(randomFigures(16, "2021", "芮坪县人民政府", 2024), "agrees", "ruiping-2024.txt")];
/** A body whose text states its 行政复议 count; the outcomes stand only in table 3. */
const reviewed = randomFigures(17, "2021", "碛川县人民政府", 2024);
reviewed.table3["review"] = { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 };
const reviewedText = renderReport(reviewed, { layout: "tabs", narrative: "agrees" }).replace(/(结转下年度\d+件。)/u, "$1因政府信息公开被申请行政复议3件。");
const answerer = createAnswerer(
  [report(said, "agrees", "weichuan-2024.txt"), report(saidBefore, "agrees", "weichuan-2023.txt"), report(silent, "none", "tongyu-2024.txt"), report(uneven, "agrees", "zhiyang-2024.txt"), ...others, parseReport(reviewedText, "qichuan-2024.txt")],
  { today: () => new Date("2026-11-30") },
);
const newTotal = (f: Figures) => f.table2["new"]?.["total"] ?? 0;

describe("the 来源 line names where the quote stands", () => {
  it("a table figure quoted from the sentence restating it: the sentence's section (正文), and the table cell printing the same number", () => {
    const a = answerer.answer("蔚川县2024年收到多少政府信息公开申请");
    expect([a.status, a.figures[0]?.value], a.text).toEqual(["answered", newTotal(said)]);
    expect(a.quotes[0]?.section, a.text).toBe("一、总体情况");
    expect(a.text).toContain(`来源：《蔚川县人民政府2024年政府信息公开工作年度报告》一、总体情况（正文）；表格中同一数字：${TABLE_CELL}\n原文：“本年度共收到政府信息公开申请${newTotal(said)}件`);
    // the figure itself is still the table's (--json keeps its cell)
    expect(a.figures[0]?.source).toBe(`《蔚川县人民政府2024年政府信息公开工作年度报告》${TABLE_CELL}`);
  });

  it("the table row quoted: the table cell, as before", () => {
    const a = answerer.answer("桐屿区2024年收到多少政府信息公开申请");
    expect([a.status, a.figures[0]?.value], a.text).toEqual(["answered", newTotal(silent)]);
    expect(a.quotes[0]?.cell, a.text).toBeTruthy();
    expect(a.text).toContain(`来源：《桐屿区人民政府2024年政府信息公开工作年度报告》${TABLE_CELL}\n`);
    expect(a.text).not.toContain("正文");
  });

  it("the chat reply says the same: one source line naming the sentence's section, none repeated after the quote", () => {
    const blocks = answerReply(answerer.answer("蔚川县2024年收到多少政府信息公开申请")).blocks;
    const sources = blocks.filter((b) => b.kind === "source");
    expect(sources).toEqual([{ kind: "source", text: `《蔚川县人民政府2024年政府信息公开工作年度报告》一、总体情况（正文）；表格中同一数字：${TABLE_CELL}` }]);
  });

  it("a change from the year before: each year's line names where its quote stands", () => {
    const a = answerer.answer("蔚川县2024年依申请公开比上年多了多少");
    expect(a.status, a.text).toBe("answered");
    for (const [f, y] of [[said, 2024], [saidBefore, 2023]] as const) {
      expect(a.text).toContain(`· ${y} 年：${newTotal(f)} 件（来源：《蔚川县人民政府${y}年政府信息公开工作年度报告》一、总体情况（正文）；表格中同一数字：${TABLE_CELL}）`);
    }
  });

  it("a ranking's quote, where the one 来源 line (各报告 …) does not point, names its report and section", () => {
    const a = answerer.answer("2024年哪个县收到的政府信息公开申请最多");
    expect([a.status, a.kind], a.text).toEqual(["answered", "ranking"]);
    expect(a.text, a.text).toContain(`来源：各报告${TABLE_CELL}\n`);
    const quote = a.text.split("\n").find((l) => l.startsWith("原文："));
    expect(quote, a.text).toMatch(/^原文：“本年度共收到政府信息公开申请\d+件.*”（《..县人民政府2024年政府信息公开工作年度报告》一、总体情况）$/u);
    expect(plainText(answerReply(a))).toMatch(/一、总体情况/u);
  });

  it("a comparison of two: each body's 来源 line names where its quote stands", () => {
    const a = answerer.answer("对比蔚川县和栾溪县2024年依申请公开数量");
    expect([a.status, a.kind], a.text).toEqual(["answered", "comparison"]);
    for (const q of a.quotes.slice(0, 2)) expect(a.text, a.text).toContain(`来源：《${q.report}》一、总体情况（正文）；表格中同一数字：${TABLE_CELL}`);
  });
});

describe("applicants' counts in the headline that do not add up to the total say so", () => {
  it("“（自然人 a，法人或其他组织 b，两项合计 a+b，与总计不符）”, the total as printed", () => {
    const a = answerer.answer("枳阳县2024年依申请公开多少件");
    const row = uneven.table2["new"] as Record<string, number>;
    const person = row["natural_person"] ?? 0;
    const orgs = newTotal(uneven) - 2 - person;
    expect([a.status, a.figures[0]?.value], a.text).toEqual(["answered", newTotal(uneven)]);
    expect(a.text.split("\n")[0]).toBe(`枳阳县 2024 年 · 本年新收政府信息公开申请：${newTotal(uneven)} 件（自然人 ${person}，法人或其他组织 ${orgs}，两项合计 ${person + orgs}，与总计不符）。`);
  });

  it("counts that add up are said as before", () => {
    const a = answerer.answer("蔚川县2024年依申请公开多少件");
    expect(a.text.split("\n")[0]).toMatch(/件（自然人 \d+，法人或其他组织 \d+）。$/u);
  });
});

describe("every figure a breakdown states stands in a quote", () => {
  it("the count quoted from the sentence stating it, the outcome read off table 3: the table's row is quoted too", () => {
    const a = answerer.answer("碛川县2024年被复议几次，输了几次");
    expect([a.status, a.figures.map((f) => f.value)], a.text).toEqual(["answered", [3, 1]]);
    expect(a.quotes.map((q) => q.section), a.text).toEqual(["一、总体情况", "四、政府信息公开行政复议、行政诉讼情况"]);
    expect(a.quotes[1]?.cell, a.text).toContain("行政复议 · 结果纠正");
    expect(a.text).toContain("原文：“因政府信息公开被申请行政复议3件。”（《碛川县人民政府2024年政府信息公开工作年度报告》一、总体情况）");
  });
});

describe("a rate's inputs: each line names where its quote stands", () => {
  it("the count the sentence states names the sentence; the outcomes, quoted in table 3's row, name their cells", () => {
    const a = answerer.answer("碛川县2024年行政复议纠错率");
    expect(a.status, a.text).toBe("answered");
    const title = "《碛川县人民政府2024年政府信息公开工作年度报告》";
    const table3 = "四、政府信息公开行政复议、行政诉讼情况";
    expect(a.text).toContain(`· 行政复议 · 总计：3 件（来源：${title}一、总体情况（正文）；表格中同一数字：${table3} · 行政复议 · 总计）`);
    expect(a.text).toContain(`· 行政复议 · 结果纠正：1 件（来源：${title}${table3} · 行政复议 · 结果纠正）`);
    expect(a.text).toContain(`· 行政复议 · 尚未审结：0 件（来源：${title}${table3} · 行政复议 · 尚未审结）`);
  });
});

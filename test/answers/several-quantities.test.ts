/**
 * Several quantities joined by 和 / 、 in one question (行政许可和行政处罚, 依申请公开和行政复议): every
 * quantity asked is answered, never one of them alone —
 *  - 一共 / 合计: their sum, said to be the bot's sum, with each part and its source; a part without a
 *    sure figure: no sum, the part named;
 *  - 各 / 分别: each one, in turn, each with its source (the first is not dropped either).
 * Reports rendered from invented figures.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const figures = randomFigures(7301, "2021", "青岚县交通运输局", 2024);
figures.table1["licensing"] = { decisions: 412 };
figures.table1["penalty"] = { decisions: 175 };
figures.table1["coercion"] = { decisions: 9 };
const text = renderReport(figures, { layout: "tabs" });
const report = parseReport(text, "qinglan-jtj-2024.txt");
const newApps = report.table2?.["new"]?.["total"] as number;
const reviews = report.table3?.["review"]?.["total"] as number;
const answerer = createAnswerer([report], { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);

describe("一共 of table-1 quantities", () => {
  it.each([
    ["青岚县交通运输局2024年行政许可和行政处罚一共多少件", 587, [412, 175]],
    ["青岚县交通局2024年行政处罚和行政强制合计多少", 184, [175, 9]],
    ["青岚县交通运输局2024年行政许可、行政处罚、行政强制总共多少件？", 596, [412, 175, 9]],
  ])("%s → %d, the parts shown", (q, sum, parts) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(sum);
    expect(a.figures.slice(1).map((f) => f.value)).toEqual(parts);
    expect(a.text).toContain("报告没有印出这一合计");
  });
});

describe("各 / 分别: each quantity answered", () => {
  it("行政许可、行政处罚、行政强制各多少: all three", () => {
    const a = ask("青岚县交通运输局2024年行政许可、行政处罚、行政强制各多少");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value), a.text).toEqual([412, 175, 9]);
    for (const w of ["行政许可", "行政处罚", "行政强制"]) expect(a.text).toContain(`【${w}】`);
  });

  it("行政许可和行政处罚分别多少件: both", () => {
    const a = ask("青岚县交通运输局2024年行政许可和行政处罚分别多少件");
    expect(a.figures.map((f) => f.value), a.text).toEqual([412, 175]);
  });

  it("依申请公开和行政复议各多少件: quantities of two tables, the first not dropped", () => {
    const a = ask("青岚县交通运输局2024年依申请公开和行政复议各多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value), a.text).toEqual([newApps, reviews]);
  });

  it("one quantity asked is still one answer", () => {
    const a = ask("青岚县交通运输局2024年行政许可多少件");
    expect(a.kind).toBe("figure");
    expect(a.figures.map((f) => f.value)).toEqual([412]);
  });
});

describe("a part without a figure", () => {
  // the row of 行政强制 not printed: its figure cannot be read
  const cut = parseReport(text.replace(/^[^\n]*行政强制[^\n]*\n/mu, ""), "qinglan-jtj-2024b.txt");
  const a2 = createAnswerer([cut], { today: () => new Date("2026-11-30") });

  it("一共: no sum, never one part as the sum, the missing part named", () => {
    const a = a2.answer("青岚县交通运输局2024年行政处罚和行政强制一共多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(175);
    expect(a.status, a.text).not.toBe("answered");
    expect(a.text).toContain("行政强制");
  });
});

describe("a whole the report prints", () => {
  it("审查规范性和其他政策措施文件共计: the printed total, not split into parts", async () => {
    const { textReport } = await import("../helpers/text-report.ts");
    const r = textReport("政务公开工作仍存在一些不足。", "全年审查规范性和其他政策措施文件共计3个，其中规范性文件1个。\n", "青岚县市场监督管理局", 2024);
    const a = createAnswerer([r], { today: () => new Date("2026-11-30") }).answer("青岚县市场监督管理局2024年审查规范性和其他政策措施文件共计几个");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value), a.text).toEqual([3]);
  });
});

/**
 * A sum asked of parts (“自然人和商业企业一共”) is made of distinct quantities (outside round 24): one
 * way of splitting the question read “自然人企业申请” as 自然人 + 商业企业, the other part as 商业企业,
 * and added them — 商业企业 counted twice (51 + 8 = 59, printed 43 + 8 = 51). Parts whose table cells
 * overlap (a row and its group, a column and 总计, a row and （七）总计) are never added up.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { overlapping } from "../../src/answers/sum-asked.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const f = randomFigures(7411, "2021", "桤山县人民政府", 2024);
const dept = randomFigures(7412, "2021", "桤山县住房和城乡建设局", 2024);
const reports = [parseReport(renderReport(f, { layout: "tabs" }), "qishan-2024.txt"), parseReport(renderReport(dept, { layout: "html" }), "qishan-zjj-2024.txt")];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const t2 = (row: string, col: string) => f.table2[row]?.[col] as number;

describe("the sum of applicant columns asked with 一共", () => {
  it.each([
    ["桤山县2024年自然人和商业企业申请一共多少件", ["natural_person", "commercial"]],
    ["桤山县2024年自然人和商业企业一共申请多少件", ["natural_person", "commercial"]],
    ["桤山县2024年商业企业和科研机构申请合计多少件", ["commercial", "research"]],
  ])("%s: each column once", (q, cols) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(cols.reduce((s, c) => s + t2("new", c), 0));
  });
});

describe("overlapping table cells", () => {
  it.each([
    [["table2.new.natural_person+commercial", "table2.new.commercial"], true],
    [["table2.new.total", "table2.new.research"], true],
    [["table2.refused.total", "table2.refused.state_secret.total"], true],
    [["table2.results_total.total", "table2.granted.total"], true],
    [["table3.review.total", "table3.review+suit_direct.total"], true],
    [["table2.new.natural_person", "table2.new.commercial"], false],
    [["table2.granted.total", "table2.partly_granted.total"], false],
    [["table2.new.total", "table2.carried_in.total"], false],
    [["table2.results_total.total", "table2.carried_out.total"], false],
    [["table3.review.total", "table3.suit_direct+suit_after_review.total"], false],
    [["table1.licensing.decisions", "table1.penalty.decisions"], false],
  ])("%j → %s", (metrics, overlap) => {
    expect(overlapping(metrics as string[])).toBe(overlap);
  });
});

/**
 * Web tables as crawlers print them (issue 10): a lone “|” line between cells printed one per line
 * (as a 2019 report of 安康市 comes out), or a row's cells on one line as “规章 | 0 | 0 | 0 | |”
 * without a leading pipe (as a 2019 report of 孝感市 does). Before: 805 of 1 060 figures of five
 * 2019 reports were lost in either layout; now every figure is read.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

type Mode = "pipe-lines" | "pipe-inline";

function crawl(text: string, mode: Mode): string {
  return text
    .split("\n")
    .map((l) => {
      if (!l.includes("\t")) return l;
      const cells = l.split("\t").filter(Boolean);
      return mode === "pipe-lines" ? `${cells.join("\n|\n")}\n|` : `${cells.join(" | ")} | |`;
    })
    .join("\n");
}

describe.each<[Mode, "2019" | "2021"]>([
  ["pipe-lines", "2019"],
  ["pipe-inline", "2019"],
  ["pipe-lines", "2021"],
  ["pipe-inline", "2021"],
])("%s, %s template", (mode, template) => {
  it.each([1, 2, 3])("reads every figure (seed %i)", (seed) => {
    const f = randomFigures(seed, template);
    const r = parseReport(crawl(renderReport(f, { layout: "tabs", spans: "drop" }), mode), "crawled.txt");
    expect(r.table1).toEqual(f.table1);
    expect(r.table2).toEqual(f.table2);
    expect(r.table3).toEqual(f.table3);
  });
});

it("reads the 孝感市-style header fragments (“本年新 | 本年新”) as headers, not figures", () => {
  const text = [
    "孝感市人民政府研究室2019年政府信息公开工作年度报告",
    "二、主动公开政府信息情况",
    "第二十条第(一)项 | ||||",
    "信息内容 | 本年新 | 本年新 | 对外公开总数量 | |",
    "规章 | 0 | 0 | 0 | |",
    "规范性文件 | 3 | 3 | 12 | |",
    "第二十条第(五)项 | ||||",
    "信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |",
    "行政许可 | 0 | 0 | 0 | |",
    "其他对外管理服务事项 | 0 | 0 | 0 | |",
  ].join("\n");
  const r = parseReport(text, "xiaogan.txt");
  expect(r.table1["normative"]).toEqual({ made: 3, published: 3, total_published: 12 });
  expect(r.table1["licensing"]).toEqual({ prev_items: 0, change: 0, decisions: 0 });
});

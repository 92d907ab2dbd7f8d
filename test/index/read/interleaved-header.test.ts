/**
 * pdftotext (default mode) of a table 2 whose header cells span two rows can print the first row's
 * values among the column names, each after the name of its column (round 17, a township's PDF):
 *   一、本年新收申请 ⏎ 自然 ⏎ 人 ⏎ 0 ⏎ 法人或其他组织 ⏎ 商业企 ⏎ 业 ⏎ 科研机 ⏎ 构 … ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 0 ⏎ 总 ⏎ 计 ⏎ 0
 * The row was not read (“文本中缺少 1 行（一、本年新收…）”, three runs of strays) and its neighbours
 * were unsure. Its cells are the row's when they are exactly a row and add up.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { cellReading } from "../../../src/index/readings.ts";
import { TABLE2_COLUMNS } from "../../../src/index/template.ts";
import { randomFigures, type Figures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const base = randomFigures(6400);

/** One cell per line; the first row's cells printed among the header's (wrapped) column names. */
function interleaved(f: Figures): string {
  const text = renderReport(f, { layout: "cells" });
  const from = text.indexOf("申请人情况");
  const to = text.indexOf("二、上年结转");
  const v = TABLE2_COLUMNS.map((c) => String(f.table2["new"]?.[c]));
  const [np, ...rest] = v;
  const orgs = rest.slice(0, 5);
  const total = rest[5];
  const head = ["一、本年新收申请", "", "自然", "人", np, "", "法人或其他组织", "商业企", "业", "", "科研机", "构", "", "社会公益", "组织", "", "法律服务", "机构", "", "其", "他", "", ...orgs.flatMap((x) => [x, ""]), "总", "计", total, "", ""];
  return text.slice(0, from) + head.join("\n") + text.slice(to);
}

describe("table 2's first row printed among the header's column names", () => {
  it("the row is read, and the rest of the table as before", () => {
    const r = parseReport(interleaved(base), "t.txt");
    expect(r.table2["new"]).toEqual(base.table2["new"]);
    expect(r.table2["carried_in"]).toEqual(base.table2["carried_in"]);
    expect(r.table2["results_total"]).toEqual(base.table2["results_total"]);
    expect(cellReading(r, "table2.new.total").read).not.toBe("unsure");
    expect(r.warnings.filter((w) => w.startsWith("表二"))).toEqual([]);
  });

  it("cells that do not add up as a row are not taken as the row", () => {
    const f = structuredClone(base);
    const row = f.table2["new"] as Record<string, number>;
    row["total"] = (row["total"] ?? 0) + 1000;
    const r = parseReport(interleaved(f), "t.txt");
    const total = r.table2["new"]?.["total"] ?? null;
    expect(total === null || cellReading(r, "table2.new.total").read === "unsure").toBe(true);
  });
});

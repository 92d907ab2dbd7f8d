/**
 * A table that goes on over a page prints its caption again (“续表3”, “表2（续）”), and an appendix
 * names its tables “附表1”…: the caption's number was read as a cell. In table 3 that stray number
 * made a second run of fifteen numbers that adds up group by group, and the first such run — the
 * wrong one — was taken as the table: review and suit figures stated wrong with no doubt.
 */
import { describe, expect, it } from "vitest";
import { tokenize } from "../../../src/index/layouts/tokens.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { readTable3 } from "../../../src/index/read/table3.ts";
import { differences } from "../../helpers/compare.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport, type Layout } from "../../helpers/render-report.ts";

/** The report with a continuation caption inside each table (table 3 printed in two halves where the layout allows). */
function withCaptions(text: string): string {
  return text
    .replace(/^续表$/m, "续表3")
    .replace(/^(.*4\.保护第三方.*)$/m, "$1\n续表2")
    .replace(/^(第二十条第（六）项.*)$/m, "续表1\n$1");
}

describe("continuation captions inside the tables", () => {
  it.each(["csv", "tabs", "cells", "pdf-raw", "markdown", "pdf-layout"] as Layout[])("%s: “续表N” is no cell; every figure comes back", (layout) => {
    for (let i = 0; i < 4; i++) {
      const f = randomFigures(9600 + i, i % 2 ? "2019" : "2021");
      const text = withCaptions(renderReport(f, { layout, table3Halves: layout === "csv" || layout === "tabs" }));
      expect(text).toMatch(/续表2/);
      const r = parseReport(text, `captions-${i}.txt`);
      expect(differences(r, f), `${i}`).toEqual([]);
      expect(r.warnings.filter((w) => /表[一二三]/.test(w)), `${i}`).toEqual([]);
    }
  });
});

describe("table 3 with a stray number beside its row", () => {
  it("two runs of fifteen that both add up: the cells they disagree on are unsure and unread, never one run's guess", () => {
    // A bare page number “3” before the row: [3, 0 0 0 3 3, 0 0 0 3 3, 0 0 0 3 3] holds two runs that add up.
    const text = ["行政复议\t行政诉讼", "结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "3", "0\t0\t0\t3\t3\t0\t0\t0\t3\t3\t0\t0\t0\t3\t3"].join("\n");
    const t3 = readTable3(tokenize(text, 0, text.length));
    for (const g of ["review", "suit_direct", "suit_after_review"]) {
      expect(t3.table?.[g]).toEqual({ upheld: null, corrected: 0, other: 0, pending: null, total: 3 });
      expect(t3.readings[`table3.${g}.upheld`]).toMatchObject({ read: "unsure", reason: expect.stringMatching(/可读作 3 或 0/) });
      expect(t3.readings[`table3.${g}.total`]).toBeUndefined();
    }
    expect(t3.warnings.join("")).toMatch(/无法确定的单元格未读取/);
  });

  it("one run that adds up among more numbers is still read, as before", () => {
    const text = ["3", "5\t1\t0\t2\t8\t3\t0\t1\t0\t4\t2\t1\t0\t1\t4"].join("\n");
    const t3 = readTable3(tokenize(text, 0, text.length));
    expect(t3.table?.["review"]).toEqual({ upheld: 5, corrected: 1, other: 0, pending: 2, total: 8 });
    expect(Object.values(t3.readings).filter((v) => v.read === "unsure")).toEqual([]);
  });
});

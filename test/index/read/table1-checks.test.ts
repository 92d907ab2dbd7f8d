/**
 * Issue 10.4: table 1 has no sums, so what can be checked is checked — 对外公开总数量 ≥
 * 本年新公开数量, no two items with the very same values by accident — and amounts keep the unit
 * they are printed in (“251000元” in the 万元 column is 25.1 万元, not 251000).
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const report2019 = () => {
  const f = randomFigures(11, "2019");
  return { f, text: renderReport(f, { layout: "tabs" }) };
};

describe("table 1 checks", () => {
  it("a 对外公开总数量 read below 本年新公开数量 (e.g. 0) is unsure", () => {
    const { f, text } = report2019();
    const n = f.table1["normative"] as Record<string, number>;
    expect(n["published"]).toBeGreaterThan(0);
    const line = `规范性文件\t${n["made"]}\t${n["published"]}\t${n["total_published"]}`;
    expect(text).toContain(line);
    const r = parseReport(text.replace(line, `规范性文件\t${n["made"]}\t${n["published"]}\t0`), "x.txt");
    expect(r.readings["table1.normative.total_published"]).toMatchObject({ read: "unsure", reason: expect.stringContaining("对外公开总数量") });
    expect(parseReport(text, "x.txt").readings["table1.normative.total_published"]).toBeUndefined();
  });

  it("one item's values repeated on another item make both unsure", () => {
    const { f, text } = report2019();
    const lic = f.table1["licensing"] as Record<string, number>;
    const pen = f.table1["penalty"] as Record<string, number>;
    const row = (label: string, v: Record<string, number>) => `${label}\t${v["prev_items"]}\t${v["change"]}\t${v["decisions"]}`;
    expect(text).toContain(row("行政处罚", pen));
    const r = parseReport(text.replace(row("行政处罚", pen), row("行政处罚", lic)), "x.txt");
    expect(r.readings["table1.penalty.decisions"]?.read).toBe("unsure");
    expect(r.readings["table1.licensing.decisions"]?.read).toBe("unsure");
  });

  it("an amount printed in 元 is converted to 万元 and marked derived", () => {
    const f = randomFigures(4);
    const text = renderReport(f, { layout: "tabs" });
    const fee = f.table1["fees"]?.["amount_10k_yuan"];
    const r = parseReport(text.replace(`行政事业性收费\t${fee}`, "行政事业性收费\t251000元"), "x.txt");
    expect(r.table1["fees"]?.["amount_10k_yuan"]).toBe(25.1);
    expect(r.readings["table1.fees.amount_10k_yuan"]).toMatchObject({ read: "derived", reason: expect.stringContaining("251000元") });
    // The same with the words glued in crawler text.
    const glued = parseReport(text.replace(`行政事业性收费\t${fee}`, "行政事业性收费 251000元"), "x.txt");
    expect(glued.table1["fees"]?.["amount_10k_yuan"]).toBe(25.1);
  });
});

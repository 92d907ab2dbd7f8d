/**
 * Issue 14.3: a table of 150 000 rows (under 5 MB) must be read, not crash, and its reading must
 * grow with the size rather than its square (how fast is `npm run bench`'s job; here: it ends and
 * it does not overflow the stack, which `push(...rows)` with 150 000 arguments did).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";

const XUNYANG = readFileSync(new URL("../../data/reports/xunyang-2023.txt", import.meta.url), "utf8");

/** xunyang-2023 with `rows` extra lines printed inside table 2, just before its second row. */
function withRows(rows: string[]): string {
  const at = XUNYANG.indexOf("二、上年结转政府信息公开申请数量");
  return `${XUNYANG.slice(0, at)}${rows.join("\n")}\n${XUNYANG.slice(at)}`;
}

describe("a report with a huge table", () => {
  it("150 000 one-number lines inside table 2 are read without a stack overflow", () => {
    const text = withRows(Array.from({ length: 150_000 }, (_, k) => String(k % 97)));
    expect(Buffer.byteLength(text)).toBeLessThan(5 * 1024 * 1024);
    const report = parseReport(text, "huge.txt");
    expect(report.agency).toBe("浔阳区人民政府");
    // The first row, printed before the flood, is still read by its label.
    expect(report.table2["new"]?.["total"]).toBe(14);
  });
});

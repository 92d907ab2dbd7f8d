/**
 * A group total (（三）不予公开 …) read over a block whose rows are partly missing must never be a
 * confident figure (issue 14 item 7, fuzz mutant #208): ganzhou-2023 cut off inside table 2's
 * 不予公开 block printed 不予公开 = 1 (the value of 1. 属于国家秘密, printed one row up) where the
 * report's rows sum to 84, with no note.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { readReport } from "../../src/index/corpus.ts";
import { cellReading } from "../../src/index/readings.ts";

const FILE = "ganzhou-2023.txt";
const lines = readFileSync(`/work/shared/reports/${FILE}`, "utf8").split("\n");
const expected = JSON.parse(readFileSync("/work/shared/reports/expected.json", "utf8")) as { reports: { file: string; table2: Record<string, { total: number } | undefined> }[] };
const truth = expected.reports.find((r) => r.file === FILE)?.table2 ?? {};
const refusedTotal = Object.entries(truth).filter(([id]) => id.startsWith("refused.")).reduce((a, [, r]) => a + (r?.total ?? 0), 0);

/** The report cut off `after` lines past the （三）不予公开 label line. */
async function cutInsideRefused(after: number) {
  const at = lines.findIndex((l) => l.includes("不予公开") && /\d/.test(l));
  return readReport(FILE, new TextEncoder().encode(lines.slice(0, at + 1 + after).join("\n")));
}

describe("a group total over a block cut short", () => {
  it("the hand-read total differs from what the cut file prints on the group line", async () => {
    expect(refusedTotal).toBe(84);
    const r = await cutInsideRefused(1);
    expect(r.table2.refused?.total).not.toBe(refusedTotal);
  });

  for (const after of [0, 1, 3, 5]) {
    it(`is unsure when ${after} of its rows follow the label before the cut`, async () => {
      const r = await cutInsideRefused(after);
      expect(typeof r.table2.refused?.total).toBe("number");
      expect(cellReading(r, "table2.refused.total").read).toBe("unsure");
      expect(cellReading(r, "table2.refused.total").reason).toMatch(/未读到/);
    });
  }

  it("is never answered as a confident figure", async () => {
    const r = await cutInsideRefused(1);
    const a = createAnswerer([r], { today: () => new Date("2024-06-01") }).answer("赣州市2023年不予公开多少件？");
    const stated = a.status === "answered" ? a.figures.filter((f) => f.value === r.table2.refused?.total) : [];
    if (stated.length) expect(a.notes.join("")).toMatch(/不予公开|未读到|无法/);
  });

  it("the whole report, every row read, has no such doubt", async () => {
    const r = await readReport(FILE, readFileSync(`/work/shared/reports/${FILE}`));
    expect(Object.keys(r.readings).filter((k) => k.startsWith("table2.refused.") && r.readings[k]?.reason?.includes("无法用其下各项之和核对"))).toEqual([]);
  });
});

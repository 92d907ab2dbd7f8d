/**
 * A table-2 group label merged over its rows and too narrow for its words (round 24's landscape PDFs,
 * tables 2 and 3 side by side): chromium prints “三、本年度办理” above the first row and “结果” below it.
 * The PDF grid (sources/pdf-grid.ts) gives the merged cell's text whole on the group's first row,
 * and the row was quoted from it — “三、本年度办理结果 （一）予以公开 14 2 0 0 1 0 17”, which the page
 * prints nowhere (the quote was not verbatim in the report's text copy). A tab row is quoted from
 * its own label. The fixture is invented, printed by chromium
 * (test/fixtures/wrapped-group/make.py); its pdftotext -layout copy is the text the page prints.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { readSource } from "../../src/index/sources/index.ts";

const NAME = "蒹塘县人民政府2024年政府信息公开工作年度报告";
const file = (ext: string) => readFileSync(new URL(`../fixtures/wrapped-group/${NAME}${ext}`, import.meta.url));
const squash = (s: string) => s.replace(/\s+/g, "");

describe("a row under a wrapped, merged group label is quoted as the page prints it", () => {
  it("quotes the row from its own label, verbatim in the page's text", async () => {
    const { text } = await readSource(`${NAME}.pdf`, new Uint8Array(file(".pdf")));
    const bot = createAnswerer([parseReport(text, `${NAME}.pdf`)]);
    const printed = squash(file(".layout.txt").toString("utf8"));
    for (const [q, want] of [["蒹塘县2024年予以公开多少件", 17], ["蒹塘县2024年依申请公开办理结果里予以公开的有几件", 17]] as const) {
      const a = bot.answer(q);
      expect(a.figures.map((f) => f.value), q).toEqual([want]);
      expect(a.quotes.length, q).toBeGreaterThan(0);
      for (const quote of a.quotes) expect(printed, q).toContain(squash(quote.text));
    }
  });
});

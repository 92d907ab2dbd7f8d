/**
 * A table quote stands in the file. A block of rows running over a PDF page break (the 不予公开
 * group, 8 rows) was quoted with the page's running title and repeated header kept but its footer
 * (“-4-”, “— 4 —”) dropped, so the quote was in no file. Page furniture inside a quoted block is
 * now kept as printed (whitespace tidied only).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport, type Layout } from "../helpers/render-report.ts";

const squash = (s: string) => s.replace(/\s+/g, "");
const QUESTIONS = ["不予公开多少件", "无法提供多少件", "不予处理多少件", "其他处理多少件", "依申请公开多少件", "予以公开多少件", "结转下年度继续办理多少件"];

describe("table quotes across a page break are verbatim", () => {
  it.each(["pdf-raw", "pdf-layout"] as Layout[])("%s: every quote of a table block stands in the report's text", (layout) => {
    let crossed = 0;
    for (let i = 0; i < 12; i++) {
      const f = randomFigures(4600 + i);
      const text = renderReport(f, { layout, seed: i, repeatHeaders: i % 2 === 0 });
      const r = parseReport(text, `page-break-${i}.txt`);
      const answerer = createAnswerer([r]);
      for (const q of QUESTIONS) {
        for (const quote of answerer.answer(`浔阳区2023年${q}`).quotes) {
          expect(squash(text), `${i} ${q}`).toContain(squash(quote.text));
          if (/-\d+-/.test(quote.text)) crossed++;
        }
      }
    }
    // The generated page breaks do fall inside quoted blocks: the test exercises the case.
    expect(crossed).toBeGreaterThan(0);
  });
});

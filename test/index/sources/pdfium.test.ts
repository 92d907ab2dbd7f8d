import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { readReport } from "../../../src/index/corpus.ts";
import type { PageContent } from "../../../src/index/sources/pdf-layout.ts";
import { pdfToText, readPages } from "../../../src/index/sources/pdf.ts";
import { pdfiumPages } from "../../../src/index/sources/pdfium.ts";
import { chineseFont, helvetica, hline, makePdf, stroke, text, ucs2, vline } from "./make-pdf.ts";

const SAMPLES = ["hongze-2023.pdf", "hongze-2024.pdf", "huaian-2024.pdf"];
const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));

interface Read {
  text: string;
  pages: PageContent[];
}

async function readAs(engine: "pdfjs" | "pdfium", data: Uint8Array): Promise<Read> {
  return { pages: await readPages(data, { engine }), text: await pdfToText(data, { engine }) };
}

/**
 * Two engines' pages are the same for the layout: every run's text, in the same order, with its
 * box within 0.05 pt (PDFium computes in single precision), and the same drawn borders.
 */
function expectSamePages(got: PageContent[], want: PageContent[]): void {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= 0.05;
  const box = (b: { left: number; right: number; top: number; bottom: number }): number[] => [b.left, b.right, b.top, b.bottom];
  expect(got.length).toBe(want.length);
  want.forEach((page, n) => {
    const g = got[n]!;
    expect([g.width, g.height]).toEqual([page.width, page.height]);
    expect(g.fragments.map((f) => `${f.str}${f.vertical ? " (vertical)" : ""}`), `page ${n + 1}`).toEqual(page.fragments.map((f) => `${f.str}${f.vertical ? " (vertical)" : ""}`));
    page.fragments.forEach((f, i) => {
      const h = g.fragments[i]!;
      expect([...box(h), h.size].every((v, k) => near(v, [...box(f), f.size][k]!)), `page ${n + 1} “${f.str}”: ${box(h)} against ${box(f)}`).toBe(true);
    });
    const borders = (p: PageContent): number[][] =>
      p.segments
        .filter((s) => Math.hypot(s.x2 - s.x1, s.y2 - s.y1) > 0.01)
        .map((s) => (s.x1 < s.x2 || (s.x1 === s.x2 && s.y1 < s.y2) ? [s.x1, s.y1, s.x2, s.y2] : [s.x2, s.y2, s.x1, s.y1]))
        .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]! || a[3]! - b[3]!);
    const [gb, wb] = [borders(g), borders(page)];
    expect(gb.length, `page ${n + 1} borders`).toBe(wb.length);
    wb.forEach((s, i) => expect(s.every((v, k) => near(v, gb[i]![k]!)), `page ${n + 1} border ${s} against ${gb[i]}`).toBe(true));
  });
}

async function expectSameReading(data: Uint8Array): Promise<string> {
  const pdfium = await readAs("pdfium", data);
  const pdfjs = await readAs("pdfjs", data);
  expectSamePages(pdfium.pages, pdfjs.pages);
  expect(pdfium.text).toBe(pdfjs.text);
  return pdfium.text;
}

describe("PDFium reads what pdf.js reads (pdfium.ts)", () => {
  const engineBefore = process.env.NIANBAO_PDF_ENGINE;
  afterEach(() => {
    if (engineBefore === undefined) delete process.env.NIANBAO_PDF_ENGINE;
    else process.env.NIANBAO_PDF_ENGINE = engineBefore;
  });

  it.each(SAMPLES)("%s: the same runs and borders on every page, the same text and the same report", async (file) => {
    expect((await expectSameReading(sample(file))).length).toBeGreaterThan(1000);
    // every table cell, figure, passage and check of the report
    process.env.NIANBAO_PDF_ENGINE = "pdfjs";
    const before = JSON.stringify(await readReport(file, sample(file)));
    process.env.NIANBAO_PDF_ENGINE = "pdfium";
    expect(JSON.stringify(await readReport(file, sample(file)))).toBe(before);
  });

  // Each page exercises one of pdf.js's rules for where a run ends and where a space goes.
  const PAGES: Record<string, string> = {
    "gaps within a line: under 0.102 em, 0.102-0.6 em, over 0.6 em, a step back": "BT /F1 10 Tf 72 700 Td [(12) -50 (34) -300 (56) -800 (78) 300 (90)] TJ ET\n",
    "drawn spaces, character and word spacing": "BT /F1 10 Tf 72 700 Td (a b  c) Tj 0 -14 Td 2 Tc (spaced out) Tj 0 Tc 0 -14 Td 5 Tw (word spacing here) Tj ET\n",
    "a line broken by moves down, and a figure set off the baseline": "BT /F1 10 Tf 72 700 Td (first line) Tj 0 -12 Td (second) Tj 60 1.5 Td (1,516) Tj ET\n",
    "a word hyphenated at a line's end": "BT /F1 10 Tf 72 700 Td (the figures were manip-) Tj 0 -12 Td (ulated twice) Tj ET\n",
    "text rotated by 90 degrees and scaled text": "BT /F1 10 Tf 0 1 -1 0 300 400 Tm (rotated label) Tj ET\nBT /F1 1 Tf 12 0 0 12 72 500 Tm (scaled 123) Tj ET\n",
    "a ruled table of stroked lines, rectangles and thin filled rectangles":
      stroke(72, 700, 300, 700) + stroke(72, 680, 300, 680) + vline(72, 660, 700) + vline(300, 660, 700) + hline(72, 300, 660) +
      "0.5 w 150 660 50 40 re S\n0.5 w 72 640 m 300 640 l 300 620 l 72 620 l s\n" +
      text(80, 686, "label") + text(160, 686, "12") + text(240, 686, "3,456"),
  };
  it.each(Object.entries(PAGES))("a made PDF: %s", async (_, content) => {
    expect((await expectSameReading(makePdf([content]))).length).toBeGreaterThan(5);
  });

  it.each(["SimSun", "STSong-Light"] as const)("a made PDF in %s, not embedded (the PDF reader's own CMap and widths)", async (font) => {
    const page =
      `BT /F1 12 Tf 72 700 Td ${ucs2("政府信息公开工作年度报告")} Tj 0 -20 Td ${ucs2("本年新收 2023 件 1,516")} Tj ET\n` +
      `BT /F1 12 Tf 72 600 Td [${ucs2("收到")} -800 ${ucs2("3119")} -2000 ${ucs2("予以公开")}] TJ ET\n`;
    expect(await expectSameReading(makePdf([page], [595, 842], "", chineseFont(font)))).toBe("政府信息公开工作年度报告本年新收 2023 件 1,516\n收到 3119\t予以公开");
  });

  it("a page turned by /Rotate, and one cut by a /CropBox", async () => {
    for (const entries of ["/Rotate 90 ", "/CropBox [50 50 400 760] ", "/Rotate 270 /CropBox [0 100 595 800] "]) {
      await expectSameReading(makePdf([text(72, 700, "heading") + text(72, 600, "body 2023") + text(300, 600, "42")], [595, 842], entries));
    }
  });

  it("a file PDFium cannot open goes to pdf.js, which names what is wrong", async () => {
    const full = sample("hongze-2023.pdf");
    const cut = full.slice(0, full.length - 100);
    expect(await pdfiumPages(cut)).toBeUndefined();
    const err = await pdfToText(cut, { engine: "pdfium" }).catch((e: unknown) => e);
    expect(err).toMatchObject({ problem: "corrupt" });
    expect((err as Error).message).toBe(((await pdfToText(cut, { engine: "pdfjs" }).catch((e: unknown) => e)) as Error).message);
  });

  it("a PDF with a glyph PDFium cannot give the Unicode of is read by pdf.js (which knows more glyph names)", async () => {
    // “A” drawn as a glyph named glyph77: no Unicode for it in either engine's tables
    const data = makePdf([text(72, 700, "Total ABC 123") + text(72, 680, "next line")], [595, 842], "", helvetica("<< /BaseEncoding /WinAnsiEncoding /Differences [65 /glyph77] >>"));
    expect(await pdfiumPages(data)).toBeUndefined();
    expect(await pdfToText(data, { engine: "pdfium" })).toBe(await pdfToText(data, { engine: "pdfjs" }));
    // a glyph name both know is read by PDFium itself
    const named = makePdf([text(72, 700, "Total ABC 123")], [595, 842], "", helvetica("<< /BaseEncoding /WinAnsiEncoding /Differences [65 /copyright] >>"));
    expect((await pdfiumPages(named))?.[0]?.fragments.map((f) => f.str)).toEqual(["Total ©BC 123"]);
  });

  it("keeps pdf.ts's limits: time, pages, no text layer", async () => {
    await expect(pdfToText(sample("huaian-2024.pdf"), { engine: "pdfium", timeoutMs: 1 })).rejects.toMatchObject({ problem: "timeout" });
    await expect(pdfToText(sample("hongze-2023.pdf"), { engine: "pdfium", maxPages: 2 })).rejects.toMatchObject({ problem: "too_large" });
    await expect(pdfToText(makePdf(["0.5 g 50 50 495 742 re f\n"]), { engine: "pdfium" })).rejects.toMatchObject({ problem: "no_text_layer" });
    // the abandoned read must not surface later as an unhandled rejection
    await new Promise((resolve) => setTimeout(resolve, 300));
  });
});

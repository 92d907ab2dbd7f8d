import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { readReport } from "../../../src/index/corpus.ts";
import { pdfToText } from "../../../src/index/sources/pdf.ts";
import { loadPdfjs, pdfjsPatches, readAsStockPdfjs } from "../../../src/index/sources/pdfjs.ts";

const structuredCloneOf = globalThis.structuredClone;

/** Taken before pdf.js is loaded (pdf.ts and pdfjs.ts load it on first use). */
const nativePush = Array.prototype.push;

const SAMPLES = ["hongze-2023.pdf", "hongze-2024.pdf", "huaian-2024.pdf"];
const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));

/**
 * How many glyph outlines pdf.js compiled from the font programs for the first page (with font
 * faces off it compiles one per glyph drawn, from the rebuilt program; none when it was skipped).
 */
async function glyphOutlines(data: Uint8Array): Promise<number> {
  const lib = await loadPdfjs();
  const task = lib.getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true });
  try {
    const page = await (await task.promise).getPage(1);
    await page.getTextContent();
    await page.getOperatorList();
    return [...(page.commonObjs as unknown as Iterable<[string, unknown]>)].filter(([id]) => id.includes("_path_")).length;
  } finally {
    await task.destroy();
  }
}

describe("pdf.js loaded for text (pdfjs.ts)", () => {
  // pdf.js is the fallback engine (PDFium reads by default): every read here goes through pdf.js
  const engineBefore = process.env.NIANBAO_PDF_ENGINE;
  beforeAll(() => {
    process.env.NIANBAO_PDF_ENGINE = "pdfjs";
  });
  afterAll(() => {
    if (engineBefore === undefined) delete process.env.NIANBAO_PDF_ENGINE;
    else process.env.NIANBAO_PDF_ENGINE = engineBefore;
  });
  afterEach(() => readAsStockPdfjs(false));

  it("takes every change with the installed pdf.js", async () => {
    expect(await pdfjsPatches()).toEqual(["skip-font-program", "inflate-needed-programs", "native-inflate", "flat-text-state"]);
  });

  it("skips the program of a TrueType font with its own ToUnicode map; stock pdf.js rebuilds it", async () => {
    expect(await glyphOutlines(sample("huaian-2024.pdf"))).toBe(0);
    await readAsStockPdfjs(true);
    expect(await glyphOutlines(sample("huaian-2024.pdf"))).toBeGreaterThan(100);
  });

  it.each(SAMPLES)("reads %s to the same text and the same report as stock pdf.js", async (file) => {
    await readAsStockPdfjs(true);
    const stock = await pdfToText(sample(file));
    const stockReport = JSON.stringify(await readReport(file, sample(file)));
    await readAsStockPdfjs(false);
    const patched = await pdfToText(sample(file));
    expect(patched).toBe(stock);
    expect(patched.length).toBeGreaterThan(1000);
    // every table cell, figure, passage and check of the report, not only the text
    expect(JSON.stringify(await readReport(file, sample(file)))).toBe(stockReport);
  });

  it("hands operator lists and text to pdf.ts without structuredClone (pdfjs-port.ts copies them)", async () => {
    const cloned: unknown[] = [];
    const spy = vi.spyOn(globalThis, "structuredClone").mockImplementation((value, options) => {
      cloned.push(value);
      return structuredCloneOf(value, options);
    });
    try {
      await pdfToText(sample("huaian-2024.pdf"));
    } finally {
      spy.mockRestore();
    }
    const chunks = cloned.filter((m) => typeof m === "object" && m !== null && "chunk" in m);
    expect(chunks).toEqual([]);
  });

  it("leaves V8's own Array.prototype.push in place (pdf.js's build replaces it with a slower one)", async () => {
    await loadPdfjs();
    // (core-js makes its replacement print as "[native code]" too, so compare the function itself)
    expect(Array.prototype.push).toBe(nativePush);
  });
});

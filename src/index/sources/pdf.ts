/**
 * PDF → plain text: positioned text and table borders from each page, read by one of two
 * engines — pdf.js (its text layer and drawing operators, here) or PDFium (pdfium.ts) — then
 * pdf-runs.ts and pdf-layout.ts turn both alike into lines and tab-separated rows.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { type Budget, ownThreadId, startBudget } from "../cpu-budget.ts";
import { FormatError } from "./errors.ts";
import { sniffBinaryFormat } from "./decode.ts";
import type { Segment } from "./pdf-geometry.ts";
import { layoutPages, type PageContent } from "./pdf-layout.ts";
import { mayHoldTable, multiply, pathSegments, runFragments, type Matrix, type TextRun } from "./pdf-runs.ts";
import { documentWorker, loadPdfjs, type Pdfjs } from "./pdfjs.ts";
import { loadPdfium, pdfiumPages } from "./pdfium.ts";

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>["getPage"]>>;
type TextContent = Awaited<ReturnType<PdfPage["getTextContent"]>>;
type OperatorList = Awaited<ReturnType<PdfPage["getOperatorList"]>>;

export type PdfEngine = "pdfjs" | "pdfium";

export interface PdfOptions {
  /**
   * Give up after this much of this thread's processor time (ms; wall time where the system does not
   * tell it; cpu-budget.ts): the engines run in-process, so this bounds a pathological file.
   */
  timeoutMs?: number;
  maxPages?: number;
  /** Ignore drawn borders and lay tables out from text positions alone (tests the fallback). */
  ignoreRulings?: boolean;
  /** Which engine reads the pages (default: pdfEngine()). */
  engine?: PdfEngine;
}

/**
 * The engine used when a caller names none: PDFium (the same runs as pdf.js on every PDF we have,
 * in well under half the CPU: README, PDF reading), or pdf.js with NIANBAO_PDF_ENGINE=pdfjs.
 * A file PDFium cannot open is read by pdf.js either way.
 */
export function pdfEngine(): PdfEngine {
  return process.env.NIANBAO_PDF_ENGINE === "pdfjs" ? "pdfjs" : "pdfium";
}

/**
 * Loads the engine pdfToText will use, so that a thread's first PDF is not also timed for that
 * (the reader pool's workers call it before they take files).
 */
export async function loadPdfEngine(): Promise<void> {
  if (pdfEngine() === "pdfium") await loadPdfium();
  else await loadPdfjs();
}

/** pdf.js reads these with fs in Node; they need a trailing slash. */
const PDFJS_DIR = `${dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"))}/`;

/**
 * Fewer visible characters than this per page: the text is in scanned images (a scan often
 * carries nothing but a stamped page number).
 */
const MIN_CHARS_PER_PAGE = 3;

export async function pdfToText(data: Uint8Array, options: PdfOptions = {}): Promise<string> {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 1024)).toString("latin1");
  if (!head.includes("%PDF-")) {
    if (data.length === 0) throw new FormatError("empty", "the file is empty");
    const magic = sniffBinaryFormat(data);
    throw new FormatError("not_pdf", magic ? `not a PDF file: it is ${magic}` : "not a PDF file (no %PDF- header)");
  }
  const stop = new AbortController();
  let budget: Budget | undefined;
  // This thread's processor time, not the wall clock: a busy machine does not make a PDF "damaged".
  const timeout = new Promise<never>((_, reject) => {
    budget = startBudget(ownThreadId(), options.timeoutMs ?? 30_000, () => {
      stop.abort();
      reject(new FormatError("timeout", "reading the PDF took too long; the file may be damaged"));
    });
  });
  const work = readPages(data, options, stop.signal);
  // After a timeout the work fails when it sees the signal; nobody awaits it then, and an
  // unobserved rejection would take the process down.
  work.catch(() => undefined);
  let pages: PageContent[];
  try {
    pages = await Promise.race([work, timeout]);
  } catch (cause) {
    throw asFormatError(cause);
  } finally {
    budget?.cancel();
  }
  if (options.ignoreRulings) pages = pages.map((p) => ({ ...p, segments: [] }));
  const chars = pages.reduce((sum, p) => sum + p.fragments.reduce((s, f) => s + f.str.replace(/\s/g, "").length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) throw new FormatError("no_text_layer", "this PDF has no text layer; OCR it first");
  return layoutPages(pages);
}

/** The pages as an engine reads them, before layout (tests compare the two engines' pages). */
export async function readPages(data: Uint8Array, options: PdfOptions = {}, signal = new AbortController().signal): Promise<PageContent[]> {
  const maxPages = options.maxPages ?? 500;
  const tooMany = (n: number): void => {
    if (n > maxPages) throw new FormatError("too_large", `the PDF has ${n} pages; at most ${maxPages} are read`);
  };
  if ((options.engine ?? pdfEngine()) === "pdfium") {
    // undefined: PDFium could not open the file; pdf.js tries, and names what is wrong with it
    const pages = await pdfiumPages(data, { signal, checkPageCount: tooMany });
    if (pages) return pages;
  }
  return pdfjsPages(data, signal, tooMany);
}

function asFormatError(cause: unknown): FormatError {
  if (cause instanceof FormatError) return cause;
  const name = cause instanceof Error ? cause.name : "";
  const message = cause instanceof Error ? cause.message : String(cause);
  if (name === "PasswordException") {
    return new FormatError("encrypted", "the PDF is password-protected; remove the password first", { cause });
  }
  return new FormatError("corrupt", `the PDF is damaged or unreadable (${message})`, { cause });
}

async function pdfjsPages(data: Uint8Array, signal: AbortSignal, checkPageCount: (n: number) => void): Promise<PageContent[]> {
  const lib = await loadPdfjs();
  const worker = await documentWorker();
  const task = lib.getDocument({
    worker,
    // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes usable.
    data: new Uint8Array(data),
    cMapUrl: `${PDFJS_DIR}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_DIR}standard_fonts/`,
    wasmUrl: `${PDFJS_DIR}wasm/`,
    iccUrl: `${PDFJS_DIR}iccs/`,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  });
  // destroying the document makes whatever pdf.js is still doing for it fail
  const destroy = (): void => void task.destroy().catch(() => undefined);
  signal.addEventListener("abort", destroy);
  try {
    const doc = await task.promise;
    checkPageCount(doc.numPages);
    const pages: PageContent[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      pages.push(await readPage(lib, page));
      page.cleanup();
    }
    return pages;
  } finally {
    signal.removeEventListener("abort", destroy);
    await task.destroy().catch(() => undefined);
    worker?.destroy();
  }
}

async function readPage(lib: Pdfjs, page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toScreen = viewport.transform as Matrix;
  const text = await page.getTextContent();
  const vertical = Object.values(text.styles).some((s) => s.vertical);
  const runs = textRuns(text);
  // The drawing operators cost more than the text (~50 ms a page): only fetched where a table
  // or a vertical label may be.
  const ops = vertical || mayHoldTable(runs) ? await page.getOperatorList() : undefined;
  if (ops && vertical) completeVerticalRuns(runs, collectVerticalRuns(lib, ops, text));
  return {
    width: viewport.width,
    height: viewport.height,
    fragments: runFragments(runs, toScreen),
    segments: ops ? collectSegments(lib, ops, toScreen) : [],
  };
}

function textRuns(text: TextContent): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of text.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const vertical = text.styles[item.fontName]?.vertical ?? false;
    runs.push({ str: item.str, transform: item.transform as Matrix, width: item.width, height: item.height, vertical });
  }
  return runs;
}

/**
 * pdf.js (5.x) drops the characters of a vertical-font run that follow a big advance, so
 * “三、本年度办理结果” arrives as “三、本”; the operator list still has them all.
 */
function completeVerticalRuns(runs: TextRun[], verticalRuns: string[]): void {
  for (const run of runs) {
    if (!run.vertical) continue;
    const key = run.str.replace(/\s+/g, "");
    const i = verticalRuns.findIndex((r) => r.replace(/\s+/g, "").startsWith(key));
    if (i >= 0) run.str = verticalRuns.splice(i, 1)[0]!;
  }
}

/** The full text of every run drawn in a vertical font, in drawing order. */
function collectVerticalRuns(lib: Pdfjs, ops: OperatorList, text: TextContent): string[] {
  const vertical = new Set(Object.entries(text.styles).filter(([, s]) => s.vertical).map(([name]) => name));
  if (vertical.size === 0) return [];
  const { OPS } = lib;
  const runs: string[] = [];
  let font = "";
  let run = "";
  const flush = (): void => {
    if (run.trim()) runs.push(run.trim());
    run = "";
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.setFont) {
      flush();
      font = String(args?.[0] ?? "");
    } else if (fn === OPS.endText) flush();
    else if ((fn === OPS.showText || fn === OPS.showSpacedText) && vertical.has(font)) {
      for (const glyph of (args?.[0] as unknown[]) ?? []) {
        if (glyph && typeof glyph === "object" && "unicode" in glyph) run += String(glyph.unicode);
      }
    }
  }
  flush();
  return runs;
}

/**
 * The straight strokes of the page (table borders), in screen space. Borders are drawn as
 * stroked lines or rectangles, or as thin filled rectangles (Word's own PDF export).
 */
function collectSegments(lib: Pdfjs, ops: OperatorList, toScreen: Matrix): Segment[] {
  const { OPS } = lib;
  const strokes = new Set<number>([
    OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke,
  ]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const segments: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const m = args?.[0];
      if (Array.isArray(m) || ArrayBuffer.isView(m)) ctm = multiply(ctm, Array.from(m as ArrayLike<number>) as Matrix);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const buffer = (args[1] as (ArrayLike<number> | null)[] | undefined)?.[0];
      if (!buffer || !(strokes.has(paint) || fills.has(paint))) continue;
      const m = multiply(toScreen, ctm);
      pathSegments(buffer, m, strokes.has(paint), fills.has(paint), segments);
    }
  }
  return segments;
}

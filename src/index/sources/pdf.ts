/**
 * PDF → plain text with pdf.js: positioned text from each page's text layer, table borders
 * from its drawing operators, then pdf-layout.ts turns both into lines and tab-separated rows.
 */
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { FormatError } from "./errors.ts";
import { sniffBinaryFormat } from "./decode.ts";
import type { Fragment, Segment } from "./pdf-geometry.ts";
import { layoutPages, type PageContent } from "./pdf-layout.ts";
import { maxOf, minOf } from "../min-max.ts";
import { documentWorker, loadPdfjs, type Pdfjs } from "./pdfjs.ts";

type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDocument["getPage"]>>;
type TextContent = Awaited<ReturnType<PdfPage["getTextContent"]>>;
type OperatorList = Awaited<ReturnType<PdfPage["getOperatorList"]>>;
type Matrix = [number, number, number, number, number, number];

export interface PdfOptions {
  /** Give up after this long (ms); pdf.js runs in-process, so this bounds a pathological file. */
  timeoutMs?: number;
  maxPages?: number;
  /** Ignore drawn borders and lay tables out from text positions alone (tests the fallback). */
  ignoreRulings?: boolean;
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
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FormatError("timeout", "reading the PDF took too long; the file may be damaged")),
      options.timeoutMs ?? 30_000,
    );
  });
  const work = readDocument(lib, task.promise, options);
  // After a timeout the work fails when the document is destroyed; nobody awaits it then, and
  // an unobserved rejection would take the process down.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, timeout]);
  } catch (cause) {
    throw asFormatError(cause);
  } finally {
    clearTimeout(timer);
    await task.destroy().catch(() => undefined);
    worker?.destroy();
  }
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

async function readDocument(lib: Pdfjs, loading: Promise<PdfDocument>, options: PdfOptions): Promise<string> {
  const doc = await loading;
  const maxPages = options.maxPages ?? 500;
  if (doc.numPages > maxPages) {
    throw new FormatError("too_large", `the PDF has ${doc.numPages} pages; at most ${maxPages} are read`);
  }
  const pages: PageContent[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await readPage(lib, page);
    pages.push(options.ignoreRulings ? { ...content, segments: [] } : content);
    page.cleanup();
  }
  const chars = pages.reduce((sum, p) => sum + p.fragments.reduce((s, f) => s + f.str.replace(/\s/g, "").length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * Math.max(1, pages.length)) throw new FormatError("no_text_layer", "this PDF has no text layer; OCR it first");
  return layoutPages(pages);
}

async function readPage(lib: Pdfjs, page: PdfPage): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toScreen = viewport.transform as Matrix;
  const text = await page.getTextContent();
  const vertical = Object.values(text.styles).some((s) => s.vertical);
  // The drawing operators cost more than the text (~50 ms a page): only fetched where a table
  // or a vertical label may be.
  const ops = vertical || mayHoldTable(text) ? await page.getOperatorList() : undefined;
  return {
    width: viewport.width,
    height: viewport.height,
    fragments: textFragments(text, toScreen, ops && vertical ? collectVerticalRuns(lib, ops, text) : []),
    segments: ops ? collectSegments(lib, ops, toScreen) : [],
  };
}

/**
 * Whether some line has a gap wider than two characters between two pieces of text: table
 * cells do, running text (justified, with at most a word space) does not.
 */
function mayHoldTable(text: TextContent): boolean {
  const rows = new Map<number, { left: number; right: number; size: number }[]>();
  for (const item of text.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
    const key = Math.round(y / 3);
    const list = rows.get(key) ?? [];
    list.push({ left: x, right: x + item.width, size: Math.hypot(a, b) || 1 });
    rows.set(key, list);
  }
  for (const list of rows.values()) {
    list.sort((p, q) => p.left - q.left);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.left - list[i - 1]!.right > 2 * Math.min(list[i]!.size, list[i - 1]!.size)) return true;
    }
  }
  return false;
}

function textFragments(text: TextContent, toScreen: Matrix, verticalRuns: string[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const item of text.items) {
    if (!("str" in item) || item.str.trim() === "") continue;
    const m = multiply(toScreen, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
    const x = m[4];
    const y = m[5];
    if (text.styles[item.fontName]?.vertical) {
      // pdf.js (5.x) drops the characters of a vertical-font run that follow a big advance, so
      // “三、本年度办理结果” arrives as “三、本”; the operator list still has them all.
      const key = item.str.replace(/\s+/g, "");
      const i = verticalRuns.findIndex((r) => r.replace(/\s+/g, "").startsWith(key));
      const str = i >= 0 ? verticalRuns.splice(i, 1)[0]! : item.str;
      const height = Math.max(item.height, Array.from(str.replace(/\s+/g, "")).length * size);
      fragments.push({ str, size, vertical: true, left: x - size / 2, right: x + size / 2, top: y, bottom: y + height });
      continue;
    }
    // The run's box: from the baseline up by the ascent (~0.8 em) and down by the descent,
    // along the run's own direction so text rotated by 90° is placed correctly too.
    const w = item.width / size;
    const corners = [
      [0, -0.2],
      [w, -0.2],
      [w, 0.8],
      [0, 0.8],
    ].map(([gx, gy]) => [m[0] * gx! + m[2] * gy! + x, m[1] * gx! + m[3] * gy! + y] as const);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const rotated = Math.abs(m[1]) > Math.abs(m[0]);
    fragments.push({
      str: item.str,
      size,
      vertical: rotated,
      left: minOf(xs),
      right: maxOf(xs),
      top: minOf(ys),
      bottom: maxOf(ys),
    });
  }
  return fragments;
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

/** pdf.js path-drawing codes inside a constructPath buffer (its DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

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

function pathSegments(buf: ArrayLike<number>, m: Matrix, stroked: boolean, filled: boolean, out: Segment[]): void {
  const points: [number, number][] = [];
  let start: [number, number] | undefined;
  let cur: [number, number] | undefined;
  const at = (k: number): [number, number] => apply(m, buf[k]!, buf[k + 1]!);
  const edge = (a: [number, number], b: [number, number]): void => {
    if (stroked) out.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
  };
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === MOVE) {
      cur = start = at(k);
      points.push(cur);
      k += 2;
    } else if (op === LINE) {
      const p = at(k);
      if (cur) edge(cur, p);
      cur = p;
      points.push(p);
      k += 2;
    } else if (op === CURVE) {
      cur = at(k + 4);
      points.push(cur);
      k += 6;
    } else if (op === QUAD) {
      cur = at(k + 2);
      points.push(cur);
      k += 4;
    } else if (op === CLOSE) {
      if (cur && start) edge(cur, start);
      cur = start;
    } else break;
  }
  if (!filled || points.length === 0) return;
  // A filled rectangle no thicker than a heavy pen stroke is a drawn line.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
  if (y1 - y0 <= 3 && x1 - x0 > 3) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
  else if (x1 - x0 <= 3 && y1 - y0 > 3) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
}

function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * PDF pages read by PDFium (Chrome's PDF engine, compiled to WebAssembly: @embedpdf/pdfium) into
 * what pdf.js gives pdf.ts — runs of text and drawn paths (pdf-runs.ts) — so that one layout
 * reads either engine's pages to the same text.
 *
 * PDFium hands out characters, each with its origin, matrix and advance; pdf.js hands out runs.
 * The characters are grouped into runs by pdf.js's own rules (its getTextContent), so that the
 * spaces and the breaks between runs fall where pdf.js puts them:
 * - a gap under 0.102 em joins the next character on (no space); 0.102–0.6 em joins it with a
 *   space; a wider gap, a step back of more than 0.2 em, or a move off the line starts a new run;
 * - a space character drawn in the text is a space only between two other characters that are
 *   not pushed apart or together by more than 0.03 em;
 * - a change of font or size starts a new run.
 * A vertical font (PDFium places its characters away from their pen position) makes one run per
 * column of characters, as pdf.ts rebuilds pdf.js's from the operator list, and as tall as pdf.ts
 * makes those: one em per character (pdf-runs.ts), whatever the spacing.
 *
 * Not done the pdf.js way: text rise (superscripts) is not told apart from a move off the line,
 * and text in a form XObject does not end the run before it.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { WrappedPdfiumModule } from "@embedpdf/pdfium";
import type { PageContent } from "./pdf-layout.ts";
import type { Segment } from "./pdf-geometry.ts";
import { CLOSE, CURVE, LINE, MOVE, mayHoldTable, multiply, pathSegments, runFragments, type Matrix, type TextRun } from "./pdf-runs.ts";

const require = createRequire(import.meta.url);

/** The PDFium functions used, called as the module's raw exports (its wrappers cost more than the calls). */
const CALLS = [
  "FPDF_LoadMemDocument", "FPDF_GetPageCount", "FPDF_LoadPage", "FPDF_ClosePage", "FPDF_CloseDocument",
  "FPDF_GetPageBoundingBox", "FPDFPage_GetRotation", "FPDFPage_CountObjects", "FPDFPage_GetObject",
  "FPDFText_LoadPage", "FPDFText_ClosePage", "FPDFText_CountChars", "FPDFText_IsGenerated",
  "FPDFText_HasUnicodeMapError", "FPDFText_GetUnicode", "FPDFText_IsHyphen", "FPDFText_GetFontSize",
  "FPDFText_GetMatrix", "FPDFText_GetCharOrigin", "FPDFText_GetTextObject", "FPDFText_GetLooseCharBox",
  "FPDFText_GetCharBox", "FPDFTextObj_GetFont", "FPDFFont_GetBaseFontName", "FPDFFont_GetGlyphWidth",
  "FPDFPageObj_GetType", "FPDFPageObj_GetMatrix", "FPDFFormObj_CountObjects", "FPDFFormObj_GetObject",
  "FPDFPath_GetDrawMode", "FPDFPath_CountSegments", "FPDFPath_GetPathSegment", "FPDFPathSegment_GetPoint",
  "FPDFPathSegment_GetType", "FPDFPathSegment_GetClose",
] as const;

interface Pdfium {
  m: Record<(typeof CALLS)[number], (...args: number[]) => number>;
  malloc: (size: number) => number;
  free: (ptr: number) => void;
  /** The module's memory as bytes, floats and doubles (views made again when it grows). */
  bytes: () => Uint8Array;
  f32: () => Float32Array;
  f64: () => Float64Array;
  i32: () => Int32Array;
  /** A NUL-terminated UTF-8 string in the module's memory. */
  utf8: (ptr: number) => string;
  /** 64 bytes of scratch for the values PDFium returns through pointers (8-byte aligned). */
  scratch: number;
}

let loading: Promise<Pdfium> | undefined;

async function load(): Promise<Pdfium> {
  const { init } = await import("@embedpdf/pdfium");
  const wasmBinary = await readFile(require.resolve("@embedpdf/pdfium/pdfium.wasm"));
  const module: WrappedPdfiumModule = await init({ wasmBinary: wasmBinary.buffer.slice(wasmBinary.byteOffset, wasmBinary.byteOffset + wasmBinary.byteLength) as ArrayBuffer });
  module.PDFiumExt_Init();
  const exports = module.pdfium.wasmExports as unknown as Record<string, (...args: number[]) => number> & { memory: { buffer: ArrayBuffer } };
  const m = Object.fromEntries(CALLS.map((name) => [name, exports[name] ?? (module[name] as (...args: number[]) => number)])) as Pdfium["m"];
  let buffer: ArrayBuffer | undefined;
  let views: { u8: Uint8Array; f32: Float32Array; f64: Float64Array; i32: Int32Array } | undefined;
  const heap = () => {
    if (!views || buffer !== exports.memory.buffer) {
      buffer = exports.memory.buffer;
      views = { u8: new Uint8Array(buffer), f32: new Float32Array(buffer), f64: new Float64Array(buffer), i32: new Int32Array(buffer) };
    }
    return views;
  };
  return {
    m,
    malloc: exports.malloc!,
    free: exports.free!,
    bytes: () => heap().u8,
    f32: () => heap().f32,
    f64: () => heap().f64,
    i32: () => heap().i32,
    utf8: (ptr) => String(module.pdfium.UTF8ToString(ptr)),
    scratch: exports.malloc!(64),
  };
}

/** PDFium, compiled and started on first use (~0.3 s of CPU once per thread). */
export function loadPdfium(): Promise<Pdfium> {
  return (loading ??= load());
}

export interface PdfiumReadOptions {
  /** Stops the read between pages (pdf.ts's time limit). */
  signal?: AbortSignal;
  /** Throws when the document has too many pages. */
  checkPageCount?: (pages: number) => void;
}

/**
 * Every page of the PDF as pdf-layout.ts reads it, or undefined when PDFium cannot open the
 * file or one of its pages (pdf.js then tries, and says what is wrong).
 */
export async function pdfiumPages(data: Uint8Array, options: PdfiumReadOptions = {}): Promise<PageContent[] | undefined> {
  const p = await loadPdfium();
  const { m } = p;
  const ptr = p.malloc(data.length);
  p.bytes().set(data, ptr);
  const doc = m.FPDF_LoadMemDocument(ptr, data.length, 0);
  try {
    if (!doc) return undefined;
    const count = m.FPDF_GetPageCount(doc);
    options.checkPageCount?.(count);
    const pages: PageContent[] = [];
    for (let i = 0; i < count; i++) {
      // PDFium runs without a break; between pages a timer (the time limit) may fire
      await new Promise((resolve) => setImmediate(resolve));
      options.signal?.throwIfAborted();
      const page = m.FPDF_LoadPage(doc, i);
      if (!page) return undefined;
      try {
        pages.push(readPage(p, page));
      } catch (e) {
        if (e instanceof UnmappedText) return undefined;
        throw e;
      } finally {
        m.FPDF_ClosePage(page);
      }
    }
    return pages;
  } finally {
    if (doc) m.FPDF_CloseDocument(doc);
    p.free(ptr);
  }
}

function readPage(p: Pdfium, page: number): PageContent {
  const { m } = p;
  const view = pageView(p, page);
  const { toScreen, width, height } = viewport(view, m.FPDFPage_GetRotation(page) * 90);
  const text = m.FPDFText_LoadPage(page);
  let runs: TextRun[] = [];
  try {
    if (text) runs = textRuns(p, text, view, contentOrder(p, page));
  } finally {
    if (text) m.FPDFText_ClosePage(text);
  }
  // as pdf.ts does with pdf.js: paths only where a table or a vertical label may be
  const segments = runs.some((r) => r.vertical) || mayHoldTable(runs) ? pageSegments(p, page, toScreen) : [];
  return { width, height, fragments: runFragments(runs, toScreen), segments };
}

/** The page's visible box in PDF space (its media box cut by its crop box), as pdf.js's page.view. */
function pageView(p: Pdfium, page: number): [number, number, number, number] {
  // FS_RECTF: left, top, right, bottom
  if (!p.m.FPDF_GetPageBoundingBox(page, p.scratch)) return [0, 0, 612, 792];
  const [left = 0, top = 0, right = 0, bottom = 0] = p.f32().subarray(p.scratch >> 2, (p.scratch >> 2) + 4);
  return [Math.min(left, right), Math.min(top, bottom), Math.max(left, right), Math.max(top, bottom)];
}

/** pdf.js's PageViewport at scale 1: PDF space → page display space (top-left origin, rotated). */
function viewport(view: [number, number, number, number], rotation: number): { toScreen: Matrix; width: number; height: number } {
  const [x0, y0, x1, y1] = view;
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const r = ((rotation % 360) + 360) % 360;
  const [a, b, c, d] = r === 90 ? [0, 1, 1, 0] : r === 180 ? [-1, 0, 0, 1] : r === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const sideways = a === 0;
  const offX = sideways ? Math.abs(cy - y0) : Math.abs(cx - x0);
  const offY = sideways ? Math.abs(cx - x0) : Math.abs(cy - y0);
  return {
    toScreen: [a, b, c, d, offX - a * cx - c * cy, offY - b * cx - d * cy],
    width: sideways ? y1 - y0 : x1 - x0,
    height: sideways ? x1 - x0 : y1 - y0,
  };
}

/** A character PDFium cannot give the Unicode of: pdf.js, which also reads glyph names, reads the file. */
class UnmappedText extends Error {}

const TRACKING_SPACE = 0.102;
const NOT_A_SPACE = 0.03;
const NEGATIVE_SPACE = -0.2;
/**
 * (A monospaced font's space is exactly 0.6 em: pdf.js's sums land just over or under it by
 * rounding, mostly over — a new run —, which is what is done here.)
 */
const SPACE_IN_FLOW_MAX = 0.6;
const VERTICAL_SHIFT = 0.25;
/** Two positions closer than this (points) are the same: pdf.js compares its pens exactly. */
const SAME_POSITION = 1e-3;

/** pdf.js's text normalisation (normalizeUnicode): ligatures, compatibility spaces and signs. */
const NORMALIZE =
  /[\u00a0\u00b5\u037e\u0eb3\u2000-\u200a\u202f\u2126\ufb00-\ufb04\ufb06\ufb20-\ufb36\ufb38-\ufb3c\ufb3e\ufb40-\ufb41\ufb43-\ufb44\ufb46-\ufba1\ufba4-\ufba9\ufbae-\ufbb1\ufbd3-\ufbdc\ufbde-\ufbe7\ufbea-\ufbf8\ufbfc-\ufbfd\ufc00-\ufc5d\ufc64-\ufcf1\ufcf5-\ufd3d\ufd88\ufdf4\ufdfa-\ufdfb\ufe71\ufe77\ufe79\ufe7b\ufe7d]+/gu;
const normalize = (s: string): string => s.replace(NORMALIZE, (x) => x.normalize("NFKC")).replaceAll("\ufb05", "ſt");

interface Run {
  chars: string[];
  transform: Matrix;
  /** Advance so far along the baseline (points). */
  width: number;
  height: number;
  /** One em along the baseline (points): the unit of the gap rules. */
  em: number;
  font: string;
  vertical: boolean;
  /** Where the last character's pen stopped (vertical runs: its origin). */
  end: [number, number];
}

/** The characters of a page grouped into runs (see the module comment). */
/**
 * Where each text object is drawn in the page's content (forms included). PDFium lists a
 * page's characters in its own reading order (a page turned by /Rotate comes column by
 * column); pdf.js takes them as drawn, and the rules for runs compare each with the one before.
 */
function contentOrder(p: Pdfium, page: number): Map<number, number> {
  const { m } = p;
  const order = new Map<number, number>();
  const visit = (count: number, objectAt: (i: number) => number, depth: number): void => {
    for (let i = 0; i < count; i++) {
      const obj = objectAt(i);
      const type = m.FPDFPageObj_GetType(obj);
      if (type === PAGEOBJ_TEXT) order.set(obj, order.size);
      else if (type === PAGEOBJ_FORM && depth < 8) visit(m.FPDFFormObj_CountObjects(obj), (k) => m.FPDFFormObj_GetObject(obj, k), depth + 1);
    }
  };
  visit(m.FPDFPage_CountObjects(page), (i) => m.FPDFPage_GetObject(page, i), 0);
  return order;
}

function textRuns(p: Pdfium, text: number, view: [number, number, number, number], order: Map<number, number>): TextRun[] {
  const { m } = p;
  const runs: TextRun[] = [];
  const fonts = new Map<number, string>();
  let run: Run | undefined;
  /** The run whose em and height measure the next gap: the last one, even once emitted. */
  let last: Run | undefined;
  // pdf.js's memory of the two characters before (a drawn space between two others is a space)
  let older = " ";
  let newer = " ";
  const remember = (ch: string): boolean => {
    const spaceBetween = older !== " " && newer === " ";
    older = newer;
    newer = ch;
    return spaceBetween;
  };
  const forget = (): void => {
    older = newer = " ";
  };
  const flush = (): void => {
    if (run && run.chars.length) {
      const str = normalize(run.chars.join(""));
      runs.push({ str, transform: run.transform, width: Math.abs(run.width), height: run.height, vertical: run.vertical });
    }
    run = undefined;
  };
  /**
   * A text object's font and size, and, for a vertical font, the offset from a character's
   * origin to its pen, read off the object's first character (its pen is the object's start):
   * a horizontal font's first origin is on the object's baseline, a vertical font's below it.
   */
  const objects = new Map<number, { font: string; pen?: [number, number] }>();
  const objectOf = (obj: number, i: number, dx: number, dy: number, dir: [number, number], em: number): { font: string; pen?: [number, number] } => {
    let known = objects.get(obj);
    if (!known) {
      const font = m.FPDFTextObj_GetFont(obj);
      let name = fonts.get(font);
      if (name === undefined) {
        const n = m.FPDFFont_GetBaseFontName(font, 0, 0);
        const at = n > 0 ? p.malloc(n) : 0;
        name = at ? (m.FPDFFont_GetBaseFontName(font, at, n), p.utf8(at)) : String(font);
        if (at) p.free(at);
        fonts.set(font, name);
      }
      const across = -dx * dir[1] + dy * dir[0];
      known = { font: `${name}|${m.FPDFText_GetFontSize(text, i)}`, ...(Math.abs(across) > 0.2 * em ? { pen: [dx, dy] as [number, number] } : {}) };
      objects.set(obj, known);
    }
    return known;
  };

  /** A character's width in the font (text space, at the given size), by its Unicode. */
  const widths = new Map<string, number>();
  const fontWidth = (i: number, code: number, size: number): number => {
    const font = m.FPDFTextObj_GetFont(m.FPDFText_GetTextObject(text, i));
    const key = `${font}|${code}`;
    let width = widths.get(key);
    if (width === undefined) {
      width = m.FPDFFont_GetGlyphWidth(font, code, 1000, p.scratch) ? p.f32()[p.scratch >> 2]! / 1000 : 0;
      widths.set(key, width);
    }
    return width * size;
  };
  /** The last character put in a run: one glyph's further characters (a ligature's) join it. */
  let glyph: { object: number; x: number; y: number } | undefined;
  // the characters PDFium did not make up (spaces and line ends between its lines), as drawn
  const drawn: { i: number; obj: number; at: number }[] = [];
  const count = m.FPDFText_CountChars(text);
  for (let i = 0; i < count; i++) {
    if (m.FPDFText_IsGenerated(text, i) === 1) continue;
    const obj = m.FPDFText_GetTextObject(text, i);
    drawn.push({ i, obj, at: order.get(obj) ?? order.size });
  }
  drawn.sort((x, y) => x.at - y.at || x.i - y.i);
  for (const { i, obj: objectId } of drawn) {
    if (m.FPDFText_HasUnicodeMapError(text, i) === 1) throw new UnmappedText();
    const code = m.FPDFText_GetUnicode(text, i);
    if (code === 0 || code > 0x10ffff) continue;
    // PDFium marks a hyphen at a line's end and turns it into U+0002; pdf.js keeps it
    const ch = m.FPDFText_IsHyphen(text, i) === 1 ? "-" : String.fromCodePoint(code);
    if (/^\p{Cf}$/u.test(ch)) continue;
    const space = /^\s$/u.test(ch);
    const size = m.FPDFText_GetFontSize(text, i);
    m.FPDFText_GetMatrix(text, i, p.scratch);
    // the text object's matrix: its direction and size, and where its first character's pen is
    const f32 = p.f32();
    const at = p.scratch >> 2;
    const [a = 0, b = 0, c = 0, d = 0, tx = 0, ty = 0] = [f32[at], f32[at + 1], f32[at + 2], f32[at + 3], f32[at + 4], f32[at + 5]];
    const scale = Math.hypot(a, b);
    const em = size * scale;
    const dir: [number, number] = scale ? [a / scale, b / scale] : [1, 0];
    m.FPDFText_GetCharOrigin(text, i, p.scratch, p.scratch + 8);
    const f64 = p.f64();
    const [ox = 0, oy = 0] = [f64[p.scratch >> 3], f64[(p.scratch >> 3) + 1]];
    const object = objectOf(objectId, i, tx - ox, ty - oy, dir, em);
    // PDFium splits a ligature glyph ("ﬁ") into characters at one origin; pdf.js keeps one glyph
    if (run && !run.vertical && glyph?.object === objectId && Math.abs(glyph.x - ox) < SAME_POSITION && Math.abs(glyph.y - oy) < SAME_POSITION) {
      run.chars.push(ch);
      continue;
    }
    glyph = undefined;
    // a vertical font's pen is at the top centre of the character, its origin lower left
    const x = ox + (object.pen?.[0] ?? 0);
    const y = oy + (object.pen?.[1] ?? 0);
    const transform: Matrix = [size * a, size * b, size * c, size * d, x, y];
    const vertical = object.pen !== undefined;
    const font = object.font;

    if (vertical) {
      const fits = run?.vertical && run.font === font && Math.abs(x - run.end[0]) <= em && y <= run.end[1] + 0.2 * em;
      if (!fits) {
        flush();
        run = { chars: [], transform, width: em, height: 0, em, font, vertical: true, end: [x, y] };
      }
      run!.chars.push(ch);
      run!.end = [x, y];
      last = undefined;
      forget();
      continue;
    }
    if (run?.vertical) flush();
    if (space) {
      remember(" ");
      continue;
    }
    const advance = charAdvance(p, text, i, ox, a, b, (k) => fontWidth(k, code, size) * scale);
    if (x + advance < view[0] || x > view[2] || y < view[1] || y > view[3]) continue;
    if (run && run.font !== font) flush();
    if (last) {
      const dx = x - last.end[0];
      const dy = y - last.end[1];
      if (Math.abs(dx) > SAME_POSITION || Math.abs(dy) > SAME_POSITION) {
        // along the baseline and across it, in the run's direction
        const along = dx * dir[0] + dy * dir[1];
        const across = -dx * dir[1] + dy * dir[0];
        const current = run;
        if (along < NEGATIVE_SPACE * last.em) {
          forget();
          flush();
        } else if (Math.abs(across) > last.height) {
          forget();
          flush();
        } else {
          if (along <= NOT_A_SPACE * last.em) forget();
          if (along <= TRACKING_SPACE * last.em) {
            if (older !== " " && newer === " ") {
              forget();
              flush();
            } else if (current) current.width += along;
          } else if (along < SPACE_IN_FLOW_MAX * last.em - SAME_POSITION) {
            if (current) {
              forget();
              current.chars.push(" ");
              current.width += along;
            }
          } else {
            flush();
            forget();
          }
          if (Math.abs(across) > last.height * VERTICAL_SHIFT) flush();
        }
      }
    }
    if (!run) {
      run = { chars: [], transform, width: 0, height: Math.hypot(transform[2], transform[3]), em, font, vertical: false, end: [x, y] };
      last = run;
    }
    if (remember(ch)) run.chars.push(" ");
    run.chars.push(ch);
    glyph = { object: objectId, x: ox, y: oy };
    run.width += advance;
    if (advance) run.end = [x + advance * dir[0], y + advance * dir[1]];
  }
  flush();
  return runs;
}

/**
 * How far a character moves the pen, in points. PDFium's loose box is the union of the box from
 * the origin by the advance and the glyph's outline: where its right edge is beyond the
 * outline's, it is the advance's. Otherwise (an italic f reaching past its advance), or for
 * rotated text (the box is only scaled by the matrix's first term), the advance is the font's
 * width for the character.
 */
function charAdvance(p: Pdfium, text: number, i: number, ox: number, a: number, b: number, widthOf: (i: number) => number): number {
  const { m } = p;
  if (Math.abs(b) < 1e-6 && a > 0 && m.FPDFText_GetLooseCharBox(text, i, p.scratch)) {
    // FS_RECTF: left, top, right, bottom
    const right = p.f32()[(p.scratch >> 2) + 2]!;
    // the outline's left, right, bottom, top
    if (m.FPDFText_GetCharBox(text, i, p.scratch, p.scratch + 8, p.scratch + 16, p.scratch + 24)) {
      if (right - p.f64()[(p.scratch >> 3) + 1]! > SAME_POSITION) return right - ox;
    }
  }
  return widthOf(i);
}

const PAGEOBJ_TEXT = 1;
const PAGEOBJ_PATH = 2;
const PAGEOBJ_FORM = 5;
const SEGMENT_LINETO = 0;
const SEGMENT_BEZIERTO = 1;
const SEGMENT_MOVETO = 2;

/** The page's drawn paths as table borders (pdf-runs.ts pathSegments), forms included. */
function pageSegments(p: Pdfium, page: number, toScreen: Matrix): Segment[] {
  const { m } = p;
  const out: Segment[] = [];
  const visit = (count: number, objectAt: (i: number) => number, outer: Matrix, depth: number): void => {
    for (let i = 0; i < count; i++) {
      const obj = objectAt(i);
      const type = m.FPDFPageObj_GetType(obj);
      if (type !== PAGEOBJ_PATH && type !== PAGEOBJ_FORM) continue;
      if (!m.FPDFPageObj_GetMatrix(obj, p.scratch)) continue;
      const f = p.f32().subarray(p.scratch >> 2, (p.scratch >> 2) + 6);
      const matrix = multiply(outer, [f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!]);
      if (type === PAGEOBJ_FORM) {
        if (depth < 8) visit(m.FPDFFormObj_CountObjects(obj), (k) => m.FPDFFormObj_GetObject(obj, k), matrix, depth + 1);
        continue;
      }
      if (!m.FPDFPath_GetDrawMode(obj, p.scratch, p.scratch + 4)) continue;
      const filled = p.i32()[p.scratch >> 2]! !== 0;
      const stroked = p.i32()[(p.scratch >> 2) + 1]! !== 0;
      if (!filled && !stroked) continue;
      pathSegments(pathBuffer(p, obj), multiply(toScreen, matrix), stroked, filled, out);
    }
  };
  visit(m.FPDFPage_CountObjects(page), (i) => m.FPDFPage_GetObject(page, i), [1, 0, 0, 1, 0, 0], 0);
  return out;
}

/**
 * A PDFium path as pdf.js's path buffer. PDFium ends a closed figure with a line back to its
 * start marked closing (a rectangle is five points); pdf.js writes a close instead of that line.
 */
function pathBuffer(p: Pdfium, path: number): number[] {
  const { m } = p;
  const buf: number[] = [];
  const n = m.FPDFPath_CountSegments(path);
  let start: [number, number] | undefined;
  let bezier: number[] = [];
  for (let i = 0; i < n; i++) {
    const seg = m.FPDFPath_GetPathSegment(path, i);
    if (!seg || !m.FPDFPathSegment_GetPoint(seg, p.scratch, p.scratch + 4)) continue;
    const [x = 0, y = 0] = [p.f32()[p.scratch >> 2], p.f32()[(p.scratch >> 2) + 1]];
    const type = m.FPDFPathSegment_GetType(seg);
    const closes = m.FPDFPathSegment_GetClose(seg);
    if (type === SEGMENT_MOVETO) {
      buf.push(MOVE, x, y);
      start = [x, y];
    } else if (type === SEGMENT_LINETO) {
      if (!(closes && start && start[0] === x && start[1] === y)) buf.push(LINE, x, y);
    } else if (type === SEGMENT_BEZIERTO) {
      bezier.push(x, y);
      if (bezier.length === 6) {
        buf.push(CURVE, ...bezier);
        bezier = [];
      }
    }
    if (closes) buf.push(CLOSE);
  }
  return buf;
}

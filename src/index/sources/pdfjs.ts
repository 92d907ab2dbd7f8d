/**
 * pdf.js loaded for what pdf.ts reads — text with its positions, and drawn lines — never for
 * drawing glyphs. Two changes make a report's PDF ~3× cheaper to read (bench `--pdf-only`):
 *
 * 1. Its Node build (legacy) installs core-js's `Array.prototype.push` for every array of the
 *    process: V8's own push mishandles array-likes of length ≥ 2³², which no code here makes, and
 *    the replacement is several times slower. The native push is put back once pdf.js is loaded.
 * 2. Its worker (run in this thread in Node) rebuilds every embedded font program into a web font
 *    — sanitising each of a report's 7–9 CJK subset fonts of 50–430 KB — and, with font faces
 *    off, compiles every glyph's outline: most of the time of a read. Where the text cannot depend
 *    on the program it is skipped: a TrueType-outline font (no CFF table, so no FontMatrix of its
 *    own) whose PDF dictionary carries its own ToUnicode map. The characters then come from that
 *    map and the advances from the PDF's /W, /W2 or /Widths, exactly as when the program is
 *    rebuilt (pdf.js changes none of them for such a font). Any other font — Type1, CFF,
 *    OpenType-CFF, no ToUnicode map — is rebuilt as before. One difference: a program too damaged
 *    to rebuild made pdf.js guess characters for the codes the map lacks (and use vertical
 *    presentation forms); those codes now read as the map has them, with no guess.
 *
 * The worker is patched in its source text at one anchor; if a pdf.js upgrade moves the anchor,
 * the worker loads unpatched (slower, same text) and `fontProgramsSkippable()` says so (a test
 * watches it).
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type * as PdfjsModule from "pdfjs-dist/legacy/build/pdf.mjs";

export type Pdfjs = typeof PdfjsModule;

const require = createRequire(import.meta.url);

/** Where pdf.js turns a TrueType font program into a web font (pdf.js 5.x `Font` constructor). */
const ANCHOR = "data = this.checkAndRepair(name, file, properties);";
/** The class the patch refers to, by its name in the (unminified) worker bundle. */
const NEEDS = "class IdentityToUnicodeMap {";

/** Appended to the worker's module: decides whether a font's text needs its program. */
const HELPER = `
let nianbaoKeepFontPrograms = false;
export function nianbaoSetKeepFontPrograms(on) { nianbaoKeepFontPrograms = !!on; }
function nianbaoTextNeedsNoProgram(file, properties) {
  if (nianbaoKeepFontPrograms) return false;
  if (!properties.hasIncludedToUnicodeMap || properties.toUnicode instanceof IdentityToUnicodeMap) return false;
  const head = file.peekBytes(12);
  if (head.length < 12) return false;
  const trueTypeVersion = head[0] === 0 && head[1] === 1 && head[2] === 0 && head[3] === 0;
  const trueTag = head[0] === 0x74 && head[1] === 0x72 && head[2] === 0x75 && head[3] === 0x65;
  if (!trueTypeVersion && !trueTag) return false;
  const numTables = (head[4] << 8) | head[5];
  const dir = file.peekBytes(12 + 16 * numTables);
  if (dir.length < 12 + 16 * numTables) return false;
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(dir[at], dir[at + 1], dir[at + 2], dir[at + 3]);
    if (tag === "CFF " || tag === "CFF2") return false;
  }
  return true;
}
`;

interface PatchedWorker {
  WorkerMessageHandler: unknown;
  nianbaoSetKeepFontPrograms?: (on: boolean) => void;
}

let loading: Promise<{ lib: Pdfjs; worker: PatchedWorker }> | undefined;

async function load(): Promise<{ lib: Pdfjs; worker: PatchedWorker }> {
  const nativePush = Array.prototype.push;
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let source = await readFile(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"), "utf8");
  if (source.split(ANCHOR).length === 2 && source.includes(NEEDS)) {
    // (its source map no longer matches, and resolving it against a data: URL costs ~0.6 s)
    source = source.replace(/\n\/\/# sourceMappingURL=.*\s*$/, "\n");
    source = source.replace(ANCHOR, `data = nianbaoTextNeedsNoProgram(file, properties) ? undefined : this.checkAndRepair(name, file, properties);`) + HELPER;
  }
  const worker = (await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`)) as PatchedWorker;
  // pdf.js runs its worker in this thread when it finds one here (its documented `pdfjsWorker`).
  (globalThis as { pdfjsWorker?: PatchedWorker }).pdfjsWorker = worker;
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
  return { lib, worker };
}

/** pdf.js, loaded on first use: it takes ~100 ms to import, and most sources are not PDFs. */
export async function loadPdfjs(): Promise<Pdfjs> {
  return (await (loading ??= load())).lib;
}

/** Whether the installed pdf.js took the patch (false: font programs are always rebuilt). */
export async function fontProgramsSkippable(): Promise<boolean> {
  return (await (loading ??= load())).worker.nianbaoSetKeepFontPrograms !== undefined;
}

/** Rebuild every font program, as unpatched pdf.js does (tests compare the two readings). */
export async function keepFontPrograms(on: boolean): Promise<void> {
  (await (loading ??= load())).worker.nianbaoSetKeepFontPrograms?.(on);
}

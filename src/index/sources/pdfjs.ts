/**
 * pdf.js loaded for what pdf.ts reads — text with its positions, and drawn lines — never for
 * drawing glyphs. A report's PDF costs ~4× less CPU to read this way (bench `--pdf-only`):
 *
 * 1. Its Node build (legacy) installs core-js's `Array.prototype.push` for every array of the
 *    process: V8's own push mishandles array-likes of length ≥ 2³², which no code here makes, and
 *    the replacement is several times slower. The native push is put back once pdf.js is loaded.
 * 2. Its worker (run in this thread in Node) rebuilds every embedded font program into a web font
 *    — sanitising each of a report's 7–9 CJK subset fonts of 50–430 KB — and, with font faces
 *    off, compiles every glyph's outline: most of the time of a read. Where the text cannot depend
 *    on the program it is skipped (and inflated only as far as its table directory): a
 *    TrueType-outline font (no CFF table, so no FontMatrix of its own) whose PDF dictionary
 *    carries its own ToUnicode map. The characters then come from that map and the advances from
 *    the PDF's /W, /W2 or /Widths, exactly as when the program is rebuilt (pdf.js changes none of
 *    them for such a font). Any other font — Type1, CFF, OpenType-CFF, no ToUnicode map — is
 *    rebuilt as before. One difference: a program too damaged to rebuild made pdf.js guess
 *    characters for the codes the map lacks (and use vertical presentation forms); those codes
 *    now read as the map has them, with no guess.
 * 3. Each saved text state (every `q` of a content stream) became the prototype of the next, a
 *    slow path in V8; the copy now has the class's prototype (all its fields are its own).
 * 4. Flate streams were inflated through web streams; node's zlib now inflates them in one call.
 * 5. Every message between the API and the worker went through structuredClone; a document now
 *    gets a worker on a port that copies in JavaScript (pdfjs-port.ts, `documentWorker`).
 *
 * The worker is patched in its source text, each change at one anchor (PATCHES); a change whose
 * anchor a pdf.js upgrade moved is left out (slower, same text) and a test says so.
 * `readAsStockPdfjs(true)` turns the changes off, so tests compare both readings.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { runInThisContext } from "node:vm";
import zlib from "node:zlib";
import type * as PdfjsModule from "pdfjs-dist/legacy/build/pdf.mjs";
import { CopyingPort } from "./pdfjs-port.ts";

export type Pdfjs = typeof PdfjsModule;

const require = createRequire(import.meta.url);

/**
 * The changes to the worker's source, each at one anchor (pdf.js 5.x). A change whose anchor is
 * not found exactly once is left out; the others still apply.
 */
const PATCHES: { name: string; anchor: RegExp; replace: string }[] = [
  {
    // where a font program becomes a web font (Font constructor)
    name: "skip-font-program",
    anchor: /data = this\.checkAndRepair\(name, file, properties\);/g,
    replace: "data = nianbaoTextNeedsNoProgram(file, properties) ? undefined : this.checkAndRepair(name, file, properties);",
  },
  {
    // where a compressed font program is inflated whole before that (translateFont): a program
    // that will be skipped is inflated only as far as its table directory, by zlib
    name: "inflate-needed-programs",
    anchor: /if \(fontFile\.isAsync\) \{(\s*)const bytes = await fontFile\.asyncGetBytes\(\);/g,
    replace:
      "const nianbaoLater = fontFile.isAsync && nianbaoMaySkipProgram(fontFile, toUnicode);$1if (nianbaoLater) fontFile = nianbaoLater;$1" +
      "else if (fontFile.isAsync) {$1const bytes = await fontFile.asyncGetBytes();",
  },
  {
    // where a Flate stream is inflated through a web DecompressionStream: content streams,
    // ToUnicode maps and font programs. The stream machinery (promises, chunks) costs more than
    // inflating a report's small streams; node's zlib (the same library behind Node's
    // DecompressionStream) inflates them at once. A stream it cannot inflate goes the stock way.
    name: "native-inflate",
    anchor: /async asyncGetBytesFromDecompressionStream\(name\) \{(\s*)this\.stream\.reset\(\);(\s*)const bytes = this\.stream\.isAsync \? await this\.stream\.asyncGetBytes\(\) : this\.stream\.getBytes\(\);/g,
    replace:
      "async asyncGetBytesFromDecompressionStream(name) {$1this.stream.reset();$2const bytes = this.stream.isAsync ? await this.stream.asyncGetBytes() : this.stream.getBytes();$2" +
      "const nianbaoInflated = await nianbaoInflate(name, bytes);$2if (nianbaoInflated) return { decompressed: nianbaoInflated, compressed: bytes };",
  },
  {
    // TextState.clone made each clone's prototype the state it copied, turning every saved
    // state into a prototype object (slow in V8: ~13 % of a warm read). Every TextState property
    // is an own class field, copied by Object.assign, so the clone reads the same.
    name: "flat-text-state",
    anchor: /const clone = Object\.assign\(Object\.create\(this\), this\);/g,
    replace: "const clone = Object.assign(Object.create(nianbaoStock ? this : Object.getPrototypeOf(this)), this);",
  },
];

/** Appended to the worker's module: whether a font's text needs its program. */
const HELPER = `
let nianbaoStock = false;
function nianbaoSetStock(on) { nianbaoStock = !!on; }
/**
 * A zlib stream inflated at once (null: let the DecompressionStream try, as stock does). It first
 * lets the event loop turn, as the stream did: otherwise a whole read runs in microtasks and
 * pdf.ts's time limit (a timer) could not fire until it ended.
 */
async function nianbaoInflate(name, bytes) {
  if (nianbaoStock || name !== "deflate") return null;
  await new Promise((resolve) => setImmediate(resolve));
  try {
    return nianbaoOwnBytes(nianbaoZlib.inflateSync(bytes));
  } catch {
    return null;
  }
}
/** A TrueType-outline program: sfnt version 1.0 or 'true', and no CFF table in its directory. */
function nianbaoTrueTypeOutlines(file) {
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
/**
 * The font program to keep when its text may not need it (a TrueType program with a ToUnicode
 * map beside it), else null. A Flate program over plain bytes becomes a stream holding the first
 * 4 KB zlib inflates from, inflated whole only if something reads further (see below); any other
 * stream is kept as it is (pdf.js inflates its first block to check).
 */
function nianbaoMaySkipProgram(file, toUnicode) {
  if (nianbaoStock || !(toUnicode instanceof BaseStream)) return null;
  try {
    const kept = nianbaoInflateLater(file) ?? file;
    return nianbaoTrueTypeOutlines(kept) ? kept : null;
  } catch {
    return null;
  }
}
/** A Buffer as a Uint8Array of its own buffer, as pdf.js makes them (a Buffer may sit in a shared one). */
function nianbaoOwnBytes(out) {
  return out.byteOffset === 0 && out.byteLength === out.buffer.byteLength ? new Uint8Array(out.buffer) : new Uint8Array(out);
}
let NianbaoInflatedLater;
/** (made on first use: DecodeStream is declared further down the bundle) */
function nianbaoInflateLater(flate) {
  if (!(flate instanceof FlateStream) || flate.stream?.constructor !== Stream) return null;
  NianbaoInflatedLater ??= class extends DecodeStream {
    constructor(flate, raw, head) {
      super(0);
      this.stream = flate;
      this.dict = flate.dict;
      this.nianbaoRaw = raw;
      this.buffer = head;
      this.bufferLength = head.length;
    }
    /** The rest: the whole program by zlib, or as pdf.js reads it when zlib cannot. */
    readBlock() {
      let all;
      try {
        all = nianbaoOwnBytes(nianbaoZlib.inflateSync(this.nianbaoRaw));
      } catch {
        all = this.stream.getBytes();
      }
      this.buffer = all;
      this.bufferLength = all.length;
      this.eof = true;
    }
  };
  const raw = flate.stream.bytes.subarray(flate.stream.start, flate.stream.end);
  const head = nianbaoZlib.inflateSync(raw.subarray(0, 4096), { finishFlush: nianbaoZlib.constants.Z_SYNC_FLUSH });
  return new NianbaoInflatedLater(flate, raw, nianbaoOwnBytes(head));
}
function nianbaoTextNeedsNoProgram(file, properties) {
  if (nianbaoStock) return false;
  if (!properties.hasIncludedToUnicodeMap || properties.toUnicode instanceof IdentityToUnicodeMap) return false;
  return nianbaoTrueTypeOutlines(file);
}
`;

interface PatchedWorker {
  WorkerMessageHandler: { setup(handler: unknown, port: CopyingPort): void };
  /** (taken from the bundle with the patches; the stock module does not export it) */
  MessageHandler?: new (sourceName: string, targetName: string, port: CopyingPort) => unknown;
  nianbaoSetStock?: (on: boolean) => void;
}

interface Loaded {
  lib: Pdfjs;
  worker: PatchedWorker;
  /** The names of the PATCHES that applied. */
  applied: string[];
}

let loading: Promise<Loaded> | undefined;

async function load(): Promise<Loaded> {
  const nativePush = Array.prototype.push;
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const workerPath = require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs");
  let source = await readFile(workerPath, "utf8");
  const applied: string[] = [];
  // (the helper refers to these two classes of the bundle by name)
  if (/^class IdentityToUnicodeMap \{/m.test(source) && /^class BaseStream \{/m.test(source)) {
    for (const patch of PATCHES) {
      if (source.match(patch.anchor)?.length !== 1) continue;
      source = source.replace(patch.anchor, patch.replace);
      applied.push(patch.name);
    }
  }
  // Run as a function rather than imported as a module: a module of this size through the
  // loader hooks (tsx) costs ~1.3 s more CPU to load than the stock file.
  const exportLine = /^export \{ WorkerMessageHandler \};$/gm;
  let worker: PatchedWorker;
  if (source.match(exportLine)?.length === 1) {
    const body = source
      .replace(exportLine, "return { WorkerMessageHandler, MessageHandler, nianbaoSetStock };")
      .replaceAll("import.meta.url", JSON.stringify(pathToFileURL(workerPath).href));
    const run = runInThisContext(`(function (nianbaoZlib) {\n"use strict";\n${HELPER}\n${body}\n})`, { filename: workerPath }) as (z: typeof zlib) => PatchedWorker;
    worker = run(zlib);
  } else {
    // the bundle changed shape in an upgrade: its stock worker, unchanged
    applied.length = 0;
    worker = (await import(pathToFileURL(workerPath).href)) as PatchedWorker;
  }
  // pdf.js runs its worker in this thread when it finds one here (its documented `pdfjsWorker`).
  (globalThis as { pdfjsWorker?: PatchedWorker }).pdfjsWorker = worker;
  if (Array.prototype.push !== nativePush) {
    Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
  }
  return { lib, worker, applied };
}

/** pdf.js, loaded on first use: it takes ~100 ms to import, and most sources are not PDFs. */
export async function loadPdfjs(): Promise<Pdfjs> {
  return (await (loading ??= load())).lib;
}

/** The changes the installed pdf.js took (a test expects all of them). */
export async function pdfjsPatches(): Promise<string[]> {
  return (await (loading ??= load())).applied;
}

/**
 * A pdf.js worker for one document, in this thread, talking through a CopyingPort (see
 * pdfjs-port.ts) instead of pdf.js's structuredClone loopback; undefined (pdf.js's own) when the
 * worker bundle could not be patched or stock reading is on. The caller destroys it after the
 * document (getDocument leaves a worker it was given alone).
 */
export async function documentWorker(): Promise<InstanceType<Pdfjs["PDFWorker"]> | undefined> {
  const { lib, worker } = await (loading ??= load());
  if (!worker.MessageHandler || stock) return undefined;
  const port = new CopyingPort();
  worker.WorkerMessageHandler.setup(new worker.MessageHandler("worker", "main", port), port);
  return new lib.PDFWorker({ port: port as never });
}

let stock = false;

/** Read as unpatched pdf.js does, or not (tests compare the two readings). */
export async function readAsStockPdfjs(on: boolean): Promise<void> {
  stock = on;
  (await (loading ??= load())).worker.nianbaoSetStock?.(on);
}

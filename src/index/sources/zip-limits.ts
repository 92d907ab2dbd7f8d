/**
 * Decompressed-size limits for ZIP packages (.docx), checked before mammoth (JSZip) unpacks them.
 * The 5 MB upload limit applies to the compressed file: a 300 KB .docx that inflates to 100 MB
 * used to run the process out of memory. Here every entry is inflated with a ceiling on its output
 * (what is inflated is counted, then dropped), so a package that lies about its sizes in the
 * central directory is caught too. Nothing of the package is kept.
 */
import { inflateRawSync } from "node:zlib";
import { FormatError } from "./errors.ts";

export interface ZipLimits {
  /** All entries together, decompressed. */
  totalBytes: number;
  entries: number;
}

/** A Word report is a few MB unpacked; images count too, but they hardly compress. */
export const DOCX_LIMITS: ZipLimits = { totalBytes: 64 * 1024 * 1024, entries: 5000 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** True for a ZIP with no entries at all (just the end record), which some tools write for an empty folder. */
export function isEmptyZip(data: Uint8Array): boolean {
  return data.length >= 22 && data.length <= 22 + 0xffff && readU32(data, 0) === EOCD && readU16(data, 10) === 0;
}

/**
 * Throws a FormatError when the package would unpack to more than the limits allow. A package
 * whose directory cannot be found is left to the ZIP reader, which names it damaged.
 */
export function checkZipLimits(data: Uint8Array, limits: ZipLimits = DOCX_LIMITS): void {
  const end = findEnd(data);
  if (end < 0) return;
  const count = readU16(data, end + 10);
  let at = readU32(data, end + 16);
  if (count > limits.entries) throw new FormatError("too_large", `the package holds ${count} files; a Word report has a few dozen (at most ${limits.entries} are read)`);
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || readU32(data, at) !== CENTRAL) return; // damaged: JSZip will say so
    const method = readU16(data, at + 10);
    const compressed = readU32(data, at + 20);
    const declared = readU32(data, at + 24);
    const nameLen = readU16(data, at + 28);
    const local = readU32(data, at + 42);
    const name = Buffer.from(data.buffer, data.byteOffset + at + 46, Math.min(nameLen, Math.max(0, data.length - at - 46))).toString("utf8");
    at += 46 + nameLen + readU16(data, at + 30) + readU16(data, at + 32);
    if (compressed === 0xffffffff || declared === 0xffffffff || local === 0xffffffff) {
      throw new FormatError("too_large", `${name} is a ZIP64 entry (over 4 GB); a Word report never needs one`);
    }
    const left = limits.totalBytes - total;
    if (declared > left) throw tooLarge(limits, name, declared);
    total += inflatedSize(data, local, compressed, method, left, () => tooLarge(limits, name));
  }
}

/** The entry's real decompressed size, at most `max` (beyond that `fail()` is thrown). */
function inflatedSize(data: Uint8Array, local: number, compressed: number, method: number, max: number, fail: () => Error): number {
  if (local + 30 > data.length || readU32(data, local) !== LOCAL) return 0;
  const start = local + 30 + readU16(data, local + 26) + readU16(data, local + 28);
  const body = data.subarray(start, Math.min(data.length, start + compressed));
  if (method === 0) {
    if (body.length > max) throw fail();
    return body.length;
  }
  if (method !== 8) return 0; // JSZip refuses other methods itself
  try {
    // maxOutputLength: zlib stops and throws once the output would pass the limit.
    return inflateRawSync(body, { maxOutputLength: Math.max(1, max) }).length;
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw fail();
    return 0; // a damaged stream: JSZip will say so
  }
}

function tooLarge(limits: ZipLimits, name: string, declared?: number): FormatError {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  const what = declared === undefined ? `${name} alone unpacks to more than that` : `${name} alone is ${mb(declared)} unpacked`;
  return new FormatError("too_large", `the .docx unpacks to more than ${mb(limits.totalBytes)} (${what}); a Word report is far smaller, so it was not read`);
}

/** Offset of the end-of-central-directory record, searched from the end (it may be followed by a comment). */
function findEnd(data: Uint8Array): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) if (readU32(data, i) === EOCD) return i;
  return -1;
}

function readU16(d: Uint8Array, i: number): number {
  return (d[i] ?? 0) | ((d[i + 1] ?? 0) << 8);
}

function readU32(d: Uint8Array, i: number): number {
  return ((d[i] ?? 0) | ((d[i + 1] ?? 0) << 8) | ((d[i + 2] ?? 0) << 16)) + (d[i + 3] ?? 0) * 0x1000000;
}

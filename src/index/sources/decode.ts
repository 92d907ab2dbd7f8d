/**
 * Bytes → string for text-like sources (.txt, .md, .html). Chinese government sites still
 * publish a lot in GBK/GB2312, often mislabelled, so the encoding is decided from the bytes
 * first and the declared charset second.
 */
import iconv from "iconv-lite";
import { FormatError } from "./errors.ts";

export type Encoding = "utf8" | "utf16le" | "utf16be" | "gb18030" | "big5" | (string & {});

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Bytes that were not text and were dropped or replaced (a stray NUL, a cut-off character). */
  warnings?: string[];
}

/** Magic numbers of formats people upload by mistake as .txt/.html; named in the error. */
const MAGIC: { bytes: number[]; name: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: "a PDF file" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: "a ZIP archive (for example a .docx Word file)" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: "an old Microsoft Office file (.doc/.xls)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], name: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: "a GIF image" },
  { bytes: [0x52, 0x61, 0x72, 0x21], name: "a RAR archive" },
  { bytes: [0x1f, 0x8b], name: "a gzip archive" },
];

export function sniffBinaryFormat(data: Uint8Array): string | undefined {
  return MAGIC.find((m) => m.bytes.every((b, i) => data[i] === b))?.name;
}

export function decodeText(data: Uint8Array, options: { html?: boolean } = {}): Decoded {
  if (data.length === 0) throw new FormatError("empty", "the file is empty");
  const warnings: string[] = [];
  const decoded = decodeBytes(withoutStrayNuls(data, warnings), options.html === true, warnings);
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (text.trim() === "") throw new FormatError("empty", "the file contains no text (only whitespace)");
  // GB18030 maps almost any byte sequence to something; many U+FFFD or C0 controls mean the
  // bytes were never text in the first place.
  if (badCharRatio(text) > 0.02) throw new FormatError("binary", "the file is binary data, not text");
  return { text, encoding: decoded.encoding, ...(warnings.length ? { warnings } : {}) };
}

/**
 * A few damaged bytes do not make a report unreadable: a handful of NULs (a copy cut short, a
 * bad editor) are dropped with a warning. Many NULs mean binary data, refused below.
 */
const STRAY_MAX = 8;
function withoutStrayNuls(data: Uint8Array, warnings: string[]): Uint8Array {
  if (bomEncoding(data)?.encoding.startsWith("utf16") || guessBomlessUtf16(data)) return data;
  let nuls = 0;
  for (const b of data) if (b === 0 && ++nuls > STRAY_MAX) return data;
  if (nuls === 0 || nuls * 200 > data.length) return data;
  warnings.push(`文件中有 ${nuls} 个空字节（NUL），已忽略`);
  return data.filter((b) => b !== 0);
}

/** UTF-8 with a few invalid sequences (a cut-off last character, a damaged byte): read as UTF-8, each replaced by �. */
function nearlyUtf8(data: Uint8Array, warnings: string[]): string | null {
  const text = new TextDecoder("utf-8").decode(data);
  let bad = 0;
  for (let i = text.indexOf("\uFFFD"); i >= 0; i = text.indexOf("\uFFFD", i + 1)) if (++bad > STRAY_MAX) return null;
  if (bad * 500 > text.length) return null;
  warnings.push(`文件中有 ${bad} 处不是有效的 UTF-8 编码（如末尾被截断的字符），已替换为 �`);
  return text;
}

function decodeBytes(data: Uint8Array, html: boolean, warnings: string[]): Decoded {
  const bom = bomEncoding(data);
  if (bom) return { text: iconvDecode(data.subarray(bom.length), bom.encoding), encoding: bom.encoding };

  const magic = sniffBinaryFormat(data);
  if (magic) throw new FormatError("binary", `the file is ${magic}, not text`);

  const utf16 = guessBomlessUtf16(data);
  if (utf16) {
    const text = iconvDecode(data, utf16);
    if (plausibleText(text)) return { text, encoding: utf16 };
  }

  // Checked before decoding: NULs never occur in real UTF-8 or GBK text (a few strays were dropped above).
  if (looksBinary(data)) throw new FormatError("binary", "the file is binary data, not text");

  const utf8 = isValidUtf8(data);
  const declared = html ? declaredCharset(data) : undefined;
  if (declared) {
    const legacy = declared !== "utf8";
    // A page saved from a browser keeps its old `charset=gbk` meta but is stored as UTF-8, and
    // pages labelled UTF-8 are sometimes GBK: the bytes settle it when they contradict the label.
    if (legacy && utf8 && hasNonAscii(data)) return { text: new TextDecoder("utf-8").decode(data), encoding: "utf8" };
    if (!legacy && !utf8) {
      const nearlyText = nearlyUtf8(data, warnings);
      return nearlyText !== null ? { text: nearlyText, encoding: "utf8" } : { text: iconvDecode(data, "gb18030"), encoding: "gb18030" };
    }
    return { text: iconvDecode(data, declared), encoding: declared };
  }
  if (utf8) return { text: new TextDecoder("utf-8").decode(data), encoding: "utf8" };
  const nearly = nearlyUtf8(data, warnings);
  if (nearly !== null) return { text: nearly, encoding: "utf8" };
  // GB18030 is a superset of GBK and GB2312, the only other encodings in real use for these reports.
  return { text: iconvDecode(data, "gb18030"), encoding: "gb18030" };
}

function bomEncoding(data: Uint8Array): { encoding: Encoding; length: number } | undefined {
  if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) return { encoding: "utf8", length: 3 };
  if (data[0] === 0xff && data[1] === 0xfe) return { encoding: "utf16le", length: 2 };
  if (data[0] === 0xfe && data[1] === 0xff) return { encoding: "utf16be", length: 2 };
  return undefined;
}

/** UTF-16 without a BOM (Windows "Unicode" exports): ASCII characters leave every other byte 0. */
function guessBomlessUtf16(data: Uint8Array): Encoding | undefined {
  const n = Math.min(data.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZero++;
    if (data[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // ASCII (digits, line breaks: every report has them) puts its zero byte on one side of each
  // pair; Chinese characters rarely have a zero byte at all (U+4E00 一 is one that does).
  if (oddZero > pairs * 0.1 && evenZero * 4 < oddZero) return "utf16le";
  if (evenZero > pairs * 0.1 && oddZero * 4 < evenZero) return "utf16be";
  return undefined;
}

/** Nearly all ASCII, whitespace, CJK and full-width forms: what a Chinese report is made of. */
function plausibleText(text: string): boolean {
  const sample = text.slice(0, 4096);
  const odd = sample.replace(/[\x20-\x7e\s\u00a0-\u024f\u2000-\u206f\u3000-\u9fff\uff00-\uffef]/g, "");
  return sample.length >= 8 && odd.length <= sample.length * 0.02;
}

function looksBinary(data: Uint8Array): boolean {
  const n = Math.min(data.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i]!;
    if (b === 0) return true;
    // Tab, LF, VT, FF (pdftotext page breaks), CR and ESC occur in real text files.
    if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) control++;
  }
  return control > n * 0.01;
}

function badCharRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b)) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

function hasNonAscii(data: Uint8Array): boolean {
  for (const b of data) if (b >= 0x80) return true;
  return false;
}

export function isValidUtf8(data: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

/**
 * The charset an HTML file declares in its first bytes (`<meta charset=gbk>` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`), normalised to an
 * iconv-lite name. Western single-byte labels are ignored: on a Chinese report they are always
 * wrong, and guessing from the bytes does better.
 */
export function declaredCharset(data: Uint8Array): Encoding | undefined {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 8192)).toString("latin1");
  const m = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = m?.[1]?.toLowerCase();
  if (!label) return undefined;
  if (label === "utf-8" || label === "utf8") return "utf8";
  if (/^(gb2312|gbk|x-gbk|gb18030|cp936|windows-936|euc-cn|hz-gb-2312)$/.test(label)) return "gb18030";
  if (/^(big5|big5-hkscs|x-x-big5|cp950)$/.test(label)) return "big5";
  // A file that declares UTF-16 but got here has no BOM and no UTF-16 byte pattern: the label lies.
  if (/^(us-ascii|ascii|iso-8859-\d+|latin1|windows-125\d|utf-16.*)$/.test(label)) return undefined;
  return iconv.encodingExists(label) ? label : undefined;
}

function iconvDecode(data: Uint8Array, encoding: Encoding): string {
  return iconv.decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), encoding);
}

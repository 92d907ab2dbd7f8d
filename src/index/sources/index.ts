/**
 * Any report file → the plain text the template reader (src/index/read/report.ts) reads: table
 * rows as lines with tab-separated cells, everything else as lines. Every failure a user can
 * cause with a bad file surfaces as a SourceError naming the file and the reason.
 */
import { extname } from "node:path";
import { decodeText, sniffBinaryFormat } from "./decode.ts";
import { docxToText } from "./docx.ts";
import { FormatError, SourceError } from "./errors.ts";
import { htmlToText } from "./html.ts";
import { pdfToText } from "./pdf.ts";

export { SourceError, type SourceProblem } from "./errors.ts";

export type SourceFormat = "text" | "markdown" | "html" | "pdf" | "docx";

export interface Source {
  text: string;
  format: SourceFormat;
  /** What was odd about the file but did not stop it being read (damaged bytes, a misleading name). */
  warnings?: string[];
}

const FORMATS: Record<string, SourceFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".shtml": "html",
  ".xhtml": "html",
  ".pdf": "pdf",
  ".docx": "docx",
};

/** Reports are a few MB at most; anything far bigger is not one and would only cost memory. */
const MAX_BYTES = 100 * 1024 * 1024;

/** The format a file's name claims; the content decides (see sniffFormat). */
export function sourceFormat(file: string): SourceFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

/**
 * The format the bytes say, whatever the file is called: a saved web page in a .txt, a PDF
 * without its extension. PDF and DOCX (a ZIP) by their magic bytes, HTML by its markup; other
 * text is text (Markdown is read as text). Undefined when the bytes are none of these (the
 * text decoder then names what they are, e.g. a PNG image).
 */
export function sniffFormat(data: Uint8Array): SourceFormat | undefined {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 65536)).toString("latin1");
  if (head.slice(0, 1024).includes("%PDF-")) return "pdf";
  if (head.startsWith("PK\x03\x04")) return "docx";
  if (sniffBinaryFormat(data)) return undefined;
  return looksLikeHtml(head) ? "html" : undefined;
}

/**
 * Markup that only a web page has: a doctype or <html>, or several structural tags (<p>, <div>,
 * <table>, <tr>, <td> …). Markdown from PDF converters keeps <br> and &nbsp; in its pipe tables;
 * that alone is not a web page.
 */
function looksLikeHtml(head: string): boolean {
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head)) return true;
  const tags = head.match(/<(?:p|div|table|tbody|tr|td|th|h[1-6]|li|section|article)\b[^>]*>/gi)?.length ?? 0;
  const pipeRows = head.match(/^\s*\|.*\|\s*$/gm)?.length ?? 0;
  return tags >= 5 && tags > pipeRows;
}

export async function readSource(file: string, data: Uint8Array): Promise<Source> {
  const named = sourceFormat(file);
  if (data.length === 0) throw new SourceError(file, "empty", "the file is empty");
  const sniffed = sniffFormat(data);
  const textual = named === "text" || named === "markdown" || named === "html";
  // The content decides; a name that is no known format is refused unless the bytes are one.
  const markup = named === "html" && /<[a-z!][^>]*>/i.test(Buffer.from(data.subarray(0, 65536)).toString("latin1"));
  const format = sniffed ?? (textual ? (named === "html" && !markup ? "text" : named) : undefined);
  if (!format && !named) {
    const ext = extname(file) || "(none)";
    const hint = ext.toLowerCase() === ".doc" ? "; save it as .docx" : "";
    throw new SourceError(file, "unsupported", `unsupported file type ${ext}${hint} (supported: .txt .md .html .htm .pdf .docx)`);
  }
  if (data.length > MAX_BYTES) {
    throw new SourceError(file, "too_large", `the file is ${Math.round(data.length / 1048576)} MB; at most ${MAX_BYTES / 1048576} MB is read`);
  }
  try {
    // A .pdf or .docx whose bytes are not one is still converted as named, so its error says what is wrong with it.
    const as = format ?? (named as SourceFormat);
    const { text, warnings } = await convert(as, data);
    if (named && as !== named && !(named === "markdown" && as === "text")) warnings.unshift(`文件名称为 ${extname(file)}，内容实为 ${FORMAT_NAMES[as]}，按内容读取`);
    return { text: tidy(text), format: as === "text" && named === "markdown" ? "markdown" : as, ...(warnings.length ? { warnings } : {}) };
  } catch (cause) {
    if (cause instanceof FormatError) throw new SourceError(file, cause.problem, cause.message, { cause });
    // A bug in a parser on strange input must not take the bot down: report the file as unreadable.
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new SourceError(file, "corrupt", `the file could not be read (${detail})`, { cause });
  }
}

const FORMAT_NAMES: Record<SourceFormat, string> = { text: "纯文本", markdown: "Markdown", html: "网页（HTML）", pdf: "PDF", docx: "Word（DOCX）" };

async function convert(format: SourceFormat, data: Uint8Array): Promise<{ text: string; warnings: string[] }> {
  switch (format) {
    case "text":
    case "markdown": {
      const d = decodeText(data);
      return { text: d.text, warnings: d.warnings ?? [] };
    }
    case "html": {
      const d = decodeText(data, { html: true });
      return { text: htmlToText(d.text), warnings: d.warnings ?? [] };
    }
    case "pdf":
      return { text: await pdfToText(data), warnings: [] };
    case "docx":
      return { text: await docxToText(data), warnings: [] };
  }
}

/** No trailing spaces, at most one blank line in a row; table rows keep their leading tabs. */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \u3000]+$/, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

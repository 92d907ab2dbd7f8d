/**
 * Any report file → the plain text the template reader (src/index/read/report.ts) reads: table
 * rows as lines with tab-separated cells, everything else as lines. Every failure a user can
 * cause with a bad file surfaces as a SourceError naming the file and the reason.
 */
import { extname } from "node:path";
import { decodeText } from "./decode.ts";
import { docxToText } from "./docx.ts";
import { FormatError, SourceError } from "./errors.ts";
import { htmlToText } from "./html.ts";
import { pdfToText } from "./pdf.ts";

export { SourceError, type SourceProblem } from "./errors.ts";

export type SourceFormat = "text" | "markdown" | "html" | "pdf" | "docx";

export interface Source {
  text: string;
  format: SourceFormat;
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

export function sourceFormat(file: string): SourceFormat | undefined {
  return FORMATS[extname(file).toLowerCase()];
}

export async function readSource(file: string, data: Uint8Array): Promise<Source> {
  const format = sourceFormat(file);
  if (!format) {
    const ext = extname(file) || "(none)";
    const hint = ext.toLowerCase() === ".doc" ? "; save it as .docx" : "";
    throw new SourceError(file, "unsupported", `unsupported file type ${ext}${hint} (supported: .txt .md .html .htm .pdf .docx)`);
  }
  if (data.length === 0) throw new SourceError(file, "empty", "the file is empty");
  if (data.length > MAX_BYTES) {
    throw new SourceError(file, "too_large", `the file is ${Math.round(data.length / 1048576)} MB; at most ${MAX_BYTES / 1048576} MB is read`);
  }
  try {
    return { text: tidy(await convert(format, data)), format };
  } catch (cause) {
    if (cause instanceof FormatError) throw new SourceError(file, cause.problem, cause.message, { cause });
    // A bug in a parser on strange input must not take the bot down: report the file as unreadable.
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new SourceError(file, "corrupt", `the file could not be read (${detail})`, { cause });
  }
}

async function convert(format: SourceFormat, data: Uint8Array): Promise<string> {
  switch (format) {
    case "text":
    case "markdown":
      return decodeText(data).text;
    case "html":
      return htmlToText(decodeText(data, { html: true }).text);
    case "pdf":
      return pdfToText(data);
    case "docx":
      return docxToText(data);
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

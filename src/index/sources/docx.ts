/**
 * .docx → text. mammoth turns the document into HTML with colspan/rowspan kept (it reads
 * Word's gridSpan and vMerge), so Word tables come out exactly like web-page tables.
 */
import mammoth from "mammoth";
import { FormatError } from "./errors.ts";
import { sniffBinaryFormat } from "./decode.ts";
import { htmlToText } from "./html.ts";
import { checkZipLimits, isEmptyZip } from "./zip-limits.ts";

export async function docxToText(data: Uint8Array): Promise<string> {
  const isZip = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  if (!isZip) {
    if (data.length === 0) throw new FormatError("empty", "the file is empty");
    const oldWord = data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0;
    const magic = sniffBinaryFormat(data);
    const what = oldWord
      ? "it is an old Word .doc file; save it as .docx and try again"
      : isEmptyZip(data)
        ? "it is an empty ZIP package (no files in it)"
        : magic
        ? `it is ${magic}`
        : "it is not a ZIP package";
    throw new FormatError("corrupt", `not a Word .docx file: ${what}`);
  }
  checkZipLimits(data);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        // Images are of no use to the reader; skipping them avoids base64-inlining megabytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
        externalFileAccess: false,
      },
    );
    html = result.value;
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new FormatError("corrupt", `the .docx file is damaged or not a Word document (${detail})`, { cause });
  }
  const text = htmlToText(html);
  if (text.trim() === "") throw new FormatError("empty", "the Word document contains no text");
  return text;
}

/**
 * Builds small PDFs for tests: each page is a raw content stream; text uses Helvetica (F1), so
 * only ASCII strings. Enough to put text and table borders exactly where a test wants them;
 * `pageEntries` go into every page's dictionary (a /Rotate, a /CropBox); `font` replaces F1.
 */
export function makePdf(pages: string[], size: [number, number] = [595, 842], pageEntries = "", font = helvetica()): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = font;
  pages.forEach((content, i) => {
    const id = pageIds[i]!;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${size[0]} ${size[1]}] ${pageEntries}` +
      `/Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
  });
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, "latin1");
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** Text at (x, y) in PDF coordinates (origin bottom-left), 10 pt unless given. */
export const text = (x: number, y: number, str: string, size = 10): string => `BT /F1 ${size} Tf ${x} ${y} Td (${str}) Tj ET\n`;

/** A border as Word's PDF export draws it: a thin filled rectangle. */
export const hline = (x1: number, x2: number, y: number): string => `${x1} ${y - 0.25} ${x2 - x1} 0.5 re f\n`;
export const vline = (x: number, y1: number, y2: number): string => `${x - 0.25} ${y1} 0.5 ${y2 - y1} re f\n`;

/** A border as a stroked line. */
export const stroke = (x1: number, y1: number, x2: number, y2: number): string => `0.5 w ${x1} ${y1} m ${x2} ${y2} l S\n`;

/** Helvetica (not embedded) in an encoding. */
export const helvetica = (encoding = "/WinAnsiEncoding"): string => `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding} >>`;

/**
 * A Chinese font that is not embedded, as WPS and Office write SimSun (TrueType) or Acrobat
 * STSong-Light (CFF): text as UTF-16BE codes through the predefined CMap UniGB-UCS2-H (see ucs2).
 */
export const chineseFont = (base: "SimSun" | "STSong-Light"): string =>
  `<< /Type /Font /Subtype /Type0 /BaseFont /${base} /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font ` +
  `/Subtype /${base === "SimSun" ? "CIDFontType2" : "CIDFontType0"} /BaseFont /${base} /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> ` +
  `/FontDescriptor << /Type /FontDescriptor /FontName /${base} /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> ` +
  `/DW 1000 /W [1 95 500] >>] >>`;

/** A string for chineseFont: its UTF-16BE codes in hex. */
export const ucs2 = (s: string): string => `<${Array.from(s, (c) => c.codePointAt(0)!.toString(16).padStart(4, "0")).join("")}>`;

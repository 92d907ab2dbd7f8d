/**
 * Builds small PDFs for tests: each page is a raw content stream; text uses Helvetica (F1), so
 * only ASCII strings. Enough to put text and table borders exactly where a test wants them;
 * `pageEntries` go into every page's dictionary (a /Rotate, a /CropBox), `encoding` is the font's.
 */
export function makePdf(pages: string[], size: [number, number] = [595, 842], pageEntries = "", encoding = "/WinAnsiEncoding"): Uint8Array {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encoding} >>`;
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

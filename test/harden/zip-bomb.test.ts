/**
 * Issue 14.2 and 14.10: a .docx that inflates far beyond any Word report is refused with a clear
 * message before mammoth unpacks it (a 300 KB file inflating to 100 MB ran the process out of
 * memory); an empty ZIP is named as such.
 */
import { crc32, deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readSource } from "../../src/index/sources/index.ts";

interface Entry {
  name: string;
  data: Buffer;
  /** Write this as the uncompressed size in the directory instead of the real one (a lying package). */
  declared?: number;
}

/** A minimal ZIP writer (deflate), enough to build packages JSZip accepts. */
function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = deflateRawSync(e.data);
    const size = e.declared ?? e.data.length;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const CONTENT_TYPES = Buffer.from(
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
);
const RELS = Buffer.from(
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
);
const doc = (body: string) =>
  Buffer.from(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);

function docx(document: Buffer, declared?: number): Uint8Array {
  return zip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "_rels/.rels", data: RELS },
    { name: "word/document.xml", data: document, ...(declared === undefined ? {} : { declared }) },
  ]);
}

/** A real paragraph, then 100 MB of padding inside the document: ~100 KB compressed. Made once. */
let bomb: Buffer | undefined;
function bombDocument(): Buffer {
  if (bomb) return bomb;
  const head = doc("<w:p><w:r><w:t>浔阳区人民政府2023年政府信息公开工作年度报告</w:t></w:r></w:p>");
  bomb = Buffer.concat([head.subarray(0, head.length - 20), Buffer.alloc(100 * 1024 * 1024, 0x20), head.subarray(head.length - 20)]);
  return bomb;
}

describe(".docx decompressed-size limits", () => {
  it("a small package is read as before (the writer makes packages mammoth accepts)", async () => {
    const { text } = await readSource("small.docx", docx(doc("<w:p><w:r><w:t>浔阳区人民政府2023年政府信息公开工作年度报告</w:t></w:r></w:p>")));
    expect(text).toContain("浔阳区人民政府2023年政府信息公开工作年度报告");
  });

  it("a 100 KB package inflating to 100 MB is refused, naming the part and the limit", async () => {
    const file = docx(bombDocument());
    expect(file.length).toBeLessThan(300 * 1024);
    await expect(readSource("bomb.docx", file)).rejects.toThrow(/^bomb\.docx: the \.docx unpacks to more than 64 MB \(word\/document\.xml alone is 100 MB unpacked\)/);
  });

  it("a package that declares a small size in its directory is measured by inflating, not trusted", async () => {
    const liar = docx(bombDocument(), 1000);
    await expect(readSource("liar.docx", liar)).rejects.toThrow(/unpacks to more than 64 MB \(word\/document\.xml alone unpacks to more than that\)/);
  });

  it("an empty ZIP is called an empty ZIP, not 'not a ZIP package'", async () => {
    await expect(readSource("empty.docx", zip([]))).rejects.toThrow("empty.docx: not a Word .docx file: it is an empty ZIP package (no files in it)");
  });
});

import { describe, expect, it } from "vitest";
import { readSource, sourceFormat, SourceError } from "../../../src/index/sources/index.ts";
import { makePdf, text } from "./make-pdf.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift), so a failing case can be replayed. */
function noise(length: number, seed: number): Uint8Array {
  let x = seed || 1;
  return Uint8Array.from({ length }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x & 0xff;
  });
}

describe("readSource dispatch", () => {
  it("chooses the reader by extension, case-insensitively", async () => {
    expect(sourceFormat("a.TXT")).toBe("text");
    expect(sourceFormat("dir.v2/a.Md")).toBe("markdown");
    expect(sourceFormat("a.htm")).toBe("html");
    expect(sourceFormat("a.HTML")).toBe("html");
    expect(sourceFormat("a.pdf")).toBe("pdf");
    expect(sourceFormat("a.docx")).toBe("docx");
    expect(sourceFormat("a.doc")).toBeUndefined();
    expect(await readSource("x/报告.HTML", utf8("<p>甲</p><p>乙</p>"))).toEqual({ text: "甲\n乙", format: "html" });
    expect(await readSource("a.md", utf8("# 标题\n\n正文  \n\n\n\n尾"))).toEqual({ text: "# 标题\n\n正文\n\n尾", format: "markdown" });
    expect(await readSource("a.pdf", makePdf([text(72, 700, "Hello PDF")]))).toEqual({ text: "Hello PDF", format: "pdf" });
  });

  it("refuses unknown extensions, naming the file and what is supported", async () => {
    await expect(readSource("/tmp/report.xlsx", utf8("x"))).rejects.toThrow("report.xlsx: unsupported file type .xlsx (supported: .txt .md .html .htm .pdf .docx)");
    await expect(readSource("old.doc", utf8("x"))).rejects.toThrow(/old\.doc: unsupported file type \.doc; save it as \.docx/);
    await expect(readSource("README", utf8("x"))).rejects.toMatchObject({ problem: "unsupported", file: "README" });
  });

  it("refuses empty files of every type", async () => {
    for (const file of ["a.txt", "a.md", "a.html", "a.pdf", "a.docx"]) {
      await expect(readSource(file, new Uint8Array())).rejects.toThrow(`${file}: the file is empty`);
    }
  });
});

describe("readSource on garbage", () => {
  it("never throws anything but a SourceError, and never hangs", async () => {
    const inputs: [string, Uint8Array][] = [];
    for (const ext of ["txt", "md", "html", "pdf", "docx"]) {
      for (const [i, length] of [1, 7, 100, 5000].entries()) inputs.push([`g${i}.${ext}`, noise(length, length * 31 + ext.length)]);
    }
    inputs.push(["deep.html", utf8("<div>".repeat(50_000) + "x")]);
    inputs.push(["tags.html", utf8("<table><tr><td rowspan=999999 colspan=999999>".repeat(200))]);
    inputs.push(["h.pdf", Uint8Array.from([...utf8("%PDF-1.7\n"), ...noise(4000, 7)])]);
    inputs.push(["z.docx", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...noise(3000, 9)])]);
    for (const [file, data] of inputs) {
      const result = await readSource(file, data).catch((e: unknown) => e);
      if (result instanceof Error) {
        expect(result, file).toBeInstanceOf(SourceError);
        expect((result as SourceError).message.startsWith(`${file}: `), file).toBe(true);
      } else expect(typeof (result as { text: string }).text, file).toBe("string");
    }
  });

  it("reads deeply nested HTML without overflowing the stack", async () => {
    const { text: t } = await readSource("deep.html", utf8("<div><span>".repeat(20_000) + "深处的文字" + "</span></div>".repeat(20_000)));
    expect(t).toBe("深处的文字");
  });
});

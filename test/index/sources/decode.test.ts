import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, declaredCharset } from "../../../src/index/sources/decode.ts";
import { FormatError } from "../../../src/index/sources/errors.ts";
import { readSource, SourceError } from "../../../src/index/sources/index.ts";

const REPORT = "浔阳区人民政府2023年政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量\t14\t0\t14\n“三安全一稳定”";
const bytes = (...parts: (number[] | Uint8Array | string)[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : Buffer.from(p))));

describe("decodeText encodings", () => {
  it("reads UTF-8, with or without a BOM, and normalises CRLF", () => {
    expect(decodeText(bytes(REPORT))).toEqual({ text: REPORT, encoding: "utf8" });
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], REPORT.replace(/\n/g, "\r\n")))).toEqual({ text: REPORT, encoding: "utf8" });
  });

  it("reads UTF-16 LE and BE with a BOM, and LE without one", () => {
    expect(decodeText(bytes([0xff, 0xfe], iconv.encode(REPORT, "utf16le"))).text).toBe(REPORT);
    expect(decodeText(bytes([0xfe, 0xff], iconv.encode(REPORT, "utf16be"))).text).toBe(REPORT);
    const ascii = "Report 2023\n" + REPORT + "\n1 2 3 4 5 6 7 8 9 10\n";
    expect(decodeText(iconv.encode(ascii, "utf16le"))).toEqual({ text: ascii, encoding: "utf16le" });
  });

  it("falls back to GB18030 for GBK bytes", () => {
    const gbk = iconv.encode(REPORT, "gbk");
    expect(decodeText(gbk)).toEqual({ text: REPORT, encoding: "gb18030" });
  });

  it("honours <meta charset> in HTML, but not when the bytes contradict it", () => {
    const page = (charset: string): string => `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>${REPORT}</p></body></html>`;
    expect(decodeText(iconv.encode(page("gb2312"), "gbk"), { html: true }).encoding).toBe("gb18030");
    expect(decodeText(iconv.encode(page("gb2312"), "gbk"), { html: true }).text).toContain(REPORT);
    expect(decodeText(iconv.encode(`<meta charset="big5"><p>臺灣省政府</p>`, "big5"), { html: true }).text).toContain("臺灣省政府");
    // Saved from a browser: UTF-8 bytes under the old gbk label.
    expect(decodeText(bytes(page("gbk")), { html: true })).toMatchObject({ encoding: "utf8" });
    // Labelled UTF-8 but stored as GBK.
    expect(decodeText(iconv.encode(page("utf-8"), "gbk"), { html: true })).toMatchObject({ encoding: "gb18030" });
    expect(decodeText(iconv.encode(page("utf-8"), "gbk"), { html: true }).text).toContain(REPORT);
  });

  it("reads the declared charset from both meta forms and ignores western labels", () => {
    expect(declaredCharset(bytes(`<meta charset="GBK">`))).toBe("gb18030");
    expect(declaredCharset(bytes(`<meta content="text/html; charset=gb2312" http-equiv="Content-Type">`))).toBe("gb18030");
    expect(declaredCharset(bytes(`<META CHARSET=utf-8>`))).toBe("utf8");
    expect(declaredCharset(bytes(`<meta charset="iso-8859-1">`))).toBeUndefined();
    expect(declaredCharset(bytes(`<p>no meta</p>`))).toBeUndefined();
  });
});

describe("decodeText rejects what is not text", () => {
  const problem = (data: Uint8Array): string => {
    try {
      decodeText(data);
    } catch (e) {
      expect(e).toBeInstanceOf(FormatError);
      return `${(e as FormatError).problem}: ${(e as FormatError).message}`;
    }
    return "accepted";
  };

  it("rejects empty and whitespace-only files", () => {
    expect(problem(new Uint8Array())).toMatch(/^empty: the file is empty/);
    expect(problem(bytes(" \n\t\r\n　"))).toMatch(/^empty:/);
    expect(problem(bytes([0xef, 0xbb, 0xbf]))).toMatch(/^empty:/);
  });

  it("rejects binary data and names known binary formats", () => {
    expect(problem(bytes("abc", [0, 1, 2, 3], "def"))).toMatch(/^binary: the file is binary data/);
    expect(problem(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatch(/PNG image/);
    expect(problem(bytes("%PDF-1.7\n%\xe2\xe3\n1 0 obj"))).toMatch(/a PDF file/);
    expect(problem(bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]))).toMatch(/ZIP archive/);
    const controls = Uint8Array.from({ length: 2000 }, (_, i) => (i % 7 === 0 ? 0x01 : 0x41 + (i % 26)));
    expect(problem(controls)).toMatch(/^binary:/);
  });

  it("accepts form feeds (pdftotext page breaks) and tabs", () => {
    expect(problem(bytes("第一页\f第二页\t1\t2"))).toBe("accepted");
  });
});

describe("readSource for text files", () => {
  it("returns text and markdown as decoded, GBK included", async () => {
    expect(await readSource("r.txt", iconv.encode(REPORT, "gbk"))).toEqual({ text: REPORT, format: "text" });
    expect(await readSource("r.md", bytes("## 一、总体情况\n\n| a | b |"))).toEqual({ text: "## 一、总体情况\n\n| a | b |", format: "markdown" });
  });

  it("reads GBK HTML through its meta charset", async () => {
    const html = `<html><head><meta charset="gbk"><title>x</title></head><body><h1>${REPORT.split("\n")[0]}</h1><table><tr><td>行政许可</td><td>8014</td></tr></table></body></html>`;
    const source = await readSource("report.htm", iconv.encode(html, "gbk"));
    expect(source).toEqual({ format: "html", text: "浔阳区人民政府2023年政府信息公开工作年度报告\n行政许可\t8014" });
  });

  it("names the file and the reason for empty and binary files", async () => {
    await expect(readSource("/data/empty.txt", new Uint8Array())).rejects.toThrow(new SourceError("/data/empty.txt", "empty", "the file is empty"));
    await expect(readSource("/data/empty.txt", new Uint8Array())).rejects.toThrow("empty.txt: the file is empty");
    const err = await readSource("scan.html", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ problem: "binary", message: "scan.html: the file is a JPEG image, not text" });
  });
});

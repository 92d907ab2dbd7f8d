/**
 * Issue 10.1: the format is decided from the content, whatever the file is called; issue 14.8:
 * a few damaged bytes give a warning, not a rejection (true binary data is still refused).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReport } from "../../../src/index/corpus.ts";
import { decodeText } from "../../../src/index/sources/decode.ts";
import { readSource } from "../../../src/index/sources/index.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderHtml, renderReport } from "../../helpers/render-report.ts";

const sample = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
const figures = randomFigures(3);

describe("format from content, not from the file name", () => {
  it("reads a saved web page in a .txt file as HTML: tables found, no markup in the text", async () => {
    const page = utf8(renderHtml(figures, {}));
    const source = await readSource("report.txt", page);
    expect(source.format).toBe("html");
    expect(source.text).not.toMatch(/<\/?(p|td|tr)\b/);
    const r = await readReport("report.txt", page);
    expect(r.table2["new"]?.total).toBe(figures.table2["new"]?.total);
    expect(r.table2["results_total"]).toEqual(figures.table2["results_total"]);
    expect(r.warnings[0]).toMatch(/内容实为 网页/);
  });

  it("reads a PDF without its extension, and a Word file named .pdf", async () => {
    expect((await readSource("hongze-2023", sample("hongze-2023.pdf"))).format).toBe("pdf");
    expect((await readSource("hongze-2023.txt", sample("hongze-2023.pdf"))).format).toBe("pdf");
    expect((await readSource("template.pdf", sample("template-2021.docx"))).format).toBe("docx");
  });

  it("keeps plain text in a .html file as lines, and converter Markdown with <br> as Markdown", async () => {
    const text = renderReport(figures, { layout: "tabs" });
    const asHtml = await readSource("report.html", utf8(text));
    expect(asHtml.format).toBe("text");
    expect(asHtml.text).toContain("\t");
    const md = renderReport(figures, { layout: "markdown" }).replace(/\|\s*0\s*\|/g, "| &nbsp; |").replace(/本年新收/g, "本年<br>新收").replace(/上年结转/g, "上年<br>结转");
    expect(md).toContain("<br>");
    expect((await readSource("report.md", utf8(md))).format).toBe("markdown");
    expect((await readSource("report.txt", utf8(md))).format).toBe("text");
  });

  it("still refuses images and unknown binary under any name", async () => {
    await expect(readSource("scan.txt", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).rejects.toThrow(/JPEG image/);
    await expect(readSource("old.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).rejects.toThrow(/save it as .docx/);
  });
});

describe("lenient decoding: a few bad bytes warn, they do not reject", () => {
  const report = renderReport(figures, { layout: "tabs" });
  const bytes = Buffer.from(report, "utf8");

  it("a truncated last character", () => {
    const cut = Buffer.concat([bytes, Buffer.from("。", "utf8").subarray(0, 2)]);
    const d = decodeText(cut);
    expect(d.encoding).toBe("utf8");
    expect(d.text.startsWith(report)).toBe(true);
    expect(d.warnings?.[0]).toMatch(/UTF-8/);
  });

  it("a stray NUL", () => {
    const at = bytes.indexOf(Buffer.from("二、主动公开", "utf8"));
    const d = decodeText(Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]));
    expect(d.text).toBe(report);
    expect(d.warnings?.[0]).toMatch(/NUL/);
  });

  it("a few invalid UTF-8 sequences, and the report still reads", async () => {
    const at = bytes.indexOf(Buffer.from("五、", "utf8"));
    const damaged = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(at)]);
    const d = decodeText(damaged);
    expect(d.encoding).toBe("utf8");
    expect(d.warnings).toHaveLength(1);
    const r = await readReport("damaged.txt", damaged);
    expect(r.table2["new"]).toEqual(figures.table2["new"]);
    expect(r.warnings.some((w) => /UTF-8/.test(w))).toBe(true);
  });

  it("true binary data is still refused, and GBK is still GBK", () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeText(noise)).toThrow(/binary/);
    const nuls = Buffer.concat([bytes.subarray(0, 200), Buffer.alloc(40), bytes.subarray(200)]);
    expect(() => decodeText(nuls)).toThrow(/binary/);
  });
});

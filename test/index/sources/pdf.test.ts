import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSource, SourceError } from "../../../src/index/sources/index.ts";
import { pdfToText } from "../../../src/index/sources/pdf.ts";
import { hline, makePdf, stroke, text, vline } from "./make-pdf.ts";

const sample = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../fixtures/samples/${name}`, import.meta.url)));

/** The numeric cells of a tab-separated line, in order. */
const numbersOf = (line: string): number[] =>
  line
    .split("\t")
    .filter((c) => /^\d+(\.\d+)?$/.test(c.trim()))
    .map(Number);

const lineWith = (lines: string[], label: string): string => {
  const found = lines.filter((l) => l.includes(label) && l.includes("\t"));
  expect(found, label).toHaveLength(1);
  return found[0]!;
};

interface PdfCase {
  file: string;
  /** Table 2: a label → its seven figures (自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计). */
  table2: Record<string, number[]>;
  /** How many lines carry exactly seven figures: every table-2 row of the report. */
  table2Rows: number;
  table1: string[];
  table3: number[];
}

// Figures read off the PDFs (and the pdftotext versions in shared/reports).
const CASES: PdfCase[] = [
  {
    file: "huaian-2024.pdf",
    table2: {
      本年新收: [3001, 53, 0, 0, 61, 4, 3119],
      予以公开: [1288, 21, 0, 0, 50, 3, 1362],
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": [447, 7, 0, 0, 0, 0, 454],
      "1.本机关不掌握相关政府信息": [746, 12, 0, 0, 10, 1, 769],
      // The first row after the page break; its group label “（四）无/法提供” is split by the break.
      "2.没有现成信息需要另行制作": [11, 0, 0, 0, 0, 0, 11],
      "5.要求行政机关确认或重新出具已获取信息": [1, 0, 0, 0, 0, 0, 1],
      "1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请": [67, 3, 0, 0, 1, 0, 71],
      "3、其他": [108, 2, 0, 0, 0, 0, 110],
      "（七）总计": [2932, 53, 0, 0, 61, 4, 3050],
      结转下年度: [103, 0, 0, 0, 0, 0, 103],
    },
    table2Rows: 25,
    table1: ["规章\t1\t0\t11", "行政规范性文件\t8\t26\t66", "行政许可\t447228", "行政处罚\t3985758", "行政强制\t88283", "行政事业性收费\t96171.6"],
    table3: [72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20],
  },
  {
    file: "hongze-2023.pdf",
    table2: {
      本年新收: [21, 0, 0, 0, 0, 0, 21],
      予以公开: [0, 0, 0, 0, 0, 0, 0],
      部分公开: [4, 0, 0, 0, 0, 0, 4],
      "1.属于国家秘密": [1, 0, 0, 0, 0, 0, 1],
      "1.本机关不掌握相关政府信息": [10, 0, 0, 0, 0, 0, 10],
      // The last row on page 3, drawn without a bottom border.
      "2.没有现成信息需要另行制作": [3, 0, 0, 0, 0, 0, 3],
      "（六）其他处理": [0, 0, 0, 0, 0, 0, 0],
      "（七）总计": [21, 0, 0, 0, 0, 0, 21],
    },
    table2Rows: 23,
    table1: ["规章\t0\t0\t0", "行政规范性文件\t0\t5\t5", "行政许可\t550", "行政处罚\t4119", "行政强制\t195", "行政事业性收费\t7730.28"],
    // As printed (the report's own totals do not add up).
    table3: [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0],
  },
  {
    file: "hongze-2024.pdf",
    table2: {
      本年新收: [95, 0, 0, 0, 0, 0, 95],
      予以公开: [50, 0, 0, 0, 0, 0, 50],
      部分公开: [9, 0, 0, 0, 0, 0, 9],
      "3.危及“三安全一稳定”": [1, 0, 0, 0, 0, 0, 1],
      "1.本机关不掌握相关政府信息": [31, 0, 0, 0, 0, 0, 31],
      "5.要求行政机关确认或重 新出具已获取信息": [0, 0, 0, 0, 0, 0, 0],
      "（七）总计": [95, 0, 0, 0, 0, 0, 95],
    },
    table2Rows: 23,
    table1: ["规章\t0\t0\t0", "行政规范性文件\t3\t0\t8", "行政许可\t9487", "行政处罚\t2776", "行政强制\t84", "行政事业性收费\t7545"],
    table3: [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3],
  },
];

// Each sample twice: with its table borders, and as if it had none (the text-position fallback).
const MODES = CASES.flatMap((c) => [
  { ...c, mode: "ruled" },
  { ...c, mode: "borders ignored" },
]);

describe.each(MODES)("readSource $file ($mode)", (c) => {
  let lines: string[] = [];
  it("reads as pdf", async () => {
    if (c.mode === "ruled") {
      const source = await readSource(c.file, sample(c.file));
      expect(source.format).toBe("pdf");
      lines = source.text.split("\n");
    } else lines = (await pdfToText(sample(c.file), { ignoreRulings: true })).split("\n");
  });

  it("puts each table-2 row's label and its seven figures on one line, in column order", () => {
    for (const [label, figures] of Object.entries(c.table2)) expect(numbersOf(lineWith(lines, label)), label).toEqual(figures);
    expect(lines.filter((l) => numbersOf(l).length === 7)).toHaveLength(c.table2Rows);
    // No row is broken: no line holds only some of a row's figures.
    expect(lines.filter((l) => l.includes("\t") && numbersOf(l).length > 0 && ![1, 3, 7, 15].includes(numbersOf(l).length))).toEqual([]);
  });

  it("keeps the group labels with the first row they span", () => {
    expect(lineWith(lines, "予以公开").startsWith("三、本年度办理结果\t")).toBe(true);
    expect(lineWith(lines, "国家秘密")).toMatch(/^\t?（三）不\s?予公开\t1\.属于国家秘密\t/);
  });

  it("reads table 1 rows as label and figures", () => {
    for (const row of c.table1) expect(lines.some((l) => l.replace(/\t+$/, "") === row), row).toBe(true);
  });

  it("reads table 3 as one row of 15 figures", () => {
    expect(lines.filter((l) => numbersOf(l).length === 15).map(numbersOf)).toEqual([c.table3]);
  });

  it("drops page numbers and keeps the title and headings on their own lines", () => {
    expect(lines.filter((l) => /^[-－—]\s*\d+\s*[-－—]$/.test(l.trim()))).toEqual([]);
    expect(lines.some((l) => l.endsWith("年政府信息公开工作年度报告"))).toBe(true);
    for (const heading of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      expect(lines, heading).toContain(heading);
    }
  });
});

describe("pdfToText layout details", () => {
  it("joins a paragraph hard-wrapped by the page layout, so figures are not cut at a line end", async () => {
    const { text: t } = await readSource("huaian-2024.pdf", sample("huaian-2024.pdf"));
    expect(t).toMatch(/全市共受理政府信息公开申请 3119 件，答复 3050\s?件/);
    expect(t).toContain("2024 年，市政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 3940 元。");
  });

  it("recovers a vertical group label that pdf.js cuts short (hongze: “三、本” → “三、本年度办理结果”)", async () => {
    const t = await pdfToText(sample("hongze-2024.pdf"));
    expect(t).toContain("三、本年度办理结果\t（一）予以公开\t\t50\t");
  });

  it("rebuilds a ruled table from thin filled rectangles: merged cells, a wrapped label, numbers off the label's baseline", async () => {
    const page =
      text(50, 760, "Report title") +
      [hline(50, 320, 700), hline(50, 320, 680), hline(100, 320, 640), hline(50, 320, 620)].join("") +
      [vline(50, 620, 700), vline(100, 620, 680), vline(200, 620, 700), vline(260, 620, 700), vline(320, 620, 700)].join("") +
      text(55, 687, "Item") + text(205, 687, "A") + text(265, 687, "B") +
      // “G” sits in the lower half of a cell merged over two rows: it belongs to the upper row.
      text(55, 633, "G") +
      text(105, 665, "wrapped") + text(105, 651, "label") + text(205, 657, "12") + text(265, 657, "7") +
      text(105, 627, "Total") + text(205, 626, "13") + text(265, 626, "8") +
      text(50, 590, "After the table");
    expect(await pdfToText(makePdf([page]))).toBe(["Report title", "Item\t\tA\tB", "G\twrapped label\t12\t7", "\tTotal\t13\t8", "After the table"].join("\n"));
  });

  it("rebuilds rows of a table without borders: wrapped label, one-character-per-line group label", async () => {
    const page =
      text(60, 720, "Item") + text(220, 720, "A") + text(280, 720, "B") +
      text(60, 700, "X") + text(100, 700, "G1 first") + text(220, 700, "1") + text(280, 700, "2") +
      text(60, 686, "Y") + text(100, 690, "wrapped") + text(100, 676, "label") + text(220, 683, "3") + text(280, 683, "4") +
      text(60, 672, "Z") + text(100, 660, "third") + text(220, 660, "5") + text(280, 660, "6") +
      text(60, 620, "A paragraph after the table.");
    expect(await pdfToText(makePdf([page]))).toBe(
      ["Item\tA\tB", "X Y Z\tG1 first\t1\t2", "wrapped label\t3\t4", "third\t5\t6", "A paragraph after the table."].join("\n"),
    );
  });

  it("splits text run across a column border and closes a table whose last border is missing", async () => {
    const page =
      [stroke(50, 700, 250, 700), stroke(50, 680, 250, 680)].join("") +
      // The column borders go on below the last horizontal one, as at a page break.
      [stroke(50, 700, 50, 650), stroke(150, 700, 150, 650), stroke(200, 700, 200, 650), stroke(250, 700, 250, 650)].join("") +
      text(55, 687, "x") + text(155, 687, "1") + text(205, 687, "2") +
      text(55, 662, "y") + text(155, 662, `3${" ".repeat(17)}4`);
    expect(await pdfToText(makePdf([page]))).toBe("x\t1\t2\ny\t3\t4");
  });

  it("drops running heads and page numbers, and gap-separated columns become tabs without borders", async () => {
    const pages = [1, 2, 3].map(
      (n) => text(250, 815, "Demo County") + text(72, 700, `Body of page ${n}`) + text(72, 680, "Cost") + text(300, 680, `${n}0`) + text(290, 30, `- ${n} -`),
    );
    expect(await pdfToText(makePdf(pages))).toBe(["Body of page 1", "Cost\t10", "Body of page 2", "Cost\t20", "Body of page 3", "Cost\t30"].join("\n"));
  });

  it("rejoins lines that run to the right margin, not indented paragraphs or list items", async () => {
    const page =
      text(72, 700, "0".repeat(80)) + text(72, 686, "1".repeat(10)) + text(92, 672, "Indented next paragraph") + text(72, 658, "2".repeat(80)) + text(72, 644, "(1) item");
    expect(await pdfToText(makePdf([page]))).toBe([`${"0".repeat(80)} ${"1".repeat(10)}`, "Indented next paragraph", "2".repeat(80), "(1) item"].join("\n"));
  });
});

describe("pdfToText refuses what it cannot read", () => {
  it("a scanned PDF (no text layer)", async () => {
    const scan = makePdf(["0.5 g 50 50 495 742 re f\n", "0 0 100 100 re f\n"]);
    const err = await readSource("scan.pdf", scan).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(err).toMatchObject({ problem: "no_text_layer", message: "scan.pdf: this PDF has no text layer; OCR it first" });
  });

  it("a file that is not a PDF, and a damaged one", async () => {
    await expect(readSource("a.pdf", new TextEncoder().encode("just text"))).rejects.toThrow("a.pdf: not a PDF file (no %PDF- header)");
    await expect(readSource("b.pdf", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))).rejects.toThrow("b.pdf: not a PDF file: it is a PNG image");
    const junk = new TextEncoder().encode(`%PDF-1.7\n${"garbage ".repeat(100)}`);
    const err = await readSource("c.pdf", junk).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceError);
    expect(["corrupt", "no_text_layer"]).toContain((err as SourceError).problem);
  });

  it("a truncated real PDF: reads what survives or fails with a SourceError, never anything else", async () => {
    const full = sample("hongze-2023.pdf");
    for (const cut of [1000, full.length / 3, full.length - 100]) {
      const result = await readSource("cut.pdf", full.slice(0, Math.floor(cut))).catch((e: unknown) => e);
      if (result instanceof Error) expect(result).toBeInstanceOf(SourceError);
      else expect(typeof (result as { text: string }).text).toBe("string");
    }
  });

  it("gives up after the time limit without leaving work behind", async () => {
    await expect(pdfToText(sample("huaian-2024.pdf"), { timeoutMs: 1 })).rejects.toMatchObject({ problem: "timeout" });
    // The abandoned read must not surface later as an unhandled rejection (vitest would fail the run).
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it("refuses more pages than the limit", async () => {
    await expect(pdfToText(sample("hongze-2023.pdf"), { maxPages: 2 })).rejects.toMatchObject({ problem: "too_large" });
  });

  it("does not detach the caller's buffer", async () => {
    const data = sample("hongze-2024.pdf");
    await pdfToText(data);
    expect(data.byteLength).toBeGreaterThan(0);
    expect(data[0]).toBe(0x25);
  });
});


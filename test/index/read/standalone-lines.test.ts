/**
 * A quote never runs a title or a running head into the report's sentences. Round 17: a Word file
 * made by pandoc opens with a Title paragraph (“棠垣县柘塘镇人民政府2023年报”) above the title in two
 * lines, and the reader's passage joined all three with the first paragraph — a quote
 * “棠垣县柘塘镇人民政府2023年报棠垣县柘塘镇人民政府 2023年…年度报告本报告根据…” that is printed nowhere
 * as one. The same join happens with a PDF's running head kept between two pages (page-furniture
 * removal needs three pages to see a head repeat).
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const f = { ...randomFigures(6300), agency: "甲乙县柘塘镇人民政府", year: 2023 };
const body = renderReport(f, { layout: "tabs", spans: "grid" }).replace(/^[^\n]*\n/, "");
const passageWith = (r: { passages: { text: string }[] }, words: string) => r.passages.find((p) => p.text.includes(words))?.text;

describe("lines that stand alone", () => {
  it("a document title paragraph above a two-line title: the first paragraph is a passage of its own", () => {
    const text = `甲乙县柘塘镇人民政府2023年报\n甲乙县柘塘镇人民政府\n2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》要求，由甲乙县柘塘镇人民政府编制。\n${body}`;
    const r = parseReport(text, "柘塘镇2023年政府信息公开年报.docx");
    expect(r.agency).toBe("甲乙县柘塘镇人民政府");
    expect(passageWith(r, "本报告根据")?.startsWith("本报告根据")).toBe(true);
    expect(passageWith(r, "2023年报")).toBe("甲乙县柘塘镇人民政府2023年报");
  });

  it("a title on one line before hard-wrapped text (pdftotext): the title is not the first sentence's start", () => {
    const text = `甲乙县柘塘镇人民政府2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条和\n《国务院办公厅政府信息与政务公开办公室关于印发》要求编制。\n${body}`;
    const r = parseReport(text, "t.txt");
    const first = passageWith(r, "本报告根据");
    expect(first?.startsWith("本报告根据")).toBe(true);
    // the wrapped sentence is still one passage
    expect(first).toContain("要求编制。");
  });

  it("a running head printed between two pages, inside a sentence, is a passage of its own", () => {
    const head = "甲乙县柘塘镇人民政府信息公开工作年报";
    const withHead = body.replace("（一）主动公开\n\n", `（一）主动公开\n\n全年通过政府网站主动公开政府信息\n${head}\n1871条，其中政策文件21条。\n`);
    const text = `${head}\n甲乙县柘塘镇人民政府2023年政府信息公开工作年度报告\n${withHead}`;
    const r = parseReport(text, "t.txt");
    expect(passageWith(r, head)).toBe(head);
    expect(r.passages.some((p) => p.text.includes("主动公开政府信息") && p.text.includes(head))).toBe(false);
  });
});

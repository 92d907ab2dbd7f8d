/**
 * One government office printed two ways in two years (outside round 14: 硚口区人民政府办公室 2023,
 * 硚口区政府办公室 2025): one body. Asked by either name or 政府办, no ask-back between its two
 * spellings; trends and changes run over both years; each report keeps its printed name and the note
 * says the names are spellings of one body, not a reform's rename. Texts invented (page openings cut
 * before the tables).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, received: number) =>
  parseReport(
    [
      `${agency}${year}年政府信息公开工作年度报告`,
      "一、总体情况",
      "（一）主动公开情况",
      `${year}年，通过门户网站主动公开政府信息${received * 10 + 3}条。`,
      "（二）依申请公开情况",
      `${year}年，共收到并办理依申请公开政府信息${received}件，均按期答复。`,
    ].join("\n"),
    `${agency}-${year}.txt`,
  );

const answerer = createAnswerer([report("青蒲县人民政府办公室", 2023, 24), report("青蒲县政府办公室", 2025, 78), report("青蒲县人民政府", 2025, 130)]);
const ask = (q: string) => answerer.answer(q);

describe("one office printed as 人民政府办公室 and 政府办公室 is one body", () => {
  it("历年: both years, each under its printed name, said to be one body's spellings (not a rename)", () => {
    const a = ask("青蒲县政府办历年依申请公开数量");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.year, f.value])).toEqual([
      ["青蒲县人民政府办公室", 2023, 24],
      ["青蒲县政府办公室", 2025, 78],
    ]);
    expect(a.text).toContain("同一机关名称的不同写法");
    expect(a.text).not.toContain("改名");
  });

  it("a change between the two years, and a year neither printed: no ask-back between the spellings", () => {
    const c = ask("青蒲县政府办2025年依申请比2023年多了多少");
    expect([c.status, c.figures[0]?.value]).toEqual(["answered", 54]);
    const none = ask("青蒲县政府办2024年依申请公开多少件");
    expect(none.status).toBe("not_found");
    expect(none.text).toContain("2023 年（青蒲县人民政府办公室）、2025 年");
    // the place's government stays a body of its own
    expect(ask("青蒲县2025年依申请公开多少件").figures[0]?.value).toBe(130);
  });
});

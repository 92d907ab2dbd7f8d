/**
 * An office whose report prints only its short name (outside round 21: a page titled “县政府办2022年度…”
 * read as 府谷县政府办) is asked by its full name too: X县人民政府办公室, X县政府办公室 are the same
 * body, never “no report of X县人民政府办公室”. So is a government printed as X县政府. Texts invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, received: number) =>
  parseReport(
    [
      `${agency}${year}年政府信息公开工作年度报告`,
      "一、总体情况",
      "（二）依申请公开情况",
      `${year}年，共收到并办理依申请公开政府信息${received}件，均按期答复。`,
    ].join("\n"),
    `${agency}-${year}.txt`,
  );

const answerer = createAnswerer([report("鸢坪县政府办", 2022, 21), report("鸢坪县教育局", 2022, 5), report("雁汊区政府", 2023, 44)]);
const ask = (q: string) => answerer.answer(q);

describe("a body printed by its short name is asked by its full name", () => {
  it("鸢坪县人民政府办公室 / 鸢坪县政府办公室 → the report printed as 鸢坪县政府办", () => {
    for (const q of ["鸢坪县人民政府办公室2022年依申请公开多少件", "鸢坪县政府办公室2022年收到多少申请"]) {
      const a = ask(q);
      expect([q, a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual([q, "answered", "鸢坪县政府办", 21]);
    }
  });

  it("雁汊区人民政府 → the report printed as 雁汊区政府", () => {
    const a = ask("雁汊区人民政府2023年依申请公开多少件");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 44]);
  });
});

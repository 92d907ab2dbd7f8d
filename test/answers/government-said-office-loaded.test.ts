/**
 * A place's government said by name (X县政府, X县人民政府, X县县政府) when only its office has a report:
 * the office answers for the place said alone (README), but it is not the government — the government's
 * report is said to be missing and the office's offered, never its figure given as the government's
 * (outside round 21: “邹城市政府2021年依申请” answered from 邹城市人民政府办公室's report). 政府信息 / 政府网站
 * after the place are the question's nouns, not the government. Texts invented.
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
      `${year}年，共收到政府信息公开申请${received}件，均按期答复。`,
    ].join("\n"),
    `${agency}-${year}.txt`,
  );

const answerer = createAnswerer([report("杳川县人民政府办公室", 2022, 17), report("杳川县民政局", 2022, 3)]);
const ask = (q: string) => answerer.answer(q);

describe("the government said, only its office loaded", () => {
  it("杳川县政府 / 杳川县人民政府 / 杳川县县政府: no report of the government, the office offered, no figure", () => {
    for (const [q, said] of [["杳川县政府2022年依申请", "杳川县政府"], ["杳川县人民政府2022年收到多少申请", "杳川县人民政府"], ["杳川县县政府2022年依申请公开多少件", "杳川县县政府"]] as const) {
      const a = ask(q);
      expect([q, a.status, a.figures.length]).toEqual([q, "not_found", 0]);
      expect(a.text).toContain(`没有找到“${said}”的年度报告`);
      expect(a.text).toContain("杳川县人民政府办公室");
      expect(a.text).not.toContain("17");
    }
  });

  it("the place alone, its office by name, and 政府信息 after the place still answer from the office", () => {
    for (const q of ["杳川县2022年依申请公开多少件", "杳川县政府办2022年依申请公开多少件", "杳川县政府信息公开申请2022年收到多少件"]) {
      const a = ask(q);
      expect([q, a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual([q, "answered", "杳川县人民政府办公室", 17]);
    }
  });
});

/**
 * A scope of bodies a place's own report prints a figure for in its text (“其中县直及各乡镇1377条”,
 * “县政府部门和镇(街道)共公开各类政府信息14542条”): asked with that scope, the printed figure is the
 * answer, quoted, and said to be the report's statement for that scope. A scope the text does not
 * print exactly (各乡镇 alone, when the text says 县直及各乡镇) is not answered with it. Places and
 * sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (title: string, file: string, overview: string) =>
  parseReport(`${title}\n一、总体情况\n${overview}\n二、主动公开政府信息情况\n`, file);
const reports = [
  report("澄溪县2023年政府信息公开工作年度报告", "chengxi-2023.txt", "(一)主动公开情况。2023年，澄溪县政府网站共发布信息3120条，其中政务动态1840条，县直及各乡镇906条，政策解读31条。全年受理政府信息公开申请17件。"),
  report("澄溪县2022年政府信息公开工作年度报告", "chengxi-2022.txt", "2022年，全县累计公开政府信息18800条。澄溪县人民政府网公开政府信息5210条，县政府部门和镇(街道)共公开各类政府信息13590条。"),
];
const ask = (q: string) => createAnswerer(reports, { today: () => new Date("2026-12-01") }).answer(q);

describe("a scope the place's report prints a figure for", () => {
  it.each([
    ["澄溪县2023年县直及各乡镇发布信息多少条", 906],
    ["澄溪县2023年县直和各乡镇发了多少条信息", 906],
    ["澄溪县2022年县政府部门和镇街道一共公开多少条信息", 13590],
    ["2022年澄溪县县政府部门及镇（街道）公开了多少条政府信息", 13590],
  ])("%s → %d, quoted, said to be the report's statement", (q, value) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.quotes[0]?.text).toContain(String(value));
    expect(a.notes.join("")).toContain("正文写明");
  });

  it.each(["澄溪县2023年各乡镇发布信息多少条", "澄溪县2022年镇街道一共公开多少条信息", "澄溪县2023年县直及各乡镇依申请公开多少件"])(
    "%s: not that scope (or not that count) — never the printed figure of another",
    (q) => {
      const a = ask(q);
      expect(a.figures.map((f) => f.value)).not.toContain(906);
      expect(a.figures.map((f) => f.value)).not.toContain(13590);
    },
  );
});

/**
 * A figure's word asked (办结) of a number the text counts as another (“县长信箱收到群众来信884件，均已按期办结”:
 * 884 is what was received): labelled with what the sentence says of all of them — never the count
 * received headed as if it were the one asked; when the sentence does not say it of all, no number is stated.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import { makeReport } from "../helpers/report.ts";

const county = (agency: string, sentence: string) => {
  const r = makeReport({ agency, region: agency.replace("人民政府", ""), year: 2024, file: `${agency}.txt`, paragraphs: [sentence] });
  return { ...r, narrative: narrativeFigures(r.passages) };
};
const answerer = createAnswerer(
  [
    county("甲溪县人民政府", "全年县长信箱收到群众来信884件，均已按期办结。"),
    county("乙岭县人民政府", "全年县长信箱收到群众来信90件，办结85件。"),
    county("丙川县人民政府", "全年县长信箱收到群众来信60件，群众满意度较高。"),
  ],
  { today: () => new Date("2026-11-30") },
);

describe("办结 asked of a 信箱 count", () => {
  it("收到…均已按期办结: the number, labelled as done of all of them", () => {
    const a = answerer.answer("甲溪县2024年县长信箱办结多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(884);
    expect(a.figures[0]?.label).toContain("均已按期办结");
    expect(a.text).toContain("问的“办结”按此即为 884 件");
  });

  it("the sentence's own 办结 count is the one given", () => {
    expect(answerer.answer("乙岭县2024年县长信箱办结多少件").figures[0]?.value).toBe(85);
  });

  it("guard: 收到 alone is never given as 办结", () => {
    const a = answerer.answer("丙川县2024年县长信箱办结多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(60);
    expect(a.status).not.toBe("answered");
  });
});

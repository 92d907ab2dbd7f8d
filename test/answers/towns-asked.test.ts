/**
 * Towns asked about as people write them (invented places): a county's towns said with 的 (苇川县的镇,
 * 苇川县的乡镇) are the county's townships — one not named, asked back with those that have the year
 * asked, never the county's own figure and never “no report of 苇川县 for that year”; a town whose
 * name ends in a common word (X集镇, like 王庄集镇) that has no report is said to have none by its
 * name, never asked back with a list of every body loaded.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, year: number, received: number) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never });
const reports = [
  body("苇川县人民政府", "苇川县", 2022, 40),
  body("苇川县石门镇人民政府", "石门镇", 2024, 3),
  body("苇川县桃坪镇人民政府", "桃坪镇", 2024, 5),
  body("苇川县桃坪镇人民政府", "桃坪镇", 2023, 6),
  body("苇川县云岭乡人民政府", "云岭乡", 2023, 1),
  body("青岚县人民政府", "青岚县", 2023, 30),
  body("青岚县财政局", "青岚县", 2023, 5),
];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a county's towns said with 的", () => {
  it.each(["苇川县的镇2024年依申请公开多少件", "苇川县的乡镇2024年收到几件申请"])("%s: asked back with the towns that have 2024", (q) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("clarify");
    expect(a.text).toContain("苇川县石门镇人民政府");
    expect(a.text).toContain("苇川县桃坪镇人民政府");
    expect(a.figures).toEqual([]);
    expect(a.choices.map((c) => answerer.answer(c).figures.map((f) => [f.agency, f.value]))).toEqual([
      [["苇川县石门镇人民政府", 3]],
      [["苇川县桃坪镇人民政府", 5]],
    ]);
  });
});

describe("a town ending in a common word (集镇) that has no report", () => {
  it.each(["柳湾集镇2023年主动公开多少条", "柳湾集镇2023年依申请公开多少件"])("%s: said to have none, by its name", (q) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("柳湾集镇");
    expect(a.choices).toEqual([]);
  });
});

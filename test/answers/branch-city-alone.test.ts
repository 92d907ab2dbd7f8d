/**
 * A city none of whose own bodies is loaded, only a bureau's branch in one of its counties (invented:
 * 漱玉市苇川生态环境局 or 漱玉市生态环境局苇川分局, in 苇川县): the city's name alone asks back with the
 * branch (the city has no government's report; the branch's figure is not the city's), never a list
 * of every place loaded, never the branch's figure for the city.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, year: number, received: number) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never });
const others = [body("苇川县人民政府", "苇川县", 2023, 9), body("苇川县医疗保障局", "苇川县", 2023, 2), body("青岚县人民政府", "青岚县", 2023, 30), body("青岚县财政局", "青岚县", 2023, 5)];

describe("a city whose only loaded body is a branch in a county", () => {
  it.each([["漱玉市苇川生态环境局", "苇川县"], ["漱玉市苇川生态环境局", "漱玉市"], ["漱玉市生态环境局苇川分局", "漱玉市"]])("%s (region as read: %s): 漱玉市 alone is asked back with it", (branch, region) => {
    const answerer = createAnswerer([...others, body(branch, region, 2023, 4)], { today: () => new Date("2026-11-30") });
    for (const q of ["漱玉市2023年收到多少政府信息公开申请", "漱玉2023年依申请公开多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, a.text).toBe("clarify");
      expect(a.text).toContain(branch);
      expect(a.text).not.toContain("青岚县");
      expect(a.figures).toEqual([]);
      expect(a.choices).toHaveLength(1);
      expect(answerer.answer(a.choices[0] as string).figures.map((f) => [f.agency, f.value])).toEqual([[branch, 4]]);
    }
    // the county is still its government
    expect(answerer.answer("苇川县2023年依申请公开多少件").figures.map((f) => [f.agency, f.value])).toEqual([["苇川县人民政府", 9]]);
  });
});

/**
 * A level of places said with their government (哪个区政府, 各县人民政府, 三个县政府) is that level's
 * field, its governments — as 哪个区 / 各县 are. Outside round 14: 「2023年哪个区政府…最多」 was refused
 * with 「问题里的“区政府”没有读懂」. Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const made = (agency: string, seed: number) => parseReport(renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" }), `${seed}.txt`);
const reports = [made("岚桥市苇河区人民政府", 301), made("岚桥市沙汀区人民政府", 302), made("岚桥市松陌县人民政府", 303), made("岚桥市苇河区教育局", 304), made("岚桥市栎山县人民政府", 305)];
const bot = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const lines = (text: string) => text.split("\n").filter((l) => /^\d+\. /u.test(l));

describe("a level's places said with their government", () => {
  it.each([
    ["2023年哪个区政府收到的申请最多", "2023年哪个区收到的申请最多"],
    ["2023年各区人民政府依申请公开排名", "2023年各区依申请公开排名"],
    ["2023年哪个县政府收到的申请最多", "2023年哪个县收到的申请最多"],
  ])("%s ranks what %s ranks", async (withGovernment, plain) => {
    const a = await bot.answer(withGovernment);
    const b = await bot.answer(plain);
    expect(a.status).toBe("answered");
    expect(lines(a.text)).toEqual(lines(b.text));
    expect(lines(a.text).length).toBe(2);
  });

  it("the office is not the government: 哪个区政府办 ranks no government", async () => {
    const a = await bot.answer("2023年哪个区政府办收到的申请最多");
    expect(lines(a.text)).not.toEqual(lines((await bot.answer("2023年哪个区收到的申请最多")).text));
  });
});

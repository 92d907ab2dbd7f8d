/**
 * 前年 / 前两年 / 大前年 in a follow-up count back from the last question's year (like 去年), never
 * the calendar's year — after a question about 2024 in 2026, 那前年呢 is 2022, not 2024 again.
 * A message not about a report (谢谢, 今天天气怎么样) is not a follow-up either. The names are invented.
 */
import { describe, expect, it } from "vitest";
import { followUp, type Turn } from "../../src/bot/followup.ts";

const prev: Turn = { text: "岚汀市教育局2024年依申请多少", who: ["岚汀市教育局"], agencies: ["岚汀市教育局"], years: [2024], metric: true, kind: "figure" };
const parts = (text: string, years: number[] = []) => ({ text, who: [], years, metric: false, kind: "search" });

describe("years counted back in a follow-up", () => {
  it.each([
    ["那前年呢", [2024], 2022],
    ["前两年呢", [], 2022],
    ["那大前年呢", [2023], 2021],
    ["去年呢", [2025], 2023],
  ])("%s → the last question's year minus the count", (text, calendar, year) => {
    expect(followUp(prev, text, parts(text, calendar))).toBe(`岚汀市教育局${year}年依申请多少`);
  });
});

describe("not a follow-up", () => {
  it.each(["今天天气怎么样", "谢谢", "好的谢谢"])("%s is not read as the last question's", (text) => {
    expect(followUp(prev, text, parts(text))).toBeNull();
  });
});

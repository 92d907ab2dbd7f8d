/**
 * A place with no report of its government or office, none of whose bodies has the year asked (outside
 * round 23: “衡阳市2020年依申请公开多少件” asked which of four bodies, none with a 2020 report): no choice
 * leads to the place's figure — not found, the bodies' years said. With a body holding the year the place
 * is still asked back (its figure is none of theirs). Texts invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, received: number) =>
  parseReport([`${agency}${year}年政府信息公开工作年度报告`, "一、总体情况", `${year}年，共收到政府信息公开申请${received}件。`].join("\n"), `${agency}-${year}.txt`);

const answerer = createAnswerer([report("萸江市商务局", 2025, 7), report("萸江市国有资产监督管理委员会", 2019, 2), report("萸江市财政局", 2023, 11)]);
const ask = (q: string) => answerer.answer(q);

describe("a place without its government's report, and no body of it with the year", () => {
  it("萸江市2020年 / 萸江市政府2020年: not found, no choices, each body's years said", () => {
    for (const q of ["萸江市2020年依申请公开多少件", "萸江市政府2020年收到多少政府信息公开申请"]) {
      const a = ask(q);
      expect([q, a.status, a.choices.length, a.figures.length]).toEqual([q, "not_found", 0, 0]);
      expect(a.text).toContain("没有萸江市人民政府（或其办公室）");
      expect(a.text).toContain("萸江市商务局（2025 年）");
    }
  });

  it("a body of the place with the year asked: still asked back", () => {
    const a = ask("萸江市2023年依申请公开多少件");
    expect([a.status, a.choices]).toEqual(["clarify", ["萸江市财政局2023年依申请公开多少件"]]);
  });
});

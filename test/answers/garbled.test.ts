/**
 * A line of mojibake, control characters or symbols alone is said not to be understood: never read
 * as a rate question (its ％) or any other. Garbage beside a real question is left out and the
 * question answered.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { readGarbled } from "../../src/answers/garbled.ts";
import { threeCountyReports } from "../helpers/three-counties.ts";

const answerer = createAnswerer(threeCountyReports(), { today: () => new Date("2026-11-30") });

describe("garbled input", () => {
  it.each([
    ["\u0001\u0002\ufffd锟斤拷烫烫烫 ÿþ 乱码\u202e 2023 ?? ＠＃￥％", "锟斤拷"],
    ["锟斤拷烫烫烫 ％", "烫烫烫"],
    ["Ã©â€™ 2023 ％", "Ã©"],
    ["％", ""],
    ["？？？ 2023", ""],
  ])("%j is not understood, and not read as a rate", (q, shown) => {
    const a = answerer.answer(q);
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("没有读懂");
    expect(a.text).not.toMatch(/比率|公开率/u);
    expect(a.text).toContain(shown);
    expect(a.question).toBe(q);
  });

  it("garbage beside a real question is left out and the question answered", () => {
    for (const q of ["枫溪县教育局2023年依申请公开多少件锟斤拷", "\u0001枫溪县教育局\u200b2023年依申请公开多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, q).toBe("answered");
      expect(a.figures[0]?.value, q).toBe(21);
    }
  });

  it("tells controls and mojibake from text", () => {
    expect(readGarbled("枫溪县2023年依申请")).toEqual({ text: "枫溪县2023年依申请", found: [] });
    expect(readGarbled("\u0001锟斤拷x").found).toEqual(["锟斤拷", "\\u0001"]);
  });
});

/**
 * 市交通局和县交通局, 甲县政府办和县财政局: the 和 before a level word (县, 市, 区) joins two names —
 * unless a place whose name begins with it (和县) is loaded too, and then both readings are asked
 * back as choices. A place with no report is never the reading that wins over a join of two loaded
 * bodies. Reports and places are invented (和县 is the real county whose name begins with 和).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, received: number, fined: number) =>
  makeReport({ agency, region, year: 2024, file: `${agency}-2024.txt`, table2: { new: { total: received } } as never, table1: { penalty: { decisions: fined } } as never });
const city = [
  body("岚州市人民政府", "岚州市", 300, 0),
  body("岚州市交通运输局", "岚州市", 40, 812),
  body("青原县人民政府", "青原县", 90, 0),
  body("青原县人民政府办公室", "青原县", 14, 0),
  body("青原县财政局", "青原县", 23, 0),
  body("青原县交通运输局", "青原县", 7, 215),
];
const today = () => new Date("2026-11-30");

describe("和 before a level word, no place of that name loaded: the join wins", () => {
  const answerer = createAnswerer(city, { today });
  it.each([
    ["市交通局和县交通局2024年行政处罚比较", [["岚州市交通运输局", 812], ["青原县交通运输局", 215]]],
    ["青原县政府办和县财政局2024年依申请对比", [["青原县人民政府办公室", 14], ["青原县财政局", 23]]],
  ])("%s", (q, expected) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual(expected);
  });

  it("a place said alone with no report is still said to have none (和县交通局2024年…)", () => {
    const a = answerer.answer("和县交通局2024年行政处罚多少");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("和县");
  });
});

describe("和 before a level word when the place 和县 is loaded too: both readings asked back", () => {
  const answerer = createAnswerer([...city, body("和县财政局", "和县", 31, 0), body("和县人民政府", "和县", 60, 0)], { today });
  it("青原县政府办和县财政局: 和县财政局 or 青原县财政局, choices that each read one way", () => {
    const a = answerer.answer("青原县政府办和县财政局2024年依申请对比");
    expect(a.status, a.text).toBe("clarify");
    expect(a.text).toContain("和县财政局");
    expect(a.text).toContain("青原县财政局");
    expect(a.choices).toHaveLength(2);
    const answers = a.choices.map((c) => answerer.answer(c));
    expect(answers.map((x) => [x.status, x.figures.map((f) => [f.agency, f.value])])).toEqual([
      ["answered", [["青原县人民政府办公室", 14], ["和县财政局", 31]]],
      ["answered", [["青原县人民政府办公室", 14], ["青原县财政局", 23]]],
    ]);
  });

  it("和县财政局 said alone is 和县's, not asked back", () => {
    const a = answerer.answer("和县财政局2024年依申请公开多少件");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual(["answered", "和县财政局", 31]);
  });
});

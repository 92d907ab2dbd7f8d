/**
 * A place's office and government compared with the office named first (“X县2022年政府办和政府哪个…”,
 * “X市2023年市政府办和市政府…”, “X县2024年政府办和县政府…对比”): both are compared, as in the other
 * order — never the office's figure alone, which reads as the answer to 哪个多.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { twoCountyTownReports } from "../helpers/two-counties-towns.ts";

const answerer = createAnswerer(twoCountyTownReports(), { today: () => new Date("2026-11-30") });
const pairs = (q: string) => answerer.answer(q).figures.map((f) => [f.agency, f.value]);

describe("the office named before the government", () => {
  it.each([
    ["甲溪县2022年政府办和政府哪个收到的申请多", [["甲溪县人民政府办公室", 15], ["甲溪县人民政府", 42]]],
    ["乙岭县2024年政府办和县政府依申请公开对比", [["乙岭县人民政府办公室", 12], ["乙岭县人民政府", 62]]],
    ["丙川市2023年市政府办和市政府哪个收到申请多", [["丙川市人民政府办公室", 18], ["丙川市人民政府", 279]]],
  ])("%s compares both", (q, expected) => {
    const a = answerer.answer(q);
    expect(a.kind).toBe("comparison");
    expect(pairs(q)).toEqual(expected);
  });

  it("the government first still compares both", () => {
    expect(pairs("甲溪县2022年政府和政府办哪个收到的申请多")).toEqual([["甲溪县人民政府", 42], ["甲溪县人民政府办公室", 15]]);
  });
});

describe("one of the place's bodies and its government said without the place (区政府, 县政府, 县府)", () => {
  it.each([
    ["甲溪县2024年财政局和县政府依申请公开对比", [["甲溪县财政局", 5], ["甲溪县人民政府", 66]]],
    ["甲溪县财政局和县府2024年依申请公开对比", [["甲溪县财政局", 5], ["甲溪县人民政府", 66]]],
    ["乙岭县2024年县政府和财政局哪个收到的申请多", [["乙岭县人民政府", 62], ["乙岭县财政局", 26]]],
    // never the body's figure alone (which reads as the answer to 哪个多)
    ["乙岭县2023年财政局与政府依申请公开对比", [["乙岭县财政局", 21], ["乙岭县人民政府", 55]]],
  ])("%s compares both", (q, expected) => {
    const a = answerer.answer(q);
    expect(a.kind, a.text).toBe("comparison");
    expect(pairs(q)).toEqual(expected);
  });

  it("县府 after its place is the government; 政府 in a figure's name beside a body is no second body", () => {
    expect(pairs("甲溪县县府2024年依申请公开多少件")).toEqual([["甲溪县人民政府", 66]]);
    expect(answerer.answer("甲溪县财政局2024年政府采购多少").kind).not.toBe("comparison");
  });
});

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

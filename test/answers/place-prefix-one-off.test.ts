/**
 * A place typed one character off whose first character begins a loaded place (荇堂县 for 荇塘县: 荇
 * alone reads as the beginning of 荇塘县, 堂县 left over): the near place is read, said so — never the
 * leftover “not understood” nor a choice of every body the first character begins. Invented names.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

const BODIES: [string, number][] = [
  ["蘩汀县人民政府", 73],
  ["蘩汀县公安局", 9],
  ["莪川市人民政府", 210],
  ["莪川市生态环境局蘩汀分局", 4],
];
const answerer = createAnswerer(
  BODIES.map(([agency, n]) => makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}.txt`, table2: { new: { total: n } } as never })),
  { today: () => new Date("2026-11-30") },
);

describe("a place one character off after a first character that begins a loaded place", () => {
  it.each([
    ["蘩厅县2023年依申请公开多少件", "蘩汀县人民政府", 73, "蘩厅县"],
    ["莪州市2023年依申请公开多少件", "莪川市人民政府", 210, "莪州市"],
  ])("%s → %s", (q, agency, value, typed) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual([[agency, value]]);
    expect(a.text).toContain(`“${typed}”按`);
  });
});

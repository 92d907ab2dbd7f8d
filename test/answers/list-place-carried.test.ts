/**
 * A place named once before a list of its bodies (甲州市自规局、住建局、公安局): every body of the list is
 * that place's, the third as the second — never asked back between the place's 公安局 and another
 * place's. Places are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, received: number) => makeReport({ agency, region, year: 2024, file: `${agency}-2024.txt`, table2: { new: { total: received } } as never });
const answerer = createAnswerer(
  [body("甲州市人民政府", "甲州市", 200), body("甲州市自然资源和规划局", "甲州市", 31), body("甲州市住房和城乡建设局", "甲州市", 22), body("甲州市公安局", "甲州市", 17), body("乙原县人民政府", "乙原县", 40), body("乙原县住房和城乡建设局", "乙原县", 5), body("乙原县公安局", "乙原县", 4)],
  { today: () => new Date("2026-11-30") },
);

describe("a place named once before a list of three bodies", () => {
  it.each(["甲州市2024年自规局、住建局、公安局收到申请分别多少", "对比甲州市自规局、住建局和公安局2024年依申请公开"])("%s: all three are 甲州市's", (q) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲州市自然资源和规划局", 31], ["甲州市住房和城乡建设局", 22], ["甲州市公安局", 17]]);
  });
});

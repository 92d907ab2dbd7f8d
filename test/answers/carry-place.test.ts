/**
 * “甲区住建局和人社局”: the second body takes the first one's place when the bare name fits bodies
 * of several places (src/answers/understand.ts carryPlace) — never another place's 人社局.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, received: number) =>
  makeReport({ agency, region, file: `${agency}.txt`, table2: { new: { total: received } } });
const answerer = createAnswerer(
  [
    body("甲山区人民政府", "甲山区", 90),
    body("甲山区住房和城乡建设局", "甲山区", 64),
    body("甲山区人力资源和社会保障局", "甲山区", 41),
    body("乙水县人力资源和社会保障局", "乙水县", 7),
    body("甲山区人民政府办公室", "甲山区", 31),
  ],
  { today: () => new Date("2026-11-30") },
);

describe("a place carried to the next body of an A和B question", () => {
  it("甲山区住建局和人社局 compares 甲山区's two bodies", () => {
    const a = answerer.answer("甲山区住建局和人社局2023年依申请公开对比");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲山区住房和城乡建设局", 64], ["甲山区人力资源和社会保障局", 41]]);
  });
  it("a government named, then another body, are two (甲山区政府和住建局, 甲山区区政府和区府办)", () => {
    const values = (q: string) => answerer.answer(q).figures.map((f) => [f.agency, f.value]);
    expect(values("甲山区政府和住建局2023年依申请公开对比")).toEqual([["甲山区人民政府", 90], ["甲山区住房和城乡建设局", 64]]);
    expect(values("甲山区人民政府和住建局2023年依申请公开对比")).toEqual([["甲山区人民政府", 90], ["甲山区住房和城乡建设局", 64]]);
    expect(values("2023年甲山区区政府和区府办依申请分别多少")).toEqual([["甲山区人民政府", 90], ["甲山区人民政府办公室", 31]]);
    expect(answerer.answer("甲山区区政府2023年依申请多少")).toMatchObject({ status: "answered", figures: [{ agency: "甲山区人民政府", value: 90 }] });
  });
  it("a bare 人社局 alone is still asked back", () => {
    expect(answerer.answer("人社局2023年依申请公开多少件").status).toBe("clarify");
  });
});

/**
 * A city bureau's 分局 in a county, said by its parent's short form or the city's level word before
 * the county and 分局 (invented: 蔺江市自然资源和规划局蒿坪分局 and 蔺江市生态环境局蒿坪分局, in 蒿坪县, a
 * county no gazetteer lists): «蔺江市自规局蒿坪分局» is one body, the branch — never the city's bureau
 * and the branch side by side, never the city bureau's figure. With 和 between them, both are asked.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, year: number, received: number) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never });
const reports = [
  body("蔺江市人民政府", "蔺江市", 2024, 210),
  body("蔺江市自然资源和规划局", "蔺江市", 2024, 93),
  body("蔺江市自然资源和规划局蒿坪分局", "蔺江市", 2024, 8),
  body("蔺江市生态环境局", "蔺江市", 2024, 17),
  body("蔺江市生态环境局蒿坪分局", "蔺江市", 2024, 3),
  body("蒿坪县人民政府", "蒿坪县", 2024, 41),
  body("蒿坪县财政局", "蒿坪县", 2024, 2),
];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const figures = (q: string) => {
  const a = answerer.answer(q);
  return [a.status, ...a.figures.map((f) => `${f.agency} ${f.value}`)];
};

describe("a branch said by its parent's short form or the city's level word", () => {
  it.each([
    ["蔺江市自规局蒿坪分局2024年依申请公开多少件", "蔺江市自然资源和规划局蒿坪分局 8"],
    ["蔺江自规局蒿坪分局2024年收到多少申请", "蔺江市自然资源和规划局蒿坪分局 8"],
    ["蔺江市自然资源局蒿坪县分局2024年依申请公开几件", "蔺江市自然资源和规划局蒿坪分局 8"],
    ["市自规局蒿坪分局2024年依申请公开多少件", "蔺江市自然资源和规划局蒿坪分局 8"],
    ["市生态环境局蒿坪分局2024年收到申请几件", "蔺江市生态环境局蒿坪分局 3"],
    ["蔺江市环保局蒿坪分局2024年依申请公开多少件", "蔺江市生态环境局蒿坪分局 3"],
  ])("%s is the branch alone", (q, answer) => {
    expect(figures(q)).toEqual(["answered", answer]);
  });

  it("with 和 between the bureau and the branch, both are compared", () => {
    expect(figures("蔺江市自规局和自规局蒿坪分局2024年依申请公开对比").slice(1).sort()).toEqual(["蔺江市自然资源和规划局 93", "蔺江市自然资源和规划局蒿坪分局 8"]);
  });

  it("the bureau's own short form is still the bureau", () => {
    expect(figures("蔺江市自规局2024年依申请公开多少件")).toEqual(["answered", "蔺江市自然资源和规划局 93"]);
  });
});

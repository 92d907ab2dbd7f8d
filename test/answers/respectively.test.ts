/**
 * «A、B分别达到x、y»: 分别 pairs the names and the numbers in order — B is y, never the x printed
 * right after the names — and each number's label names its own item. Reports written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";

const ask = (body: string, question: string) =>
  createAnswerer([parseReport(`永和县发展和改革局2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, "yonghe-fgj-2023.txt")]).answer(`永和县发改局2023年${question}`);

describe("分别 pairs names and numbers in order", () => {
  it.each([
    ["高效办理市长热线、网络理政1.64万余件，办结率、满意度分别达到100%、98.5%。", "网络理政满意度多少", 98.5, "满意度"],
    ["高效办理市长热线、网络理政1.64万余件，办结率、满意度分别达到100%、98.5%。", "办结率是多少", 100, "办结率"],
    ["全年受理群众来电和来信分别为120件和45件。", "受理群众来信多少件", 45, "来信"],
    ["全年受理群众来电和来信分别为120件和45件。", "受理群众来电多少件", 120, "来电"],
    ["政务微博、微信公众号分别发布信息300条、420条。", "微信公众号发布信息多少条", 420, "微信公众号"],
    ["政务微博、微信公众号分别发布信息300条、420条。", "政务微博发布信息多少条", 300, "政务微博"],
    ["门户网站、政务微博、微信公众号分别公开信息1200条、300条、420条，均及时更新。", "政务微博公开信息多少条", 300, "政务微博"],
    ["门户网站、政务微博、微信公众号分别公开信息1200条、300条、420条，均及时更新。", "微信公众号公开信息多少条", 420, "微信公众号"],
  ])("“%s” %s → %d", (body, q, value, name) => {
    const a = ask(body, q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    const label = a.figures[0]?.label ?? "";
    expect(label).toContain(name);
    // the label names its own item, not the list of all of them
    expect(label).not.toMatch(/分别/u);
  });
});

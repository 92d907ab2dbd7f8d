/**
 * Charts: which answers get one, that its data are the answer's figures, and that the PNG is a real
 * image of sensible size with the Chinese labels drawn from the shipped font (no system font).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { chartPng, svgToPng } from "../../src/bot/chart/png.ts";
import { chartOf } from "../../src/bot/chart/spec.ts";
import { chartSvg } from "../../src/bot/chart/svg.ts";
import { chartText } from "../../src/bot/chart/text.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { decodePng, inked } from "./png.ts";

const DIR = new URL("../../data/reports/", import.meta.url).pathname;
let answerer: Answerer;

beforeAll(async () => {
  answerer = createAnswerer((await loadCorpus(DIR)).reports);
});

describe("chartOf", () => {
  it.each([
    ["2023年哪个地方收到的政府信息公开申请最多", "ranking", "bars"],
    ["对比赣州市和乐清市2023年依申请公开数量", "comparison", "bars"],
    ["洪泽区2023年到2024年行政许可处理决定数量的变化", "trend", "columns"],
    ["赣州市2023年不予公开的情况", "breakdown", "bars"],
  ])("%s → a %s chart whose bars are the answer's figures", (q, kind, shape) => {
    const a = answerer.answer(q);
    expect(a.kind).toBe(kind);
    const chart = chartOf(a);
    expect(chart?.shape).toBe(shape);
    expect(chart?.bars.map((b) => b.value)).toEqual(a.figures.map((f) => f.value));
    expect(chart?.footer[0]).toMatch(/^出处：/);
    const svg = chartSvg(chart!);
    for (const f of a.figures) expect(svg).toContain(`>${f.value} ${f.unit}</text>`);
  });

  it("gives a single figure, a not-found and a free-text answer no chart", () => {
    for (const q of ["浔阳区2023年依申请公开多少件", "南昌市2023年依申请公开多少件", "赣州市2023年政策解读"]) expect(chartOf(answerer.answer(q))).toBeNull();
  });

  it("draws the console's text bars in proportion", () => {
    const chart = chartOf(answerer.answer("对比赣州市和乐清市2023年依申请公开数量"))!;
    const lines = chartText(chart, 30).split("\n");
    expect(lines[0]).toMatch(/^赣州市\s+█{30} 1516 件$/);
    expect(lines[1]).toMatch(/^乐清市人民政府办公室\s+█ 70 件$/); // 70/1516 of 30 rounds to 1; an office is named as the office
  });
});

describe("chart PNG", () => {
  it("is a decodable PNG 800 px wide and of sensible height, with ink on it", () => {
    const chart = chartOf(answerer.answer("2023年哪个地方收到的政府信息公开申请最多"))!;
    const png = chartPng(chart);
    const { width, height } = decodePng(png);
    expect(width).toBe(800);
    expect(height).toBeGreaterThan(200);
    expect(height).toBeLessThan(1600);
    expect(png.length).toBeGreaterThan(5_000);
    expect(png.length).toBeLessThan(500_000);
    expect(inked(png)).toBeGreaterThan(1000);
  });

  it("draws Chinese text with the shipped font and never a system one", () => {
    const svg = (s: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-size="32" font-family="Noto Sans SC">${s}</text></svg>`;
    expect(inked(svgToPng(svg("浔阳区")))).toBeGreaterThan(150);
    expect(inked(svgToPng(svg("")))).toBe(0);
  });
});

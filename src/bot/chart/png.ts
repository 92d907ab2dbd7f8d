/**
 * SVG → PNG in-process with resvg (Rust, no browser), using the CJK font shipped in
 * assets/fonts/ (a Noto Sans SC subset, see scripts/make-chart-font.mjs): no system font is ever
 * looked up, so the Chinese labels look the same on every machine after `npm install`.
 */
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import type { Chart } from "./spec.ts";
import { CHART_FONT, chartSvg } from "./svg.ts";

export const CHART_FONT_FILE = fileURLToPath(new URL("../../../assets/fonts/NotoSansSC-chart.ttf", import.meta.url));

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [CHART_FONT_FILE], defaultFontFamily: CHART_FONT, sansSerifFamily: CHART_FONT },
    background: "#ffffff",
  });
  return resvg.render().asPng();
}

/** The chart as a PNG (800 px wide). */
export function chartPng(chart: Chart): Buffer {
  return svgToPng(chartSvg(chart));
}

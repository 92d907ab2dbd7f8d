/**
 * A chart as SVG, drawn by hand: a title, one bar or column per figure with its value written on
 * it, and the source lines in the footer. Text is measured roughly (a CJK character is 1 em, a
 * digit or Latin letter about 0.6 em), which is all the layout needs.
 */
import type { Chart } from "./spec.ts";
import { maxOf } from "../../index/min-max.ts";

export const CHART_FONT = "Noto Sans SC";
const WIDTH = 800;
const PAD = 24;
const BAR = "#3370ff";
const INK = "#1f2329";
const MUTED = "#646a73";
const GRID = "#dee0e3";

/** Approximate width of `s` at `size` px. */
export function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) <= 0xff ? 0.6 : 1;
  return w * size;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Cut `s` into lines no wider than `width`. */
function wrap(s: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const ch of s) {
    if (textWidth(cur + ch, size) > width && cur) {
      lines.push(cur);
      cur = "";
    }
    cur += ch;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** Shorten `s` with an ellipsis to fit `width`. */
function fit(s: string, size: number, width: number): string {
  if (textWidth(s, size) <= width) return s;
  let out = "";
  for (const ch of s) {
    if (textWidth(`${out + ch}…`, size) > width) break;
    out += ch;
  }
  return `${out}…`;
}

const text = (x: number, y: number, s: string, size: number, fill: string, extra = ""): string =>
  `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" fill="${fill}"${extra}>${esc(s)}</text>`;

export function chartSvg(chart: Chart): string {
  const titleLines = wrap(chart.title, 22, WIDTH - 2 * PAD);
  const footer = chart.footer.flatMap((l) => wrap(l, 13, WIDTH - 2 * PAD));
  const top = PAD + titleLines.length * 30 + 12;
  const body = chart.shape === "bars" ? bars(chart, top) : columns(chart, top);
  const footTop = top + body.height + 16;
  const height = footTop + footer.length * 19 + PAD;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...titleLines.map((l, i) => text(PAD, PAD + 22 + i * 30, l, 22, INK, ` font-weight="bold"`)),
    body.svg,
    `<line x1="${PAD}" y1="${footTop - 8}" x2="${WIDTH - PAD}" y2="${footTop - 8}" stroke="${GRID}"/>`,
    ...footer.map((l, i) => text(PAD, footTop + 13 + i * 19, l, 13, MUTED)),
    `</svg>`,
  ];
  return parts.join("\n");
}

/** Horizontal bars: label on the left, the value after the bar. */
function bars(chart: Chart, top: number): { svg: string; height: number } {
  const size = 16;
  const rowH = 34;
  const labelW = Math.min(260, maxOf(chart.bars.map((b) => textWidth(b.label, size))) + 12);
  const valueW = maxOf(chart.bars.map((b) => textWidth(b.text, size))) + 12;
  const x0 = PAD + labelW;
  const span = WIDTH - PAD - valueW - x0;
  const max = Math.max(maxOf(chart.bars.map((b) => Math.abs(b.value))), 0);
  const out: string[] = [];
  chart.bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = max > 0 ? (Math.abs(b.value) / max) * span : 0;
    out.push(text(x0 - 10, y + 22, fit(b.label, size, labelW - 12), size, INK, ` text-anchor="end"`));
    out.push(`<rect x="${x0}" y="${y + 6}" width="${Math.max(w, 1).toFixed(1)}" height="${rowH - 12}" rx="3" fill="${BAR}"/>`);
    out.push(text(x0 + Math.max(w, 1) + 8, y + 22, b.text, size, INK, ` font-weight="bold"`));
  });
  out.push(`<line x1="${x0}" y1="${top}" x2="${x0}" y2="${top + chart.bars.length * rowH}" stroke="${GRID}"/>`);
  return { svg: out.join("\n"), height: chart.bars.length * rowH };
}

/** Columns over time: the value above each column, the label (year) below. */
function columns(chart: Chart, top: number): { svg: string; height: number } {
  const size = 16;
  const plotH = 260;
  const base = top + 28 + plotH;
  const slot = (WIDTH - 2 * PAD) / chart.bars.length;
  const colW = Math.min(80, slot * 0.6);
  const max = Math.max(maxOf(chart.bars.map((b) => Math.abs(b.value))), 0);
  const out: string[] = [`<line x1="${PAD}" y1="${base}" x2="${WIDTH - PAD}" y2="${base}" stroke="${GRID}"/>`];
  chart.bars.forEach((b, i) => {
    const h = max > 0 ? (Math.abs(b.value) / max) * plotH : 0;
    const cx = PAD + slot * i + slot / 2;
    out.push(`<rect x="${(cx - colW / 2).toFixed(1)}" y="${(base - Math.max(h, 1)).toFixed(1)}" width="${colW.toFixed(1)}" height="${Math.max(h, 1).toFixed(1)}" rx="3" fill="${BAR}"/>`);
    out.push(text(cx, base - Math.max(h, 1) - 8, b.text, size, INK, ` text-anchor="middle" font-weight="bold"`));
    out.push(text(cx, base + 22, fit(b.label, 14, slot - 6), 14, INK, ` text-anchor="middle"`));
  });
  return { svg: out.join("\n"), height: plotH + 28 + 30 };
}

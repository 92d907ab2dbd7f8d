/** A chart as text bars, for the console: label, a bar of █ scaled to the largest value, the value. */
import type { Chart } from "./spec.ts";
import { maxOf } from "../../index/min-max.ts";

/** Terminal columns: CJK and full-width characters take two. */
function columns(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return n;
}

export function chartText(chart: Chart, width = 30): string {
  const max = Math.max(maxOf(chart.bars.map((b) => Math.abs(b.value))), 0);
  const labelW = maxOf(chart.bars.map((b) => columns(b.label)));
  return chart.bars
    .map((b) => {
      const n = max > 0 ? Math.round((Math.abs(b.value) / max) * width) : 0;
      return `${b.label}${" ".repeat(labelW - columns(b.label))}  ${"█".repeat(n) || "▏"} ${b.text}`;
    })
    .join("\n");
}

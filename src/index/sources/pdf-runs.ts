/**
 * What a PDF engine hands the layout: runs of text as pdf.js's text content gives them (a string,
 * the transform of its first character in PDF space, its advance), and drawn paths as pdf.js's
 * path buffers. Both engines (pdf.ts with pdf.js, pdfium.ts with PDFium) produce these, and the
 * functions here turn them into the page-space fragments and segments pdf-layout.ts reads, the
 * same way for either.
 */
import type { Fragment, Segment } from "./pdf-geometry.ts";
import { maxOf, minOf } from "../min-max.ts";

export type Matrix = [number, number, number, number, number, number];

export interface TextRun {
  str: string;
  /** Font size and direction (a–d) and the first character's origin (e, f), in PDF space. */
  transform: Matrix;
  /** The run's advance along its baseline. */
  width: number;
  /** Its extent down the page, for a run in a vertical font. */
  height: number;
  /** Drawn in a vertical (top-to-bottom) font. */
  vertical: boolean;
}

/**
 * Whether some line has a gap wider than two characters between two pieces of text: table
 * cells do, running text (justified, with at most a word space) does not.
 */
export function mayHoldTable(runs: TextRun[]): boolean {
  const rows = new Map<number, { left: number; right: number; size: number }[]>();
  for (const run of runs) {
    if (run.str.trim() === "") continue;
    const [a, b, , , x, y] = run.transform;
    const key = Math.round(y / 3);
    const list = rows.get(key) ?? [];
    list.push({ left: x, right: x + run.width, size: Math.hypot(a, b) || 1 });
    rows.set(key, list);
  }
  for (const list of rows.values()) {
    list.sort((p, q) => p.left - q.left);
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.left - list[i - 1]!.right > 2 * Math.min(list[i]!.size, list[i - 1]!.size)) return true;
    }
  }
  return false;
}

/** The runs as boxes on the page (origin top-left), through the page's view transform. */
export function runFragments(runs: TextRun[], toScreen: Matrix): Fragment[] {
  const fragments: Fragment[] = [];
  for (const run of runs) {
    if (run.str.trim() === "") continue;
    const m = multiply(toScreen, run.transform);
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
    const x = m[4];
    const y = m[5];
    if (run.vertical) {
      const height = Math.max(run.height, Array.from(run.str.replace(/\s+/g, "")).length * size);
      fragments.push({ str: run.str, size, vertical: true, left: x - size / 2, right: x + size / 2, top: y, bottom: y + height });
      continue;
    }
    // The run's box: from the baseline up by the ascent (~0.8 em) and down by the descent,
    // along the run's own direction so text rotated by 90° is placed correctly too.
    const w = run.width / size;
    const corners = [
      [0, -0.2],
      [w, -0.2],
      [w, 0.8],
      [0, 0.8],
    ].map(([gx, gy]) => [m[0] * gx! + m[2] * gy! + x, m[1] * gx! + m[3] * gy! + y] as const);
    const xs = corners.map((c) => c[0]);
    const ys = corners.map((c) => c[1]);
    const rotated = Math.abs(m[1]) > Math.abs(m[0]);
    fragments.push({
      str: run.str,
      size,
      vertical: rotated,
      left: minOf(xs),
      right: maxOf(xs),
      top: minOf(ys),
      bottom: maxOf(ys),
    });
  }
  return fragments;
}

/** Path-drawing codes inside a path buffer (pdf.js's DrawOPS, which PDFium's paths are put into too). */
export const MOVE = 0;
export const LINE = 1;
export const CURVE = 2;
export const QUAD = 3;
export const CLOSE = 4;

/**
 * The straight strokes of one drawn path (table borders), in screen space through `m`. Borders
 * are drawn as stroked lines or rectangles, or as thin filled rectangles (Word's own PDF export).
 */
export function pathSegments(buf: ArrayLike<number>, m: Matrix, stroked: boolean, filled: boolean, out: Segment[]): void {
  const points: [number, number][] = [];
  let start: [number, number] | undefined;
  let cur: [number, number] | undefined;
  const at = (k: number): [number, number] => apply(m, buf[k]!, buf[k + 1]!);
  const edge = (a: [number, number], b: [number, number]): void => {
    if (stroked) out.push({ x1: a[0], y1: a[1], x2: b[0], y2: b[1] });
  };
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === MOVE) {
      cur = start = at(k);
      points.push(cur);
      k += 2;
    } else if (op === LINE) {
      const p = at(k);
      if (cur) edge(cur, p);
      cur = p;
      points.push(p);
      k += 2;
    } else if (op === CURVE) {
      cur = at(k + 4);
      points.push(cur);
      k += 6;
    } else if (op === QUAD) {
      cur = at(k + 2);
      points.push(cur);
      k += 4;
    } else if (op === CLOSE) {
      if (cur && start) edge(cur, start);
      cur = start;
    } else break;
  }
  if (!filled || points.length === 0) return;
  // A filled rectangle no thicker than a heavy pen stroke is a drawn line.
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [minOf(xs), maxOf(xs), minOf(ys), maxOf(ys)];
  if (y1 - y0 <= 3 && x1 - x0 > 3) out.push({ x1: x0, y1: (y0 + y1) / 2, x2: x1, y2: (y0 + y1) / 2 });
  else if (x1 - x0 <= 3 && y1 - y0 > 3) out.push({ x1: (x0 + x1) / 2, y1: y0, x2: (x0 + x1) / 2, y2: y1 });
}

export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * Tables from the ruling lines a PDF draws. The borders say exactly which text belongs to which
 * cell: a label wrapped over three lines, a group label printed one character per line down a
 * merged cell, or numbers set a little off the label's baseline all land in the right row,
 * which no amount of baseline guessing gets right every time.
 */
import { centerY, groupLines, joinText, type Box, type Fragment, type Segment } from "./pdf-geometry.ts";
import { maxOf, minOf } from "../min-max.ts";

/** Two strokes closer than this (points) are the same border; Word draws doubles 0.5pt apart. */
const TOL = 2;

interface HLine {
  y: number;
  x1: number;
  x2: number;
}
interface VLine {
  x: number;
  y1: number;
  y2: number;
}

export interface Grid {
  /** Column boundaries, left to right, and row boundaries, top to bottom. */
  xs: number[];
  ys: number[];
  h: HLine[];
  v: VLine[];
  /** For each cell (row-major), the index of the top-left cell of the merged cell it belongs to. */
  anchor: number[];
}

export function findGrids(segments: Segment[]): Grid[] {
  const h: HLine[] = [];
  const v: VLine[] = [];
  for (const s of segments) {
    const dx = Math.abs(s.x2 - s.x1);
    const dy = Math.abs(s.y2 - s.y1);
    if (dy <= 1 && dx >= 3) h.push({ y: (s.y1 + s.y2) / 2, x1: Math.min(s.x1, s.x2), x2: Math.max(s.x1, s.x2) });
    else if (dx <= 1 && dy >= 3) v.push({ x: (s.x1 + s.x2) / 2, y1: Math.min(s.y1, s.y2), y2: Math.max(s.y1, s.y2) });
  }
  const hs = mergeCollinear(h.map((l) => ({ at: l.y, from: l.x1, to: l.x2 }))).map((l) => ({ y: l.at, x1: l.from, x2: l.to }));
  const vs = mergeCollinear(v.map((l) => ({ at: l.x, from: l.y1, to: l.y2 }))).map((l) => ({ x: l.at, y1: l.from, y2: l.to }));

  // Borders that touch belong to one table; tables are the connected sets.
  const parent = Array.from({ length: hs.length + vs.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  hs.forEach((hl, i) => {
    vs.forEach((vl, j) => {
      if (vl.x >= hl.x1 - TOL && vl.x <= hl.x2 + TOL && hl.y >= vl.y1 - TOL && hl.y <= vl.y2 + TOL) {
        parent[find(i)] = find(hs.length + j);
      }
    });
  });
  const groups = new Map<number, { h: HLine[]; v: VLine[] }>();
  hs.forEach((l, i) => groupOf(groups, find(i)).h.push(l));
  vs.forEach((l, j) => groupOf(groups, find(hs.length + j)).v.push(l));

  const grids: Grid[] = [];
  for (const g of groups.values()) {
    const grid = buildGrid(g.h, g.v);
    if (grid) grids.push(grid);
  }
  return grids;
}

function groupOf(groups: Map<number, { h: HLine[]; v: VLine[] }>, key: number): { h: HLine[]; v: VLine[] } {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { h: [], v: [] }));
  return g;
}

/** Joins pieces of one border drawn as several strokes (one per cell, in Word's output). */
function mergeCollinear(lines: { at: number; from: number; to: number }[]): { at: number; from: number; to: number }[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: { at: number; from: number; to: number }[] = [];
  for (const l of sorted) {
    const same = out.find((o) => Math.abs(o.at - l.at) <= 1 && l.from <= o.to + TOL && l.to >= o.from - TOL);
    if (same) {
      same.from = Math.min(same.from, l.from);
      same.to = Math.max(same.to, l.to);
    } else out.push({ ...l });
  }
  return out;
}

function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last === undefined || x - last > TOL) out.push(x);
  }
  return out;
}

function buildGrid(h: HLine[], v: VLine[]): Grid | undefined {
  const xs = cluster(v.map((l) => l.x));
  const ys = cluster(h.map((l) => l.y));
  // Word leaves out the bottom border of a table's last row on a page when the table goes on
  // over the page break (and the top one on the next page): the column borders still reach
  // down there, so the missing edge is where they end.
  extendEdges(ys, minOf(v.map((l) => l.y1)), maxOf(v.map((l) => l.y2)));
  extendEdges(xs, minOf(h.map((l) => l.x1)), maxOf(h.map((l) => l.x2)));
  // Fewer than two columns is a frame around text, not a table.
  if (xs.length < 3 || ys.length < 2) return undefined;
  const nc = xs.length - 1;
  const nr = ys.length - 1;
  const anchor = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => {
    while (anchor[i] !== i) i = anchor[i] = anchor[anchor[i]!]!;
    return i;
  };
  // The root of a merged cell is always its smallest index, i.e. its top-left cell.
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) anchor[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nr; r++) {
    const midY = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c < nc; c++) {
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      const hasRight = v.some((l) => Math.abs(l.x - xs[c + 1]!) <= TOL && l.y1 <= midY && l.y2 >= midY);
      if (c + 1 < nc && !hasRight) union(r * nc + c, r * nc + c + 1);
      const hasBelow = h.some((l) => Math.abs(l.y - ys[r + 1]!) <= TOL && l.x1 <= midX && l.x2 >= midX);
      if (r + 1 < nr && !hasBelow) union(r * nc + c, (r + 1) * nc + c);
    }
  }
  for (let i = 0; i < anchor.length; i++) anchor[i] = find(i);
  // One merged cell over everything is a box drawn around text.
  if (anchor.every((a) => a === 0)) return undefined;
  return { xs, ys, h, v, anchor };
}

/** Adds a boundary where the crossing borders run on well past the outermost one. */
function extendEdges(bounds: number[], min: number, max: number): void {
  if (bounds.length === 0) return;
  if (bounds[0]! - min > 3 * TOL) bounds.unshift(min);
  if (max - bounds[bounds.length - 1]! > 3 * TOL) bounds.push(max);
}

export const gridBox = (g: Grid): Box => ({
  left: g.xs[0]!,
  right: g.xs[g.xs.length - 1]!,
  top: g.ys[0]!,
  bottom: g.ys[g.ys.length - 1]!,
});

/** The cell (row-major index) containing the point, or -1 outside the grid. */
export function cellAt(g: Grid, x: number, y: number): number {
  const c = slot(g.xs, x);
  const r = slot(g.ys, y);
  return c < 0 || r < 0 ? -1 : r * (g.xs.length - 1) + c;
}

function slot(bounds: number[], p: number): number {
  if (p < bounds[0]! - 1 || p > bounds[bounds.length - 1]! + 1) return -1;
  for (let i = 1; i < bounds.length; i++) if (p <= bounds[i]!) return i - 1;
  return bounds.length - 2;
}

/**
 * Splits a fragment that runs across a column border: when cells are narrow, pdf.js merges
 * their text into one item ("12 0"). Character positions are estimated from their widths.
 */
export function splitAtColumns(g: Grid, f: Fragment): Fragment[] {
  if (f.vertical || f.str.length < 2) return [f];
  const cy = centerY(f);
  const cuts = g.v
    .filter((l) => l.x > f.left + 0.25 * f.size && l.x < f.right - 0.25 * f.size && l.y1 <= cy && l.y2 >= cy)
    .map((l) => l.x)
    .sort((a, b) => a - b);
  if (cuts.length === 0) return [f];
  const chars = Array.from(f.str);
  const weights = chars.map((ch) => (/[\u2e80-\uffef\u201c\u201d]/.test(ch) ? 1 : 0.5));
  const total = weights.reduce((a, b) => a + b, 0);
  const scale = (f.right - f.left) / total;
  const edges = [f.left];
  for (const w of weights) edges.push(edges[edges.length - 1]! + w * scale);
  const pieces: Fragment[] = [];
  let start = 0;
  for (const x of [...cuts, Infinity]) {
    let end = chars.length;
    if (x !== Infinity) {
      end = start;
      while (end < chars.length && edges[end + 1]! <= x + 0.25 * scale) end++;
    }
    const str = chars.slice(start, end).join("");
    if (str.trim()) pieces.push({ ...f, str: str.trim(), left: edges[start]!, right: edges[end]! });
    start = end;
  }
  return pieces.length > 0 ? pieces : [f];
}

/**
 * The table as text: one line per grid row, cells joined by tabs, a merged cell's text at its
 * top-left position and "" at the positions it covers. Rows with no text are left out.
 */
export function gridRows(g: Grid, cells: Map<number, Fragment[]>): string[] {
  const nc = g.xs.length - 1;
  const nr = g.ys.length - 1;
  const rows: string[] = [];
  for (let r = 0; r < nr; r++) {
    const line: string[] = [];
    for (let c = 0; c < nc; c++) {
      const i = r * nc + c;
      line.push(g.anchor[i] === i ? cellText(cells.get(i) ?? []) : "");
    }
    if (line.some((s) => s !== "")) rows.push(line.join("\t"));
  }
  return rows;
}

/** A cell's text on one line: its wrapped lines joined, without spaces between Chinese characters. */
function cellText(fragments: Fragment[]): string {
  let text = "";
  for (const line of groupLines(fragments)) {
    let lineStr = "";
    let prev: Fragment | undefined;
    for (const f of line) {
      lineStr = joinText(lineStr, f.str, prev !== undefined && f.left - prev.right > 0.2 * Math.min(f.size, prev.size));
      prev = f;
    }
    text = joinText(text, lineStr, false);
  }
  return text.replace(/\s+/g, " ").trim();
}

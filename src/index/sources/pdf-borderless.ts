/**
 * Table rows from text positions alone, for tables drawn without borders (or with borders this
 * reader cannot see). A row is anchored by its line of figures. Label pieces on lines of their
 * own between two rows are gathered into column chains; a chain whose nearest row has nothing
 * at that column is that row's wrapped label (numbers sit vertically centred in their row), and
 * a chain next to rows that have labels only further right is a group label (“（三）不予公开”,
 * or “三、本年度办理结果” one character per line), put on the first row of the rows it spans.
 * Without borders, where one group ends and the next begins is inferred from their centres:
 * this is the fallback; the ruled path in pdf-grid.ts is exact.
 */
import { centerY, isNumber, joinText, lineCells, type Box, type Fragment, type TextCell } from "./pdf-geometry.ts";
import { maxOf, minOf } from "../min-max.ts";

export interface TextLine extends Box {
  text: string;
  size: number;
}

interface Line extends Box {
  items: Fragment[];
  size: number;
  cy: number;
  /** Left edge of the first figure, for lines that are table rows. */
  numLeft: number;
  anchor: boolean;
  orphan: boolean;
  attached: Fragment[];
}

/** A row is never taller than this many font sizes; anchors farther apart are separate tables. */
const MAX_ROW_SPAN = 8;

export function borderlessLines(groups: Fragment[][]): TextLine[] {
  const lines = groups.map(toLine);
  const anchors = lines.filter((l) => l.anchor);
  markOrphans(lines);
  const columns = takeColumnLabels(lines);
  const chains = orphanChains(lines, anchors);
  const labels = [...chains, ...columns];
  const groupLabels: { label: Fragment; near: number }[] = [];
  // Wrapped labels first: a row whose label is all on lines of its own has a label too.
  for (const label of labels) {
    const near = nearestAnchor(anchors, label);
    if (near < 0) continue;
    const row = anchors[near]!;
    const own = [...row.items, ...row.attached].filter((f) => f.right <= row.numLeft && !isNumber(f.str));
    if (own.length === 0 || own.some((f) => overlapsX(f, label))) row.attached.push(label);
    else groupLabels.push({ label, near });
  }
  placeGroupLabels(anchors, groupLabels);
  const placed = new Set(anchors.flatMap((a) => a.attached));
  const out = lines.filter((l) => !l.orphan && (l.items.length > 0 || l.attached.length > 0)).map(render);
  // Whatever found no row stays a line of its own: text is never dropped.
  for (const f of labels.filter((l) => !placed.has(l))) out.push({ text: f.str, size: f.size, left: f.left, right: f.right, top: f.top, bottom: f.bottom });
  return out.sort((a, b) => a.top - b.top);
}

const overlapsX = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right;

function toLine(items: Fragment[]): Line {
  const cells = lineCells(items);
  const figures = cells.filter((c) => c.numeric);
  const top = minOf(items.map((f) => f.top));
  const bottom = maxOf(items.map((f) => f.bottom));
  return {
    items,
    size: maxOf(items.map((f) => f.size)),
    left: minOf(items.map((f) => f.left)),
    right: maxOf(items.map((f) => f.right)),
    top,
    bottom,
    cy: (top + bottom) / 2,
    numLeft: figures[0]?.left ?? Infinity,
    // Two figures, or a label then a figure across a gap: a table row.
    anchor: figures.length >= 2 || (figures.length === 1 && cells[0] !== figures[0]),
    orphan: false,
    attached: [],
  };
}

/** Lines between two row anchors that lie wholly left of the figures: pieces of labels. */
function markOrphans(lines: Line[]): void {
  let prev = -1;
  lines.forEach((line, i) => {
    if (!line.anchor) return;
    if (prev >= 0) {
      const a = lines[prev]!;
      const zone = Math.min(a.numLeft, line.numLeft) - 0.3 * line.size;
      const between = lines.slice(prev + 1, i);
      if (line.top - a.bottom <= MAX_ROW_SPAN * line.size && between.every((l) => l.right <= zone)) {
        for (const l of between) l.orphan = true;
      }
    }
    prev = i;
  });
}

/** One fragment standing for several joined top to bottom. */
function joined(fs: Fragment[]): Fragment {
  return {
    str: fs.reduce((s, f) => joinText(s, f.str.trim(), false), ""),
    size: fs[0]!.size,
    vertical: fs.length > 1,
    left: minOf(fs.map((f) => f.left)),
    right: maxOf(fs.map((f) => f.right)),
    top: minOf(fs.map((f) => f.top)),
    bottom: maxOf(fs.map((f) => f.bottom)),
  };
}

/**
 * Group labels down the left of the rows: pieces in one column, a line or two apart, taken
 * from label-only lines and from the front of rows (a row's cells left of its own label).
 * “三、⏎本⏎年⏎度…” printed one character per line shares some baselines with rows, and a
 * two-line “（五）不⏎予处理” may sit wholly on two rows' lines.
 */
function takeColumnLabels(lines: Line[]): Fragment[] {
  const candidates: { f: Fragment; line: Line; inRow: boolean }[] = [];
  for (const line of lines) {
    if (line.orphan) for (const f of line.items) candidates.push({ f, line, inRow: false });
    if (line.anchor) {
      const labels = lineCells([...line.items].sort((a, b) => a.left - b.left)).filter((c) => !c.numeric && c.right <= line.numLeft);
      for (const cell of labels.slice(0, -1)) {
        for (const f of line.items) if (f.left >= cell.left && f.right <= cell.right) candidates.push({ f, line, inRow: true });
      }
    }
  }
  candidates.sort((a, b) => a.f.left - b.f.left || a.f.top - b.f.top);
  const labels: Fragment[] = [];
  const used = new Set<Fragment>();
  for (const start of candidates) {
    if (used.has(start.f)) continue;
    const column = candidates
      .filter((c) => !used.has(c.f) && Math.abs(c.f.left - start.f.left) <= 0.5 * start.f.size)
      .sort((a, b) => a.f.top - b.f.top);
    let run: typeof column = [];
    const flush = (): void => {
      // Two label-only lines are more often one row's wrapped label: left to orphanChains.
      if (run.length >= 3 || (run.length === 2 && run.some((c) => c.inRow))) {
        for (const c of run) {
          used.add(c.f);
          c.line.items = c.line.items.filter((f) => f !== c.f);
        }
        labels.push(joined(run.map((c) => c.f)));
      }
      run = [];
    };
    for (const c of column) {
      const last = run[run.length - 1];
      if (last && centerY(c.f) - centerY(last.f) > 2.5 * c.f.size) flush();
      run.push(c);
    }
    flush();
  }
  return labels;
}

/**
 * The remaining pieces on orphan lines, joined into chains down a column: the lines of one
 * cell, close together and not separated by a row with text in that column.
 */
function orphanChains(lines: Line[], anchors: Line[]): Fragment[] {
  const pieces = lines.filter((l) => l.orphan).flatMap((l) => l.items);
  for (const l of lines) if (l.orphan) l.items = [];
  pieces.sort((a, b) => a.top - b.top || a.left - b.left);
  const chains: Fragment[][] = [];
  for (const f of pieces) {
    const chain = chains.find((c) => {
      const last = c[c.length - 1]!;
      if (!overlapsX(last, f) || f.top - last.bottom > 1.5 * f.size) return false;
      return !anchors.some((a) => a.cy > last.bottom && a.cy < f.top && a.items.some((g) => overlapsX(g, f)));
    });
    if (chain) chain.push(f);
    else chains.push([f]);
  }
  return chains.map(joined);
}

function nearestAnchor(anchors: Line[], box: Box): number {
  const y = centerY(box);
  let best = -1;
  anchors.forEach((a, i) => {
    if (Math.abs(a.cy - y) > MAX_ROW_SPAN * a.size) return;
    if (best < 0 || Math.abs(a.cy - y) < Math.abs(anchors[best]!.cy - y)) best = i;
  });
  return best;
}

/**
 * Each group label spans the run of rows around it that have nothing of their own at its
 * column (left of its right edge). Group labels sharing one run split it half-way between
 * their centres. The label goes on the first row of its part.
 */
function placeGroupLabels(anchors: Line[], groups: { label: Fragment; near: number }[]): void {
  const hasLevel = (a: Line, label: Fragment): boolean =>
    [...a.items, ...a.attached].some((f) => f.left < label.right && f.right <= a.numLeft && !isNumber(f.str));
  const runs = groups.map(({ label, near }) => {
    let start = near;
    let end = near;
    const joins = (i: number, j: number): boolean => anchors[j]!.top - anchors[i]!.bottom <= MAX_ROW_SPAN * anchors[j]!.size;
    while (start > 0 && joins(start - 1, start) && !hasLevel(anchors[start - 1]!, label)) start--;
    while (end < anchors.length - 1 && joins(end, end + 1) && !hasLevel(anchors[end + 1]!, label)) end++;
    return { label, start, end };
  });
  // Inner columns first, so a label further left sees the group labels placed right of it.
  const order = runs.map((run, k) => ({ run, near: groups[k]!.near })).sort((a, b) => b.run.label.left - a.run.label.left);
  for (const { run, near } of order) {
    const c = centerY(run.label);
    const above = runs.filter((r) => r !== run && r.start === run.start && overlapsX(r.label, run.label) && centerY(r.label) < c);
    const limit = Math.max(-Infinity, ...above.map((r) => (centerY(r.label) + c) / 2));
    let first = run.start;
    while (first < run.end && anchors[first]!.cy < limit) first++;
    // Groups are numbered lists: the first row of a group is its item 1 (“1.”, “（一）”), which
    // beats the half-way guess when groups of different sizes meet.
    for (let i = near; i >= run.start; i--) {
      if (FIRST_ITEM.test(labelAfter(anchors[i]!, run.label.right))) {
        first = i;
        break;
      }
    }
    anchors[first]!.attached.push(run.label);
  }
}

const FIRST_ITEM = /^([1１一][.、．，]|[（(][1１一][）)])/;

/** The row's first label to the right of x, as it will be printed (wrapped pieces joined). */
function labelAfter(row: Line, x: number): string {
  return rowCells(row).find((c) => !c.numeric && c.left >= x - 1)?.text ?? "";
}

function render(line: Line): TextLine {
  const cells = rowCells(line);
  const all = [...line.items, ...line.attached];
  return {
    text: cells.map((c) => c.text).join("\t"),
    size: line.size,
    left: minOf(all.map((f) => f.left)),
    right: maxOf(all.map((f) => f.right)),
    top: line.top,
    bottom: line.bottom,
  };
}

function rowCells(line: Line): TextCell[] {
  const cells: TextCell[] = lineCells([...line.items].sort((a, b) => a.left - b.left));
  // Pulled-in label pieces join the label cell above or below them, or stand as their own cell.
  for (const f of [...line.attached].sort((a, b) => a.top - b.top)) {
    const cell = cells.find((c) => !c.numeric && overlapsX(c, f));
    if (cell) {
      cell.text = f.top < cell.top ? joinText(f.str, cell.text, false) : joinText(cell.text, f.str, false);
      cell.left = Math.min(cell.left, f.left);
      cell.right = Math.max(cell.right, f.right);
      cell.top = Math.min(cell.top, f.top);
      cell.bottom = Math.max(cell.bottom, f.bottom);
    } else {
      const at = cells.findIndex((c) => c.left > f.left);
      const added: TextCell = { text: f.str.trim(), numeric: false, left: f.left, right: f.right, top: f.top, bottom: f.bottom };
      cells.splice(at < 0 ? cells.length : at, 0, added);
    }
  }
  return cells;
}

/**
 * Positioned text of a whole PDF → plain text: ruled tables as tab-separated rows (pdf-grid.ts),
 * tables without borders rebuilt from positions (pdf-borderless.ts), the rest as lines in
 * reading order, without page numbers and running heads, and with hard-wrapped paragraph lines
 * joined so that a figure broken over a line end ("答\n复 3050 件") is whole. Each page is laid
 * out on its own: a table that goes on over a page break simply continues with the next page's
 * rows once the page number between them is gone.
 */
import { borderlessLines } from "./pdf-borderless.ts";
import { columnParagraphs, findColumnBands } from "./pdf-columns.ts";
import { centerX, centerY, groupLines, joinText, type Box, type Fragment, type Segment } from "./pdf-geometry.ts";
import { cellAt, findGrids, gridBox, gridRows, splitAtColumns } from "./pdf-grid.ts";
import { maxOf, minOf } from "../min-max.ts";

export interface PageContent {
  width: number;
  height: number;
  fragments: Fragment[];
  segments: Segment[];
}

type Block =
  | ({ kind: "table"; rows: string[] } & Box)
  | ({ kind: "text"; text: string; size: number; column?: { at: number } } & Box);
type TextBlock = Extract<Block, { kind: "text" }>;

export function layoutPages(pages: PageContent[]): string {
  const laid = pages.map(layoutPage);
  removePageFurniture(laid, pages);
  return reflow(laid).join("\n");
}

export function layoutPage(page: PageContent): Block[] {
  const grids = findGrids(page.segments);
  const boxes = grids.map(gridBox);
  const cells = grids.map(() => new Map<number, Fragment[]>());
  const free: Fragment[] = [];
  for (const f of page.fragments) {
    const gi = boxes.findIndex((b) => overlaps(f, b));
    const grid = grids[gi];
    if (!grid) {
      free.push(f);
      continue;
    }
    for (const piece of splitAtColumns(grid, f)) {
      // A vertical label is placed by its first character: a merged cell holds its top.
      const y = piece.vertical ? piece.top + piece.size / 2 : centerY(piece);
      const cell = cellAt(grid, centerX(piece), y);
      if (cell < 0) free.push(piece);
      else {
        const anchor = grid.anchor[cell]!;
        const list = cells[gi]!.get(anchor);
        if (list) list.push(piece);
        else cells[gi]!.set(anchor, [piece]);
      }
    }
  }
  const blocks: Block[] = [];
  grids.forEach((g, gi) => {
    const rows = gridRows(g, cells[gi]!);
    if (rows.length > 0) blocks.push({ kind: "table", rows, ...boxes[gi]! });
  });
  // Narrative in two columns is read column by column (pdf-columns.ts), placed where its band starts.
  const { bands, rest } = findColumnBands(free, boxes);
  for (const line of borderlessLines(groupLines(rest))) {
    if (line.text) blocks.push({ kind: "text", ...line });
  }
  for (const band of bands) {
    columnParagraphs(band).forEach((p, i) => {
      if (p.text) blocks.push({ kind: "text", ...p, column: { at: band.top + i * 1e-3 } });
    });
  }
  const at = (b: Block) => (b.kind === "text" && b.column ? b.column.at : b.top);
  return blocks.sort((a, b) => at(a) - at(b) || a.left - b.left);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** Page margins as a share of the page height: where page numbers and running heads live. */
const MARGIN_BAND = 0.08;

/** “-3-”, “- 4 -”, “第 2 页”, “2/10”, “共 5 页 第 1 页”. */
const PAGE_NUMBER = /^[-–—－‒_~·•]*(第?[0-9０-９]{1,4}页?([/／]共?[0-9]{1,4}页?)?|共[0-9]{1,4}页第[0-9]{1,4}页|第[0-9]{1,4}页共[0-9]{1,4}页)[-–—－‒_~·•]*$/;

function removePageFurniture(pages: Block[][], content: PageContent[]): void {
  const inBand = (b: Block, p: number): boolean => {
    const h = content[p]!.height;
    const cy = centerY(b);
    return cy < h * MARGIN_BAND || cy > h * (1 - MARGIN_BAND);
  };
  // Running heads/feet: the same text (page numbers aside) in the margin of most pages.
  const key = (t: string): string => t.replace(/\s+/g, "").replace(/[0-9]+/g, "#");
  const seen = new Map<string, Set<number>>();
  pages.forEach((blocks, p) => {
    for (const b of blocks) {
      if (b.kind !== "text" || !inBand(b, p)) continue;
      const k = key(b.text);
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(p);
    }
  });
  const repeated = (k: string): boolean => pages.length >= 3 && (seen.get(k)?.size ?? 0) >= Math.max(3, pages.length / 2);

  pages.forEach((blocks, p) => {
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    const kept = blocks.filter((b) => {
      if (b.kind !== "text" || !inBand(b, p)) return true;
      const compact = b.text.replace(/\s+/g, "");
      if (repeated(key(b.text))) return false;
      if (!PAGE_NUMBER.test(compact)) return true;
      // A bare number is a page number only when nothing lies beyond it on the page.
      return /^[0-9０-９]+$/.test(compact) && b !== first && b !== last;
    });
    blocks.splice(0, blocks.length, ...kept);
  });
}

/** List and heading markers that always start a new paragraph. */
const STARTS_PARAGRAPH = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|第[一二三四五六七八九十0-9]+[章节条部分])/;

/**
 * Lines → output, joining a line to the previous one when the previous one runs to the right
 * margin and this one starts at the left margin without an indent: that is a paragraph
 * hard-wrapped by the layout, not a new paragraph (which Chinese documents indent by two
 * characters) or a heading.
 */
function reflow(pages: Block[][]): string[] {
  const out: string[] = [];
  let open: { block: TextBlock; page: number } | undefined;
  const margins = pages.map(bodyMargins);
  pages.forEach((blocks, p) => {
    for (const b of blocks) {
      if (b.kind === "table") {
        for (const row of b.rows) out.push(row); // not push(...rows): a long table overflows the stack
        open = undefined;
        continue;
      }
      const prev = open;
      if (prev && continues(prev.block, margins[prev.page], b, margins[p], prev.page !== p)) {
        out[out.length - 1] = joinText(out[out.length - 1]!, b.text, false);
      } else out.push(b.text);
      open = { block: b, page: p };
    }
  });
  return out;
}

interface Margins {
  left: number;
  right: number;
  size: number;
}

/** The body text's margins: where lines in the most common font size start and end. */
function bodyMargins(blocks: Block[]): Margins | undefined {
  const text = blocks.filter((b): b is TextBlock => b.kind === "text");
  const bySize = new Map<number, number>();
  for (const b of text) bySize.set(Math.round(b.size), (bySize.get(Math.round(b.size)) ?? 0) + b.text.length);
  const size = [...bySize.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (size === undefined) return undefined;
  const body = text.filter((b) => Math.abs(b.size - size) <= 0.15 * size);
  return { size, left: minOf(body.map((b) => b.left)), right: maxOf(body.map((b) => b.right)) };
}

function continues(a: TextBlock, ma: Margins | undefined, b: TextBlock, mb: Margins | undefined, newPage: boolean): boolean {
  // A column's paragraphs were joined already, by its own margins.
  if (!ma || !mb || a.column || b.column || a.text.includes("\t") || b.text.includes("\t")) return false;
  const size = a.size;
  if (Math.abs(b.size - size) > 0.15 * size || Math.abs(size - ma.size) > 0.15 * ma.size) return false;
  if (a.right < ma.right - 1.2 * size) return false;
  if (b.left > mb.left + 0.5 * size) return false;
  if (!newPage && b.top - a.bottom > 1.2 * size) return false;
  return !STARTS_PARAGRAPH.test(b.text);
}

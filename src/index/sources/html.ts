/**
 * HTML → plain text for the template reader: paragraphs and headings as lines, data tables as
 * one line per <tr> with cells joined by tabs. Spanned cells are expanded into a grid so the
 * numbers of every row stay under the same column position as their header; a spanning cell's
 * text appears once, at its top-left position, and the other covered positions are "".
 */
import { Parser } from "htmlparser2";

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: Node[];
}
type Node = El | string;

/** Elements whose content is never report text. */
const SKIP = new Set([
  "head", "title", "script", "style", "noscript", "template", "svg", "math", "iframe",
  "object", "embed", "canvas", "select", "textarea", "button",
]);

/** Elements that start a new line. */
const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
  "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
  "form", "fieldset", "address", "figure", "figcaption", "hr", "center", "caption",
  "table", "tr", "td", "th", "thead", "tbody", "tfoot", "body", "html",
]);

/** Report tables have short cells; a cell this long is page layout, not data. */
const LAYOUT_CELL_CHARS = 400;
/** Bounds against absurd spans and nesting in hostile or broken markup. */
const MAX_COLSPAN = 100;
const MAX_COLUMNS = 300;
/** Deeper elements are flattened into their ancestor, so rendering cannot overflow the stack. */
const MAX_DEPTH = 256;

export function htmlToText(html: string): string {
  const out = new Output();
  renderBlock(parse(html), out);
  return out.finish();
}

function parse(html: string): El {
  const root: El = { tag: "#root", attrs: {}, children: [] };
  const stack: El[] = [root];
  let flattened = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (stack.length >= MAX_DEPTH) {
          flattened++;
          return;
        }
        const el: El = { tag: name, attrs, children: [] };
        stack[stack.length - 1]!.children.push(el);
        stack.push(el);
      },
      // htmlparser2 reports every element closed, implied ones and void elements included,
      // so the stack mirrors its view of the tree.
      onclosetag() {
        if (flattened > 0) flattened--;
        else if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        stack[stack.length - 1]!.children.push(text);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeCDATA: false },
  );
  parser.write(html);
  parser.end();
  return root;
}

function hidden(el: El): boolean {
  return SKIP.has(el.tag) || "hidden" in el.attrs || /display\s*:\s*none/i.test(el.attrs.style ?? "");
}

/** Collects lines; inline text accumulates until a block boundary ends the line. */
class Output {
  private lines: string[] = [];
  private inline = "";
  text(s: string): void {
    this.inline += s;
  }
  /** A line that must be kept verbatim (a table row: tabs and empty cells matter). */
  raw(line: string): void {
    this.break();
    this.lines.push(line);
  }
  break(): void {
    const line = collapse(this.inline);
    if (line) this.lines.push(line);
    this.inline = "";
  }
  finish(): string {
    this.break();
    return this.lines.join("\n");
  }
}

/** Whitespace (incl. &nbsp; and the ideographic space used for indents) → one space, trimmed. */
function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function renderBlock(el: El, out: Output): void {
  for (const child of el.children) {
    if (typeof child === "string") {
      out.text(child);
      continue;
    }
    if (hidden(child)) continue;
    if (child.tag === "br") {
      out.break();
      continue;
    }
    if (child.tag === "table") {
      renderTable(child, out);
      continue;
    }
    const block = BLOCK.has(child.tag);
    if (block) out.break();
    renderBlock(child, out);
    if (block) out.break();
  }
}

interface Cell {
  el: El;
  colspan: number;
  rowspan: number;
}

function renderTable(table: El, out: Output): void {
  const rows = tableRows(table);
  const cells = rows.flat();
  // A loop, not Math.max(...rows): 150 000 arguments overflow the stack.
  const columns = rows.reduce((m, r) => Math.max(m, r.reduce((n, c) => n + c.colspan, 0)), 0);
  // Government pages nest the whole article in layout tables; flattening those into one
  // tab-separated line would destroy the report, so they are read as ordinary blocks.
  const layout =
    columns <= 1 || cells.some((c) => contains(c.el, "table") || cellText(c.el).length > LAYOUT_CELL_CHARS);
  if (layout) {
    out.break();
    renderBlock(table, out);
    out.break();
    return;
  }
  const caption = table.children.find((c): c is El => typeof c !== "string" && c.tag === "caption");
  if (caption) out.raw(cellText(caption));
  for (const line of gridLines(rows)) out.raw(line);
}

/** The <tr>s of this table in document order, not those of nested tables. */
function tableRows(table: El): Cell[][] {
  const rows: Cell[][] = [];
  const visit = (el: El): void => {
    for (const child of el.children) {
      if (typeof child === "string" || hidden(child)) continue;
      if (child.tag === "tr") rows.push(rowCells(child));
      else if (child.tag === "thead" || child.tag === "tbody" || child.tag === "tfoot") visit(child);
    }
  };
  visit(table);
  return rows;
}

function rowCells(tr: El): Cell[] {
  const cells: Cell[] = [];
  for (const child of tr.children) {
    if (typeof child === "string" || (child.tag !== "td" && child.tag !== "th")) continue;
    if (hidden(child)) continue;
    cells.push({
      el: child,
      colspan: Math.min(MAX_COLSPAN, spanAttr(child.attrs.colspan, 1)),
      rowspan: spanAttr(child.attrs.rowspan, 1),
    });
  }
  return cells;
}

/** colspan/rowspan as browsers read them: leading integer; rowspan="0" means "to the end". */
function spanAttr(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? "", 10);
  if (!Number.isFinite(n) || n < 0) return fallback;
  return n;
}

function gridLines(rows: Cell[][]): string[] {
  const grid: (string | undefined)[][] = rows.map(() => []);
  /** The columns where a row's own cells start (not those spanning cells from above cover). */
  const own: number[][] = rows.map(() => []);
  /** Each position's cell text, a spanning cell's at every position it covers. */
  const under: string[][] = rows.map(() => []);
  rows.forEach((cells, r) => {
    const line = grid[r]!;
    let c = 0;
    for (const cell of cells) {
      while (line[c] !== undefined) c++;
      if (c >= MAX_COLUMNS) break;
      const text = cellText(cell.el);
      const rowspan = cell.rowspan === 0 ? rows.length - r : Math.min(cell.rowspan || 1, rows.length - r);
      const colspan = Math.max(1, Math.min(cell.colspan, MAX_COLUMNS - c));
      own[r]!.push(c);
      for (let dr = 0; dr < rowspan; dr++) {
        const target = grid[r + dr]!;
        for (let dc = 0; dc < colspan; dc++) {
          target[c + dc] = dr === 0 && dc === 0 ? text : "";
          under[r + dr]![c + dc] = text;
        }
      }
      c += colspan;
    }
  });
  // A row of empty cells right under a header row that names each of their columns (表三's one
  // row of fifteen under 结果维持 … 总计, a report with no case that leaves its zeros blank) is kept
  // as a line of tabs, so that its cells stay cells; other rows with no text are dropped.
  const underHeader = (r: number) => {
    const above = under[r - 1];
    const cols = own[r] ?? [];
    return !!above && cols.length >= 2 && cols.every((c) => !!above[c] && !/\d/.test(above[c]!));
  };
  return grid
    .map((line) => Array.from(line, (cell) => cell ?? ""))
    .filter((line, r) => line.some((cell) => cell !== "") || underHeader(r))
    .map((line) => line.join("\t"));
}

/** A cell's text on one line: its paragraphs and <br>s become spaces. */
function cellText(el: El): string {
  const parts: string[] = [];
  const visit = (node: El): void => {
    for (const child of node.children) {
      if (typeof child === "string") parts.push(child);
      else if (!hidden(child)) {
        if (child.tag === "br" || BLOCK.has(child.tag)) parts.push(" ");
        visit(child);
        if (BLOCK.has(child.tag)) parts.push(" ");
      }
    }
  };
  visit(el);
  return collapse(parts.join(""));
}

function contains(el: El, tag: string): boolean {
  return el.children.some((c) => typeof c !== "string" && (c.tag === tag || contains(c, tag)));
}

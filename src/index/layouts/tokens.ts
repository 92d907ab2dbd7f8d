/**
 * A table region of text → a stream of label text and numbers, whatever the layout: one cell per
 * line, tab- or pipe-separated cells, space-aligned columns, or everything glued together.
 * Every token keeps its offsets in the source so that a row can be quoted as printed.
 */
import { isPageFurniture, parseCellNumber, splitLines, toHalfWidth, type Line } from "../read/text.ts";
import { csvRecord, isCsvLine, isCsvText, MAX_RECORD, type Cell } from "./csv.ts";
import { readOcrDigits } from "./ocr-digits.ts";

export interface TextTok {
  t: "text";
  s: string;
  start: number;
  end: number;
}
export interface NumTok {
  t: "num";
  value: number;
  /** The digits as printed (used to split glued cells). */
  raw: string;
  unit: string;
  start: number;
  end: number;
  line: number;
  /** Increments at every blank line: values of one column block share a group. */
  group: number;
  /** An empty table cell between numbers, read as 0. */
  blank?: boolean;
  /** Empty cells between the label and the first number on a tab line. */
  leadBlanks?: number;
  /** Empty cells after the last number on a tab line (zeros left blank, or a span's filler). */
  trailBlanks?: number;
  /** An empty cell of space-aligned text, placed by the columns of the table's full rows (read/table2.ts alignedBlanks). */
  aligned?: boolean;
  /** One of the value cells of a tab line whose cells are all printed empty (see TokenizeOptions.rowWidth). */
  emptyRow?: boolean;
  /** Printed with letters OCR puts for digits (“l7” read as 17, layouts/ocr-digits.ts): the text as printed. Its cell is unsure. */
  ocr?: string;
  /** A cell in doubt, and why (a list sentence whose column names are not one each, layouts/listed.ts); NaN: no value could be placed in it. */
  doubt?: string;
}
export type Tok = TextTok | NumTok;

/** A digit run; “1.”/“2、” followed by a non-digit is a list number, part of the label. */
const PIECE = /(\d[\d,]*(?:\.\d+)?)(万元|万条|万件|个|次|件|条|项|万|元)?/g;

export interface TokenizeOptions {
  /**
   * The number of value cells a row of this table has. Cell layouts (tab text, HTML grids, pipe
   * tables) print a row whose zeros were all left blank as its label and empty cells; the last
   * `rowWidth` of them are the row's cells, each read as a blank 0 marked `emptyRow`. Text without
   * cell boundaries (space-aligned, PDF) cannot place a blank and gets none.
   */
  rowWidth?: number;
  /**
   * Table 1's rows differ in width (three columns, or one spanned over the grid's three): a tab line
   * of label text over empty cells gives one blank 0 marked `emptyRow` for every empty cell after
   * its label, and table1.ts takes as many as the item named has columns.
   */
  everyEmptyCell?: boolean;
  /**
   * A dash standing apart at the end of a line of label text (“行政处罚      —”, pdftotext -layout of
   * a one-column table-1 item printed as a dash) is a cell. Not for tables 2 and 3, whose rows have
   * several cells: a lone dash there would be taken into a row built over several lines.
   */
  loneDash?: boolean;
}

export function tokenize(text: string, from: number, to: number, opts: TokenizeOptions = {}): Tok[] {
  const toks: Tok[] = [];
  let group = 0;
  let lineNo = 0;
  const lines = splitLines(text, from, to);
  // Comma-separated cells (a spreadsheet saved as CSV) are decided for the region, not line by
  // line: “1,219” alone is a number with a thousands separator, not two cells.
  const csv = isCsvText(lines.map((l) => l.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    lineNo++;
    const raw = blankMarkup(line.text);
    if (!raw.trim() || isPageFurniture(raw)) {
      group++;
      continue;
    }
    if (/^\s*\|?\s*:?-{3,}/.test(raw)) continue; // markdown table rule
    // Crawler text of web tables: a lone “|” between cells printed one per line (a 2019 page of
    // 安康市), or cells on one line as “规章 | 0 | 0 | 0 | |” without the leading pipe (孝感市).
    if (/^\s*\|\s*$/.test(raw)) continue;
    const sep = raw.includes("\t") ? "\t" : barSeparator(raw);
    if (sep) {
      const cells = splitCells(raw, line.start, sep);
      // “| a | b |”: what follows the closing pipe is not a cell.
      pushCells(toks, cells, sep !== "\t" && raw.trimEnd().endsWith(sep) ? cells.length - 1 : cells.length, lineNo, group, opts.everyEmptyCell ? "all" : opts.rowWidth);
    } else if (csv && isCsvLine(raw)) {
      // A quoted cell may hold line breaks: the record goes on over the lines it takes.
      const { cells, length } = csvRecord(blankMarkup(text.slice(line.start, Math.min(to, line.start + MAX_RECORD))));
      while (i + 1 < lines.length && (lines[i + 1] as Line).start < line.start + length) i++;
      const at = (c: Cell): Cell => ({ s: c.s, start: line.start + c.start, ...(c.quotes ? { quotes: { open: line.start + c.quotes.open, close: line.start + c.quotes.close } } : {}) });
      pushCells(toks, cells.map(at), cells.length, lineNo, group, opts.everyEmptyCell ? "all" : opts.rowWidth);
    } else pushWords(toks, raw, line.start, lineNo, group, opts.loneDash);
  }
  return toks;
}

/**
 * The bar a line's cells are separated by: “| a | b |”, “规章 | 0 | 0 | 0 | |”, or a full-width bar
 * (a WeChat article's table pasted as text, “（一）予以公开：3｜1｜0｜0｜0｜0｜4”). Never a digit run:
 * “1｜0｜7” is three cells.
 */
function barSeparator(raw: string): string | null {
  if (/^\s*\|.*\|\s*$/.test(raw) || /\S\s*\|\s*\S.*\|/.test(raw)) return "|";
  if (/^\s*｜.*｜\s*$/.test(raw) || /\S\s*｜\s*\S.*｜/.test(raw)) return "｜";
  return null;
}

function splitCells(raw: string, base: number, sep: string): Cell[] {
  const cells: Cell[] = [];
  let pos = 0;
  for (const part of raw.split(sep)) {
    cells.push(sep === "\t" ? unquoted(part, base + pos) : { s: part, start: base + pos });
    pos += part.length + 1;
  }
  return cells;
}

/** A spreadsheet's tab-separated text quotes a cell as CSV does (“"1,219"”): the same cell without its quote marks. */
function unquoted(part: string, start: number): Cell {
  const m = /^(\s*)"((?:[^"]|"")*)"\s*$/.exec(part);
  if (!m) return { s: part, start };
  const open = (m[1] ?? "").length;
  const close = open + (m[2] ?? "").length + 1;
  const s = `${part.slice(0, open)} ${(m[2] ?? "").replace(/""/g, ' "')} ${part.slice(close + 1)}`;
  return { s, start, quotes: { open: start + open, close: start + close } };
}

/**
 * Markup that converters leave in cells — line breaks as <br>, &nbsp; in empty cells, **bold**
 * totals — becomes spaces of the same length, so that offsets still point into the source.
 */
function blankMarkup(s: string): string {
  return s.replace(/\f|<\/?(?:br|p|span|strong|b|font)\b[^>]*>|&(?:nbsp|ensp|emsp|#160);|\*\*|__/gi, (m) => " ".repeat(m.length));
}

/**
 * Tab, pipe or comma-separated cells: a cell is a number, or label text; empty cells between
 * numbers are 0. `end`: the cells before it are the row's (a closing pipe is followed by none).
 */
function pushCells(toks: Tok[], cells: Cell[], end: number, line: number, group: number, rowWidth?: number | "all"): void {
  const numeric = cells.some((c) => /[0-9]/.test(toHalfWidth(c.s)));
  const isNum = cells.map((c) => cellNumber(c.s.trim(), numeric) !== null || NONE.test(c.s.trim()));
  const lastText = cells.reduce((acc, c, i) => (c.s.trim() && !isNum[i] ? i : acc), -1);
  const lastNum = isNum.lastIndexOf(true);
  let lead = 0;
  let seenNum = false;
  cells.forEach((c, i) => {
    const s = c.s.trim();
    if (!s) {
      if (i > lastText && !seenNum) lead++;
      else if (seenNum && i < lastNum) toks.push({ t: "num", value: 0, raw: "0", unit: "", start: c.start, end: c.start, line, group, blank: true });
      return;
    }
    if (isNum[i] && i > lastText && NONE.test(s)) {
      toks.push(none(c.start + c.s.indexOf(s), s.length, line, group));
      seenNum = true;
    } else if (isNum[i] && i > lastText) {
      const n = cellNumber(s, numeric);
      if (!n) return;
      // A quoted CSV cell (“"1,219"”) is quoted with its quote marks, as printed.
      const at = c.quotes?.open ?? c.start + c.s.indexOf(s);
      const end = c.quotes ? c.quotes.close + 1 : at + s.length;
      toks.push({ t: "num", value: n.value, raw: n.digits.replace(/[^\d.]/g, ""), unit: n.unit, start: at, end, line, group, ...(!seenNum && lead ? { leadBlanks: lead } : {}), ...(n.ocr ? { ocr: s } : {}) });
      seenNum = true;
    } else pushWords(toks, c.s, c.start, line, group);
  });
  const width = rowWidth === "all" ? end - 1 - lastText : rowWidth;
  if (lastNum < 0 && lastText >= 0 && width && end - 1 - lastText >= width) {
    for (const c of cells.slice(end - width, end)) toks.push({ t: "num", value: 0, raw: "0", unit: "", start: c.start, end: c.start, line, group, blank: true, emptyRow: true });
    return;
  }
  const trail = cells.slice(lastNum + 1).filter((c) => !c.s.trim()).length;
  const last = toks[toks.length - 1];
  if (lastNum >= 0 && trail && last?.t === "num" && last.line === line) last.trailBlanks = trail;
}

/** A cell's number (parseCellNumber), also when OCR put look-alike letters for its digits (“l7”). */
function cellNumber(s: string, numeric: boolean): { value: number; unit: string; digits: string; ocr: boolean } | null {
  const n = parseCellNumber(s);
  if (n) return { ...n, digits: s, ocr: false };
  const read = readOcrDigits(toHalfWidth(s), numeric);
  const m = read.runs.length ? parseCellNumber(read.text) : null;
  return m ? { ...m, digits: read.text, ocr: true } : null;
}

/**
 * A cell printed as a dash or slash (“—”, “-”, “/”) or “无”: nothing to count, read as 0 like an
 * empty cell, and marked blank so that it is never taken for glued digits.
 */
export const NONE = /^(?:[-－—–―/／]{1,3}|无)$/;

function none(start: number, length: number, line: number, group: number): NumTok {
  return { t: "num", value: 0, raw: "0", unit: "", start, end: start + length, line, group, blank: true };
}

/**
 * Whitespace-separated words, each split into label text and digit runs. A dash word is a cell
 * on a line of cells: one with numbers, several dashes, or the dash alone (one cell per line).
 */
function pushWords(toks: Tok[], raw: string, base: number, line: number, group: number, loneDash = false): void {
  const all = [...raw.matchAll(/\S+/g)];
  const dashes = all.filter((w) => NONE.test(w[0])).length;
  const last = all[all.length - 1];
  const apart = loneDash && dashes === 1 && !!last && NONE.test(last[0]) && /\s{2,}$/.test(raw.slice(0, last.index));
  const cells = dashes > 0 && (/\d/.test(raw) || dashes > 1 || all.length === 1 || apart);
  // Look-alike letters alone (“O”, “l”) are cells on a line of numbers, or alone on their line.
  const numeric = /[0-9]/.test(toHalfWidth(raw)) || all.length === 1;
  for (const w of all) {
    if (cells && NONE.test(w[0])) toks.push(none(base + w.index, w[0].length, line, group));
    else splitWord(toks, w[0], base + w.index, line, group, numeric);
  }
}

function splitWord(toks: Tok[], word: string, base: number, line: number, group: number, numeric = false): void {
  const ocr = readOcrDigits(toHalfWidth(word), numeric);
  const half = ocr.text;
  let last = 0;
  PIECE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PIECE.exec(half))) {
    let digits = m[1] ?? "";
    let unit = m[2] ?? "";
    const next = half[m.index + m[0].length] ?? "";
    const prev = half[m.index - 1] ?? "";
    let numbering = "";
    if (!unit && /[.、,，]/.test(digits.slice(-1))) {
      // “1,” or “3.” at the end of the run: punctuation belongs to the label.
      digits = digits.slice(0, -1);
    }
    if (!unit && /^[.、)）]/.test(next) && !/^\.\d/.test(half.slice(m.index + m[0].length))) {
      // A list number (“1.属于…”), possibly glued to the previous row's values (“00000002.其他”).
      numbering = digits.slice(-1);
      digits = digits.slice(0, -1);
    }
    // “(3)”, “第3”, “2023年” are words, not cells; so is a page number glued into collapsed text (“…769-5-法提供”),
    // and a table's number in its caption (“附表2”, “续表3” where a table goes on over a page: no cell of the
    // template's tables is printed after a label ending in 表).
    const pageNumber = /^[-－—–]$/.test(prev) && /^[-－—–]/.test(next) && digits.length <= 3 && !unit;
    const caption = prev === "表" && digits.length <= 2 && !unit;
    if (/[(（第〔[]/.test(prev) || /^[)）年月日号届期]/.test(next) || pageNumber || caption) {
      numbering = digits + numbering + unit;
      digits = "";
      unit = "";
    }
    // A signed count (2019 table 1, 本年增/减): standing alone (“-5”), or glued to the cell before it (“27-5”).
    const alone = m.index === 1 && last === 0 && m[0].length === half.length - 1;
    const glued = m.index >= 2 && last === m.index - 1 && /\d/.test(half[m.index - 2] ?? "");
    const signed = digits !== "" && !numbering && /^[-−－]$/.test(prev) && (alone || glued);
    const pieceStart = signed ? m.index - 1 : m.index;
    if (pieceStart > last) pushText(toks, word.slice(last, pieceStart), base + last);
    if (digits) {
      const clean = digits.replace(/,/g, "");
      const value = signed ? -Number(clean) : Number(clean);
      if (Number.isFinite(value)) {
        const end = m.index + digits.length + unit.length;
        const misread = ocr.runs.find((r) => r.start < end && pieceStart < r.end);
        toks.push({ t: "num", value, raw: signed ? `-${clean}` : clean, unit, start: base + pieceStart, end: base + end, line, group, ...(misread ? { ocr: word.slice(Math.min(pieceStart, misread.start), Math.max(end, misread.end)) } : {}) });
      }
    }
    const numberingStart = m.index + digits.length + (digits ? unit.length : 0);
    last = numberingStart;
    if (numbering) {
      pushText(toks, word.slice(numberingStart, m.index + m[0].length), base + numberingStart);
      last = m.index + m[0].length;
    }
  }
  if (last < word.length) pushText(toks, word.slice(last), base + last);
}

function pushText(toks: Tok[], s: string, start: number): void {
  if (!s) return;
  const prev = toks[toks.length - 1];
  if (prev && prev.t === "text" && prev.end >= start - 1) {
    prev.s += s;
    prev.end = start + s.length;
  } else toks.push({ t: "text", s, start, end: start + s.length });
}

/**
 * Tables saved from a spreadsheet as comma-separated values (RFC 4180): a row is a line of cells
 * split at commas outside quotes; a quoted cell may hold commas (“"1,219"”), doubled quotes and
 * line breaks. The cells go to the same grid reading as tab and pipe rows (tokens.ts): a merged
 * cell is an empty one, zeros left blank are empty cells of their column.
 */

export interface Cell {
  /** The cell as printed, its syntax quotes blanked to spaces so that offsets stay those of the source. */
  s: string;
  start: number;
  /** A quoted cell: where its opening and closing quote marks stand (a quote of the cell includes them). */
  quotes?: { open: number; close: number };
}

/** Longer than this is no table row (whitespace-collapsed text, a report on one line). */
const MAX_ROW = 400;
/** A quoted cell is not left open over more than this many characters or line breaks (a stray quote mark, not a cell). */
const MAX_QUOTED = 300;
const MAX_BREAKS = 4;
/** No record is longer than this: the text a caller needs to pass to csvRecord. */
export const MAX_RECORD = MAX_ROW + MAX_QUOTED;

/**
 * Whether a table region's text is comma-separated: at least two of its lines are rows of cells
 * by what no other layout prints — an empty cell (“,,”), a quoted cell, or a comma that cannot
 * be a thousands separator (“规章,0,0,16”; “1,219 0 53” is space-separated text).
 */
export function isCsvText(lines: string[]): boolean {
  let rows = 0;
  for (const l of lines) if (looksLikeRow(l) && ++rows >= 2) return true;
  return false;
}

/** A line read as comma-separated cells in a region isCsvText says is so (one without a comma is one cell, or opens a quoted one). */
export function isCsvLine(line: string): boolean {
  return line.length <= MAX_ROW && !line.includes("\t");
}

function looksLikeRow(line: string): boolean {
  if (!isCsvLine(line) || !line.includes(",")) return false;
  const { cells } = csvRecord(line.trimEnd());
  if (cells.length < 2) return false;
  const values = cells.slice(1).some((c) => !c.s.trim() || /^\s*[+-]?\d[\d,]*(?:\.\d+)?\s*$/.test(c.s));
  const quoted = /(^|,)\s*"/.test(line);
  const empty = cells.some((c) => !c.s.trim());
  // A comma between a digit and exactly three digits may be a thousands separator: not a sign alone.
  const plainComma = [...line.matchAll(/,/g)].some((m) => !(/\d/.test(line[m.index - 1] ?? "") && /^\d{3}(?!\d)/.test(line.slice(m.index + 1))));
  return values && (quoted || empty || plainComma);
}

/**
 * The record at the start of `s`: its cells and the length it takes (a quoted cell may run over
 * line breaks; the record ends at the first line break outside quotes). A quote left open is
 * read as a plain character, the record as the first line alone.
 */
export function csvRecord(s: string): { cells: Cell[]; length: number } {
  return parse(s, true) ?? (parse(s, false) as { cells: Cell[]; length: number });
}

function parse(s: string, withQuotes: boolean): { cells: Cell[]; length: number } | null {
  const cells: Cell[] = [];
  let buf = "";
  let start = 0;
  let open = -1;
  let quotes: Cell["quotes"];
  let breaks = 0;
  let i = 0;
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (open >= 0) {
      if (i - open > MAX_QUOTED || (c === "\n" && ++breaks > MAX_BREAKS)) return null;
      if (c !== '"') buf += c;
      else if (s[i + 1] === '"') {
        buf += ' "'; // "" is one quote mark: the first of the two blanked
        i++;
      } else {
        buf += " ";
        quotes = { open, close: i };
        open = -1;
      }
    } else if (c === '"' && withQuotes && !buf.trim()) {
      buf += " ";
      open = i;
    } else if (c === ",") {
      cells.push({ s: buf, start, ...(quotes ? { quotes } : {}) });
      buf = "";
      start = i + 1;
      quotes = undefined;
    } else if (c === "\n") break;
    else buf += c;
  }
  if (open >= 0) return null;
  cells.push({ s: buf, start, ...(quotes ? { quotes } : {}) });
  return { cells, length: i };
}

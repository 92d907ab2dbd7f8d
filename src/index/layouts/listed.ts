/**
 * Tables written out as text lists: each row a sentence, each value printed after the name of its
 * column — “一、本年新收政府信息公开申请数量：自然人47件，商业企业6件，…，其他0件，总计53件。”,
 * “行政规范性文件：本年制发4件，本年废止1件，现行有效10件。”, “1. 行政复议：结果维持2件，…，总计4件。”
 * Such a sentence becomes what a grid row is for the table readers: its label, then its values in
 * the template's column order — each value put in the column its own name says, never by its
 * place, so a column printed out of order or without its name never shifts a value into another.
 * A sentence whose names do not give every column of its row exactly one value leaves those columns
 * unread (NaN) and the row's other cells in doubt: a value is never put in a column by guess.
 */
import type { NumTok, TextTok, Tok } from "./tokens.ts";
import { squash } from "../read/text.ts";

export interface ListColumn {
  id: string;
  /** The names the column is printed with (whitespace removed, half-width). */
  names: readonly string[];
}

export interface ListSpec {
  /** The template row (table-1 item, table-3 group) a sentence's label names, or null. Called in printed order. */
  row(label: string): string | null;
  /** That row's columns, in the template's order. */
  columns(row: string): readonly ListColumn[];
  /** Fewer values bound by name than this: not a list sentence (a stray “自然人3件” in a narrative line). */
  minCells: number;
  /** Table 3 is read by position only: its rows, when all are listed, are given in this order. */
  order?: readonly string[];
}

interface Sentence {
  start: number;
  end: number;
  toks: Tok[];
}

/** What stands between a column's name and the text before it. */
const BEFORE_NAME = /[，,、：:；;（）()“”"\s]/;

/**
 * The region's tokens with every list sentence replaced by its label and its values in column
 * order. Text that is not written as lists comes back unchanged.
 */
export function listsAsRows(text: string, toks: Tok[], spec: ListSpec): Tok[] {
  const sentences = split(text, toks);
  const rows: { at: number; id: string; toks: Tok[] }[] = [];
  const out: Tok[] = [];
  let lists = 0;
  for (const s of sentences) {
    const read = readSentence(text, s, spec);
    if (!read) {
      // as tokenized (a text token cut at a sentence's end aside)
      out.push(...s.toks.map((t) => (t.t === "text" ? (whole.get(t) ?? t) : t)));
      continue;
    }
    lists++;
    if (spec.order) rows.push({ at: out.length, id: read.id, toks: read.toks });
    else out.push(...read.toks);
  }
  if (!lists) return toks;
  if (!spec.order) return out;
  // Rows read by position: put in template order, where the first of them stood.
  const order = spec.order;
  const sorted = [...rows].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const first = rows[0]?.at ?? out.length;
  return [...out.slice(0, first), ...sorted.flatMap((r) => r.toks), ...out.slice(first)];
}

/** Pieces that are a whole text token: the token itself is given back where no list is read. */
const whole = new WeakMap<Tok, TextTok>();

/** Tokens split where a sentence or a line ends (a text token holding the end is cut there). */
function split(text: string, toks: Tok[]): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence | null = null;
  const add = (t: Tok) => {
    cur ??= { start: t.start, end: t.end, toks: [] };
    cur.toks.push(t);
    cur.end = t.end;
  };
  const close = () => {
    if (cur) out.push(cur);
    cur = null;
  };
  for (const t of toks) {
    const last: Tok | undefined = cur ? (cur as Sentence).toks[(cur as Sentence).toks.length - 1] : undefined;
    if (last && text.slice(last.end, t.start).includes("\n")) close();
    if (t.t === "num") {
      add(t);
      continue;
    }
    // A text token may run over a line break or a sentence end: cut it there.
    const raw = text.slice(t.start, t.end);
    let from = 0;
    // (a sentence ends at 。 or ；, or with its line)
    for (const m of raw.matchAll(/[。；;]|\n/g)) {
      const at = m.index + m[0].length;
      if (at > from) add(piece(text, t.start + from, t.start + at));
      close();
      from = at;
    }
    if (from === 0) {
      const p = piece(text, t.start, t.end);
      whole.set(p, t);
      add(p);
    } else if (from < raw.length) add(piece(text, t.start + from, t.end));
  }
  close();
  return out;
}

function piece(text: string, start: number, end: number): TextTok {
  return { t: "text", s: text.slice(start, end).replace(/\s+/g, ""), start, end };
}

/** A sentence of a list: its label token and its values in column order; null when it is not one. */
function readSentence(text: string, s: Sentence, spec: ListSpec): { id: string; toks: Tok[] } | null {
  const bound: { num: NumTok; name: string }[] = [];
  let since = s.start;
  for (const t of s.toks) {
    if (t.t !== "num") continue;
    // The name printed right before the value (a value with none is no cell of the list).
    const name = squash(text.slice(since, t.start)).split(BEFORE_NAME).pop() ?? "";
    since = t.end;
    if (name) bound.push({ num: t, name });
  }
  const first = bound[0];
  if (!first || bound.length < spec.minCells) return null;
  const labelEnd = nameStartIn(text, s.start, first.num.start, first.name);
  const label = labelEnd === null ? "" : squash(text.slice(s.start, labelEnd));
  const id = label ? spec.row(label) : null;
  if (!id || labelEnd === null) return null;
  const columns = spec.columns(id);
  const columnOf = (name: string) => columns.find((c) => c.names.includes(name) || c.names.some((n) => name === `其中${n}`));
  // The first value must be a cell of the row its label names, and enough of them: else this is
  // no list sentence (“全年收到申请47件，其中自然人30件…” in a narrative line).
  if (!columnOf(first.name) || bound.filter((b) => columnOf(b.name)).length < spec.minCells) return null;
  const byColumn = new Map<string, NumTok[]>();
  for (const b of bound) {
    const col = columnOf(b.name);
    if (col) byColumn.set(col.id, [...(byColumn.get(col.id) ?? []), b.num]);
  }
  const labelTok: TextTok = { t: "text", s: text.slice(s.start, labelEnd).replace(/\s+/g, ""), start: s.start, end: labelEnd };
  // A column named once: its value. A name missing (a value printed without it) or printed twice: that
  // column is not read, and the row's other values, though each is where its name puts it, cannot be
  // checked by the row's sum: all of the row's cells are in doubt.
  const odd = columns.filter((c) => byColumn.get(c.id)?.length !== 1);
  const doubt = odd.length ? `这一行以文字列出，其中${odd.map((c) => `“${c.names[0]}”`).join("、")}的栏目名缺失或重复，该栏未读取；其余各栏按栏目名读取，但无法用行内之和核对` : undefined;
  const cells = columns.map((c): NumTok => {
    const own = byColumn.get(c.id);
    if (own?.length === 1) return { ...(own[0] as NumTok), ...(doubt ? { doubt } : {}) };
    return { t: "num", value: NaN, raw: "", unit: "", start: labelEnd, end: labelEnd, line: first.num.line, group: first.num.group, doubt: doubt as string };
  });
  return { id, toks: [labelTok, ...cells] };
}

/** Where the column name printed just before `numAt` starts (whitespace may stand inside it). */
function nameStartIn(text: string, from: number, numAt: number, name: string): number | null {
  for (let at = numAt - 1; at >= from; at--) {
    if (squash(text.slice(at, numAt)) === name) return at;
    if (squash(text.slice(at, numAt)).length > name.length) return null;
  }
  return null;
}

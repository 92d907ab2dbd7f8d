/**
 * Table 1 (主动公开政府信息情况): blocks headed 第二十条第（X）项, each with its items and columns.
 * Within a block the numbers fill the items in template order when their count fits exactly —
 * PDF text may print a value before its label (hongze-2023: “本年处理决定数量 550 行政许可”) —
 * otherwise each item takes the numbers printed after its label.
 */
import { ocrReason } from "../layouts/ocr-digits.ts";
import { rowQuoteStart } from "../layouts/quote-span.ts";
import { splitBudget, splitGlued, toEntries, type Entry, type RowRule, type SplitBudget } from "../layouts/rows.ts";
import type { NumTok, Tok } from "../layouts/tokens.ts";
import { mark, markRow, type Readings } from "../readings.ts";
import type { Span, Table } from "../schema.ts";
import { table1Items, type Table1ItemDef, type TemplateId } from "../template.ts";
import type { ListSpec } from "../layouts/listed.ts";
import { PRINTED_BLANK, PRINTED_NONE } from "./table3-cells.ts";
import { splitLines, squash, toHalfWidth } from "./text.ts";

type Event = { k: "clause"; clause: string } | { k: "header" } | { k: "item"; item: Table1ItemDef; start: number; end: number } | { k: "num"; num: NumTok };

/** The words of table 1's header rows (信息内容 and the column names). */
const HEADER = /信息内容|制发件数|废止件数|现行有效|新制作数量|新公开数量|对外公开总数|项目数量|处理决定数量|收费金额|采购项目/;

/**
 * 第二十条第（X）项, also when the extraction (OCR) garbled part of it: “第（X）” or “（X）项” is
 * enough, and a numeral that is not one is the next paragraph in template order.
 */
const CLAUSE = /第\(([^()\s]{1,2})\)项?|\(([^()\s]{1,2})\)项/g;
const NUMERAL = /^[一二三四五六七八九十]+$/;

export interface Table1Result {
  table: Table;
  spans: Record<string, Span>;
  warnings: string[];
  /** Cells not read plainly; see ReadHowSchema. */
  readings: Readings;
}

/**
 * `othersRead`: table 2 or 3 holds a figure. An item printed with every cell empty is read as 0s
 * only when the report is filled in: table 1 prints a figure somewhere, or another table does.
 */
export function readTable1(text: string, toks: Tok[], template: TemplateId, othersRead = false): Table1Result {
  const items = table1Items(template);
  const events: Event[] = [];
  const warnings: string[] = [];
  const readings: Readings = {};
  const budget = splitBudget();
  // Empty rows are 0s in a filled-in report that leaves its zeros blank: one that prints a 0 as “0”
  // (杨林镇 2023: “政府集中采购 | 0 | 0”, rows of 行政许可 … left empty) did not fill those rows in.
  const zerosBlank = (othersRead || toks.some((t) => t.t === "num" && !t.blank)) && !toks.some((t) => t.t === "num" && !t.blank && t.value === 0);
  const unfilled = new Set<string>();
  for (const e of toEntries(toks)) {
    const labelled = e.label ? labelEvents(e.label.text, e.label.start, e.label.end, items) : [];
    events.push(...labelled);
    const entry = { ...e, nums: emptyRowCells(text, e, labelled, zerosBlank, unfilled) };
    for (const n of padBlanks(unglue(entry, labelled, warnings, budget, readings), labelled)) events.push({ k: "num", num: n });
  }
  const table: Table = Object.fromEntries(items.map((i) => [i.id, null]));
  const spans: Record<string, Span> = {};

  const blocks = splitBlocks(events, items);
  for (const block of blocks) {
    const named = items.filter((i) => block.some((ev) => ev.k === "item" && ev.item.id === i.id));
    const nums = block.flatMap((ev) => (ev.k === "num" ? [ev.num] : []));
    // A label the extraction garbled (OCR) or lost: when the numbers fill exactly the items the
    // template prints under this 第二十条 paragraph, they are those items, in template order.
    const clause = clauseOf(block);
    const printed = items.filter((i) => i.clause === clause);
    const width = (xs: Table1ItemDef[]) => xs.reduce((a, i) => a + i.columns.length, 0);
    const present = nums.length !== width(named) && printed.length && nums.length === width(printed) ? printed : named;
    if (!present.length || !nums.length) continue;
    const need = width(present);
    const assign = (item: Table1ItemDef, values: NumTok[], labelAt?: number) => {
      if (table[item.id]) return;
      table[item.id] = Object.fromEntries(item.columns.map((c, i) => [c.id, inColumnUnit(values[i], c.unit, `table1.${item.id}.${c.id}`, readings)]));
      item.columns.forEach((c, i) => {
        const n = values[i];
        // A cell printed empty or as a dash, read as 0 by its place: said in the answer, as in tables 2 and 3.
        if (n?.blank) mark(readings, `table1.${item.id}.${c.id}`, { read: "derived", reason: n.end > n.start ? PRINTED_NONE(text.slice(n.start, n.end).trim()) : PRINTED_BLANK });
        if (n?.ocr) mark(readings, `table1.${item.id}.${c.id}`, { read: "unsure", reason: ocrReason(n.ocr, n.value) });
        if (n?.doubt) mark(readings, `table1.${item.id}.${c.id}`, { read: "unsure", reason: n.doubt });
      });
      const first = values[0];
      const last = values[values.length - 1];
      if (first && last) spans[`table1.${item.id}`] = itemSpan(text, item, labelAt, first.start, last.end);
    };
    // Labels printed out of template order (行政强制 before 行政处罚): when each label is followed
    // by exactly its own numbers, the labels say which is which; otherwise the order is a guess.
    const printedOrder = block.flatMap((ev) => (ev.k === "item" ? [ev.item] : []));
    const reordered = named.length > 1 && printedOrder.some((it, i) => i > 0 && items.indexOf(it) < items.indexOf(printedOrder[i - 1] as Table1ItemDef));
    if (nums.length === need && reordered) {
      const own = ownNumbers(block);
      if (named.every((it) => own.get(it)?.length === it.columns.length)) {
        for (const it of named) {
          const vals = own.get(it) ?? [];
          const labelAt = block.find((ev) => ev.k === "item" && ev.item.id === it.id) as { start: number } | undefined;
          assign(it, vals, labelAt?.start);
        }
        continue;
      }
      for (const it of present) {
        markRow(readings, "table1", it.id, it.columns.map((c) => c.id), { read: "unsure", reason: "该项标签未按模板顺序印出，数值与标签的对应无法确定" });
      }
    }
    if (nums.length === need) {
      let k = 0;
      for (const item of present) {
        if (present !== named && !named.includes(item)) {
          const cols = item.columns.map((c) => c.id);
          markRow(readings, "table1", item.id, cols, { read: "realigned", reason: `未识别出该项的标签，按第二十条第（${clause}）项的模板顺序对应` });
        }
        const labelAt = block.find((ev) => ev.k === "item" && ev.item.id === item.id) as { start: number } | undefined;
        assign(item, nums.slice(k, k + item.columns.length), labelAt?.start);
        k += item.columns.length;
      }
      continue;
    }
    // Counts do not fit: each item takes the numbers that follow its label. An item followed by
    // fewer numbers than its columns, or by more (a repeated line?), is not known for sure.
    for (const [item, own] of ownNumbers(block)) {
      const width = item.columns.length;
      const taken = own.slice(0, width);
      if (!taken.length) continue;
      const labelAt = block.find((ev) => ev.k === "item" && ev.item.id === item.id) as { start: number } | undefined;
      if (taken.length < width) {
        // Fewer numbers than columns: which column each is, is not known — none is put in a column (an answer
        // would offer another column's number as the one asked), the reason says what was read; the row is quoted.
        assign(item, [], labelAt?.start);
        spans[`table1.${item.id}`] = itemSpan(text, item, labelAt?.start, (taken[0] as NumTok).start, (taken[taken.length - 1] as NumTok).end);
        const why = `该项只读到 ${taken.length} 个数值（${taken.map((n) => n.raw).join("、")}；应为 ${width} 个），无法确定各属哪一栏，均未取用`;
        markRow(readings, "table1", item.id, item.columns.map((c) => c.id), { read: "unsure", reason: why });
        continue;
      }
      assign(item, taken, labelAt?.start);
      const extra = own.slice(width).filter((n) => !n.blank);
      // A one-column item whose cell spans the grid's columns, repeated in each by the converter
      // (crawler Markdown “| 行政处罚 | 2818 | 2818 | 2818 |”): one figure, printed as many times.
      const first = own[0];
      if (width === 1 && first && extra.length && own.every((n) => !n.blank && n.value === first.value && n.line === first.line)) {
        mark(readings, `table1.${item.id}.${item.columns[0]?.id ?? ""}`, { read: "derived", reason: `一栏的数值印了 ${own.length} 次（合并单元格被逐格重复：“${own.map((n) => n.raw).join(" ")}”），按一个数值读取` });
        continue;
      }
      if (taken.length < width || extra.length) {
        const why = `该项印有 ${taken.length + extra.length} 个数值（应为 ${width} 个），无法确定各属哪一栏`;
        markRow(readings, "table1", item.id, item.columns.map((c) => c.id), { read: "unsure", reason: why });
      }
    }
    warnings.push(`表一第二十条第（${clauseOf(block)}）项：数值个数（${nums.length}）与栏目数（${need}）不符，按标签逐项读取`);
  }
  if (zerosBlank) blankItems(text, blocks, table, spans, readings);
  unreadLabels(blocks, table, readings, unfilled);
  return { table, spans, warnings, readings };
}

/**
 * Table 1 written as text lists (layouts/listed.ts: “行政规范性文件：本年制发4件，本年废止1件，现行有效10件。”):
 * each item by the key standing last in its label, its values by their column names as the template
 * prints them, also without 件数/数量, 本年 or the unit in brackets (“本年制发4件”, “本年收费金额0万元”).
 */
export function table1Lists(template: TemplateId): ListSpec {
  const items = table1Items(template);
  return {
    row(label) {
      let best: { id: string; at: number } | null = null;
      for (const item of items) {
        for (const k of item.keys) {
          const at = label.lastIndexOf(squash(toHalfWidth(k)));
          if (at >= 0 && (!best || at > best.at)) best = { id: item.id, at };
        }
      }
      return best?.id ?? null;
    },
    columns: (id) => (items.find((i) => i.id === id)?.columns ?? []).map((c) => ({ id: c.id, names: columnNames(c.label) })),
    minCells: 1,
  };
}

function columnNames(label: string): string[] {
  const full = squash(label);
  const bare = full.replace(/\([^)]*\)/g, "");
  const short = bare.replace(/(?:件数|数量)$/, "");
  return [...new Set([full, bare, short].flatMap((n) => [n, n.replace(/^本年/, "")]))].filter(Boolean);
}

/**
 * Space-aligned text (pdftotext -layout) leaves no mark of an empty cell; an item printed with
 * every cell empty is its label on a line with no number. Its cells are 0 whichever its columns
 * are — when it is surely empty: its label stands on a line of its own (no other item's, no tab or
 * pipe, no number), and every number of its 第二十条 block stands on the line of the item it
 * belongs to (a line naming an item), so none can be this item's printed elsewhere. Read as 0s
 * marked 印为空白, in a report that leaves its zeros blank (`zerosBlank`).
 */
function blankItems(text: string, blocks: Event[][], table: Table, spans: Record<string, Span>, readings: Readings): void {
  const lineAt = (at: number) => {
    const start = text.lastIndexOf("\n", at - 1) + 1;
    const end = text.indexOf("\n", at);
    return { start, end: end < 0 ? text.length : end, text: text.slice(start, end < 0 ? text.length : end) };
  };
  const names = (line: string, item: Table1ItemDef) => item.keys.some((k) => squash(line).includes(squash(toHalfWidth(k))));
  for (const block of blocks) {
    const labels = block.flatMap((ev) => (ev.k === "item" ? [ev] : []));
    const items = labels.map((ev) => ev.item);
    const nums = block.flatMap((ev) => (ev.k === "num" ? [ev.num] : []));
    if (nums.some((n) => n.blank || !items.some((it) => names(lineAt(n.start).text, it)))) continue;
    for (const ev of labels) {
      const item = ev.item;
      if (table[item.id] || item.columns.some((c) => readings[`table1.${item.id}.${c.id}`])) continue;
      const own = splitLines(text, ev.start, ev.end).filter((l) => names(l.text, item));
      const line = own[0];
      if (own.length !== 1 || !line || /[\t|]/.test(line.text) || items.some((it) => it !== item && names(line.text, it))) continue;
      if (/\d/.test(toHalfWidth(line.text).replace(/第\S{0,3}条|\d{1,2}\s*[.、]/g, ""))) continue;
      table[item.id] = Object.fromEntries(item.columns.map((c) => [c.id, 0]));
      markRow(readings, "table1", item.id, item.columns.map((c) => c.id), { read: "derived", reason: PRINTED_BLANK });
      const at = line.start + (line.text.length - line.text.trimStart().length);
      spans[`table1.${item.id}`] = { start: at, end: line.end };
    }
  }
}

/**
 * An item whose label the table prints but whose cells gave no number — blank in text without
 * cell boundaries (pdftotext -layout), where an empty cell cannot be placed — is not absent from
 * the report: its cells are unsure, so that the answer says what could not be read, never that the
 * report lacks the item, nor a 0 the text does not show.
 */
function unreadLabels(blocks: Event[][], table: Table, readings: Readings, unfilled: ReadonlySet<string>): void {
  const printed = new Map<string, Table1ItemDef>();
  for (const ev of blocks.flat()) if (ev.k === "item") printed.set(ev.item.id, ev.item);
  for (const [id, item] of printed) {
    const cols = item.columns.map((c) => c.id);
    if (table[id] || cols.some((c) => readings[`table1.${id}.${c}`])) continue;
    const reason = unfilled.has(id)
      ? "该项各栏印为空白，而本表的 0 印作“0”，空白不能当作 0（可能未填写），未读取"
      : "表中印有该项，但其后没有读到数值（可能印为空白，这种排版中空白的位置无法确定），未读取";
    markRow(readings, "table1", id, cols, { read: "unsure", reason });
  }
}

/**
 * A value in the unit its column counts in: an amount printed in 元 (“251000元”) in a column of
 * 万元 is 25.1 万元, not 251000; the conversion is recorded as derived.
 */
function inColumnUnit(n: NumTok | undefined, unit: string, key: string, readings: Readings): number | null {
  if (!n || Number.isNaN(n.value)) return null;
  if (unit === "万元" && n.unit === "元") {
    const value = Math.round((n.value / 10000) * 1e6) / 1e6;
    mark(readings, key, { read: "derived", reason: `印为 ${n.raw}元，折合 ${value} 万元` });
    return value;
  }
  return n.value;
}

/** The numbers that directly follow each item's label, up to the next label. */
function ownNumbers(block: Event[]): Map<Table1ItemDef, NumTok[]> {
  const own = new Map<Table1ItemDef, NumTok[]>();
  let current: Table1ItemDef | null = null;
  for (const ev of block) {
    if (ev.k === "item") {
      current = ev.item;
      own.set(current, []);
    } else if (ev.k === "num" && current) own.get(current)?.push(ev.num);
  }
  return own;
}

/**
 * A row of explicit cells (HTML, Word, ruled PDF → tab text) printing an item's label over empty
 * cells only (“规章⇥⇥⇥”, “行政许可⇥⇥⇥”: its zeros left blank): as many blank 0s as the item has
 * columns — every cell of the row is empty, so whichever the item's columns are, they are empty.
 * The empty cells of any other line (a 第二十条 heading, a header row) are no values; nor are they in
 * a report whose tables print no figure (the blank template), nor where the table prints its zeros
 * as “0” (`zerosBlank` false): there an empty row was left unfilled (`unfilled`, said so when asked).
 */
function emptyRowCells(text: string, e: Entry, labelled: Event[], zerosBlank: boolean, unfilled: Set<string>): NumTok[] {
  if (!e.nums.some((n) => n.emptyRow)) return e.nums;
  const kept = e.nums.filter((n) => !n.emptyRow);
  const last = labelled[labelled.length - 1];
  const first = e.nums[0];
  if (kept.length || last?.k !== "item" || !first || e.nums.length < last.item.columns.length) return kept;
  // The item's own label stands on the line of the empty cells (not a label continued from above).
  const own = squash(toHalfWidth(text.slice(text.lastIndexOf("\n", first.start - 1) + 1, first.start)));
  if (!last.item.keys.some((k) => own.includes(squash(toHalfWidth(k))))) return kept;
  if (!zerosBlank) {
    unfilled.add(last.item.id);
    return kept;
  }
  return e.nums.slice(0, last.item.columns.length).map((n) => ({ ...n, blank: true }));
}

/**
 * A tab row whose zeros were left blank (“规范性文件⇥⇥⇥274”, HTML tables with &nbsp;): the empty
 * cells before or after its numbers are its columns too. When the row's cells — empty ones
 * included — fill the item's columns exactly, each number keeps its column; a surplus of empty
 * cells on one side is a span's filler (a label or a value over two columns) and is not counted.
 */
function padBlanks(nums: NumTok[], labelled: Event[]): NumTok[] {
  const last = labelled[labelled.length - 1];
  const first = nums[0];
  const end = nums[nums.length - 1];
  if (last?.k !== "item" || !first || !end) return nums;
  const width = last.item.columns.length;
  const lead = first.leadBlanks ?? 0;
  const trail = end.trailBlanks ?? 0;
  if (nums.length >= width || (!lead && !trail) || nums.some((n) => n.line !== first.line)) return nums;
  const fit = lead + nums.length + trail === width ? [lead, trail] : lead + nums.length === width ? [lead, 0] : nums.length + trail === width ? [0, trail] : null;
  if (!fit) return nums;
  const blank = (at: number): NumTok => ({ t: "num", value: 0, raw: "0", unit: "", start: at, end: at, line: first.line, group: first.group, blank: true });
  return [...Array.from({ length: fit[0] ?? 0 }, () => blank(first.start)), ...nums, ...Array.from({ length: fit[1] ?? 0 }, () => blank(end.end))];
}

const anySplit: RowRule = () => true;

/**
 * Crawler text glues an item's cells to its label and to each other (“规章006”). Table 1 has no
 * sum to tell where one number ends, so the digits are split only when a single split exists
 * without leading zeros (“006” → 0 · 0 · 6); otherwise the item stays unread rather than wrong.
 */
function unglue(e: Entry, labelled: Event[], warnings: string[], budget: SplitBudget, readings: Readings): NumTok[] {
  const last = labelled[labelled.length - 1];
  const first = e.nums[0];
  if (!e.label || !first || last?.k !== "item") return e.nums;
  const width = last.item.columns.length;
  const glued = first.start === e.label.end && e.nums.every((n, i) => i === 0 || n.start === e.nums[i - 1]?.end);
  if (width < 2 || e.nums.length >= width || !glued) return e.nums;
  const raw = e.nums.map((n) => n.raw).join("");
  const split = /^\d+$/.test(raw) && raw.length >= width ? splitGlued(e.nums, width, anySplit, budget) : null;
  if (split && !split.alternatives) return split.values.map((value) => ({ ...first, value, raw: String(value) }));
  const printed = e.nums.map((n) => n.raw).join("");
  warnings.push(`表一 ${last.item.label}：数字粘连（${printed}），无法唯一拆分，未读取`);
  const ways = split?.alternatives ? `可拆为 ${[split.values, ...split.alternatives].slice(0, 4).map((v) => v.join("·")).join("、")} 等` : "无法唯一拆分";
  markRow(readings, "table1", last.item.id, last.item.columns.map((c) => c.id), { read: "unsure", reason: `数字粘连（印为“${printed}”），${ways}，未读取` });
  return [];
}

function labelEvents(text: string, start: number, end: number, items: Table1ItemDef[]): Event[] {
  const t = toHalfWidth(text);
  const found: { at: number; ev: Event }[] = [];
  const header = HEADER.exec(t);
  if (header) found.push({ at: header.index, ev: { k: "header" } });
  for (const m of t.matchAll(CLAUSE)) {
    const x = m[1] ?? m[2] ?? "";
    found.push({ at: m.index, ev: { k: "clause", clause: NUMERAL.test(x) ? x : "?" } });
  }
  // Each item where one of its keys first stands, unless that text is another item's key; two
  // labels in one entry (“规章 规范性文件”: the row between them printed with every cell empty)
  // are two items, so that the numbers after the second never go to the first.
  const taken: { at: number; end: number }[] = [];
  for (const item of items) {
    let at = -1;
    let keyEnd = -1;
    for (const k of item.keys) {
      const i = t.indexOf(k);
      if (i >= 0 && (at < 0 || i < at)) [at, keyEnd] = [i, i + k.length];
    }
    if (at < 0 || taken.some((f) => at < f.end && f.at < keyEnd)) continue;
    taken.push({ at, end: keyEnd });
    found.push({ at, ev: { k: "item", item, start, end } });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.ev);
}

/**
 * Blocks headed by 第二十条第（X）项, a garbled numeral read as the next paragraph in template
 * order. Text before the first heading may be narrative (“本年度制发规范性文件5件” must not take
 * the 规范性文件 row): it is read only from a table header on (信息内容 …), as when the extraction
 * garbled the first heading itself, and last, to fill items no block has.
 */
function splitBlocks(events: Event[], items: Table1ItemDef[]): Event[][] {
  const order = [...new Set(items.map((i) => i.clause))];
  const blocks: Event[][] = [[]];
  let last = -1;
  for (const ev of events) {
    if (ev.k === "clause") {
      const at = ev.clause === "?" ? last + 1 : order.indexOf(ev.clause);
      last = at >= 0 ? at : last;
      blocks.push([{ k: "clause", clause: order[at] ?? ev.clause }]);
    } else blocks[blocks.length - 1]?.push(ev);
  }
  const [before = [], ...headed] = blocks;
  const table = before.findIndex((ev) => ev.k === "header");
  return [...headed, table >= 0 ? before.slice(table) : []].filter((b) => b.length);
}

function clauseOf(block: Event[]): string {
  const c = block.find((e) => e.k === "clause");
  return c && c.k === "clause" ? c.clause : "?";
}

/**
 * Where an item stands, for quoting: from the line naming it to its last value — or, when PDF text
 * printed the value first (hongze-2023: “550 ⏎ 行政许可”), from the value to the label's line.
 */
function itemSpan(text: string, item: Table1ItemDef, labelAt: number | undefined, from: number, to: number): Span {
  if (labelAt === undefined || labelAt < from) return { start: rowQuoteStart(text, labelAt ?? from, from, item.keys), end: to };
  const lineEnd = text.indexOf("\n", labelAt);
  const start = text.lastIndexOf("\n", from - 1) + 1;
  return { start, end: Math.min(lineEnd < 0 ? text.length : lineEnd, start + 400) };
}

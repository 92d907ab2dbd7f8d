/**
 * Reports back from the database, exactly as they were stored: the same object the reader made
 * (tables in their row order, null rows and null cells kept, passages, narrative figures, checks).
 * The store's round-trip test holds this to deep equality with the parsed report.
 */
import type pg from "pg";
import type { Check, NarrativeFigure, Passage, Report, Row, Table } from "../../index/schema.ts";
import { TABLES, type ReportDoc } from "./write.ts";

interface ReportRow {
  id: number;
  file: string;
  agency: string;
  region: string;
  year: number;
  template: Report["template"];
  title: string;
  text: string;
  original: string | null;
  doc: ReportDoc;
}

/** The reports with these ids, in the order of `ids` (ids not found are left out). */
export async function loadReports(client: pg.Pool | pg.ClientBase, ids: readonly number[]): Promise<Report[]> {
  if (!ids.length) return [];
  const list = [...ids];
  const [reports, rows, cells, narrative, passages, checks] = await Promise.all([
    client.query<ReportRow>(
      "SELECT r.id, r.file, a.name AS agency, r.region, r.year, r.template, r.title, r.text, r.original, r.doc FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.id = ANY($1)",
      [list],
    ),
    client.query<{ report_id: number; tbl: number; row: string; present: boolean }>("SELECT report_id, tbl, row, present FROM table_rows WHERE report_id = ANY($1) ORDER BY report_id, tbl, ord", [list]),
    client.query<{ report_id: number; tbl: number; row: string; col: string; value: number | null }>("SELECT report_id, tbl, row, col, value FROM cells WHERE report_id = ANY($1) ORDER BY report_id, tbl, row, ord", [list]),
    client.query<{ report_id: number; read: NarrativeFigure["read"]; reason: string | null; value: number; unit: string; says: string; sentence: string; section: number; start_at: number; end_at: number; parts: number[] | null }>(
      "SELECT report_id, read, reason, value, unit, says, sentence, section, start_at, end_at, parts FROM narrative WHERE report_id = ANY($1) ORDER BY report_id, ord",
      [list],
    ),
    client.query<{ report_id: number; pid: string; section: number; start_at: number; end_at: number; body: string }>(
      "SELECT report_id, pid, section, start_at, end_at, body FROM passages WHERE report_id = ANY($1) ORDER BY report_id, ord",
      [list],
    ),
    client.query<{ report_id: number; rule: string; tbl: Check["table"]; row: string | null; col: string | null; holds: boolean; printed: number | null; expected: number | null; message: string }>(
      "SELECT report_id, rule, tbl, row, col, holds, printed, expected, message FROM checks WHERE report_id = ANY($1) ORDER BY report_id, ord",
      [list],
    ),
  ]);
  const byId = new Map<number, Report>();
  for (const r of reports.rows) {
    byId.set(r.id, {
      file: r.file,
      title: r.title,
      agency: r.agency,
      region: r.region,
      ...(r.doc.body ? { body: r.doc.body } : {}),
      year: r.year,
      template: r.template,
      text: r.text,
      ...(r.original !== null ? { original: r.original } : {}),
      sections: r.doc.sections,
      passages: [],
      table1: {},
      table2: {},
      table3: r.doc.table3Missing ? null : {},
      spans: r.doc.spans,
      narrative: [],
      checks: [],
      repairs: r.doc.repairs,
      readings: r.doc.readings,
      warnings: r.doc.warnings,
    });
  }
  const tableOf = (id: number, tbl: number): Table | null => {
    const r = byId.get(id);
    return r ? r[TABLES[tbl - 1] as (typeof TABLES)[number]] : null;
  };
  // Rows first (their order), then the cells into them.
  const cellRows = new Map<string, Row>();
  for (const x of rows.rows) {
    const t = tableOf(x.report_id, x.tbl);
    if (!t) continue;
    const row: Row | null = x.present ? {} : null;
    t[x.row] = row;
    if (row) cellRows.set(`${x.report_id}|${x.tbl}|${x.row}`, row);
  }
  // Cells in the order they were read: by the row's key order the reader produced.
  const pending = new Map<string, { col: string; value: number | null }[]>();
  for (const c of cells.rows) {
    const key = `${c.report_id}|${c.tbl}|${c.row}`;
    const list = pending.get(key) ?? [];
    list.push({ col: c.col, value: c.value });
    pending.set(key, list);
  }
  for (const [key, list] of pending) {
    const row = cellRows.get(key);
    if (row) for (const c of list) row[c.col] = c.value;
  }
  for (const n of narrative.rows) {
    const f: NarrativeFigure = { read: n.read, ...(n.reason !== null ? { reason: n.reason } : {}), value: n.value, unit: n.unit, says: n.says, sentence: n.sentence, section: n.section, start: n.start_at, end: n.end_at, ...(n.parts ? { parts: n.parts } : {}) };
    byId.get(n.report_id)?.narrative.push(f);
  }
  for (const p of passages.rows) {
    const passage: Passage = { id: p.pid, section: p.section, text: p.body, start: p.start_at, end: p.end_at };
    byId.get(p.report_id)?.passages.push(passage);
  }
  for (const c of checks.rows) {
    // The reader's key order, so that the object prints as it did before it was stored.
    const check = {
      rule: c.rule,
      table: c.tbl,
      ...(c.row !== null ? { row: c.row } : {}),
      ...(c.col !== null ? { column: c.col } : {}),
      holds: c.holds,
      ...(c.printed !== null ? { printed: c.printed } : {}),
      ...(c.expected !== null ? { expected: c.expected } : {}),
      message: c.message,
    } satisfies Check;
    byId.get(c.report_id)?.checks.push(check);
  }
  return list.map((id) => byId.get(id)).filter((r): r is Report => !!r);
}

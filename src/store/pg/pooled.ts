/**
 * A ranking's page for a pool of bodies (ReportStore.rankPooled) from the database, without reading
 * who wrote every report of the year: the year's reports are read as numbers (report id, agency
 * id, template: an index-only range of reports_by_year), ranked by the figure's cells with the
 * in-memory store's value function and order, and narrowed to the pool by asking the pool of each
 * agency once by its name (the names layer the store holds) — who.ts decides, as in memory. Only
 * the page's reports are read by id for their file, region and body. The page, its counts and its
 * notes are the value pool-page.ts pageOf makes from the in-memory ranking (pg-pools.test.ts).
 */
import type pg from "pg";
import type { Metric } from "../../answers/lexicon.ts";
import type { RankPool } from "../../answers/who.ts";
import { leftOut, levelsNote } from "../../answers/who.ts";
import type { PartialTables } from "../../index/report-cache-cells.ts";
import type { Report, Table } from "../../index/schema.ts";
import { headOf, PAGE, type PooledField } from "../pool-page.ts";
import { figureCells, tableValue } from "../ranking.ts";

/** A year's reports in file order, as numbers: what a ranking ranks, before its figure's cells. */
export interface YearEntrants {
  ids: Int32Array;
  agencies: Int32Array;
  templates: Report["template"][];
}

/** A year's ranking by a figure: entrants' positions stating it, best first (ties in file order), and their values; those lacking it, in file order. */
export interface CompactRanking {
  entrants: YearEntrants;
  scored: Int32Array;
  values: Float64Array;
  lacking: Int32Array;
}

export async function loadYearEntrants(pool: pg.Pool, year: number): Promise<YearEntrants> {
  const { rows } = await pool.query<{ id: number; agency_id: number; template: Report["template"] }>("SELECT id, agency_id, template FROM reports WHERE year = $1 ORDER BY file", [year]);
  return { ids: Int32Array.from(rows, (r) => r.id), agencies: Int32Array.from(rows, (r) => r.agency_id), templates: rows.map((r) => r.template) };
}

/** A set of a year's reports as a kept result names it: how many, and the sum of their ids (store.ts Fetched.marks). */
export function entrantsMark(e: YearEntrants): string {
  let sum = 0;
  for (const id of e.ids) sum += id;
  return `${e.ids.length}:${sum}`;
}

const TABLE_NO = { table1: 1, table2: 2, table3: 3 } as const;

/**
 * A figure's numeric cells of a year (one range of the (year, table, row, column) index, which holds
 * report and value: an index-only scan) and the rows printed (a group printed as one row), put into
 * the table `tableOf` gives for each report id (none: the report is not ranked). Both ways of
 * ranking from the database (here and store.ts rankFromCells) read a figure this way.
 */
export async function fillFigureCells(pool: pg.Pool, year: number, metric: Metric, columns: string[], tableOf: (reportId: number) => Table | undefined): Promise<void> {
  const tbl = TABLE_NO[metric.table];
  const { rows, cols } = figureCells(metric, columns);
  const [cells, present] = await Promise.all([
    pool.query<{ report_id: number; row: string; col: string; value: number }>(
      `SELECT report_id, row, col, value FROM cells WHERE year = $1 AND tbl = $2 AND row = ANY($3) AND ($4::text[] IS NULL OR col = ANY($4)) AND value IS NOT NULL`,
      [year, tbl, rows, cols],
    ),
    pool.query<{ report_id: number; row: string }>(`SELECT report_id, row FROM table_rows WHERE year = $1 AND tbl = $2 AND row = ANY($3) AND present`, [year, tbl, rows]),
  ]);
  for (const p of present.rows) {
    const t = tableOf(p.report_id);
    if (t) t[p.row] ??= {};
  }
  for (const c of cells.rows) {
    const t = tableOf(c.report_id);
    if (t) (t[c.row] ??= {})[c.col] = c.value;
  }
}

/**
 * Rank the year's reports by a figure: only that figure's cells are read (fillFigureCells), and
 * valued by the same function (ranking.ts tableValue) over tables holding just those cells.
 */
export async function rankEntrants(pool: pg.Pool, year: number, metric: Metric, columns: string[], asc: boolean, entrants: YearEntrants): Promise<CompactRanking> {
  const { table } = figureCells(metric, columns);
  const at = new Map<number, number>();
  entrants.ids.forEach((id, i) => at.set(id, i));
  // only the reports that print a row of the figure have a table here; the others value as empty tables do
  const tables = new Map<number, PartialTables>();
  const tableOf = (reportId: number): Table | undefined => {
    const i = at.get(reportId);
    if (i === undefined) return undefined;
    let t = tables.get(i);
    if (!t) tables.set(i, (t = { template: entrants.templates[i] as Report["template"], table1: {}, table2: {}, table3: {} } as PartialTables));
    return t[table] as Table;
  };
  await fillFigureCells(pool, year, metric, columns, tableOf);
  const value = tableValue(metric, columns);
  const empty = new Map<Report["template"], number | null>();
  const valueAt = (i: number): number | null => {
    const t = tables.get(i);
    if (t) return value(t);
    const template = entrants.templates[i] as Report["template"];
    if (!empty.has(template)) empty.set(template, value({ template, table1: {}, table2: {}, table3: {} } as PartialTables));
    return empty.get(template) ?? null;
  };
  const values = new Float64Array(entrants.ids.length);
  const scored: number[] = [];
  const lacking: number[] = [];
  for (let i = 0; i < entrants.ids.length; i++) {
    const v = valueAt(i);
    if (v === null) lacking.push(i);
    else {
      values[i] = v;
      scored.push(i);
    }
  }
  // stable: ties keep the file order, as store/ranking.ts rankReports sorts
  scored.sort((a, b) => (asc ? (values[a] as number) - (values[b] as number) : (values[b] as number) - (values[a] as number)));
  return { entrants, scored: Int32Array.from(scored), values, lacking: Int32Array.from(lacking) };
}

/**
 * The pool's page of a ranking: the pool is asked once per agency (by the name answers give it),
 * the counts and notes made from the names, and the first `n` reports read by id for their heads.
 */
export async function pooledPage(pool: pg.Pool, r: CompactRanking, agencyOf: (agencyId: number) => string, rankPool: Pick<RankPool, "admits">, n: number): Promise<PooledField> {
  const admitted = new Map<number, boolean>();
  const admits = (agencyId: number): boolean => {
    let ok = admitted.get(agencyId);
    if (ok === undefined) admitted.set(agencyId, (ok = rankPool.admits(agencyOf(agencyId))));
    return ok;
  };
  const { agencies, ids } = r.entrants;
  const page: number[] = [];
  const inPool: string[] = [];
  const excluded: string[] = [];
  for (const i of r.scored) {
    const a = agencies[i] as number;
    if (!admits(a)) excluded.push(agencyOf(a));
    else {
      inPool.push(agencyOf(a));
      if (page.length < n) page.push(i);
    }
  }
  const lacking: string[] = [];
  let lackingCount = 0;
  for (const i of r.lacking) {
    const a = agencies[i] as number;
    if (!admits(a)) excluded.push(agencyOf(a));
    else if (lackingCount++ < PAGE) lacking.push(agencyOf(a));
  }
  const { rows } = page.length
    ? await pool.query<{ id: number; file: string; region: string; body: Report["body"] | null }>("SELECT id, file, region, body FROM reports WHERE id = ANY($1::int[])", [page.map((i) => ids[i])])
    : { rows: [] };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const scored = page.flatMap((i) => {
    const x = byId.get(ids[i] as number);
    if (!x) return [];
    const head = headOf({ file: x.file, agency: agencyOf(agencies[i] as number), region: x.region, ...(x.body ? { body: x.body } : {}) });
    return [{ file: x.file, value: r.values[i] as number, head }];
  });
  return { scored, scoredCount: inPool.length, lacking, lackingCount, leftOutNote: leftOut(excluded), levels: levelsNote(inPool) };
}

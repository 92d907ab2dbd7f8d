/**
 * A parsed report into the database, in one transaction: its agency, the report, every table
 * cell and row, narrative figures, passages with their terms, checks, and the terms' document
 * frequencies. A failure leaves nothing half-stored.
 */
import { createHash } from "node:crypto";
import type pg from "pg";
import { tokens } from "../../index/tokenize.ts";
import { placedByName } from "../../index/agency/identity.ts";
import { cellKey } from "../../index/readings.ts";
import type { Report, Table } from "../../index/schema.ts";
import { TIERS, updateChampions, type Tiers } from "./champions.ts";

export const TABLES = ["table1", "table2", "table3"] as const;

/** What the report object holds that has no table of its own (read back whole). */
export interface ReportDoc {
  sections: Report["sections"];
  spans: Report["spans"];
  repairs: Report["repairs"];
  warnings: Report["warnings"];
  /** As the report lists them (their order is the reader's); the cells carry them too, for queries. */
  readings: Report["readings"];
  /** Also on the agency's row (kind, level, parents: the first a saved report stated), for queries; answers read parents from the reports (store.ts loadNames). */
  body?: Report["body"];
  table3Missing: boolean;
}

export function fileHash(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

export type SaveResult = { stored: true; id: number } | { stored: false; reason: "same_file" | "same_report" | "same_name"; twin: string };

/**
 * Store the report unless a file with the same bytes or the same name, or a report of the same
 * agency and year, is there already (then nothing changes and the result names it). One
 * transaction: the report's statement, its terms' frequencies and the champion lists (saveBatch).
 */
export async function saveReport(pool: pg.Pool, report: Report, hash: string, tiers: Tiers = TIERS): Promise<SaveResult> {
  const client = await pool.connect();
  try {
    const [r] = await saveBatch(client, [{ report, hash }], tiers);
    return r as SaveResult;
  } finally {
    client.release();
  }
}

/**
 * Reports in one transaction (`nianbao import`): each report's statement as saveReport's, but the
 * terms' document frequencies added once for the whole batch, last (sorted: concurrent batches
 * lock them in one order). Written one report at a time, four writers waited on each other's row
 * locks of the same common terms nearly all the time. A failure rolls the whole batch back: nothing
 * of it is stored, and importing again stores what is missing.
 */
export async function saveBatch(client: pg.ClientBase, items: { report: Report; hash: string; before?: () => void }[], tiers: Tiers = TIERS): Promise<SaveResult[]> {
  const out: SaveResult[] = [];
  const df = new Map<string, number>();
  const stored: Report[] = [];
  await client.query("BEGIN");
  try {
    for (const { report, hash, before } of items) {
      before?.();
      const s = saveParams(report, hash);
      // prepared once per connection: not planned again for each of thousands (6.3 instead of 7.5 ms of the server's CPU a report)
      const { rows } = await client.query<SaveRow>({ name: "nianbao_save_report", text: SAVE_SQL, values: s.params });
      const r = resultOf(rows[0], report);
      if (r.stored) {
        for (const [term, n] of s.df) df.set(term, (df.get(term) ?? 0) + n);
        stored.push(report);
      }
      out.push(r);
    }
    // like the terms: once a batch, in one order for every writer
    if (stored.length) await client.query(REGIONS_SQL, [stored.map((r) => r.region), stored.map((r) => r.file)]);
    const terms = [...df.keys()].sort();
    if (terms.length) {
      const now = await client.query<{ term: string; df: number }>(TERMS_SQL, [terms, terms.map((t) => df.get(t))]);
      // the terms' rows are this transaction's until it ends: their champion lists too
      await updateChampions(client, tiers, out.flatMap((r) => (r.stored ? [r.id] : [])), df, now.rows);
    }
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
  return out;
}

interface SaveRow {
  id: number | null;
  same_file: string | null;
  same_report: string | null;
  same_name: string | null;
}

function resultOf(r: SaveRow | undefined, report: Report): SaveResult {
  if (r?.id) return { stored: true, id: r.id };
  if (r?.same_file) return { stored: false, reason: "same_file", twin: r.same_file };
  if (r?.same_report) return { stored: false, reason: "same_report", twin: r.same_report };
  return { stored: false, reason: "same_name", twin: r?.same_name ?? report.file };
}

/** SAVE_SQL's parameters, and the report's document frequencies. */
function saveParams(report: Report, hash: string): { params: unknown[]; df: Map<string, number> } {
  const passageTerms = report.passages.map((p) => tokens(p.text));
  const doc: ReportDoc = { sections: report.sections, spans: report.spans, repairs: report.repairs, warnings: report.warnings, readings: report.readings, ...(report.body ? { body: report.body } : {}), table3Missing: report.table3 === null };
  // Rows and cells, in the tables' own order.
  const rows: unknown[][] = [];
  const cells: unknown[][] = [];
  TABLES.forEach((name, t) => {
    const table: Table | null = report[name];
    Object.entries(table ?? {}).forEach(([row, values], ord) => {
      rows.push([t + 1, row, ord, values !== null]);
      Object.entries(values ?? {}).forEach(([col, value], at) => {
        const how = report.readings[cellKey(name, row, col)];
        cells.push([t + 1, row, col, at, value, how?.read ?? "table", how?.reason ?? null]);
      });
    });
  });
  const n = report.narrative;
  const p = report.passages;
  const c = report.checks;
  // Document frequencies: each passage counts once per term.
  const df = new Map<string, number>();
  for (const t of passageTerms) for (const term of new Set(t)) df.set(term, (df.get(term) ?? 0) + 1);
  const params: unknown[] = [
    report.file, hash, report.agency, report.region, report.year, report.template, report.title, report.text, JSON.stringify(doc), report.passages.length, passageTerms.reduce((s, t) => s + t.length, 0),
    ...columns(rows, 4),
    ...columns(cells, 7),
    n.map((_, i) => i), n.map((f) => f.read), n.map((f) => f.reason ?? null), n.map((f) => f.value), n.map((f) => f.unit), n.map((f) => f.says), n.map((f) => f.sentence), n.map((f) => f.section), n.map((f) => f.start), n.map((f) => f.end), n.map((f) => (f.parts ? JSON.stringify(f.parts) : null)),
    p.map((_, i) => i), p.map((x) => x.id), p.map((x) => x.section), p.map((x) => x.start), p.map((x) => x.end), p.map((x) => x.text), passageTerms.map((t) => t.length), passageTerms.map(tsvectorOf),
    c.map((_, i) => i), c.map((x) => x.rule), c.map((x) => x.table), c.map((x) => x.row ?? null), c.map((x) => x.column ?? null), c.map((x) => x.holds), c.map((x) => x.printed ?? null), c.map((x) => x.expected ?? null), c.map((x) => x.message),
    report.body?.kind ?? null, report.body?.level ?? null, report.body?.parents ?? null,
    report.original ?? null,
    // the parents the report states for a place nothing else places (reports.stated, migration 9)
    report.body?.parents.length && !placedByName(report.agency) ? report.body.parents : null,
  ];
  return { params, df };
}

const REGIONS_SQL = `INSERT INTO regions (region, reports, first_file)
  SELECT region, count(*), min(file COLLATE "C") FROM unnest($1::text[], $2::text[]) u(region, file) GROUP BY region ORDER BY region COLLATE "C"
  ON CONFLICT (region) DO UPDATE SET reports = regions.reports + EXCLUDED.reports, first_file = least(regions.first_file, EXCLUDED.first_file)`;

const TERMS_SQL = `INSERT INTO terms (term, df) SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (term) DO UPDATE SET df = terms.df + EXCLUDED.df RETURNING term, df`;

const SAVE_SQL = `
WITH same AS (
  -- the agency as stored already: read, not locked (an upsert locks its row to the end of the
  -- transaction, and concurrent import batches of one agency's years waited on each other). Its
  -- parents are the first a saved report stated: a report stating none (or others) changes nothing.
  SELECT id FROM agencies WHERE name = $3 AND kind IS NOT DISTINCT FROM $51 AND level IS NOT DISTINCT FROM $52
    AND (parents IS NOT DISTINCT FROM $53::text[] OR cardinality(parents) > 0 OR cardinality($53::text[]) = 0)
), upsert AS (
  INSERT INTO agencies (name, region, kind, level, parents) SELECT $3, $4, $51, $52, $53::text[] WHERE NOT EXISTS (SELECT 1 FROM same)
  ON CONFLICT (name) DO UPDATE SET kind = coalesce(EXCLUDED.kind, agencies.kind), level = coalesce(EXCLUDED.level, agencies.level),
    parents = CASE WHEN cardinality(agencies.parents) > 0 THEN agencies.parents ELSE coalesce(EXCLUDED.parents, agencies.parents) END
  RETURNING id
), a AS (
  SELECT id FROM same UNION ALL SELECT id FROM upsert
), r AS (
  INSERT INTO reports (file, hash, agency_id, region, year, template, title, text, doc, passages, terms, body, original, stated)
  SELECT $1, $2, a.id, $4, $5, $6, $7, $8, $9, $10, $11, $9::jsonb -> 'body', $54, $55::text[] FROM a
  WHERE NOT EXISTS (SELECT 1 FROM reports x WHERE x.hash = $2 OR x.file = $1 OR (x.agency_id = a.id AND x.year = $5))
  ON CONFLICT DO NOTHING
  RETURNING id
), tr AS (
  INSERT INTO table_rows (report_id, year, tbl, row, ord, present)
  SELECT r.id, $5, u.* FROM r, unnest($12::smallint[], $13::text[], $14::smallint[], $15::boolean[]) u
), ce AS (
  INSERT INTO cells (report_id, year, tbl, row, col, ord, value, read, reason)
  SELECT r.id, $5, u.* FROM r, unnest($16::smallint[], $17::text[], $18::text[], $19::smallint[], $20::double precision[], $21::text[], $22::text[]) u
), na AS (
  INSERT INTO narrative (report_id, ord, read, reason, value, unit, says, sentence, section, start_at, end_at, parts)
  SELECT r.id, u.* FROM r, unnest($23::int[], $24::text[], $25::text[], $26::double precision[], $27::text[], $28::text[], $29::text[], $30::smallint[], $31::int[], $32::int[], $33::jsonb[]) u
), pa AS (
  INSERT INTO passages (report_id, ord, pid, section, start_at, end_at, body, len, tsv)
  SELECT r.id, u.* FROM r, unnest($34::int[], $35::text[], $36::smallint[], $37::int[], $38::int[], $39::text[], $40::int[], $41::tsvector[]) u
), ch AS (
  INSERT INTO checks (report_id, ord, rule, tbl, row, col, holds, printed, expected, message)
  SELECT r.id, u.* FROM r, unnest($42::int[], $43::text[], $44::text[], $45::text[], $46::text[], $47::boolean[], $48::double precision[], $49::double precision[], $50::text[]) u
)
SELECT (SELECT id FROM r) AS id,
       (SELECT file FROM reports WHERE hash = $2) AS same_file,
       (SELECT x.file FROM reports x, a WHERE x.agency_id = a.id AND x.year = $5) AS same_report,
       (SELECT file FROM reports WHERE file = $1) AS same_name`;

/** Row-major tuples → one array per column (for unnest). */
function columns(rows: unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, i) => rows.map((r) => r[i]));
}

/** A tsvector literal of the terms at their positions (1-based, capped as PostgreSQL requires; at most 255 per term, the in-memory index's cap on a term's frequency). */
export function tsvectorOf(terms: string[]): string {
  const positions = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const list = positions.get(t) ?? [];
    if (list.length < 255) list.push(Math.min(i + 1, 16_383));
    positions.set(t, list);
  });
  return [...positions].map(([t, pos]) => `${quoteLexeme(t)}:${[...new Set(pos)].join(",")}`).join(" ");
}

export function quoteLexeme(term: string): string {
  return `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

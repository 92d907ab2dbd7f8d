/**
 * The reports' heads as the bot asks for them (/check, help, follow-up buttons, /reports), from the
 * database by index, so that a replica never holds every report's head: what it holds is the names
 * layer (store.ts Names: each agency once, its stored ids), which the queries are made from.
 */
import type pg from "pg";
import type { Report } from "../../index/schema.ts";
import type { HeadQuery } from "../store.ts";
import type { AnsweredAgencies, StoredIds } from "./agency-ids.ts";

/** What the bot says of a report without reading it whole (bot/types.ts ReportHead). */
export type StoredHead = Pick<Report, "file" | "title" | "agency" | "region" | "year" | "template">;

/** The names layer the queries are made from (store.ts Names). */
export interface NamesLayer {
  /** Agency as answered → its stored ids. */
  ids: Pick<StoredIds, "get" | "keys" | typeof Symbol.iterator>;
  /** Stored agency id → the agency as answered. */
  unified: Pick<AnsweredAgencies, "get">;
}

type HeadRow = { file: string; title: string; agency_id: number; region: string; year: number; template: Report["template"] };
const HEAD_COLUMNS = "file, title, agency_id, region, year, template";

const asHeads = (n: NamesLayer, rows: HeadRow[]): StoredHead[] =>
  rows.map((r) => ({ file: r.file, title: r.title, agency: n.unified.get(r.agency_id)?.agency ?? "", region: r.region, year: r.year, template: r.template }));

/**
 * The heads a query names, by file. Agencies are their stored ids (the unique (agency, year)
 * index), regions the region index, a year the year index; `containing` takes the agencies whose
 * name holds the text from the names layer, and the titles holding it from a scan of the reports'
 * titles (the rare fallback of /check, when no name resolves).
 */
export async function headsWhere(pool: pg.Pool, n: NamesLayer, q: HeadQuery): Promise<StoredHead[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => `$${params.push(v)}`;
  if (q.agencies) where.push(`agency_id = ANY(${param(q.agencies.flatMap((a) => n.ids.get(a) ?? []))}::int[])`);
  if (q.regions) where.push(`region = ANY(${param([...q.regions])}::text[])`);
  if (q.year !== undefined) where.push(`year = ${param(q.year)}::int`);
  if (q.containing !== undefined) {
    const text = q.containing;
    const ids = [...n.ids].flatMap(([agency, own]) => (agency.includes(text) ? own : []));
    where.push(`(agency_id = ANY(${param(ids)}::int[]) OR strpos(title, ${param(text)}::text) > 0)`);
  }
  const sql = `SELECT ${HEAD_COLUMNS} FROM reports${where.length ? ` WHERE ${where.join(" AND ")}` : ""} ORDER BY file${q.limit !== undefined ? ` LIMIT ${param(q.limit)}::int` : ""}`;
  return asHeads(n, (await pool.query<HeadRow>(sql, params)).rows);
}

/**
 * The first region in load order (the regions table's first file) with reports of two years or
 * more, and those years: regions walked in that order by index, each probed by the region index,
 * stopping at the first.
 */
export async function multiYearRegion(pool: pg.Pool): Promise<{ region: string; years: number[] } | null> {
  const { rows } = await pool.query<{ region: string; years: number[] }>(
    `SELECT g.region, ARRAY(SELECT DISTINCT r.year FROM reports r WHERE r.region = g.region ORDER BY r.year) AS years
     FROM regions g
     WHERE g.reports > 1 AND (SELECT count(DISTINCT r.year) FROM reports r WHERE r.region = g.region) > 1
     ORDER BY g.first_file LIMIT 1`,
  );
  const row = rows[0];
  return row ? { region: row.region, years: row.years } : null;
}

const collator = new Intl.Collator("zh");

/** The agencies in list order (bot/reports.ts listPage: Chinese collation), each with its stored ids and report count. */
export interface ListOrder {
  /** Runs of agencies the collation cannot tell apart (their reports interleave by year), in order. */
  blocks: { ids: number[]; reports: number }[];
  total: number;
}

/** Made once per names layer: one pass over the (agency, year) index for the counts. */
export async function agencyOrder(pool: pg.Pool, n: NamesLayer): Promise<ListOrder> {
  const { rows } = await pool.query<{ agency_id: number; n: number }>("SELECT agency_id, count(*)::int AS n FROM reports GROUP BY agency_id");
  const count = new Map(rows.map((r) => [r.agency_id, r.n]));
  const agencies = [...n.ids.keys()].sort(collator.compare);
  const blocks: ListOrder["blocks"] = [];
  let total = 0;
  agencies.forEach((agency, i) => {
    const ids = n.ids.get(agency) ?? [];
    const reports = ids.reduce((s, id) => s + (count.get(id) ?? 0), 0);
    total += reports;
    const last = blocks.at(-1);
    if (last && i > 0 && collator.compare(agencies[i - 1] as string, agency) === 0) {
      last.ids.push(...ids);
      last.reports += reports;
    } else blocks.push({ ids: [...ids], reports });
  });
  return { blocks, total };
}

/**
 * One page of the report list (by agency in Chinese collation, then year, then file, as the
 * in-memory list): the agencies the page spans are found from their counts, and only their reports
 * are read.
 */
export async function listedPage(pool: pg.Pool, n: NamesLayer, order: ListOrder, requested: number, size: number): Promise<{ heads: StoredHead[]; page: number; pages: number; total: number }> {
  const pages = Math.max(1, Math.ceil(order.total / size));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  const [from, to] = [(page - 1) * size, page * size];
  const wanted: number[] = [];
  const rank = new Map<number, number>();
  let at = 0;
  let skipped = 0;
  for (const [i, b] of order.blocks.entries()) {
    if (at >= to) break;
    if (at + b.reports > from) {
      if (!wanted.length) skipped = at;
      wanted.push(...b.ids);
      for (const id of b.ids) rank.set(id, i);
    }
    at += b.reports;
  }
  if (!wanted.length) return { heads: [], page, pages, total: order.total };
  const { rows } = await pool.query<HeadRow>(`SELECT ${HEAD_COLUMNS} FROM reports WHERE agency_id = ANY($1::int[])`, [wanted]);
  rows.sort((x, y) => (rank.get(x.agency_id) ?? 0) - (rank.get(y.agency_id) ?? 0) || x.year - y.year || (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  return { heads: asHeads(n, rows.slice(from - skipped, to - skipped)), page, pages, total: order.total };
}

/**
 * Per file: its checks, how many break, its repairs and warnings (the report list's summary),
 * without reading the reports whole. `addedWarnings` is what the store adds to a report's warnings
 * when it answers it (the note that its agency was unified with another name: store.ts asAnswered).
 */
export async function checkCounts(
  pool: pg.Pool,
  files: readonly string[],
  addedWarnings: (agencyId: number, storedName: string) => number,
): Promise<Map<string, { checks: number; broken: number; repairs: number; warnings: number }>> {
  if (!files.length) return new Map();
  const { rows } = await pool.query<{ file: string; agency_id: number; agency: string; checks: number; broken: number; repairs: number; warnings: number }>(
    `SELECT r.file, r.agency_id, a.name AS agency,
            coalesce(jsonb_array_length(r.doc -> 'repairs'), 0) AS repairs, coalesce(jsonb_array_length(r.doc -> 'warnings'), 0) AS warnings,
            (SELECT count(*)::int FROM checks c WHERE c.report_id = r.id) AS checks,
            (SELECT count(*)::int FROM checks c WHERE c.report_id = r.id AND NOT c.holds) AS broken
     FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.file = ANY($1::text[])`,
    [[...files]],
  );
  return new Map(rows.map((r) => [r.file, { checks: r.checks, broken: r.broken, repairs: r.repairs, warnings: r.warnings + addedWarnings(r.agency_id, r.agency) }]));
}

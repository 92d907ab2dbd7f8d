/**
 * The database schema, as numbered migrations applied in order at start-up. Each replica runs
 * `migrate`; an advisory lock makes the first one apply them while the others wait.
 *
 * Cells carry their report's year so that a ranking reads one index range (year, table, row,
 * column) instead of joining every report; passages carry a tsvector of their jieba terms
 * (built in Node: PostgreSQL has no Chinese parser; the terms are taken as they are, like the
 * `simple` configuration does) under a GIN index, and `terms` keeps each term's document
 * frequency for BM25.
 */
import type pg from "pg";
import { CHAMPIONS_SCHEMA, TIERS, buildAllSql } from "./champions.ts";

export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "reports, cells, passages, narrative figures, checks, terms, events",
    sql: `
CREATE TABLE agencies (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  region text NOT NULL,
  -- who the body is (schema.ts AgencyBodySchema): government, office, department …; the
  -- region's level; its parent regions, outermost first
  kind text,
  level text,
  parents text[]
);
CREATE INDEX agencies_kind ON agencies (kind);
CREATE INDEX agencies_parents ON agencies USING gin (parents);
CREATE TABLE reports (
  id serial PRIMARY KEY,
  file text COLLATE "C" NOT NULL UNIQUE,
  -- sha256 of the file's bytes: importing the same file again does nothing
  hash text NOT NULL UNIQUE,
  agency_id int NOT NULL REFERENCES agencies(id),
  -- the region as this report names it
  region text NOT NULL,
  year int NOT NULL,
  template text NOT NULL,
  title text NOT NULL,
  text text NOT NULL,
  -- sections, spans, repairs, warnings, how cells were read (only those not read plainly): small, read whole
  doc jsonb NOT NULL,
  passages int NOT NULL,
  -- jieba terms in all its passages (BM25's average passage length)
  terms bigint NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (agency_id, year)
);
CREATE INDEX reports_year ON reports (year);
-- every table cell of every report; value null = printed but unreadable
CREATE TABLE cells (
  report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  year int NOT NULL,
  tbl smallint NOT NULL,
  row text NOT NULL,
  col text NOT NULL,
  ord smallint NOT NULL,
  value double precision,
  -- how the cell was read: table, realigned, derived, unsure (schema.ts ReadHowSchema), and why
  read text NOT NULL,
  reason text,
  PRIMARY KEY (report_id, tbl, row, col)
);
CREATE INDEX cells_by_figure ON cells (year, tbl, row, col) INCLUDE (report_id, value);
-- every row of every table, present or missing (a missing row is null, never 0)
CREATE TABLE table_rows (
  report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  tbl smallint NOT NULL,
  row text NOT NULL,
  ord smallint NOT NULL,
  present boolean NOT NULL,
  PRIMARY KEY (report_id, tbl, ord)
);
CREATE TABLE narrative (
  report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ord int NOT NULL,
  read text NOT NULL,
  reason text,
  value double precision NOT NULL,
  unit text NOT NULL,
  says text NOT NULL,
  sentence text NOT NULL,
  section smallint NOT NULL,
  start_at int NOT NULL,
  end_at int NOT NULL,
  -- the parts a stated sum is made of (“线上…20条，线下…4条”)
  parts jsonb,
  PRIMARY KEY (report_id, ord)
);
CREATE TABLE passages (
  report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ord int NOT NULL,
  pid text NOT NULL,
  section smallint NOT NULL,
  start_at int NOT NULL,
  end_at int NOT NULL,
  body text NOT NULL,
  len int NOT NULL,
  tsv tsvector NOT NULL,
  PRIMARY KEY (report_id, ord)
);
CREATE INDEX passages_tsv ON passages USING gin (tsv);
CREATE TABLE checks (
  report_id int NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ord int NOT NULL,
  rule text NOT NULL,
  tbl text NOT NULL,
  row text,
  col text,
  holds boolean NOT NULL,
  printed double precision,
  expected double precision,
  message text NOT NULL,
  PRIMARY KEY (report_id, ord)
);
CREATE INDEX checks_broken ON checks (report_id) WHERE NOT holds;
CREATE TABLE terms (
  term text COLLATE "C" PRIMARY KEY,
  df int NOT NULL
);
-- chat events already handled (Feishu re-delivers): one answer across replicas
CREATE TABLE seen_events (
  id text PRIMARY KEY,
  seen_at timestamptz NOT NULL DEFAULT now()
);
`,
  },
  {
    version: 2,
    name: "reports.body: who wrote a report, without reading its doc",
    sql: `
-- A ranking names every report of its year (agency, body): reading the body out of each report's
-- doc (sections, spans … several KB, out of line) cost ~1 s a ranking at 10 000 reports.
ALTER TABLE reports ADD COLUMN body jsonb;
UPDATE reports SET body = doc -> 'body' WHERE doc ? 'body';
`,
  },
  {
    version: 3,
    name: "a year's rankings by index only: printed rows by year, reports by year",
    sql: `
-- A ranking reads the year's printed rows of its figure (a group printed as one row) and who wrote
-- each report of the year. Joining table_rows to reports scanned both (525 ms at 20 000 reports);
-- these two indexes make each one range of one index.
ALTER TABLE table_rows ADD COLUMN year int;
UPDATE table_rows t SET year = r.year FROM reports r WHERE r.id = t.report_id;
CREATE INDEX table_rows_present ON table_rows (year, tbl, row) INCLUDE (report_id) WHERE present;
CREATE INDEX reports_by_year ON reports (year, file) INCLUDE (id, agency_id, region, template, body);
`,
  },
  {
    version: 4,
    name: "reports.original: the printed characters of a traditional-character report",
    sql: `
-- Report.original (schema.ts): the text as printed when \`text\` is its simplified conversion, char
-- for char; quotes are given from it. Null for reports printed in simplified characters, and for
-- traditional ones stored before this version (import them again after deleting them to quote them as printed).
ALTER TABLE reports ADD COLUMN original text;
`,
  },
  {
    version: 5,
    name: "bulk import: no per-row foreign-key checks, cells found by report through a plain index",
    sql: `
-- A report writes ~200 cells, ~35 table rows, ~40 passages, ~45 checks and ~10 narrative figures
-- in the statement that inserts the report itself (write.ts), so their report_id cannot dangle. A
-- foreign-key check per row cost 2.6 ms of the server's ~10 ms of CPU a report, and the cells'
-- primary key over three text columns 1.3 ms (measured importing 1 000 synthetic reports).
-- Nothing deletes a report; one that must go is deleted from every table in one transaction.
ALTER TABLE cells DROP CONSTRAINT cells_report_id_fkey;
ALTER TABLE table_rows DROP CONSTRAINT table_rows_report_id_fkey;
ALTER TABLE narrative DROP CONSTRAINT narrative_report_id_fkey;
ALTER TABLE passages DROP CONSTRAINT passages_report_id_fkey;
ALTER TABLE checks DROP CONSTRAINT checks_report_id_fkey;
ALTER TABLE cells DROP CONSTRAINT cells_pkey;
CREATE INDEX cells_of_report ON cells (report_id);
`,
  },
  {
    version: 6,
    name: "kept rankings: a ranking's page made once, read by every replica",
    sql: `
-- What the answerer makes from a year's rankings (a ranking's page for one pool of bodies, an
-- indicator's field: store.ts ReportStore.kept), as JSON, made by the first replica asked and read
-- by the others in one row instead of the year's cells. \`mark\` is the year's reports it was made
-- from (their count and the sum of their ids): once a report of that year is stored, a replica
-- (told by NOTIFY) looks for another mark and makes it again. Reports are never deleted, so a count
-- and a sum name one set of reports.
CREATE TABLE kept_rankings (
  year int NOT NULL,
  key text NOT NULL,
  reports int NOT NULL,
  mark text NOT NULL,
  value json NOT NULL,
  made_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (year, key)
);
`,
  },
  {
    version: 7,
    name: "regions: the report list's page without reading every report",
    sql: `
-- The report list (“有哪些报告”, help) is ordered by region, then year; help names the first regions
-- in load order. Both grouped every report by region (two scans of reports: 0.45 s at 20 000).
-- Kept per region as reports are stored (write.ts): how many, and its first file (load order).
CREATE TABLE regions (
  region text PRIMARY KEY,
  reports int NOT NULL,
  first_file text COLLATE "C" NOT NULL
);
INSERT INTO regions (region, reports, first_file) SELECT region, count(*), min(file COLLATE "C") FROM reports GROUP BY region;
CREATE INDEX regions_in_load_order ON regions (first_file);
-- the page's reports, by region (a scan of reports took 0.3 s at 20 000)
CREATE INDEX reports_by_region ON reports (region);
`,
  },
  {
    version: 8,
    name: "champion lists: a search reads a bounded set of passages for a common term",
    sql: `
-- champions.ts: each common term's best passages per year, so that a search never reads a GIN
-- list of millions of passages; built here over the passages stored before.
${CHAMPIONS_SCHEMA}
${buildAllSql(TIERS)}
`,
  },
  {
    version: 9,
    name: "reports.stated: the parents a report states for its place, read by the names layer",
    sql: `
-- The parents a report states for its place when its name and the gazetteer place it nowhere
-- (read/stated-parents.ts: “我县隶属澄州市”; write.ts). The names layer takes each body's first by
-- file (store.ts loadNames), as the in-memory store does, from this partial index: the few reports
-- stating any, never every report.
ALTER TABLE reports ADD COLUMN stated text[];
-- reports stored before: every parent their body holds, the gazetteer's too (loadNames keeps only
-- those of bodies nothing else places)
UPDATE reports SET stated = ARRAY(SELECT jsonb_array_elements_text(body -> 'parents'))
  WHERE jsonb_typeof(body -> 'parents') = 'array' AND body -> 'parents' <> '[]'::jsonb;
CREATE INDEX reports_stated ON reports (agency_id, file) INCLUDE (stated) WHERE stated IS NOT NULL;
`,
  },
];

/** Any number: the lock every replica takes while migrating. */
const MIGRATION_LOCK = 4_810_213;

/** Apply the migrations not yet applied; returns the versions applied now. */
export async function migrate(client: pg.ClientBase): Promise<number[]> {
  await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
  try {
    await client.query("CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
    const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [m.version, m.name]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        throw new Error(`database migration ${m.version} (${m.name}) failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      applied.push(m.version);
    }
    const newest = Math.max(...MIGRATIONS.map((m) => m.version));
    const ahead = [...done].filter((v) => v > newest);
    if (ahead.length) throw new Error(`the database has schema version ${Math.max(...ahead)}, newer than this program's ${newest}: update the program`);
    return applied;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  }
}

/**
 * Champion lists (a tiered index, Manning et al., Introduction to IR §7.1.3–7.1.4): so that a
 * search's work does not grow with the corpus. A term in more than `threshold` passages is never
 * read from the GIN index whole (at 100 000 reports the GIN list of a common word holds ~millions
 * of passages, and BM25 over all of them took 72.6 s); instead, for each year, its `size` passages
 * of the highest BM25 contribution are kept here, and a search takes them as the term's candidates.
 * Within one term the order does not depend on its idf, only on the term's frequency in the passage
 * and the passage's length, so the lists need no change when idfs move. It is ranked with a fixed
 * average passage length (`AVERAGE_LENGTH`) rather than the corpus's of the moment, so that a list
 * never mixes passages ranked by different rules (the average only decides between a passage with
 * the term more often and a shorter one with it less often).
 *
 * Kept up to date in the transaction that stores reports (write.ts): a term's lists are built from
 * the GIN index when its document frequency passes the threshold, and the passages stored later
 * enter a list when they rank before its last one (its floor). A term's lists are only changed by a
 * transaction holding that term's row in `terms` (its frequency was just added to), so concurrent
 * import batches change them one after the other; a failed batch changes nothing.
 *
 * Below the threshold nothing changes: a search is exact, as in memory.
 */
import type pg from "pg";
import { quoteLexeme } from "./write.ts";

export interface Tiers {
  /** A term in more passages than this has champion lists, and a search reads those instead of its GIN list. */
  threshold: number;
  /** Passages kept per term and year. */
  size: number;
}

/**
 * The defaults every process writing or reading one database must share (only tests change them,
 * on a database of their own). A term under the threshold costs a search at most that many
 * passages; the test corpora (68 reports, ~2 700 passages) never reach it, so their searches are
 * exact.
 */
export const TIERS: Tiers = { threshold: 5_000, size: 300 };

/** Terms in a passage, on average: 22.2 in the bundled reports, 15.7 in the synthetic ones. */
export const AVERAGE_LENGTH = 20;
/** BM25's k and b (search.ts): a term's contribution to a passage, without the term's idf and the constant d. */
const K = 1.2;
const B = 0.7;
/** A lexeme's frequency in a passage (`u`, of its tsvector), as search.ts counts it. */
const TF = "least(coalesce(array_length(u.positions, 1), 1), 255)::float8";
/** In float8 throughout (a bare 0.7 is numeric in SQL), as \`impact\` computes it in JavaScript. */
const IMPACT = `${TF} * ${K + 1}::float8 / (${TF} + ${K}::float8 * (1::float8 - ${B}::float8 + ${B}::float8 * least(p.len, 65535)::float8 / ${AVERAGE_LENGTH}::float8))`;

/** A term's contribution to a passage, as the champion lists rank it (stored as a float4). */
export function impact(tf: number, len: number): number {
  return Math.fround((tf * (K + 1)) / (tf + K * (1 - B + (B * Math.min(len, 65535)) / AVERAGE_LENGTH)));
}

export const CHAMPIONS_SCHEMA = `
CREATE TABLE champions (
  term text COLLATE "C" NOT NULL,
  year int NOT NULL,
  report_id int NOT NULL,
  -- the report's file: ties are ranked in file order, as a search ranks them
  file text COLLATE "C" NOT NULL,
  ord int NOT NULL,
  -- the term's BM25 contribution to the passage, without its idf (champions.ts)
  impact real NOT NULL,
  PRIMARY KEY (term, year, report_id, ord)
);
-- a list in its order (a search reads it whole; cutting a full list reads it backwards, from its last)
CREATE INDEX champions_rank ON champions (term, year, impact DESC, file, ord);
-- a full list's last passage (null while the list holds fewer than its size): a passage stored later
-- enters only if it ranks before it (a higher impact, or the same and an earlier file or passage)
CREATE TABLE champion_floors (
  term text COLLATE "C" NOT NULL,
  year int NOT NULL,
  impact real,
  file text COLLATE "C",
  ord int,
  PRIMARY KEY (term, year)
);`;

/**
 * Every passage holding one of the terms ($1, with their tsqueries $2) into their lists: a term that
 * just passed the threshold. Returns each list once (a row per passage was ~10^5–10^6 rows when
 * many terms crossed together in a large import).
 */
const BUILD_SQL = `
WITH built AS (
INSERT INTO champions (term, year, report_id, file, ord, impact)
SELECT t.term, r.year, p.report_id, r.file, p.ord, ${IMPACT}
FROM unnest($1::text[], $2::tsquery[]) AS t(term, q)
JOIN passages p ON p.tsv @@ t.q
JOIN reports r ON r.id = p.report_id
CROSS JOIN LATERAL unnest(p.tsv) u
WHERE u.lexeme = t.term
ON CONFLICT DO NOTHING
RETURNING term, year
)
SELECT DISTINCT term, year FROM built`;

/** The new reports' ($2) passages holding one of the terms ($1) into those of their lists whose floor they pass: how many entered each list, and whether it was full. */
const ADD_SQL = `
WITH entered AS (
INSERT INTO champions (term, year, report_id, file, ord, impact)
SELECT n.* FROM (
  -- compared as stored (float4); ties in the lists' order (file, passage), not in the order stored
  SELECT u.lexeme AS term, r.year, p.report_id, r.file, p.ord, (${IMPACT})::real AS impact
  FROM reports r JOIN passages p ON p.report_id = r.id CROSS JOIN LATERAL unnest(p.tsv) u
  WHERE r.id = ANY($2::int[]) AND u.lexeme = ANY($1::text[])
) n LEFT JOIN champion_floors f ON f.term = n.term AND f.year = n.year
WHERE f.file IS NULL OR n.impact > f.impact OR (n.impact = f.impact AND (n.file, n.ord) < (f.file, f.ord))
ON CONFLICT DO NOTHING
RETURNING term, year
)
SELECT e.term, e.year, count(*)::int AS k, bool_or(f.file IS NOT NULL) AS full
FROM entered e LEFT JOIN champion_floors f ON f.term = e.term AND f.year = e.year GROUP BY e.term, e.year`;

/**
 * Full lists ($1, $2) that $3 passages entered: their last $3 cut, their floor the one before those
 * (read in the statement's snapshot, before the cut). Two short index ranges a list, where sorting
 * each list whole (TRIM_SQL) made the import of a batch 0.2–0.6 s slower (10 000 reports, load 18).
 */
const CUT_SQL = `
WITH l AS (SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS l(term, year, k)),
gone AS (
  DELETE FROM champions c USING (
    SELECT l.term, l.year, g.report_id, g.ord FROM l CROSS JOIN LATERAL (
      SELECT report_id, ord FROM champions c WHERE c.term = l.term AND c.year = l.year ORDER BY impact, file DESC, ord DESC LIMIT l.k
    ) g
  ) d
  WHERE c.term = d.term AND c.year = d.year AND c.report_id = d.report_id AND c.ord = d.ord
)
UPDATE champion_floors f SET impact = x.impact, file = x.file, ord = x.ord
FROM l CROSS JOIN LATERAL (
  SELECT impact, file, ord FROM champions c WHERE c.term = l.term AND c.year = l.year ORDER BY impact, file DESC, ord DESC OFFSET l.k LIMIT 1
) x
WHERE f.term = l.term AND f.year = l.year`;

/** The lists ($1, $2) cut back to their best $3 (ties in file order, then passage, as a search breaks them), their floors set. */
const TRIM_SQL = `
WITH lists AS (SELECT DISTINCT * FROM unnest($1::text[], $2::int[]) AS l(term, year)),
ranked AS (
  SELECT c.term, c.year, c.report_id, c.file, c.ord, c.impact,
         row_number() OVER (PARTITION BY c.term, c.year ORDER BY c.impact DESC, c.file, c.ord) AS n
  FROM champions c JOIN lists l ON l.term = c.term AND l.year = c.year
), gone AS (
  DELETE FROM champions c USING ranked x
  WHERE x.n > $3 AND c.term = x.term AND c.year = x.year AND c.report_id = x.report_id AND c.ord = x.ord
)
INSERT INTO champion_floors (term, year, impact, file, ord)
SELECT l.term, l.year, x.impact, x.file, x.ord FROM lists l LEFT JOIN ranked x ON x.term = l.term AND x.year = l.year AND x.n = $3
ON CONFLICT (term, year) DO UPDATE SET impact = EXCLUDED.impact, file = EXCLUDED.file, ord = EXCLUDED.ord`;

/**
 * After a transaction stored reports (`ids`) and added `added` to their terms' document frequencies
 * (now `df`, read while holding the terms' rows): terms that passed the threshold get their lists
 * built, the other common terms take in the new passages that beat their floors.
 */
export async function updateChampions(client: pg.ClientBase, tiers: Tiers, ids: number[], added: ReadonlyMap<string, number>, df: readonly { term: string; df: number }[]): Promise<void> {
  const common = df.filter((t) => t.df > tiers.threshold);
  if (!common.length) return;
  const crossed = common.filter((t) => t.df - (added.get(t.term) ?? 0) <= tiers.threshold).map((t) => t.term);
  const before = common.filter((t) => t.df - (added.get(t.term) ?? 0) > tiers.threshold).map((t) => t.term);
  const touched: { term: string; year: number }[] = [];
  if (crossed.length) {
    await client.query("DELETE FROM champions WHERE term = ANY($1)", [crossed]);
    await client.query("DELETE FROM champion_floors WHERE term = ANY($1)", [crossed]);
    // not push(...rows): spreading a large array into arguments overflows the stack
    for (const list of (await client.query<{ term: string; year: number }>(BUILD_SQL, [crossed, crossed.map(quoteLexeme)])).rows) touched.push(list);
  }
  const full: { term: string; year: number; k: number }[] = [];
  if (before.length && ids.length) {
    for (const e of (await client.query<{ term: string; year: number; k: number; full: boolean }>(ADD_SQL, [before, ids])).rows) (e.full ? full : touched).push(e);
  }
  if (full.length) await client.query(CUT_SQL, [full.map((t) => t.term), full.map((t) => t.year), full.map((t) => t.k)]);
  if (touched.length) await client.query(TRIM_SQL, [touched.map((t) => t.term), touched.map((t) => t.year), tiers.size]);
}

/** Every list built again over the stored passages (after a change of the tiers: every process must then use the new ones). */
export async function rebuildChampions(client: pg.ClientBase, tiers: Tiers): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query("TRUNCATE champions, champion_floors");
    await client.query(buildAllSql(tiers));
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  }
}

/** The lists of every term past the threshold, built over the stored passages (the migration that made the tables, rebuildChampions). */
export function buildAllSql(tiers: Tiers): string {
  return `
INSERT INTO champions (term, year, report_id, file, ord, impact)
SELECT term, year, report_id, file, ord, impact FROM (
  SELECT x.*, row_number() OVER (PARTITION BY term, year ORDER BY impact DESC, file, ord) AS n
  FROM (
    SELECT u.lexeme AS term, r.year, p.report_id, r.file, p.ord, (${IMPACT})::real AS impact
    FROM reports r JOIN passages p ON p.report_id = r.id CROSS JOIN LATERAL unnest(p.tsv) u
    WHERE u.lexeme IN (SELECT term FROM terms WHERE df > ${tiers.threshold})
  ) x
) y WHERE n <= ${tiers.size};
INSERT INTO champion_floors (term, year, impact, file, ord)
SELECT l.term, l.year, x.impact, x.file, x.ord FROM (SELECT DISTINCT term, year FROM champions) l
LEFT JOIN LATERAL (
  SELECT impact, file, ord FROM champions c WHERE c.term = l.term AND c.year = l.year ORDER BY impact DESC, file, ord OFFSET ${tiers.size - 1} LIMIT 1
) x ON true;`;
}

/**
 * Full-text search in PostgreSQL, ranked like the in-memory index (src/index/search.ts): the same
 * jieba terms, the same BM25 (k 1.2, b 0.7, d 0.5, length norm rounded to float32 as there), the
 * same product with the number of query terms matched and the agency (×3) and year (×2) boosts,
 * the same dropping of very common terms from unscoped queries, ties in document order (file,
 * passage). The GIN index finds the passages holding a term, except for a term in more passages
 * than the champion lists' threshold (champions.ts): its best passages per year stand for it, so a
 * search reads a bounded number of passages whatever the corpus (exact below the threshold, close
 * above it). A term's frequency in a passage is the number of its positions in the tsvector. Not done here: fuzzy matching of Latin terms
 * (prefixes are), so a misspelt Latin word finds less than in memory.
 */
import type pg from "pg";
import type { Hit, SearchOptions } from "../../index/search.ts";
import type { NameTable } from "../../index/name-table.ts";
import { tokens } from "../../index/tokenize.ts";
import type { Tiers } from "./champions.ts";
import { quoteLexeme } from "./write.ts";

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FREQUENT = 0.1;
const MIN_FREQUENT = 100;
const PREFIX_WEIGHT = 0.375;
const LATIN = /^[a-z][a-z0-9-]*$/u;
const YEAR = /^(19|20)\d\d$/u;

export interface SearchContext {
  /** Name form (lower case) → the agencies it names (as answers name them). */
  names: NameTable;
  /** Agency as answered → the stored agency ids. */
  agencyIds: (agency: string) => number[];
  /** Stored agency id → the agency as answered. */
  agencyName: (id: number) => string;
  /** Passages and the total of their lengths (in terms). */
  stats: () => Promise<{ passages: number; terms: number }>;
  tiers: Tiers;
}

interface QueryTerm {
  bit: number;
  expansions: { term: string; weight: number; df: number }[];
  df: number;
}

interface HitRow {
  file: string;
  agency_id: number;
  region: string;
  year: number;
  section: number;
  body: string;
  start_at: number;
  end_at: number;
  score: number;
  pid: string;
}

export async function pgSearch(client: pg.ClientBase, ctx: SearchContext, query: string, opts: SearchOptions = {}): Promise<Hit[]> {
  if (opts.kinds && !opts.kinds.includes("passage")) return [];
  const words = [...new Set(tokens(query))];
  if (words.length === 0) return [];
  const agencies = new Set<string>();
  for (const name of opts.agencies ?? []) for (const a of ctx.names.get(name.toLowerCase()) ?? [name]) agencies.add(a);
  for (const t of words) for (const a of ctx.names.get(t) ?? []) agencies.add(a);
  const years = [...new Set<number>(opts.years ?? words.filter((t) => YEAR.test(t)).map(Number))];
  const limit = opts.limit ?? 10;
  const agencyIds = [...agencies].flatMap((a) => ctx.agencyIds(a));
  const files = opts.files ? [...new Set(opts.files)] : null;

  const names = words.filter((t) => ctx.names.has(t));
  const content = words.filter((t) => !YEAR.test(t) && !names.some((n) => n.includes(t)));
  if (content.length === 0 && agencies.size > 0) {
    // only a name (and years): the agency's passages, its reports of those years first
    const { rows } = await client.query<HitRow>(
      `SELECT r.file, r.agency_id, r.region, r.year, p.section, p.body, p.start_at, p.end_at, p.pid,
              3.0 * (CASE WHEN r.year = ANY($2::int[]) THEN 2 ELSE 1 END) AS score
       FROM reports r JOIN passages p ON p.report_id = r.id
       WHERE r.agency_id = ANY($1::int[]) AND ($3::text[] IS NULL OR r.file = ANY($3))
       ORDER BY score DESC, r.file COLLATE "C", p.ord LIMIT $4`,
      [agencyIds, years, files, limit],
    );
    return rows.map((r) => hitOf(ctx, r));
  }
  const terms = await queryTerms(client, content.length ? content : words);
  if (terms.length === 0) return [];
  let finders = terms;
  const stats = await ctx.stats();
  if (!files) {
    const rare = terms.filter((q) => q.df <= Math.max(FREQUENT * stats.passages, MIN_FREQUENT));
    finders = rare.length ? rare : [terms.reduce((a, b) => (b.df < a.df ? b : a))];
  }
  const n = stats.passages;
  const avg = n ? stats.terms / n : 0;
  // each expansion weighed by its own idf, as the in-memory index does
  const flat = finders.flatMap((q) => q.expansions.map((e) => ({ ...e, bit: q.bit, w: e.weight * Math.log(1 + (n - e.df + 0.5) / (e.df + 0.5)) })));
  const fileIds = files ? await reportIds(client, files) : null;
  // The candidates: a term's passages from the GIN index, unless it is in more than the threshold's
  // passages and no files bound the search; then its champion lists (champions.ts), and the
  // passages of the agencies named, whose boost could lift them above the champions.
  const common = fileIds ? [] : flat.filter((e) => e.df > ctx.tiers.threshold);
  const rare = fileIds ? flat : flat.filter((e) => e.df <= ctx.tiers.threshold);
  const params: unknown[] = [];
  const $ = (v: unknown, type: string) => `$${params.push(v)}::${type}`;
  const sources: string[] = [];
  if (rare.length) sources.push(`SELECT report_id, ord FROM passages WHERE tsv @@ ${$(rare.map((e) => quoteLexeme(e.term)).join(" | "), "tsquery")}${fileIds ? ` AND report_id = ANY(${$(fileIds, "int[]")})` : ""}`);
  if (common.length) {
    sources.push(`SELECT report_id, ord FROM champions WHERE term = ANY(${$(common.map((e) => e.term), "text[]")})`);
    if (agencyIds.length) sources.push(`SELECT p.report_id, p.ord FROM reports r JOIN passages p ON p.report_id = r.id WHERE r.agency_id = ANY(${$(agencyIds, "int[]")}) AND p.tsv @@ ${$(common.map((e) => quoteLexeme(e.term)).join(" | "), "tsquery")}`);
  }
  const [d, k, b, avgLen] = [$(BM25.d, "float8"), $(BM25.k, "float8"), $(BM25.b, "float8"), $(avg || 1, "float8")];
  const { rows } = await client.query<HitRow>(
    `WITH q AS (SELECT * FROM unnest(${$(flat.map((e) => e.term), "text[]")}, ${$(flat.map((e) => e.w), "float8[]")}, ${$(flat.map((e) => e.bit), "int[]")}) WITH ORDINALITY AS q(term, w, bit, i)),
     candidates AS (${sources.join(" UNION ")}),
     scored AS (
       SELECT p.report_id, p.ord,
              -- added in the query's term order, as the in-memory index adds them: in the order the plan
              -- gave them, the last bits of a score changed with the plan, and passages tied in one run did
              -- not in the next (test/store/pg-search-order.test.ts)
              sum(q.w * (${d} + (t.tf * (${k} + 1)) / (t.tf + (${k} * (1 - ${b} + ${b} * least(p.len, 65535) / ${avgLen}))::real::float8)) ORDER BY q.i) AS s,
              bit_or(q.bit) AS bits
       FROM candidates c
       JOIN passages p ON p.report_id = c.report_id AND p.ord = c.ord
       CROSS JOIN LATERAL unnest(p.tsv) u
       JOIN q ON q.term = u.lexeme
       CROSS JOIN LATERAL (SELECT least(coalesce(array_length(u.positions, 1), 1), 255)::float8 AS tf) t
       GROUP BY p.report_id, p.ord
     ),
     best AS (
       SELECT s.report_id, s.ord, r.file, r.agency_id, r.region, r.year,
              s.s * length(replace(s.bits::bit(32)::text, '0', ''))
                * (CASE WHEN r.agency_id = ANY(${$(agencyIds, "int[]")}) THEN 3 ELSE 1 END) * (CASE WHEN r.year = ANY(${$(years, "int[]")}) THEN 2 ELSE 1 END) AS score
       FROM scored s JOIN reports r ON r.id = s.report_id
       ORDER BY score DESC, r.file COLLATE "C", s.ord LIMIT ${$(limit, "int")}
     )
     -- the passages' text for the few shown only (joined to every scored one, the planner read the whole table)
     SELECT b.file, b.agency_id, b.region, b.year, p.section, p.body, p.start_at, p.end_at, p.pid, b.score
     FROM best b JOIN passages p ON p.report_id = b.report_id AND p.ord = b.ord
     ORDER BY b.score DESC, b.file COLLATE "C", b.ord`,
    params,
  );
  return rows.map((r) => hitOf(ctx, r));
}

async function reportIds(client: pg.ClientBase, files: string[]): Promise<number[]> {
  const { rows } = await client.query<{ id: number }>("SELECT id FROM reports WHERE file = ANY($1)", [files]);
  return rows.map((r) => r.id);
}

function hitOf(ctx: SearchContext, r: HitRow): Hit {
  return {
    file: r.file, agency: ctx.agencyName(r.agency_id), region: r.region, year: r.year, kind: "passage",
    section: r.section, text: r.body, start: r.start_at, end: r.end_at, score: Number(r.score), passageId: r.pid,
  };
}

/** Each query word found in the corpus, with its document frequency (and, for Latin words, the longer words it begins). */
async function queryTerms(client: pg.ClientBase, words: string[]): Promise<QueryTerm[]> {
  const { rows } = await client.query<{ term: string; df: number }>("SELECT term, df FROM terms WHERE term = ANY($1)", [words]);
  const df = new Map(rows.map((r) => [r.term, r.df]));
  const out: QueryTerm[] = [];
  for (const w of words) {
    const expansions: QueryTerm["expansions"] = [];
    const exact = df.get(w);
    if (exact !== undefined) expansions.push({ term: w, weight: 1, df: exact });
    if (LATIN.test(w) && w.length >= 3) {
      const longer = await client.query<{ term: string; df: number }>(`SELECT term, df FROM terms WHERE term > $1 AND term < $1 || chr(1114111) ORDER BY term`, [w]);
      for (const t of longer.rows) {
        if (!LATIN.test(t.term)) continue;
        const distance = t.term.length - w.length;
        expansions.push({ term: t.term, weight: (PREFIX_WEIGHT * t.term.length) / (t.term.length + 0.3 * distance), df: t.df });
      }
    }
    if (expansions.length === 0) continue;
    out.push({ bit: 1 << Math.min(out.length, 31), expansions, df: expansions.reduce((s, e) => s + e.df, 0) });
  }
  return out;
}

/**
 * The PostgreSQL store (DATABASE_URL=postgres://…): reports live in the database, a process keeps
 * only the agency names and what recent questions fetched. A question is answered by the same
 * answerer as in memory, over a view (view.ts) filled with what it needs: an agency's reports by
 * index, a year's ranking from the cells of that figure, passages by the full-text index.
 *
 * Several processes can share one database: a change (upload, import, /reload) is announced with
 * NOTIFY on the `nianbao_reports` channel, and every process listening drops what it fetched and
 * reloads the names.
 */
import pg from "pg";
import { createAnswerer, type AnswererOptions } from "../../answers/answerer.ts";
import type { Metric } from "../../answers/lexicon.ts";
import type { AgencyName } from "../../answers/understand.ts";
import { NO_PARENTS, placedByName } from "../../index/agency/identity.ts";
import { unifyAgencies } from "../../index/corpus.ts";
import { nameWords } from "../../index/names.ts";
import { NameTable } from "../../index/name-table.ts";
import type { Answer, Report, Table } from "../../index/schema.ts";
import type { Hit, SearchOptions } from "../../index/search.ts";
import { addWords, useNamesOnDemand } from "../../index/tokenize.ts";
import { listOrder, rankingKey } from "../memory.ts";
import { figureCells, rankReports, tableValue } from "../ranking.ts";
import type { HeadQuery, ListedReport, RankedField, ReportHead, ReportList } from "../store.ts";
import type { PartialTables } from "../../index/report-cache-cells.ts";
import { AnsweredAgencies, StoredIds } from "./agency-ids.ts";
import { agencyOrder, checkCounts, headsWhere, listedPage, multiYearRegion, type ListOrder, type StoredHead } from "./catalogue.ts";
import { TIERS, type Tiers } from "./champions.ts";
import { migrate } from "./migrations.ts";
import { entrantsMark, fillFigureCells, loadYearEntrants, pooledPage, rankEntrants, type CompactRanking, type YearEntrants } from "./pooled.ts";
import { loadReports } from "./read.ts";
import { pgSearch, type SearchContext } from "./search.ts";
import { FetchingView, type Fetched, type Miss } from "./view.ts";
import { saveBatch, saveReport, type SaveResult } from "./write.ts";

export const CHANNEL = "nianbao_reports";

/**
 * Passes of the answerer over a view, each fetching what the last one lacked. A cold ranking at
 * 20 000 reports needs up to six (its field, the reports it shows, their agencies' other years, the
 * cross-year checks …); at six, a question asked with nothing kept from earlier ones could stop one
 * pass short and answer “not found” where the in-memory store answers (10 of the bench's 300
 * questions at 20 000 reports, once a replica kept less between questions; 0 at sixteen).
 */
const MAX_PASSES = 16;
/**
 * What a replica keeps between questions, so that its memory does not grow with the corpus: a
 * report read whole is ~100 KB in memory (500 agencies' reports, the first bound, took a 20 000-report
 * replica from 213 to 782 MB); reports are counted once whether kept by agency or by file (64
 * agencies of 7 years each were 448 reports beside 256 files).
 */
const REPORTS_KEPT = 256;
/**
 * Rankings kept, counted in the reports they rank (scored or lacking): a year's ranking is one entry
 * a report of that year, so a count of rankings let memory grow with the corpus (64 rankings of a
 * 100 000-report corpus's busiest year are 670 000 entries).
 */
const RANKED_KEPT = 150_000;
/**
 * Reports ranked in the rankings kept as numbers for the pools' pages (pooled.ts: 16 bytes a ranked
 * report, with the year's report and agency ids shared): 4 MB.
 */
const COMPACT_KEPT = 250_000;
/** Results made from rankings kept (ReportStore.kept: a page of ~50 entries each, a few KB). */
const KEPT = 512;
/** Years whose reports' heads (who wrote each: the rankings' entrants) are kept, read once for every ranking of the year. */
const YEARS_OF_HEADS = 2;

/** Who wrote each report of a year, in file order: what a ranking ranks, before its figure's cells. */
type YearHeads = { id: number; head: ReportHead; template: Report["template"] }[];

interface Names {
  names: AgencyName[];
  /** Agency as answered → its stored ids (one agency may have been stored under a shorter name too). */
  ids: StoredIds;
  /** Stored agency id → the agency as answered, and the warning unifying it adds. */
  unified: AnsweredAgencies;
  years: number[];
  counts: Map<number, number>;
  /** Each year's reports: count and sum of ids (see Fetched.marks). */
  marks: Map<number, string>;
  forms: NameTable;
}

export interface PgStore {
  /** Answer a question from the database. */
  answer(question: string, opts?: Pick<AnswererOptions, "today">): Promise<Answer>;
  /** Store a parsed report (one transaction) and, unless told not to (a bulk import announces once at the end), tell every process. */
  save(report: Report, hash: string, announce?: boolean): Promise<SaveResult>;
  /** Store parsed reports in one transaction (a bulk import's batch: `nianbao import`); announcing is the caller's. */
  saveBatch(items: { report: Report; hash: string }[]): Promise<SaveResult[]>;
  /** Free-text search over the stored passages, as a search question reads it (search.ts). */
  search(query: string, opts?: SearchOptions): Promise<Hit[]>;
  /** Reports stored. */
  count(): Promise<number>;
  /** How many passes over the view the last answer took (each fetching what the one before lacked): for the bench and tests. */
  passes(): number;
  /** The agencies as answers name them (the same array until the reports change). */
  names(): AgencyName[];
  /** Reports stored when the names were last read (no query). */
  total(): number;
  /** The heads (file, title, agency, region, year, template; no tables or text) of the reports a query names, by file (catalogue.ts). */
  heads(query: HeadQuery): Promise<StoredHead[]>;
  /** The first region in load order with reports of two years or more, and its years (help's example); read once per change. */
  multiYearRegion(): Promise<{ region: string; years: number[] } | null>;
  /** Per file: its checks, how many break, its repairs and warnings (the report list's summary), not the reports whole. */
  checkCounts(files: readonly string[]): Promise<Map<string, { checks: number; broken: number; repairs: number; warnings: number }>>;
  /** A page of the report list's heads (by agency, then year), read from the agencies it spans. */
  listPage(requested: number, size: number): Promise<{ heads: StoredHead[]; page: number; pages: number; total: number }>;
  /** These reports, whole (files not stored are left out). */
  reportsByFile(files: string[]): Promise<Report[]>;
  /** An agency's reports, whole, oldest first. */
  reportsOf(agency: string): Promise<Report[]>;
  /** Drop what was fetched and re-read the names (after a change elsewhere, or /reload). */
  refresh(): Promise<void>;
  /** Tell every process (this one too) that the reports changed. */
  announce(): Promise<void>;
  /** Called after each change seen on the channel (any process's, this one's too). */
  onChange(listener: () => void): void;
  /**
   * Chat-event dedup shared by every replica (the database-backed form of the Feishu adapter's
   * TtlSet.firstTime): record the keys (event_id, message_id); true only if none of them was
   * recorded in the last `ttlMs` by any process. Atomic: of two replicas given one event, one
   * gets true.
   */
  firstTime(keys: string[], ttlMs?: number): Promise<boolean>;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

export interface PgStoreOptions {
  /** Listen for other processes' changes (default true; one-shot commands turn it off). */
  listen?: boolean;
  /**
   * Bulk writing (`nianbao import`): commits do not wait for the WAL to reach the disk
   * (synchronous_commit off, for this store's connections only). A crash loses at most the last
   * moment's reports, never half of one; importing again stores what is missing.
   */
  bulk?: boolean;
  /** The champion lists' threshold and size (champions.ts); tests only, on a database of their own. */
  tiers?: Tiers;
}

export async function openPgStore(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
  const tiers = opts.tiers ?? TIERS;
  const pool = new pg.Pool({ connectionString: url, max: 4, ...(opts.bulk ? { options: "-c synchronous_commit=off" } : {}) });
  pool.on("error", (e) => process.stderr.write(`[nianbao] database connection lost: ${e.message}\n`));
  const client = await pool.connect().catch((e: unknown) => {
    void pool.end();
    throw new Error(`cannot connect to the database in DATABASE_URL: ${e instanceof Error ? e.message : String(e)}`);
  });
  try {
    await migrate(client);
  } finally {
    client.release();
  }

  let names = await loadNames(pool, opts.bulk === true);
  let fetched = emptyFetched(names);
  let yearHeads = new Map<number, Promise<YearHeads>>();
  /** Each year's reports as numbers (pooled.ts), for the pools' pages: 2 years, as the heads. */
  let yearEntrants = new Map<number, Promise<YearEntrants>>();
  /** Years' rankings by a figure, as numbers (pooled.ts), by rankingKey, counted in the reports they rank. */
  let compact = new Map<string, Promise<CompactRanking>>();
  /**
   * Per year, since the names were read: was every set of heads read since of the reports the
   * names counted (their mark)? Only then are the rankings made from them written for the others.
   */
  let headsMatch = new Map<number, boolean>();
  let stats: Promise<{ passages: number; terms: number }> | null = null;
  /** The report list's agency order and help's example region: read when first asked for after a change. */
  let order: Promise<ListOrder> | null = null;
  let multi: Promise<{ region: string; years: number[] } | null> | null = null;
  const listeners: (() => void)[] = [];
  let lastPasses = 0;

  const refresh = async () => {
    names = await loadNames(pool, opts.bulk === true);
    fetched = emptyFetched(names);
    yearHeads = new Map();
    yearEntrants = new Map();
    compact = new Map();
    headsMatch = new Map();
    stats = null;
    order = null;
    multi = null;
  };

  let listener: pg.Client | null = null;
  if (opts.listen !== false) {
    listener = new pg.Client({ connectionString: url });
    await listener.connect();
    // Changes arriving while a refresh runs are coalesced into one more refresh after it.
    let running: Promise<void> | null = null;
    let again = false;
    const onNotice = () => {
      if (running) {
        again = true;
        return;
      }
      const run = refresh().then(
        () => listeners.forEach((l) => l()),
        (e: unknown) => void process.stderr.write(`[nianbao] could not reload after a change: ${e instanceof Error ? e.message : String(e)}\n`),
      );
      running = run;
      void run.finally(() => {
        running = null;
        if (again) {
          again = false;
          onNotice();
        }
      });
    };
    listener.on("notification", onNotice);
    listener.on("error", (e) => process.stderr.write(`[nianbao] change listener lost: ${e.message}\n`));
    await listener.query(`LISTEN ${CHANNEL}`);
  }

  const searchContext = (): SearchContext => ({
    names: names.forms,
    agencyIds: (agency) => names.ids.get(agency) ?? [],
    agencyName: (id) => names.unified.get(id)?.agency ?? "",
    tiers,
    stats: () =>
      (stats ??= pool.query<{ passages: string | null; terms: string | null }>("SELECT sum(passages) AS passages, sum(terms) AS terms FROM reports").then((r) => ({
        passages: Number(r.rows[0]?.passages ?? 0),
        terms: Number(r.rows[0]?.terms ?? 0),
      }))),
  });

  /** Stored reports as the in-memory corpus has them: agencies unified as loadCorpus does. */
  const asAnswered = (reports: Report[], agencyIdOf: Map<string, number>): Report[] =>
    reports.map((r) => {
      const u = names.unified.get(agencyIdOf.get(r.file) ?? -1);
      return u && u.agency !== r.agency ? { ...r, agency: u.agency, warnings: [...r.warnings, ...(u.warning ? [u.warning] : [])] } : r;
    });

  async function reportsWhere(where: string, params: unknown[]): Promise<Report[]> {
    const { rows } = await pool.query<{ id: number; file: string; agency_id: number }>(`SELECT id, file, agency_id FROM reports r WHERE ${where} ORDER BY year, file COLLATE "C"`, params);
    const loaded = await loadReports(pool, rows.map((r) => r.id));
    return asAnswered(loaded, new Map(rows.map((r) => [r.file, r.agency_id])));
  }

  /**
   * A year's value loaded once and kept for the next questions of that year (at most
   * YEARS_OF_HEADS years): whether it matches the names' mark of the year is recorded, and a load
   * that failed is forgotten so the next question tries again.
   */
  function keptYear<T>(kept: Map<number, Promise<T>>, year: number, load: () => Promise<T>, markOfValue: (value: T) => string): Promise<T> {
    let value = kept.get(year);
    if (!value) {
      const loading = load();
      value = loading;
      const [matched, mark] = [headsMatch, names.marks.get(year)];
      loading.then(
        (v) => matched.set(year, (matched.get(year) ?? true) && markOfValue(v) === mark),
        () => kept.get(year) === loading && kept.delete(year),
      );
      kept.set(year, loading);
      for (const old of kept.keys()) if (kept.size > YEARS_OF_HEADS && old !== year) kept.delete(old);
    }
    return value;
  }

  /** A year's heads (an index-only range of reports_by_year), kept for the next rankings of that year. */
  const headsOf = (year: number): Promise<YearHeads> => keptYear(yearHeads, year, () => loadYearHeads(pool, year, (id) => names.unified.get(id)?.agency), markOf);

  /** A year's reports as numbers, kept for the pools' pages of that year (as headsOf, which they replace there). */
  const entrantsOf = (year: number): Promise<YearEntrants> => keptYear(yearEntrants, year, () => loadYearEntrants(pool, year), entrantsMark);

  /** A year's ranking by a figure as numbers, made once and kept until RANKED_KEPT reports are ranked in all. */
  function compactRanking(year: number, metric: Metric, columns: string[], asc: boolean): Promise<CompactRanking> {
    const key = rankingKey(year, metric, columns, asc);
    let ranking = compact.get(key);
    if (!ranking) {
      const kept = compact;
      const making = entrantsOf(year).then((e) => rankEntrants(pool, year, metric, columns, asc, e));
      ranking = making;
      making.catch(() => kept.get(key) === making && kept.delete(key));
      if ((compact.size + 1) * Math.max(1, names.counts.get(year) ?? 0) > COMPACT_KEPT) compact.clear();
      compact.set(key, making);
    }
    return ranking;
  }

  /**
   * Results made in this pass (ReportStore.kept) written for the other replicas: one statement each,
   * so two replicas making one at once leave one row; never over a row made from more reports. Not
   * written when the year's reports read for the rankings are not those the names were read with
   * (a report stored in between: its NOTIFY is on its way) — known without reading them again.
   */
  async function keep(f: Fetched): Promise<void> {
    const made = f.toKeep.splice(0);
    for (const k of made) {
      const mark = f.marks.get(k.year);
      if (!mark || headsMatch.get(k.year) !== true) continue;
      await pool
        .query(
          `INSERT INTO kept_rankings (year, key, reports, mark, value) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (year, key) DO UPDATE SET reports = EXCLUDED.reports, mark = EXCLUDED.mark, value = EXCLUDED.value, made_at = now()
           WHERE kept_rankings.reports <= EXCLUDED.reports`,
          [k.year, k.name, Number(mark.split(":")[0]), mark, JSON.stringify(k.value)],
        )
        .catch((e: unknown) => void process.stderr.write(`[nianbao] could not keep a ranking: ${e instanceof Error ? e.message : String(e)}\n`));
    }
  }

  async function fetchMiss(f: Fetched, m: Miss): Promise<void> {
    switch (m.kind) {
      case "agency":
      case "file": {
        // one query for all the agencies, one for all the files a pass asked for (see answer)
        return;
      }
      case "rank": {
        // the reports it shows are asked for by the answerer, all in its next pass (reportsByFiles)
        f.rankings.set(m.key, await rankFromCells(pool, m.year, m.metric, m.columns, m.asc, await headsOf(m.year)));
        return;
      }
      case "pooled": {
        const ranking = await compactRanking(m.year, m.metric, m.columns, m.asc);
        f.pooled.set(m.key, await pooledPage(pool, ranking, (id) => names.unified.get(id)?.agency ?? "", m.pool, m.n));
        if (f.pooled.size > KEPT) f.pooled.clear();
        return;
      }
      case "search": {
        f.searches.set(m.key, await store.search(m.query, m.opts));
        if (f.searches.size > 256) f.searches.clear();
        return;
      }
      case "listed": {
        f.listed.set(m.key, await listReports(pool, names, m.limit, m.regions));
        return;
      }
      case "kept": {
        const { rows } = await pool.query<{ value: unknown }>("SELECT value FROM kept_rankings WHERE year = $1 AND key = $2 AND mark = $3", [m.year, m.name, f.marks.get(m.year) ?? ""]);
        if (rows[0]) f.kept.set(m.key, rows[0].value);
        else f.notKept.add(m.key);
        return;
      }
    }
  }

  const store: PgStore = {
    pool,
    async answer(question, o = {}) {
      const f = fetched;
      // dropped between questions, never during one (its passes need what the earlier ones fetched)
      if (new Set([...f.byFile.values(), ...[...f.byAgency.values()].flat()]).size >= REPORTS_KEPT) {
        f.byAgency.clear();
        f.byFile.clear();
      }
      let ranked = 0;
      for (const r of f.rankings.values()) ranked += r.scored.length + r.lacking.length;
      if (ranked >= RANKED_KEPT) f.rankings.clear();
      if (f.kept.size >= KEPT) {
        f.kept.clear();
        f.notKept.clear();
      }
      let answer: Answer | null = null;
      for (let pass = 0; pass < MAX_PASSES; pass++) {
        const view = new FetchingView(f);
        answer = createAnswerer(view, o).answer(question);
        await keep(f);
        const misses = view.misses;
        lastPasses = pass + 1;
        if (!misses.length) return answer;
        const unique = dedupe(misses);
        const files = unique.flatMap((m) => (m.kind === "file" ? [m.file] : []));
        const agencies = unique.flatMap((m) => (m.kind === "agency" ? [m.agency] : []));
        const fetchFiles = async () => {
          if (!files.length) return;
          const found = new Map((await reportsWhere("file = ANY($1)", [files])).map((r) => [r.file, r]));
          for (const file of files) f.byFile.set(file, found.get(file) ?? null);
        };
        const fetchAgencies = async () => {
          if (!agencies.length) return;
          const reports = await reportsWhere("agency_id = ANY($1)", [agencies.flatMap((a) => names.ids.get(a) ?? [])]);
          const byAgency = new Map(agencies.map((a) => [a, [] as Report[]]));
          // reports come oldest first, as an agency's reports are kept
          for (const r of reports) {
            byAgency.get(r.agency)?.push(r);
            f.byFile.set(r.file, r);
          }
          for (const [a, list] of byAgency) f.byAgency.set(a, list);
        };
        // every miss of the pass at once, over the pool's connections (an indicator's input rankings together)
        await Promise.all([fetchFiles(), fetchAgencies(), ...unique.map((m) => fetchMiss(f, m))]);
      }
      return answer as Answer;
    },
    save: async (report, hash, announce = true) => {
      addWords(nameWords(report.agency, report.region));
      const r = await saveReport(pool, report, hash, tiers);
      if (r.stored && announce) await pool.query(`NOTIFY ${CHANNEL}`);
      return r;
    },
    async saveBatch(items) {
      const client = await pool.connect();
      try {
        // the report's names into jieba before its passages are cut, as save does
        return await saveBatch(client, items.map(({ report, hash }) => ({ report, hash, before: () => addWords(nameWords(report.agency, report.region)) })), tiers);
      } finally {
        client.release();
      }
    },
    async search(query, opts) {
      const client = await pool.connect();
      try {
        return await pgSearch(client, searchContext(), query, opts);
      } finally {
        client.release();
      }
    },
    names: () => names.names,
    passes: () => lastPasses,
    count: async () => Number((await pool.query<{ n: string }>("SELECT count(*) AS n FROM reports")).rows[0]?.n ?? 0),
    total: () => [...names.counts.values()].reduce((sum, n) => sum + n, 0),
    heads: (q) => headsWhere(pool, names, q),
    checkCounts: (files) =>
      checkCounts(pool, files, (id, stored) => {
        // as asAnswered adds it
        const u = names.unified.get(id);
        return u && u.agency !== stored && u.warning ? 1 : 0;
      }),
    multiYearRegion: () => (multi ??= multiYearRegion(pool).catch((e: unknown) => ((multi = null), Promise.reject(e)))),
    async listPage(requested, size) {
      const n = names;
      const o = await (order ??= agencyOrder(pool, n).catch((e: unknown) => ((order = null), Promise.reject(e))));
      return listedPage(pool, n, o, requested, size);
    },
    reportsByFile: (files) => reportsWhere("file = ANY($1)", [files]),
    reportsOf: (agency) => reportsWhere("agency_id = ANY($1)", [names.ids.get(agency) ?? []]),
    refresh,
    announce: async () => {
      await pool.query(`NOTIFY ${CHANNEL}`);
    },
    onChange: (l) => listeners.push(l),
    async firstTime(keys, ttlMs = 24 * 60 * 60 * 1000) {
      const unique = [...new Set(keys)].sort(); // one lock order for every replica
      if (!unique.length) return true;
      // a key seen longer ago than the TTL counts as new again (and is re-stamped)
      const r = await pool.query(
        `INSERT INTO seen_events (id) SELECT unnest($1::text[])
         ON CONFLICT (id) DO UPDATE SET seen_at = now() WHERE seen_events.seen_at < now() - make_interval(secs => $2::float8 / 1000)
         RETURNING id`,
        [unique, ttlMs],
      );
      if (Math.random() < 0.01) void pool.query("DELETE FROM seen_events WHERE seen_at < now() - make_interval(secs => $1::float8 / 1000)", [ttlMs]).catch(() => undefined);
      return r.rowCount === unique.length;
    },
    async close() {
      await listener?.end().catch(() => undefined);
      await pool.end();
    },
  };
  return store;
}

function dedupe(misses: Miss[]): Miss[] {
  const seen = new Set<string>();
  return misses.filter((m) => {
    const key = JSON.stringify(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function emptyFetched(n: Names): Fetched {
  return {
    names: n.names,
    years: n.years,
    counts: n.counts,
    marks: n.marks,
    byAgency: new Map(),
    byFile: new Map(),
    rankings: new Map(),
    pooled: new Map(),
    searches: new Map(),
    listed: new Map(),
    kept: new Map(),
    notKept: new Set(),
    toKeep: [],
  };
}

/** A set of a year's reports as a kept result names it: how many, and the sum of their ids. */
function markOf(heads: YearHeads): string {
  return `${heads.length}:${heads.reduce((sum, h) => sum + h.id, 0)}`;
}

/**
 * The agencies as answers name them, in the in-memory corpus's order (by file), unified as
 * loadCorpus unifies them; years and their report counts. Text is cut as if the name forms were
 * in jieba, as the in-memory index puts them there, so questions are cut alike: a bulk import adds
 * them all (it cuts every passage it stores), any other process only those a text holds, when it
 * cuts it (tokenize.ts useNamesOnDemand: ~45 MB less at 28 000 agencies).
 */
async function loadNames(pool: pg.Pool, bulk: boolean): Promise<Names> {
  const [{ rows }, statedRows] = await Promise.all([
    pool.query<{ id: number; name: string; region: string; first: string; parents: string[] | null }>(
      `SELECT DISTINCT ON (a.id) a.id, a.name, r.region, r.file AS first, a.parents
       FROM agencies a JOIN reports r ON r.agency_id = a.id ORDER BY a.id, r.file COLLATE "C"`,
    ),
    // the parents a report states for its place (read/stated-parents.ts): each stored name's first
    // report by file that states any, as the in-memory store takes them (memory.ts distinctAgencies);
    // a partial index of the few reports that do (migration 9)
    pool.query<{ agency_id: number; file: string; parents: string[] }>(
      `SELECT DISTINCT ON (agency_id) agency_id, file, stated AS parents FROM reports WHERE stated IS NOT NULL ORDER BY agency_id, file`,
    ),
  ]);
  rows.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  // unifyAgencies reads a report's agency, parents and warnings only: one stand-in per stored name
  const standIns = rows.map((r) => ({ agency: r.name, body: { parents: r.parents ?? [] }, warnings: [] as string[] }) as unknown as Report);
  const unifiedList = unifyAgencies(standIns);
  const unified = new AnsweredAgencies();
  const ids = new StoredIds();
  const seen = new Map<string, AgencyName>();
  // one string per region (each row brought its own copy: ~0.8 MB at 28 000 agencies)
  const regions = new Map<string, string>();
  rows.forEach((r, i) => {
    const u = unifiedList[i] as Report;
    unified.set(r.id, u.agency, u.warnings[0]);
    ids.add(u.agency, r.id);
    if (!seen.has(u.agency)) {
      let region = regions.get(r.region);
      if (region === undefined) regions.set(r.region, (region = r.region));
      // parents none stated until a report's statement below: these names decide (identity.ts learnParents)
      seen.set(u.agency, { agency: u.agency, region, parents: NO_PARENTS });
    }
  });
  const stated = new Map<string, { file: string; parents: string[] }>();
  for (const s of statedRows.rows) {
    const agency = unified.get(s.agency_id)?.agency;
    const had = agency === undefined ? undefined : stated.get(agency);
    if (agency !== undefined && (!had || s.file < had.file)) stated.set(agency, s);
  }
  for (const [agency, s] of stated) {
    const n = seen.get(agency);
    // a name or the gazetteer that places the agency outweighs its reports' statements
    if (n && !placedByName(agency)) n.parents = s.parents;
  }
  const names = [...seen.values()];
  const regionsOf = await pool.query<{ agency_id: number; region: string }>("SELECT DISTINCT agency_id, region FROM reports");
  const forms = new NameTable(regionsOf.rows.flatMap((r) => {
    const agency = unified.get(r.agency_id)?.agency;
    return agency ? [{ agency, region: r.region }] : [];
  }));
  if (bulk) addWords(forms.words);
  else useNamesOnDemand(forms.wordTable);
  const yearRows = await pool.query<{ year: number; n: string; ids: string }>("SELECT year, count(*) AS n, sum(id) AS ids FROM reports GROUP BY year ORDER BY year");
  return {
    names,
    ids,
    unified,
    years: yearRows.rows.map((r) => r.year),
    counts: new Map(yearRows.rows.map((r) => [r.year, Number(r.n)])),
    marks: new Map(yearRows.rows.map((r) => [r.year, `${r.n}:${r.ids}`])),
    forms,
  };
}

/**
 * The report list from the database, a page at a time: counts from the names, the regions (kept
 * per region as reports are stored: migration 7) in list order (sorted here with the in-memory
 * store's collation, since PostgreSQL's may differ), then the first `limit` reports of the first
 * regions — never every report.
 */
async function listReports(pool: pg.Pool, n: Names, limit: number, regionCount: number): Promise<ReportList> {
  const byYear = [...n.counts].sort((a, b) => a[0] - b[0]);
  const total = byYear.reduce((s, [, c]) => s + c, 0);
  const [loadOrder, perRegion] = await Promise.all([
    regionCount > 0 ? pool.query<{ region: string }>("SELECT region FROM regions ORDER BY first_file LIMIT $1", [regionCount]) : { rows: [] as { region: string }[] },
    limit > 0 ? pool.query<{ region: string; n: number }>("SELECT region, reports AS n FROM regions ORDER BY first_file") : { rows: [] as { region: string; n: number }[] },
  ]);
  const wanted: string[] = [];
  let taken = 0;
  for (const r of listOrder(perRegion.rows.map((r) => ({ ...r, year: 0 })))) {
    if (taken >= limit) break;
    wanted.push(r.region);
    taken += r.n;
  }
  let first: ListedReport[] = [];
  if (wanted.length) {
    const { rows } = await pool.query<{ file: string; agency_id: number; region: string; year: number; template: Report["template"]; repairs: Report["repairs"]; broken: string[] }>(
      `SELECT r.file, r.agency_id, r.region, r.year, r.template, r.doc -> 'repairs' AS repairs,
              coalesce((SELECT array_agg(c.message ORDER BY c.ord) FROM checks c WHERE c.report_id = r.id AND NOT c.holds), '{}') AS broken
       FROM reports r WHERE r.region = ANY($1) ORDER BY r.file COLLATE "C"`,
      [wanted],
    );
    first = listOrder(
      rows.map((r) => ({
        file: r.file,
        agency: n.unified.get(r.agency_id)?.agency ?? "",
        region: r.region,
        year: r.year,
        template: r.template,
        repairs: r.repairs,
        // the list shows how many rules break; the broken ones are enough
        checks: r.broken.map((message) => ({ rule: "", table: "table2" as const, holds: false, message })),
      })),
    ).slice(0, limit);
  }
  return { total, byYear, first, regions: loadOrder.rows.map((r) => r.region) };
}

/** Who wrote each report of a year, in file order (the agency as answers name it, and what kind of body it is). */
async function loadYearHeads(pool: pg.Pool, year: number, unified: (agencyId: number) => string | undefined): Promise<YearHeads> {
  const { rows } = await pool.query<{ id: number; file: string; agency_id: number; agency: string; region: string; template: Report["template"]; body: Report["body"] | null }>(
    `SELECT r.id, r.file, r.agency_id, a.name AS agency, r.region, r.template, r.body
     FROM reports r JOIN agencies a ON a.id = r.agency_id WHERE r.year = $1 ORDER BY r.file COLLATE "C"`,
    [year],
  );
  return rows.map((r) => ({ id: r.id, template: r.template, head: { file: r.file, agency: unified(r.agency_id) ?? r.agency, region: r.region, ...(r.body ? { body: r.body } : {}) } as ReportHead }));
}

/**
 * A year's ranking by a figure, from the cells: only that figure's cells are read
 * (pooled.ts fillFigureCells), then ranked by the same
 * function the in-memory store uses, over tables holding just those cells (a null cell and a
 * missing one read alike: see report-cache-cells.ts).
 */
async function rankFromCells(pool: pg.Pool, year: number, metric: Metric, columns: string[], asc: boolean, entrants: YearHeads): Promise<RankedField> {
  const { table } = figureCells(metric, columns);
  const heads = entrants.map((e) => ({ head: e.head, tables: { template: e.template, table1: {}, table2: {}, table3: {} } as PartialTables, id: e.id }));
  const byId = new Map(heads.map((h) => [h.id, h.tables[table] as Table]));
  await fillFigureCells(pool, year, metric, columns, (id) => byId.get(id));
  const value = tableValue(metric, columns);
  const tablesOf = new Map(heads.map((h) => [h.head, h.tables]));
  return rankReports(
    heads.map((h) => h.head),
    (h) => value(tablesOf.get(h) as PartialTables),
    asc,
  );
}

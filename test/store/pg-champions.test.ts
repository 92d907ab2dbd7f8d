/**
 * Champion lists (src/store/pg/champions.ts) with a threshold small enough for a few synthetic
 * reports to pass it: after an import and after uploads each common term's lists are its best
 * passages per year, a search ranks exactly (as in memory) the passages it may read and no others,
 * and a batch that fails in its last statement leaves the lists as they were.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { isReportFile, loadCorpus, readReport } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { buildSearchIndex } from "../../src/index/search.ts";
import { tokens } from "../../src/index/tokenize.ts";
import { impact, type Tiers } from "../../src/store/pg/champions.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { fileHash, quoteLexeme } from "../../src/store/pg/write.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const TIERS: Tiers = { threshold: 60, size: 3 };
let db: PgFixture;
let store: PgStore;
let dir: string;
let later: { file: string; data: Buffer }[];
/** A common term the uploads repeat in a passage of their own (set by the upload test). */
let championTerm = "";

/** Each term's lists as they must be: of every term in more than the threshold's passages, per year, its `size` passages of the highest impact (ties: the first file). */
async function expectedLists(): Promise<Record<string, string>> {
  const { rows } = await store.pool.query<{ term: string; year: number; report_id: number; file: string; ord: number; len: number; tf: number }>(
    `SELECT u.lexeme AS term, r.year, p.report_id, r.file, p.ord, p.len, least(coalesce(array_length(u.positions, 1), 1), 255) AS tf
     FROM passages p JOIN reports r ON r.id = p.report_id CROSS JOIN LATERAL unnest(p.tsv) u`,
  );
  const byTerm = new Map<string, typeof rows>();
  for (const r of rows) byTerm.set(r.term, [...(byTerm.get(r.term) ?? []), r]);
  const out: Record<string, string> = {};
  for (const [term, list] of byTerm) {
    if (list.length <= TIERS.threshold) continue;
    for (const year of new Set(list.map((r) => r.year))) {
      const best = list
        .filter((r) => r.year === year)
        .map((r) => ({ ...r, impact: impact(r.tf, r.len) }))
        // ties in file order (byte order, as COLLATE "C"), as a search breaks them
        .sort((a, b) => b.impact - a.impact || Buffer.compare(Buffer.from(a.file), Buffer.from(b.file)) || a.ord - b.ord)
        .slice(0, TIERS.size);
      const last = best.length >= TIERS.size ? best[best.length - 1] : undefined;
      out[`${term}|${year}`] = `${best.map((r) => `${r.report_id}:${r.ord}`).join(" ")} ≥ ${last ? `${last.file}:${last.ord} ${last.impact}` : "-"}`;
    }
  }
  return out;
}

/** The lists as stored, in the same form. */
async function storedLists(): Promise<Record<string, string>> {
  const { rows } = await store.pool.query<{ term: string; year: number; list: string; floor: string | null }>(
    `SELECT c.term, c.year, string_agg(c.report_id || ':' || c.ord, ' ' ORDER BY c.impact DESC, c.file, c.ord) AS list,
            min(f.file || ':' || f.ord || ' ' || f.impact::float8) AS floor
     FROM champions c LEFT JOIN champion_floors f ON f.term = c.term AND f.year = c.year GROUP BY c.term, c.year`,
  );
  return Object.fromEntries(rows.map((r) => [`${r.term}|${r.year}`, `${r.list} ≥ ${r.floor ?? "-"}`]));
}

describe.skipIf(!!PG_SKIPPED)(pgSuite("PostgreSQL champion lists"), () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(60, 7);
    const files = (await readdir(gen.dir)).filter(isReportFile).sort();
    // 24 reports imported (two batches: lists built in the first, added to in the second), the rest uploaded later
    const first = new Set(files.slice(0, 24));
    later = await Promise.all(files.slice(24, 40).map(async (f) => ({ file: f, data: await readFile(join(gen.dir, f)) })));
    db = await pgStoreOf({ folders: [gen.dir], only: (f) => first.has(f), workers: 1 }, { listen: false, tiers: TIERS });
    ({ store, dir } = db);
    expect(db.imported).toMatchObject({ stored: 24, unreadable: [] });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
  });

  it("keeps, after an import, each common term's best passages per year", async () => {
    const expected = await expectedLists();
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    expect(await storedLists()).toEqual(expected);
  });

  it("ranks exactly the passages a search may read: a common term's champions, a rarer term's every passage, the named agency's", async () => {
    const memory = buildSearchIndex((await loadCorpus(dir)).reports);
    const { rows: terms } = await store.pool.query<{ term: string; df: number }>("SELECT term, df FROM terms WHERE term ~ '^[一-龥]{2,}$' ORDER BY df DESC, term");
    const n = Number((await store.pool.query<{ n: string }>("SELECT sum(passages) AS n FROM reports")).rows[0]?.n);
    // words single as jieba cuts them, common (past the threshold, not so common that a search drops them) or rarer
    const single = terms.filter((t) => tokens(t.term).join() === t.term);
    const common = single.filter((t) => t.df > TIERS.threshold && t.df <= 0.1 * n).slice(0, 4);
    const rare = single.filter((t) => t.df <= TIERS.threshold && t.df > 5).slice(0, 2);
    expect(common.length).toBe(4);
    expect(rare.length).toBe(2);
    const agency = (await store.pool.query<{ name: string }>("SELECT name FROM agencies ORDER BY id LIMIT 1")).rows[0]?.name as string;
    const searches: [string, { years?: number[]; agencies?: string[] }][] = [
      [`${common[0]?.term} ${common[1]?.term}`, {}],
      [`${common[2]?.term} ${rare[0]?.term}`, {}],
      [`${common[3]?.term} ${rare[1]?.term}`, { years: [2022] }],
      [`${common[1]?.term}`, { agencies: [agency] }],
    ];
    let bounded = 0;
    for (const [query, opts] of searches) {
      const words = tokens(query);
      const { rows: may } = await store.pool.query<{ file: string; pid: string }>(
        `SELECT r.file, p.pid FROM passages p JOIN reports r ON r.id = p.report_id
         WHERE (p.report_id, p.ord) IN (SELECT report_id, ord FROM champions WHERE term = ANY($1))
            OR p.tsv @@ $2::tsquery
            OR (r.agency_id IN (SELECT id FROM agencies WHERE name = ANY($3)) AND p.tsv @@ $4::tsquery)`,
        [words, rare.filter((t) => words.includes(t.term)).map((t) => quoteLexeme(t.term)).join(" | ") || "'-'", opts.agencies ?? [], words.map(quoteLexeme).join(" | ")],
      );
      const readable = new Set(may.map((r) => `${r.file}#${r.pid}`));
      const all = memory.search(query, { ...opts, kinds: ["passage"], limit: 100_000 });
      const expected = all.filter((h) => readable.has(`${h.file}#${h.passageId}`)).slice(0, 10);
      const got = await store.search(query, { ...opts, limit: 10 });
      expect(got.map((h) => `${h.file}#${h.passageId}`), query).toEqual(expected.map((h) => `${h.file}#${h.passageId}`));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]?.score ?? NaN, 9));
      if (all.slice(0, 10).some((h, i) => h.passageId !== expected[i]?.passageId || h.file !== expected[i]?.file)) bounded++;
    }
    // the threshold bites: in memory, reading every passage, some of these rank others first
    expect(bounded).toBeGreaterThan(0);
  });

  it("takes uploads into the lists: a passage beating a list's last enters it, a term passing the threshold gets its lists", async () => {
    const before = new Set(Object.keys(await storedLists()).map((k) => k.split("|")[0]));
    const { rows } = await store.pool.query<{ term: string }>(`SELECT term FROM champions WHERE term ~ '^[一-龥]{2,}$' GROUP BY term ORDER BY term`);
    const term = rows.map((r) => r.term).find((t) => tokens(t.repeat(5)).join() === Array(5).fill(t).join()) as string;
    expect(term).toBeTruthy();
    championTerm = term;
    // uploaded last file first: stored in the opposite of file order, the order ties are ranked in
    for (const [i, { file, data }] of [...later].reverse().entries()) {
      const report = await readReport(file, data);
      // the first one says a common term five times in a passage of its own: no passage of its year beats it
      const extra: Report = i === 0 ? { ...report, passages: [...report.passages, { id: "p-champion", section: 1, text: term.repeat(5), start: 0, end: 1 }] } : report;
      expect(await store.save(extra, fileHash(data), false)).toMatchObject({ stored: true });
    }
    const lists = await storedLists();
    expect(lists).toEqual(await expectedLists());
    const { rows: champion } = await store.pool.query<{ n: string }>(
      "SELECT count(*) AS n FROM champions c JOIN passages p ON p.report_id = c.report_id AND p.ord = c.ord WHERE c.term = $1 AND p.pid = 'p-champion'",
      [term],
    );
    expect(Number(champion[0]?.n)).toBe(1);
    const crossed = Object.keys(lists).map((k) => k.split("|")[0]).filter((t) => !before.has(t));
    expect(crossed.length).toBeGreaterThan(0);
  });

  it("leaves the lists as they were when a batch fails in their last statement, after they were changed", async () => {
    const state = async () => JSON.stringify([await storedLists(), (await store.pool.query("SELECT sum(df) AS df, count(*) AS n FROM terms")).rows]);
    const gen = await syntheticCorpus(60, 7);
    const files = (await readdir(gen.dir)).filter(isReportFile).sort().slice(40, 42);
    const [first, second] = (await Promise.all(files.map(async (f) => ({ report: await readReport(f, await readFile(join(gen.dir, f))), hash: fileHash(await readFile(join(gen.dir, f))) })))) as [
      { report: Report; hash: string },
      { report: Report; hash: string },
    ];
    // a passage that enters its list, so that the batch changes the lists before their floors are written
    first.report = { ...first.report, passages: [...first.report.passages, { id: "p-champion", section: 1, text: championTerm.repeat(5), start: 0, end: 1 }] };
    await store.pool.query(`
      CREATE FUNCTION fail_in_lists() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failing in the lists'; END $$;
      CREATE TRIGGER fail_in_lists BEFORE INSERT OR UPDATE ON champion_floors FOR EACH STATEMENT EXECUTE FUNCTION fail_in_lists();`);
    const before = await state();
    await expect(store.saveBatch([first, second])).rejects.toThrow(/failing in the lists/);
    expect(await state()).toBe(before);
    expect(await store.count()).toBe(40);
    await store.pool.query("DROP TRIGGER fail_in_lists ON champion_floors; DROP FUNCTION fail_in_lists()");
    // the same batch, committed, changes them
    expect((await store.saveBatch([first, second])).every((r) => r.stored)).toBe(true);
    expect(await state()).not.toBe(before);
    expect(await storedLists()).toEqual(await expectedLists());
  });
});

/**
 * `npm run bench -- --pg-search [--threshold T --size R] [--questions N] [--sizes N]` with DATABASE_URL:
 * how close the bounded search (champion lists, src/store/pg/champions.ts) ranks to the exact BM25 over
 * every passage, and how long each takes, on the database as it is (a synthetic corpus of N reports
 * imported before, e.g. by `--pg --sizes N`). With --threshold/--size the champion lists are rebuilt
 * with those first (so a smaller corpus can stand for a larger one: a proportionally lower threshold);
 * that changes the database's lists, so use a copy.
 *
 * Searches: the bench's search questions (common words, agencies' names, years), pairs of words
 * drawn from the terms table (common, rarer), and common words within one agency's reports (as the
 * answerer searches when a question names the agency: exact, the files bound it). For each, the exact top 10 and the
 * bounded one: the share of the exact top 10 found in the bounded top 10, and whether the first is the same.
 */
import { QuestionMaker } from "./questions.ts";
import { Rand, syntheticCorpus } from "./synthetic.ts";

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const ms = (v: number) => (v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);
const log = (m: string) => process.stderr.write(`[bench --pg-search] ${m}\n`);

interface Row {
  group: string;
  query: string;
  exactMs: number;
  boundedMs: number;
  overlap: number;
  top1: boolean;
}

export async function pgSearchBench(size: number, seed: number, n: number, tiers: { threshold?: number; size?: number }): Promise<string> {
  const url = process.env["DATABASE_URL"] ?? "";
  const { TIERS, rebuildChampions } = await import("../src/store/pg/champions.ts");
  const { openPgStore } = await import("../src/store/pg/store.ts");
  const { tokens } = await import("../src/index/tokenize.ts");
  const t = { threshold: tiers.threshold ?? TIERS.threshold, size: tiers.size ?? TIERS.size };
  const t0 = performance.now();
  const bounded = await openPgStore(url, { listen: false, tiers: t });
  log(`opened (migrations included) in ${ms(performance.now() - t0)}`);
  if (tiers.threshold !== undefined || tiers.size !== undefined) {
    const r0 = performance.now();
    const client = await bounded.pool.connect();
    try {
      await rebuildChampions(client, t);
    } finally {
      client.release();
    }
    log(`lists rebuilt with threshold ${t.threshold}, size ${t.size} in ${ms(performance.now() - r0)}`);
  }
  const exact = await openPgStore(url, { listen: false, tiers: { threshold: Number.POSITIVE_INFINITY, size: t.size } });
  const stats = (await bounded.pool.query<{ reports: string; passages: string; lists: string; rows: string; common: string }>(
    `SELECT (SELECT count(*) FROM reports) AS reports, (SELECT sum(passages) FROM reports) AS passages,
            (SELECT count(*) FROM champion_floors) AS lists, (SELECT count(*) FROM champions) AS rows,
            (SELECT count(*) FROM terms WHERE df > $1) AS common`,
    [t.threshold],
  )).rows[0];
  log(`${stats?.reports} reports, ${stats?.passages} passages, ${stats?.common} terms past ${t.threshold}: ${stats?.lists} lists, ${stats?.rows} rows`);

  const rand = new Rand(seed);
  const gen = await syntheticCorpus(size, seed);
  const maker = new QuestionMaker(gen.truth, gen.plans, seed);
  const { rows: terms } = await bounded.pool.query<{ term: string; df: number }>("SELECT term, df FROM terms WHERE term ~ '^[一-龥]{2,}$' ORDER BY term");
  const single = terms.filter((x) => tokens(x.term).join() === x.term);
  const passages = Number(stats?.passages ?? 0);
  const band = (lo: number, hi: number) => single.filter((x) => x.df > lo && x.df <= hi);
  const common = band(t.threshold, 0.1 * passages);
  const rare = band(20, t.threshold);
  const searches: { group: string; query: string; files?: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const pick = i % 4;
    if (pick === 0) searches.push({ group: "bench search questions", query: maker.search(rand).q });
    else if (pick === 3) {
      // as the answerer searches a question naming an agency: within its reports
      const who = rand.pick(gen.truth).agency;
      searches.push({ group: "an agency's reports (files given)", query: rand.pick(["政务公开培训", "政务新媒体建设", "存在的主要问题", "云直播"]), files: gen.truth.filter((x) => x.agency === who).map((x) => x.file) });
    }
    else if (pick === 1 && common.length > 1) searches.push({ group: "two common words", query: `${rand.pick(common).term} ${rand.pick(common).term}` });
    else if (common.length && rare.length) searches.push({ group: "a common and a rarer word", query: `${rand.pick(common).term} ${rand.pick(rare).term}` });
  }

  const rows: Row[] = [];
  for (const s of searches) {
    const e0 = performance.now();
    const opts = { limit: 10, ...(s.files ? { files: s.files } : {}) };
    const want = await exact.search(s.query, opts);
    const e1 = performance.now();
    const got = await bounded.search(s.query, opts);
    const b1 = performance.now();
    const key = (h: { file: string; passageId?: string }) => `${h.file}#${h.passageId}`;
    const have = new Set(got.map(key));
    const overlap = want.length ? want.filter((h) => have.has(key(h))).length / want.length : 1;
    rows.push({ ...s, exactMs: e1 - e0, boundedMs: b1 - e1, overlap, top1: want.length === 0 ? got.length === 0 : key(want[0] as (typeof want)[0]) === key((got[0] ?? { file: "" }) as (typeof want)[0]) });
    if (rows.length % 20 === 0) log(`${rows.length}/${searches.length}`);
  }
  await bounded.close();
  await exact.close();

  const line = (group: string, rs: Row[]) => {
    const e = rs.map((r) => r.exactMs).sort((a, b) => a - b);
    const b = rs.map((r) => r.boundedMs).sort((a, b) => a - b);
    const mean = rs.reduce((x, r) => x + r.overlap, 0) / (rs.length || 1);
    const top1 = rs.filter((r) => r.top1).length;
    return `| ${group} | ${rs.length} | ${(mean * 100).toFixed(1)} % | ${top1}/${rs.length} | ${ms(quantile(e, 0.5))} / ${ms(quantile(e, 0.99))} | ${ms(quantile(b, 0.5))} / ${ms(quantile(b, 0.99))} |`;
  };
  const groups = [...new Set(rows.map((r) => r.group))];
  const worst = [...rows].sort((a, b) => a.overlap - b.overlap).slice(0, 3);
  return [
    `${stats?.reports} reports, ${stats?.passages} passages; threshold ${t.threshold}, ${t.size} a list: ${stats?.common} terms past it, ${stats?.lists} lists, ${stats?.rows} rows`,
    "",
    "| searches | n | exact top 10 in the bounded top 10 | same first | exact p50 / p99 | bounded p50 / p99 |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    ...groups.map((g) => line(g, rows.filter((r) => r.group === g))),
    line("all", rows),
    "",
    `least alike: ${worst.map((r) => `“${r.query}” ${(r.overlap * 100).toFixed(0)} %`).join(", ")}`,
  ].join("\n");
}

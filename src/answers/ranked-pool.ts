/**
 * A year's ranking by a figure (the store's RankedField) narrowed to the bodies a question compares
 * (who.ts rankPool: governments, 区县, departments, every 人社局 …), with the notes on who was
 * left out and on mixed levels: its first page and its counts, kept by the store (ReportStore.kept)
 * per year, figure, order and pool — asked again, in any replica, a ranking costs the reports it
 * shows, not a reading of the year's reports.
 */
import type { Metric } from "./lexicon.ts";
import { rankingKey } from "../store/memory.ts";
import type { RankedField, ReportHead, ReportStore } from "../store/store.ts";
import { leftOut, levelsNote, type RankPool } from "./who.ts";

/**
 * Entries of each list kept: a ranking shows ten (or the 前N asked for) sure figures, and looks up
 * the text of at most this many reports lacking the figure (answerer.ts STATED_IN_RANKING).
 */
export const PAGE = 50;

export interface PooledField {
  /** The pool's reports stating the figure, best first: the first `size` of them. */
  scored: RankedField["scored"];
  /** How many of the pool's reports state it. */
  scoredCount: number;
  /** Agencies of the pool whose report lacks the figure: the first PAGE. */
  lacking: string[];
  lackingCount: number;
  /** “未参加比较：…” for the reports the pool left out, or null. */
  leftOutNote: string | null;
  /** “参加比较的机关层级不同…” when the ranked bodies are of several levels, or null. */
  levels: string | null;
}

const EMPTY: PooledField = { scored: [], scoredCount: 0, lacking: [], lackingCount: 0, leftOutNote: null, levels: null };

/** The ranking for this pool, its first `size` (at least PAGE) entries. */
export function pooled(store: ReportStore, year: number, metric: Metric, columns: string[], asc: boolean, pool: RankPool, size: number): PooledField {
  const n = Math.max(PAGE, size);
  return store.kept(year, `pool|${rankingKey(year, metric, columns, asc)}|${pool.key}|${n}`, () => pageOf(store.rankField(year, metric, columns, asc), pool, n), EMPTY);
}

function pageOf(field: RankedField, pool: RankPool, n: number): PooledField {
  const scored = field.scored.filter((s) => pool.admits(s.head.agency));
  const lacking = field.lacking.filter((a) => pool.admits(a));
  const excluded = [...field.scored.map((s) => s.head.agency), ...field.lacking].filter((a) => !pool.admits(a));
  return {
    // who wrote each, and nothing more (in memory a ranking's head is the whole report)
    scored: scored.slice(0, n).map((s) => ({ file: s.file, value: s.value, head: headOf(s.head) })),
    scoredCount: scored.length,
    lacking: lacking.slice(0, PAGE),
    lackingCount: lacking.length,
    leftOutNote: leftOut(excluded),
    levels: levelsNote(scored.map((s) => s.head.agency)),
  };
}

const headOf = (h: ReportHead): ReportHead => ({ file: h.file, agency: h.agency, region: h.region, ...(h.body ? { body: h.body } : {}) });

/**
 * A year's ranking by a figure narrowed to the bodies a question compares (answers/who.ts
 * RankPool): its first entries and counts, and the notes on who was left out and on mixed levels.
 * The in-memory store makes it from the year's ranking (pageOf); the PostgreSQL store makes the
 * same value from the year's values and the agencies' names, reading only the heads it shows.
 */
import { leftOut, levelsNote, type RankPool } from "../answers/who.ts";
import type { RankedField, ReportHead } from "./store.ts";

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

export const EMPTY_POOLED: PooledField = { scored: [], scoredCount: 0, lacking: [], lackingCount: 0, leftOutNote: null, levels: null };

/** The pool's first `n` entries of a year's ranking, and its counts and notes. */
export function pageOf(field: RankedField, pool: Pick<RankPool, "admits">, n: number): PooledField {
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

/** Who wrote a ranked report, as a kept page holds it (the same keys, in the same order, from either store). */
export const headOf = (h: ReportHead): ReportHead => ({ file: h.file, agency: h.agency, region: h.region, ...(h.body ? { body: h.body } : {}) });

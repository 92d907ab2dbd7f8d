/**
 * A year's ranking by a figure narrowed to the bodies a question compares (answers/who.ts
 * RankPool): its first entries and counts, and the notes on who was left out and on mixed levels.
 * The in-memory store makes it from the year's ranking by places (pageOf); the PostgreSQL store makes the
 * same value from the year's values and the agencies' names, reading only the heads it shows.
 */
import { identify, type AgencyKind } from "../index/agency/identity.ts";
import { leftOutNote, levelSaid, levelsNoteOf, type RankPool } from "../answers/who.ts";
import type { RankedPlaces } from "./ranking.ts";
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

/**
 * The pool's first `n` entries of a year's ranking (by places among the year's reports, `heads`
 * saying who wrote each), and its counts and notes: one pass, each agency's pool asked once
 * (who.ts rankPool keeps its answers), no list of the year's agencies made.
 */
export function pageOf(field: RankedPlaces, heads: readonly ReportHead[], pool: Pick<RankPool, "admits">, n: number): PooledField {
  const page: number[] = [];
  let scoredCount = 0;
  // the notes' counts, in the order the kinds and levels first come (scored best first, then lacking)
  const excluded = new Map<AgencyKind, number>();
  const levels = new Map<string, number>();
  for (const i of field.order) {
    const agency = (heads[i] as ReportHead).agency;
    if (!pool.admits(agency)) add(excluded, identify(agency).kind);
    else {
      if (scoredCount++ < n) page.push(i);
      add(levels, levelSaid(identify(agency)));
    }
  }
  const lacking: string[] = [];
  let lackingCount = 0;
  for (const i of field.lacking) {
    const agency = (heads[i] as ReportHead).agency;
    if (!pool.admits(agency)) add(excluded, identify(agency).kind);
    else if (lackingCount++ < PAGE) lacking.push(agency);
  }
  return {
    // who wrote each, and nothing more (in memory a ranking's head is the whole report)
    scored: page.map((i) => ({ file: (heads[i] as ReportHead).file, value: field.values[i] as number, head: headOf(heads[i] as ReportHead) })),
    scoredCount,
    lacking,
    lackingCount,
    leftOutNote: leftOutNote(excluded),
    levels: levelsNoteOf(levels),
  };
}

function add<K>(count: Map<K, number>, key: K): void {
  count.set(key, (count.get(key) ?? 0) + 1);
}

/** Who wrote a ranked report, as a kept page holds it (the same keys, in the same order, from either store). */
export const headOf = (h: ReportHead): ReportHead => ({ file: h.file, agency: h.agency, region: h.region, ...(h.body ? { body: h.body } : {}) });

/**
 * A year's ranking by a figure narrowed to the bodies a question compares (answers/who.ts
 * RankPool): its first entries and counts, and the notes on who was left out and on mixed levels.
 * The in-memory store makes it from the year's ranking by places and its agencies' typed columns (pageOf); the PostgreSQL store makes the
 * same value from the year's values and the agencies' names, reading only the heads it shows.
 */
import { leftOutNote, levelsNoteOf, type RankPool } from "../answers/who.ts";
import type { AgencyColumns } from "./agency-columns.ts";
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
 * saying who wrote each and `agencyOf` each one's agency's number in `agencies`), and its counts
 * and notes: one pass over typed arrays, each agency asked of the pool once (AgencyColumns), no
 * list of the year's agencies made and no report object touched but the page's.
 */
export function pageOf(field: RankedPlaces, heads: readonly ReportHead[], agencyOf: Uint32Array, agencies: AgencyColumns, pool: Pick<RankPool, "admits" | "key">, n: number): PooledField {
  const admits = agencies.admitter(pool);
  const page: number[] = [];
  let scoredCount = 0;
  // the notes' counts, in the order the kinds and levels first come (scored best first, then lacking)
  const excluded = new Tally();
  const levels = new Tally();
  for (const i of field.order) {
    const id = agencyOf[i] as number;
    if (!admits(id)) excluded.add(agencies.kind(id));
    else {
      if (scoredCount++ < n) page.push(i);
      levels.add(agencies.level(id));
    }
  }
  const lacking: string[] = [];
  let lackingCount = 0;
  for (const i of field.lacking) {
    const id = agencyOf[i] as number;
    if (!admits(id)) excluded.add(agencies.kind(id));
    else if (lackingCount++ < PAGE) lacking.push(agencies.name(id));
  }
  return {
    // who wrote each, and nothing more (in memory a ranking's head is the whole report)
    scored: page.map((i) => ({ file: (heads[i] as ReportHead).file, value: field.values[i] as number, head: headOf(heads[i] as ReportHead) })),
    scoredCount,
    lacking,
    lackingCount,
    leftOutNote: leftOutNote(excluded.counts(agencies.kinds)),
    levels: levelsNoteOf(levels.counts(agencies.levels)),
  };
}

/** How many of each code, in the order the codes first come. */
class Tally {
  readonly #count: number[] = [];
  readonly #order: number[] = [];
  add(code: number): void {
    const c = this.#count[code];
    if (c === undefined || c === 0) {
      this.#count[code] = 1;
      this.#order.push(code);
    } else this.#count[code] = c + 1;
  }
  counts<K>(names: readonly K[]): Map<K, number> {
    return new Map(this.#order.map((code) => [names[code] as K, this.#count[code] as number]));
  }
}

/** Who wrote a ranked report, as a kept page holds it (the same keys, in the same order, from either store). */
export const headOf = (h: ReportHead): ReportHead => ({ file: h.file, agency: h.agency, region: h.region, ...(h.body ? { body: h.body } : {}) });

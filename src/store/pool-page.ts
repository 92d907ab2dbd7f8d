/**
 * A year's ranking by a figure narrowed to the bodies a question compares (answers/who.ts
 * RankPool): its first entries and counts, and the notes on who was left out and on mixed levels.
 * The in-memory store makes it from the year's ranking by places and its agencies' typed columns (pageOf); the PostgreSQL store makes the
 * same value from the year's values and the agencies' names, reading only the heads it shows.
 */
import { leftOutNote, levelsNoteOf, type RankPool } from "../answers/who.ts";
import type { AgencyKind } from "../index/agency/identity.ts";
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
 * What a pool admits of a year's reports, by place, and its counts (how many it admits, each left-out
 * kind's count, each admitted level's count): one pass over the year's agencies, made once per pool
 * and year (the in-memory store keeps it by the pool's key), so each ranking of that year by any
 * figure and order needs no pass over the year's ~8 000 reports of its own (pageOf).
 */
export interface PoolYear {
  /** Per place: 1 the pool admits the report's agency, 0 not. */
  readonly admitted: Uint8Array;
  /** How many places the pool admits. */
  readonly count: number;
  /** Per kind code (AgencyColumns.kinds): how many places the pool leaves out; and how many distinct codes. */
  readonly leftOut: readonly number[];
  readonly leftOutCodes: number;
  /** Per level code (AgencyColumns.levels): how many places it admits; and how many distinct codes. */
  readonly levels: readonly number[];
  readonly levelCodes: number;
}

export function poolYear(agencyOf: Uint32Array, agencies: AgencyColumns, pool: Pick<RankPool, "admits" | "key" | "kinds">): PoolYear {
  const admits = agencies.admitter(pool);
  const admitted = new Uint8Array(agencyOf.length);
  const leftOut: number[] = [];
  const levels: number[] = [];
  let count = 0;
  let leftOutCodes = 0;
  let levelCodes = 0;
  for (let p = 0; p < agencyOf.length; p++) {
    const id = agencyOf[p] as number;
    if (admits(id)) {
      admitted[p] = 1;
      count++;
      const l = agencies.level(id);
      if (!levels[l]) levelCodes++;
      levels[l] = (levels[l] ?? 0) + 1;
    } else {
      const k = agencies.kind(id);
      if (!leftOut[k]) leftOutCodes++;
      leftOut[k] = (leftOut[k] ?? 0) + 1;
    }
  }
  return { admitted, count, leftOut, leftOutCodes, levels, levelCodes };
}

/**
 * The pool's first `n` entries of a year's ranking (by places among the year's reports, `heads`
 * saying who wrote each and `agencyOf` each one's agency's number in `agencies`), and its counts
 * and notes, no list of the year's agencies made and no report object touched but the page's.
 * With the pool's `year` (poolYear: made once per pool and year) the ranking is walked only as far
 * as its page and the first place of each left-out kind and admitted level (the notes name them in
 * the order they come), then its lacking places: the counts are the year's, since a ranking places
 * every report of the year, stating the figure or lacking it. Without it (or for a ranking that does
 * not place every report), one pass over typed arrays, each agency asked of the pool once (AgencyColumns).
 */
export function pageOf(field: RankedPlaces, heads: readonly ReportHead[], agencyOf: Uint32Array, agencies: AgencyColumns, pool: Pick<RankPool, "admits" | "key" | "kinds">, n: number, year?: PoolYear): PooledField {
  if (year && year.admitted.length === agencyOf.length && field.order.length + field.lacking.length === agencyOf.length) return pageOfYear(field, heads, agencyOf, agencies, year, n);
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
  return pooledOf(field, heads, page, scoredCount, lacking, lackingCount, excluded.counts(agencies.kinds), levels.counts(agencies.levels));
}

function pageOfYear(field: RankedPlaces, heads: readonly ReportHead[], agencyOf: Uint32Array, agencies: AgencyColumns, year: PoolYear, n: number): PooledField {
  const { admitted } = year;
  const page: number[] = [];
  // the codes in the order they first come; their counts are the year's
  const kinds: number[] = [];
  const levels: number[] = [];
  const seenKind: boolean[] = [];
  const seenLevel: boolean[] = [];
  for (const i of field.order) {
    if (page.length >= n && kinds.length === year.leftOutCodes && levels.length === year.levelCodes) break;
    const id = agencyOf[i] as number;
    if (admitted[i]) {
      if (page.length < n) page.push(i);
      if (levels.length < year.levelCodes) {
        const l = agencies.level(id);
        if (!seenLevel[l]) {
          levels.push(l);
          seenLevel[l] = true;
        }
      }
    } else if (kinds.length < year.leftOutCodes) {
      const k = agencies.kind(id);
      if (!seenKind[k]) {
        kinds.push(k);
        seenKind[k] = true;
      }
    }
  }
  const lacking: string[] = [];
  let lackingCount = 0;
  // the levels note counts the bodies ranked (stating the figure): the year's admitted less those lacking it
  const lackingLevels: number[] = [];
  for (const i of field.lacking) {
    const id = agencyOf[i] as number;
    if (admitted[i]) {
      if (lackingCount++ < PAGE) lacking.push(agencies.name(id));
      const l = agencies.level(id);
      lackingLevels[l] = (lackingLevels[l] ?? 0) + 1;
    } else if (kinds.length < year.leftOutCodes) {
      const k = agencies.kind(id);
      if (!seenKind[k]) {
        kinds.push(k);
        seenKind[k] = true;
      }
    }
  }
  const excluded = new Map(kinds.map((k) => [agencies.kinds[k] as AgencyKind, year.leftOut[k] as number]));
  const levelCounts = new Map(levels.map((l) => [agencies.levels[l] as string, (year.levels[l] as number) - (lackingLevels[l] ?? 0)]));
  return pooledOf(field, heads, page, year.count - lackingCount, lacking, lackingCount, excluded, levelCounts);
}

function pooledOf(field: RankedPlaces, heads: readonly ReportHead[], page: number[], scoredCount: number, lacking: string[], lackingCount: number, excluded: Map<AgencyKind, number>, levels: Map<string, number>): PooledField {
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

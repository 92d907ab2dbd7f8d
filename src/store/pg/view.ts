/**
 * The synchronous view the answerer reads (a ReportStore) over what has been fetched from the
 * database. What it does not hold yet it records as a miss and answers as empty; the store then
 * fetches the misses and asks again, until a pass needs nothing new. The answerer's own code thus
 * decides what a question needs, and both stores answer with the same code.
 */
import type { Metric } from "../../answers/lexicon.ts";
import type { AgencyName } from "../../answers/understand.ts";
import type { Hit, SearchIndex, SearchOptions } from "../../index/search.ts";
import type { Report } from "../../index/schema.ts";
import type { RankPool } from "../../answers/who.ts";
import { rankingKey } from "../memory.ts";
import { EMPTY_POOLED, type PooledField } from "../pool-page.ts";
import type { IndicatorField } from "../indicator-places.ts";
import type { Formula } from "../../answers/formulas.ts";
import { rankedField } from "../../answers/indicator-ranking.ts";
import type { RankedField, ReportList, ReportStore } from "../store.ts";

export type Miss =
  | { kind: "agency"; agency: string }
  | { kind: "file"; file: string }
  | { kind: "rank"; key: string; year: number; metric: Metric; columns: string[]; asc: boolean }
  | { kind: "pooled"; key: string; year: number; metric: Metric; columns: string[]; asc: boolean; pool: Pick<RankPool, "admits" | "key">; n: number }
  | { kind: "search"; key: string; query: string; opts: SearchOptions }
  | { kind: "listed"; key: string; limit: number; regions: number }
  | { kind: "kept"; key: string; year: number; name: string };

/** What the view answers from; the store fills it and empties it when the reports change. */
export interface Fetched {
  names: AgencyName[];
  years: number[];
  counts: Map<number, number>;
  byAgency: Map<string, Report[]>;
  /** null: asked for, and not in the database. */
  byFile: Map<string, Report | null>;
  rankings: Map<string, RankedField>;
  /** A ranking's page for a pool, by `${rankingKey}|${pool key}|${n}` (ReportStore.rankPooled). */
  pooled: Map<string, PooledField>;
  searches: Map<string, Hit[]>;
  /** Pages of the report list, by `${limit}|${regions}`. */
  listed: Map<string, ReportList>;
  /** Each year's reports as the names were read: their count and the sum of their ids (a kept result made from other reports is not used). */
  marks: Map<number, string>;
  /** Results made from rankings (ReportStore.kept), by `${year}|${key}`: read from the database, or made here. */
  kept: Map<string, unknown>;
  /** Looked for in the database and not there (or made from other reports): made from the rankings. */
  notKept: Set<string>;
  /** Made here, to be written for the other replicas. */
  toKeep: { year: number; name: string; value: unknown }[];
}

export class FetchingView implements ReportStore {
  misses: Miss[] = [];
  constructor(readonly fetched: Fetched) {}

  names(): AgencyName[] {
    return this.fetched.names;
  }
  years(): number[] {
    return this.fetched.years;
  }
  countOfYear(year: number): number {
    return this.fetched.counts.get(year) ?? 0;
  }
  ofAgency(agency: string): Report[] {
    const hit = this.fetched.byAgency.get(agency);
    if (hit) return hit;
    this.misses.push({ kind: "agency", agency });
    return [];
  }
  byFile(file: string): Report | undefined {
    if (!this.fetched.byFile.has(file)) this.misses.push({ kind: "file", file });
    return this.fetched.byFile.get(file) ?? undefined;
  }
  rankField(year: number, metric: Metric, columns: string[], asc: boolean): RankedField {
    const key = rankingKey(year, metric, columns, asc);
    const hit = this.fetched.rankings.get(key);
    if (hit) return hit;
    this.misses.push({ kind: "rank", key, year, metric, columns, asc });
    return { scored: [], lacking: [] };
  }
  rankPooled(year: number, metric: Metric, columns: string[], asc: boolean, pool: Pick<RankPool, "admits" | "key">, n: number): PooledField {
    const key = `${rankingKey(year, metric, columns, asc)}|${pool.key}|${n}`;
    const hit = this.fetched.pooled.get(key);
    if (hit) return hit;
    this.misses.push({ kind: "pooled", key, year, metric, columns, asc, pool, n });
    return EMPTY_POOLED;
  }
  indicatorField(year: number, f: Pick<Formula, "numerator" | "denominator">, pool: Pick<RankPool, "admits" | "key">, asc: boolean, size: number): IndicatorField {
    return rankedField(this, year, f, pool, asc, size);
  }
  kept<T>(year: number, name: string, make: () => T, empty: T): T {
    const key = `${year}|${name}`;
    const f = this.fetched;
    if (f.kept.has(key)) return f.kept.get(key) as T;
    if (!f.notKept.has(key)) {
      this.misses.push({ kind: "kept", key, year, name });
      return empty;
    }
    const before = this.misses.length;
    const made = make();
    // made from everything it needs: kept (as JSON, as the in-memory store keeps it) and written
    if (this.misses.length === before) {
      const value = JSON.parse(JSON.stringify(made)) as T;
      f.kept.set(key, value);
      f.toKeep.push({ year, name, value });
      return value;
    }
    return made;
  }
  search(): SearchIndex {
    return {
      info: { documents: 0, origin: "built" },
      search: (query: string, opts: SearchOptions = {}): Hit[] => {
        const key = JSON.stringify([query, opts]);
        const hit = this.fetched.searches.get(key);
        if (hit) return hit;
        this.misses.push({ kind: "search", key, query, opts });
        return [];
      },
    };
  }
  listed(limit: number, regions: number): ReportList {
    const key = `${limit}|${regions}`;
    const hit = this.fetched.listed.get(key);
    if (hit) return hit;
    this.misses.push({ kind: "listed", key, limit, regions });
    return { total: 0, byYear: [], first: [], regions: [] };
  }
}

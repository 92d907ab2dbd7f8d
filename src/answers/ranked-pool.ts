/**
 * A year's ranking by a figure (the store's RankedField) narrowed to the bodies a question compares
 * (who.ts rankPool: governments, 区县, departments, every 人社局 …), with the notes on who was
 * left out and on mixed levels: its first page and its counts (store/pool-page.ts), kept by the
 * store (ReportStore.kept) per year, figure, order and pool — asked again, in any replica, a
 * ranking costs the reports it shows, not a reading of the year's reports.
 */
import type { Metric } from "./lexicon.ts";
import { rankingKey } from "../store/memory.ts";
import { EMPTY_POOLED, PAGE, type PooledField } from "../store/pool-page.ts";
import type { ReportStore } from "../store/store.ts";
import type { RankPool } from "./who.ts";

export { PAGE, type PooledField };

/** The ranking for this pool, its first `size` (at least PAGE) entries. */
export function pooled(store: ReportStore, year: number, metric: Metric, columns: string[], asc: boolean, pool: RankPool, size: number): PooledField {
  const n = Math.max(PAGE, size);
  return store.kept(year, `pool|${rankingKey(year, metric, columns, asc)}|${pool.key}|${n}`, () => store.rankPooled(year, metric, columns, asc, pool, n), EMPTY_POOLED);
}

/**
 * A year's ranking by a figure (the store's RankedField) narrowed to the bodies a question compares
 * (who.ts rankPool: governments, 区县, departments, every 人社局 …), with the notes on who was
 * left out and on mixed levels. Kept per field and pool: asked again, a ranking costs the reports
 * it shows, not a pass over the year's reports.
 */
import type { RankedField } from "../store/store.ts";
import { leftOut, levelsNote, type RankPool } from "./who.ts";

export interface PooledField {
  scored: RankedField["scored"];
  /** Agencies of the pool whose report lacks the figure. */
  lacking: string[];
  /** “未参加比较：…” for the reports the pool left out, or null. */
  leftOutNote: string | null;
  /** “参加比较的机关层级不同…” when the ranked bodies are of several levels, or null. */
  levels: string | null;
}

const kept = new WeakMap<RankedField, Map<string, PooledField>>();

export function pooled(field: RankedField, pool: RankPool): PooledField {
  let byPool = kept.get(field);
  if (!byPool) kept.set(field, (byPool = new Map()));
  const hit = byPool.get(pool.key);
  if (hit) return hit;
  const scored = field.scored.filter((s) => pool.admits(s.head.agency));
  const excluded = [...field.scored.map((s) => s.head.agency), ...field.lacking].filter((a) => !pool.admits(a));
  const made: PooledField = {
    scored,
    lacking: field.lacking.filter((a) => pool.admits(a)),
    leftOutNote: leftOut(excluded),
    levels: levelsNote(scored.map((s) => s.head.agency)),
  };
  byPool.set(pool.key, made);
  return made;
}

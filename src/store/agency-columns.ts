/**
 * A store's agencies by number, with what a ranking's pool asks of each (is it in the pool, its
 * kind, its level as the notes say it) kept in typed columns: a pool's page of a year's ranking
 * (pool-page.ts pageOf) tests numbers in a pass over typed arrays, without touching a report
 * object or a name per report. At 50 000 reports that pass over a year's ~8 000 reports went from
 * ~19 ms (each report's agency looked up in the pool's map of names) to well under a millisecond.
 * Each agency is asked once per pool (and identified once) the first time a ranking reaches it.
 */
import { identify, type AgencyKind } from "../index/agency/identity.ts";
import { levelSaid, type RankPool } from "../answers/who.ts";
import type { ReportHead } from "./store.ts";

/** How many pools' answers are kept (as who.ts keeps the pools themselves). */
const POOLS_KEPT = 64;

const UNKNOWN = -1;

export class AgencyColumns {
  readonly #ids = new Map<string, number>();
  readonly #names: string[] = [];
  /** Per agency: its kind's code in `kinds`, its level's in `levels` (−1: not worked out yet). */
  #kind: Int16Array = new Int16Array(0);
  #level: Int16Array = new Int16Array(0);
  readonly kinds: AgencyKind[] = [];
  readonly levels: string[] = [];
  /** Per pool key, per agency: 0 not asked yet, 1 in the pool, 2 not. */
  readonly #pools = new Map<string, Uint8Array>();

  /** Each report's agency's number (numbers are given to agencies as they first come). */
  idsOf(reports: readonly Pick<ReportHead, "agency">[]): Uint32Array {
    const out = new Uint32Array(reports.length);
    for (let p = 0; p < reports.length; p++) out[p] = this.add((reports[p] as Pick<ReportHead, "agency">).agency);
    return out;
  }

  name(id: number): string {
    return this.#names[id] as string;
  }

  /** Whether agency `id` is in the pool: asked of the pool once per pool key (an agency of a kind the pool's `kinds` leave out is not asked: its kind is kept here for every pool). */
  admitter(pool: Pick<RankPool, "admits" | "key" | "kinds">): (id: number) => boolean {
    let answers = this.#pools.get(pool.key);
    if (!answers || answers.length < this.#names.length) {
      const grown = new Uint8Array(Math.max(this.#names.length, 16));
      if (answers) grown.set(answers);
      if (!answers && this.#pools.size >= POOLS_KEPT) this.#pools.clear();
      this.#pools.set(pool.key, (answers = grown));
    }
    const a = answers;
    const kinds = pool.kinds;
    return (id) => {
      let ok = a[id] as number;
      if (ok === 0) a[id] = ok = (!kinds || kinds.includes(this.kinds[this.kind(id)] as AgencyKind)) && pool.admits(this.#names[id] as string) ? 1 : 2;
      return ok === 1;
    };
  }

  /** Agency `id`'s kind, as a code in `kinds`. */
  kind(id: number): number {
    let k = this.#kind[id] as number;
    if (k === UNKNOWN) this.#kind[id] = k = code(this.kinds, identify(this.#names[id] as string).kind);
    return k;
  }

  /** Agency `id`'s level as the levels note says it (who.ts levelSaid), as a code in `levels`. */
  level(id: number): number {
    let l = this.#level[id] as number;
    if (l === UNKNOWN) this.#level[id] = l = code(this.levels, levelSaid(identify(this.#names[id] as string)));
    return l;
  }

  /** The agency's number: given to agencies as they first come. */
  add(agency: string): number {
    let id = this.#ids.get(agency);
    if (id !== undefined) return id;
    id = this.#names.length;
    this.#names.push(agency);
    this.#ids.set(agency, id);
    if (id >= this.#kind.length) {
      const size = Math.max(16, this.#kind.length * 2);
      this.#kind = grow(this.#kind, size);
      this.#level = grow(this.#level, size);
    }
    return id;
  }
}

function grow(a: Int16Array, size: number): Int16Array {
  const out = new Int16Array(size).fill(UNKNOWN);
  out.set(a);
  return out;
}

function code<T>(table: T[], value: T): number {
  const at = table.indexOf(value);
  if (at >= 0) return at;
  table.push(value);
  return table.length - 1;
}

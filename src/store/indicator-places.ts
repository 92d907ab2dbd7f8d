/**
 * A year's reports placed by an indicator (a formula's numerator over its denominator: 公开率,
 * 办结率 …) for a pool of bodies, as answers/indicator-ranking.ts ranks them. In memory it is made
 * over the year's rankings by places (store/ranking.ts RankedPlaces: typed arrays) and the
 * agencies' typed columns (agency-columns.ts), as a pool's page of a ranking is (pool-page.ts):
 * no entry object or map by file per report of the year, each agency asked of the pool once. The
 * field is the one `rankedField` (indicator-ranking.ts) makes from the store's ranked fields — the
 * PostgreSQL view's way — entry for entry and in the same order.
 */
import { identify, KIND_NAMES } from "../index/agency/identity.ts";
import type { Formula } from "../answers/formulas.ts";
import { whose, type RankPool } from "../answers/who.ts";
import type { AgencyColumns } from "./agency-columns.ts";
import type { RankedPlaces } from "./ranking.ts";
import type { ReportHead } from "./store.ts";

/** Reports whose denominator (applications, decided cases) is smaller are not ranked. */
export const MIN_DENOMINATOR = 10;

/** How many excluded places are named before “等 N 个”. */
export const NAMED = 10;

/** The first of a list (named in a note) and how many there are. */
export interface Listed {
  first: string[];
  count: number;
}

/** A year's reports placed by an indicator for one pool: the first of those ranked, best first, and those left out and why. */
export interface IndicatorField {
  scored: { file: string; value: number; den: number }[];
  scoredCount: number;
  /** The levels of the ranked bodies (province, city …), as they first come. */
  levels: string[];
  lacking: Listed;
  small: Listed;
  otherKinds: Listed;
  /** Reports in no input's field at all. */
  unseen: number;
}

export const EMPTY_INDICATOR: IndicatorField = { scored: [], scoredCount: 0, levels: [], lacking: { first: [], count: 0 }, small: { first: [], count: 0 }, otherKinds: { first: [], count: 0 }, unseen: 0 };

/** A list of which only the first NAMED entries are made (a year's other kinds run to thousands of reports). */
export class Listing {
  readonly first: string[] = [];
  count = 0;
  add(make: () => string): void {
    if (this.count++ < NAMED) this.first.push(make());
  }
  get listed(): Listed {
    return { first: this.first, count: this.count };
  }
}

/**
 * The field from a year's rankings by places: `inputs[k]` ranks the year's reports (`heads`, by
 * place) by the formula's k-th term (numerator terms first), best first, as rankField(…, desc)
 * does; `agencyOf` gives each place's agency's number in `agencies`.
 */
export function indicatorOfPlaces(heads: readonly ReportHead[], agencyOf: Uint32Array, agencies: AgencyColumns, inputs: readonly RankedPlaces[], f: Pick<Formula, "numerator" | "denominator">, pool: Pick<RankPool, "admits" | "key" | "kinds">, asc: boolean, size: number): IndicatorField {
  const terms = [...f.numerator, ...f.denominator];
  const n = heads.length;
  const admits = agencies.admitter(pool);
  // Per place, whether some input lacks its figure (a place is either ranked or lacking in each). A
  // year's first indicator ranking passes ~3 × 8 000 places at 50 000 reports in code that has not
  // run yet (the interpreter's): index loops over the typed arrays, no iterator, and no closure per
  // place — only the NAMED places a note shows are named.
  const lacksSome = new Uint8Array(n);
  for (const input of inputs) {
    const lack = input.lacking;
    for (let j = 0; j < lack.length; j++) lacksSome[lack[j] as number] = 1;
  }
  const values = inputs.map((input) => input.values);
  const signs = terms.map((t) => t.sign ?? 1);
  const numerators = f.numerator.length;
  const scored: { i: number; value: number; den: number }[] = [];
  const lacking = new Listing();
  const small = new Listing();
  const otherKinds = new Listing();
  // every report stating any input, once, in the order the inputs' rankings give them
  const seen = new Uint8Array(n);
  let seenCount = 0;
  for (const input of inputs) {
    const order = input.order;
    for (let j = 0; j < order.length; j++) {
      const i = order[j] as number;
      if (seen[i]) continue;
      seen[i] = 1;
      seenCount++;
      if (!admits(agencyOf[i] as number)) {
        if (otherKinds.count < NAMED) otherKinds.add(() => `${(heads[i] as ReportHead).agency}（${KIND_NAMES[identify((heads[i] as ReportHead).agency).kind]}）`);
        else otherKinds.count++;
        continue;
      }
      if (lacksSome[i]) {
        lacking.add(() => whose(heads[i] as ReportHead));
        continue;
      }
      let num = 0;
      let den = 0;
      for (let k = 0; k < terms.length; k++) {
        if (k < numerators) num += (signs[k] as number) * ((values[k] as Float64Array)[i] as number);
        else den += (signs[k] as number) * ((values[k] as Float64Array)[i] as number);
      }
      if (den < MIN_DENOMINATOR) small.add(() => `${whose(heads[i] as ReportHead)}（${den}）`);
      else scored.push({ i, value: Math.round((num / den) * 10000) / 100, den });
    }
  }
  scored.sort((a, b) => (asc ? a.value - b.value : b.value - a.value) || b.den - a.den);
  const levels = new Set<string>();
  for (let j = 0; j < scored.length; j++) {
    const level = (heads[(scored[j] as (typeof scored)[number]).i] as ReportHead).body?.level;
    if (level) levels.add(level);
  }
  // A report lacking every input (its tables unread) is in no field at all: named when the pool
  // compares its body (a government left out of a ranking of governments must be said), else counted.
  // Lacking is by agency, as the ranked fields name those lacking: an agency lacking the first
  // input in a report of the year counts once, when every other input lacks it in any of its reports.
  const [first, ...rest] = inputs;
  const lackingAgencies = rest.map((input) => new Set(Array.from(input.lacking, (i) => agencyOf[i] as number)));
  const counted = new Set<number>();
  let lackingAll = 0;
  const firstLacking = first?.lacking ?? new Uint32Array(0);
  for (let j = 0; j < firstLacking.length; j++) {
    const i = firstLacking[j] as number;
    const id = agencyOf[i] as number;
    if (counted.has(id)) continue;
    counted.add(id);
    if (!lackingAgencies.every((x) => x.has(id)) || !admits(id)) continue;
    lacking.add(() => (heads[i] as ReportHead).agency);
    lackingAll++;
  }
  return {
    scored: scored.slice(0, size).map(({ i, value, den }) => ({ file: (heads[i] as ReportHead).file, value, den })),
    scoredCount: scored.length,
    levels: [...levels],
    lacking: lacking.listed,
    small: small.listed,
    otherKinds: otherKinds.listed,
    unseen: n - seenCount - lackingAll,
  };
}

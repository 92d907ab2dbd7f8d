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
  // per input, whether each place states its figure (a place is either ranked or lacking)
  const states = inputs.map((input) => {
    const s = new Uint8Array(n).fill(1);
    for (const i of input.lacking) s[i] = 0;
    return s;
  });
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
    for (const i of input.order) {
      if (seen[i]) continue;
      seen[i] = 1;
      seenCount++;
      const head = heads[i] as ReportHead;
      if (!admits(agencyOf[i] as number)) {
        otherKinds.add(() => `${head.agency}（${KIND_NAMES[identify(head.agency).kind]}）`);
        continue;
      }
      let num = 0;
      let den = 0;
      let ok = true;
      for (let k = 0; k < terms.length; k++) {
        if (!(states[k] as Uint8Array)[i]) ok = false;
        else if (k < numerators) num += (signs[k] as number) * ((values[k] as Float64Array)[i] as number);
        else den += (signs[k] as number) * ((values[k] as Float64Array)[i] as number);
      }
      if (!ok) lacking.add(() => whose(head));
      else if (den < MIN_DENOMINATOR) small.add(() => `${whose(head)}（${den}）`);
      else scored.push({ i, value: Math.round((num / den) * 10000) / 100, den });
    }
  }
  scored.sort((a, b) => (asc ? a.value - b.value : b.value - a.value) || b.den - a.den);
  const levels = new Set<string>();
  for (const s of scored) {
    const level = (heads[s.i] as ReportHead).body?.level;
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
  for (const i of first?.lacking ?? []) {
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

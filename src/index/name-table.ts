/**
 * Every name form of the loaded agencies (names.ts nameWords: 浔阳区人民政府, 浔阳区政府, 浔阳区,
 * 浔阳 …) → the agencies it names, for search (a form in a query ranks that agency's passages
 * higher), and the same forms as words for jieba's dictionary. Both stores build it once per load.
 *
 * Compact, because it grows with the number of agencies (28 000 agencies have ~140 000 forms):
 * agencies are numbered, a form naming one agency holds its number and one naming several an array
 * of numbers. A Set of agency names per form took ~20 MB at 28 000 agencies (issue 13 item 5).
 */
import { nameWords } from "./names.ts";

export interface AgencyAt {
  agency: string;
  region: string;
}

export class NameTable {
  private readonly agencies: string[] = [];
  /** Form in lower case → agency number(s), each agency once, in the order added. */
  private readonly byForm = new Map<string, number | number[]>();
  /** The distinct forms as made (not lower-cased), for jieba and the snapshot's dictionary hash. */
  readonly words: readonly string[];

  /** The forms of each agency under each region it was read with (an agency is listed once per region). */
  constructor(entries: Iterable<AgencyAt>) {
    const regionsOf = new Map<string, string[]>();
    for (const { agency, region } of entries) {
      const regions = regionsOf.get(agency);
      if (!regions) regionsOf.set(agency, [region]);
      else if (!regions.includes(region)) regions.push(region);
    }
    const words = new Set<string>();
    for (const [agency, regions] of regionsOf) {
      const no = this.agencies.push(agency) - 1;
      for (const region of regions) {
        for (const form of nameWords(agency, region)) {
          words.add(form);
          const lower = form.toLowerCase();
          // the form itself when lower case already, so that the key and the word are one string
          this.addForm(lower === form ? form : lower, no);
        }
      }
    }
    this.words = [...words];
  }

  /** Every agency's forms are added together, so an agency already under a form is its last one. */
  private addForm(key: string, no: number): void {
    const had = this.byForm.get(key);
    if (had === undefined) this.byForm.set(key, no);
    else if (typeof had === "number") {
      if (had !== no) this.byForm.set(key, [had, no]);
    } else if (had[had.length - 1] !== no) had.push(no);
  }

  /** Is this (lower-case) text a form of a loaded agency? */
  has(form: string): boolean {
    return this.byForm.has(form);
  }

  /** The agencies a (lower-case) form names, or undefined when it names none. */
  get(form: string): string[] | undefined {
    const at = this.byForm.get(form);
    if (at === undefined) return undefined;
    return typeof at === "number" ? [this.agencies[at] as string] : at.map((no) => this.agencies[no] as string);
  }

  /** How many distinct (lower-case) forms. */
  get size(): number {
    return this.byForm.size;
  }
}

/**
 * Every name form of the loaded agencies (names.ts nameWords: 浔阳区人民政府, 浔阳区政府, 浔阳区,
 * 浔阳 …) → the agencies it names, for search (a form in a query ranks that agency's passages
 * higher), and the same forms as words for jieba's dictionary. Both stores build it once per load.
 *
 * Compact, because it grows with the number of agencies (28 000 agencies have ~140 000 forms):
 * agencies are numbered, a form naming one agency holds its number and one naming several an array
 * of numbers, the forms are sorted strings (sorted-strings.ts). A Set of agency names per form took
 * ~20 MB more at 28 000 agencies, a Map of forms to numbers 26 MB in all (issue 13 item 5).
 */
import { nameWords } from "./names.ts";
import { SortedStrings } from "./sorted-strings.ts";

export interface AgencyAt {
  agency: string;
  region: string;
}

export class NameTable {
  private readonly agencies: string[] = [];
  /** The distinct forms in lower case, sorted; form i names `named[i]`. */
  private readonly forms: SortedStrings;
  /** Per form: its one agency's number, or -1 - k for the k-th list of several (`several`). */
  private readonly named: Int32Array;
  private readonly several: number[][] = [];
  /** The distinct forms as made (not lower-cased), for jieba and the snapshot's dictionary hash. */
  readonly wordTable: SortedStrings;

  /** The forms of each agency under each region it was read with (an agency is listed once per region). */
  constructor(entries: Iterable<AgencyAt>) {
    const regionsOf = new Map<string, string[]>();
    for (const { agency, region } of entries) {
      const regions = regionsOf.get(agency);
      if (!regions) regionsOf.set(agency, [region]);
      else if (!regions.includes(region)) regions.push(region);
    }
    // made in a Map, then kept sorted (sorted-strings.ts): a Map of ~140 000 forms was 20 MB more
    const byForm = new Map<string, number | number[]>();
    const words = new Set<string>();
    for (const [agency, regions] of regionsOf) {
      const no = this.agencies.push(agency) - 1;
      for (const region of regions) {
        for (const form of nameWords(agency, region)) {
          words.add(form);
          addForm(byForm, form.toLowerCase(), no);
        }
      }
    }
    // the Map's own key strings, sorted by the built-in order, are looked up again by their kept hashes
    const keys = [...byForm.keys()].sort();
    this.forms = new SortedStrings(keys, true);
    this.named = Int32Array.from(keys, (key) => {
      const at = byForm.get(key) as number | number[];
      return typeof at === "number" ? at : -1 - (this.several.push(at) - 1);
    });
    // the forms are their own lower case unless one holds Latin capitals: then both tables are one (2.3 MB at 28 000 agencies)
    let cased = false;
    for (const w of words) if (w !== w.toLowerCase()) cased = true;
    this.wordTable = cased ? new SortedStrings([...words].sort(), true) : this.forms;
  }

  /** The distinct forms as made (a new array each time: jieba's dictionary and the snapshot's hash take them once). */
  get words(): string[] {
    return [...this.wordTable];
  }

  /** Is this (lower-case) text a form of a loaded agency? */
  has(form: string): boolean {
    return this.forms.has(form);
  }

  /** The agencies a (lower-case) form names, or undefined when it names none. */
  get(form: string): string[] | undefined {
    const i = this.forms.indexOf(form);
    if (i < 0) return undefined;
    const at = this.named[i] as number;
    return at >= 0 ? [this.agencies[at] as string] : (this.several[-1 - at] as number[]).map((no) => this.agencies[no] as string);
  }

  /** How many distinct (lower-case) forms. */
  get size(): number {
    return this.forms.size;
  }
}

/** Every agency's forms are added together, so an agency already under a form is its last one. */
function addForm(byForm: Map<string, number | number[]>, key: string, no: number): void {
  const had = byForm.get(key);
  if (had === undefined) byForm.set(key, no);
  else if (typeof had === "number") {
    if (had !== no) byForm.set(key, [had, no]);
  } else if (had[had.length - 1] !== no) had.push(no);
}

/**
 * The two directions between the agencies as answers name them and their stored ids (store.ts
 * Names), held compactly since a replica holds one entry per agency of the corpus: at 28 000
 * agencies a Map of ids to { agency } objects and a Map of names to id arrays took ~4 MB, these
 * ~1.5 MB (issue 13 item 5).
 */

/** Stored agency id → the agency as answered, and the warning unifying it adds (loadCorpus's). */
export class AnsweredAgencies {
  /** Indexed by id (ids are serial): one slot a stored agency. */
  private readonly agencies: (string | undefined)[] = [];
  /** Only the few agencies unified with a longer name have one. */
  private readonly warnings = new Map<number, string>();

  set(id: number, agency: string, warning?: string): void {
    this.agencies[id] = agency;
    if (warning) this.warnings.set(id, warning);
  }

  get(id: number): { agency: string; warning?: string } | undefined {
    const agency = id >= 0 ? this.agencies[id] : undefined;
    if (agency === undefined) return undefined;
    const warning = this.warnings.get(id);
    return warning ? { agency, warning } : { agency };
  }
}

/** The agency as answered → its stored ids (one agency may have been stored under a shorter name too). */
export class StoredIds {
  /** An agency stored once (nearly all) holds its id, not an array of one. */
  private readonly byAgency = new Map<string, number | number[]>();

  add(agency: string, id: number): void {
    const had = this.byAgency.get(agency);
    if (had === undefined) this.byAgency.set(agency, id);
    else if (typeof had === "number") this.byAgency.set(agency, [had, id]);
    else had.push(id);
  }

  get(agency: string): number[] | undefined {
    const had = this.byAgency.get(agency);
    return had === undefined ? undefined : typeof had === "number" ? [had] : [...had];
  }

  keys(): IterableIterator<string> {
    return this.byAgency.keys();
  }

  *[Symbol.iterator](): IterableIterator<[string, number[]]> {
    for (const [agency, had] of this.byAgency) yield [agency, typeof had === "number" ? [had] : [...had]];
  }
}

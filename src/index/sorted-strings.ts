/**
 * A set of strings held as one string and their offsets, sorted by UTF-16 code unit: for tables
 * that grow with the corpus (the ~140 000 name forms of 28 000 agencies), where a Set or a Map
 * costs ~100 bytes a string beside the string itself, this costs the characters and 4 bytes.
 * Membership and position by binary search; `occurrencesIn` finds every entry that is a substring
 * of a text (the names a question holds), walking sorted prefixes so that most positions stop at
 * their first character.
 */
export class SortedStrings implements Iterable<string> {
  private readonly chars: string;
  /** Entry i is chars[starts[i], starts[i + 1]). */
  private readonly starts: Uint32Array;

  /** `sortedUnique`: the strings are already sorted (by code unit, as `sort()` does) and distinct. */
  constructor(strings: Iterable<string>, sortedUnique = false) {
    const sorted = sortedUnique ? [...strings] : [...new Set(strings)].sort();
    this.starts = new Uint32Array(sorted.length + 1);
    let at = 0;
    sorted.forEach((s, i) => {
      this.starts[i] = at;
      at += s.length;
    });
    this.starts[sorted.length] = at;
    // flattened once, so that reading a character never walks a rope of concatenations
    this.chars = sorted.join("");
  }

  get size(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.chars.slice(this.starts[i], this.starts[i + 1]);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let i = 0; i < this.size; i++) yield this.at(i);
  }

  /** Compares entry i with text[from, to): negative when the entry sorts first. */
  private compare(i: number, text: string, from: number, to: number): number {
    const s = this.starts[i] as number;
    const e = this.starts[i + 1] as number;
    const n = Math.min(e - s, to - from);
    for (let k = 0; k < n; k++) {
      const d = this.chars.charCodeAt(s + k) - text.charCodeAt(from + k);
      if (d !== 0) return d;
    }
    return e - s - (to - from);
  }

  /** The first entry not sorting before text[from, to) (size when there is none), from entry `lo` on. */
  private lowerBound(text: string, from: number, to: number, lo = 0): number {
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.compare(mid, text, from, to) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Entry i begins with text[from, to). */
  private startsWith(i: number, text: string, from: number, to: number): boolean {
    const s = this.starts[i] as number;
    if ((this.starts[i + 1] as number) - s < to - from) return false;
    for (let k = 0; k < to - from; k++) if (this.chars.charCodeAt(s + k) !== text.charCodeAt(from + k)) return false;
    return true;
  }

  indexOf(s: string): number {
    const i = this.lowerBound(s, 0, s.length);
    return i < this.size && this.compare(i, s, 0, s.length) === 0 ? i : -1;
  }

  has(s: string): boolean {
    return this.indexOf(s) >= 0;
  }

  /** Every entry that occurs in the text (each once, in no particular order). */
  occurrencesIn(text: string): string[] {
    const found = new Set<number>();
    for (let from = 0; from < text.length; from++) {
      // entries beginning with text[from, to) form a run that narrows as `to` grows
      let lo = 0;
      for (let to = from + 1; to <= text.length; to++) {
        lo = this.lowerBound(text, from, to, lo);
        if (lo >= this.size || !this.startsWith(lo, text, from, to)) break;
        if ((this.starts[lo + 1] as number) - (this.starts[lo] as number) === to - from) found.add(lo);
      }
    }
    return [...found].map((i) => this.at(i));
  }
}

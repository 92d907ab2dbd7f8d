/**
 * Full-text search over the reports' passages (jieba terms, BM25), and an on-disk snapshot of
 * the index for large corpora.
 *
 * Table rows are not indexed: figures are answered from the parsed tables, and the rows were
 * half the documents and two-thirds of the indexed text. The index is an inverted index in
 * typed arrays rather than MiniSearch: at 10 000 reports MiniSearch's map-per-term index took
 * 1.6 GB of heap and 24 s to load from JSON, and every search walked each term's whole posting
 * list even when limited to one report. Here the documents are the passages of the reports
 * sorted by file, so one report's passages are a range of document numbers and each term's
 * postings are sorted by document: a search limited to a report costs a binary search per term.
 *
 * Scoring is MiniSearch's BM25 (k 1.2, b 0.7, d 0.5), times the number of query terms a passage
 * matches, times the agency (×3) and year (×2) boosts.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { NameTable } from "./name-table.ts";
import type { Report } from "./schema.ts";
import { sourceOf } from "./report-cache.ts";
import { addWords, dictionaryHash, jiebaVersion, tokens } from "./tokenize.ts";

export type HitKind = "passage" | "row";

export interface Hit {
  file: string;
  agency: string;
  region: string;
  year: number;
  /** Always “passage”: table rows are no longer indexed (the kind stays for callers that filter on it). */
  kind: HitKind;
  /** Section number 1–6 (0 = before the first section). */
  section: number;
  /** The passage. */
  text: string;
  /** Offsets in the report's text. */
  start: number;
  end: number;
  score: number;
  /** Never set now that rows are not indexed. */
  rowKey?: string;
  /** The passage id. */
  passageId?: string;
}

export interface SearchOptions {
  /** Only these report files: the search then costs what these reports cost. */
  files?: string[];
  /** Only these kinds; without “passage” nothing is found (rows are not indexed). */
  kinds?: HitKind[];
  /** Default 10. */
  limit?: number;
  /** Rank documents of these agencies or regions higher (names as in the reports). */
  agencies?: string[];
  /** Rank documents of these years higher. */
  years?: number[];
}

export interface IndexInfo {
  documents: number;
  /** Where the index came from, and why it was rebuilt when it was. */
  origin: "built" | "snapshot";
  reason?: string;
}

export interface SearchIndex {
  /**
   * Terms combined with OR, question words dropped; documents of the agencies and years named
   * in the query (or given in `opts`) rank higher. Unless limited to files, terms found in more
   * than a tenth of the passages (公开, 信息 …) are dropped when the query has rarer ones.
   *
   * @example index.search("赣州 云直播", { limit: 3 })[0]?.text // “…开展政务公开云直播41场次…”
   */
  search(query: string, opts?: SearchOptions): Hit[];
  readonly info: IndexInfo;
}

/** Bump when documents, terms or the snapshot layout change: old snapshots are then rebuilt. */
export const OPTIONS_VERSION = 2;

/** BM25 parameters (MiniSearch's defaults). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/**
 * A term in more than this share of the passages (and in more than `MIN_FREQUENT` of them) is
 * dropped from an unscoped query that has rarer terms — 公开, 信息, 政务 would make the search
 * score most of the corpus for little gain (their BM25 weight is low); of a query made only of
 * such terms, the rarest is kept. Searches limited to files keep every term.
 */
const FREQUENT = 0.1;
const MIN_FREQUENT = 100;
/** Weights of Latin prefix and fuzzy expansions (MiniSearch's defaults). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const LATIN = /^[a-z][a-z0-9-]*$/u;
const YEAR = /^(19|20)\d\d$/u;
const MAX_TF = 255;
const MAX_LENGTH = 65_535;

// ---------------------------------------------------------------------------------------------
// Postings

/** The term index: term number → documents (ascending) and term frequencies. */
interface Postings {
  terms: string[];
  /** Term t's postings are `docs[start[t] … start[t + 1])`, with `tf` alongside. */
  start: Uint32Array;
  docs: Uint32Array;
  tf: Uint8Array;
  /** Terms per document (for BM25's length normalisation). */
  length: Uint16Array;
}

function sortByFile(reports: readonly Report[]): Report[] {
  return [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** A growable array of unsigned 32-bit numbers (a JS number[] of millions costs twice the memory). */
class U32List {
  data = new Uint32Array(1 << 16);
  size = 0;

  push(v: number): void {
    if (this.size === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.size++] = v;
  }
}

function buildPostings(reports: readonly Report[], documents: number): Postings {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  // one entry per (term, document), documents ascending: term number, document, frequency
  const termOf = new U32List();
  const docOf = new U32List();
  const freqOf = new U32List();
  const length = new Uint16Array(documents);
  let doc = 0;
  for (const r of reports) {
    for (const p of r.passages) {
      const counts = new Map<string, number>();
      const toks = tokens(p.text);
      for (const t of toks) counts.set(t, (counts.get(t) ?? 0) + 1);
      length[doc] = Math.min(toks.length, MAX_LENGTH);
      for (const [t, n] of counts) {
        let id = ids.get(t);
        if (id === undefined) {
          id = terms.length;
          ids.set(t, id);
          terms.push(t);
        }
        termOf.push(id);
        docOf.push(doc);
        freqOf.push(Math.min(n, MAX_TF));
      }
      doc++;
    }
  }
  // counting sort by term; documents stay ascending within a term
  const start = new Uint32Array(terms.length + 1);
  for (let i = 0; i < termOf.size; i++) {
    const t = (termOf.data[i] as number) + 1;
    start[t] = (start[t] as number) + 1;
  }
  for (let t = 0; t < terms.length; t++) start[t + 1] = (start[t + 1] as number) + (start[t] as number);
  const next = start.slice(0, terms.length);
  const docs = new Uint32Array(termOf.size);
  const tf = new Uint8Array(termOf.size);
  for (let i = 0; i < termOf.size; i++) {
    const t = termOf.data[i] as number;
    const at = next[t] as number;
    next[t] = at + 1;
    docs[at] = docOf.data[i] as number;
    tf[at] = freqOf.data[i] as number;
  }
  return { terms, start, docs, tf, length };
}

/** First position in `docs[from … to)` whose document is ≥ `doc`. */
function lowerBound(docs: Uint32Array, from: number, to: number, doc: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((docs[mid] as number) < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Levenshtein distance of a and b, or `max + 1` as soon as it exceeds `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

// ---------------------------------------------------------------------------------------------
// The index

/** One query term's expansions: term numbers with their weights (1 for the term itself). */
interface QueryTerm {
  bit: number;
  expansions: { term: number; weight: number }[];
  /** Documents the term (with its expansions) is found in. */
  df: number;
}

class PassageIndex implements SearchIndex {
  private readonly termIds = new Map<string, number>();
  /** Latin terms, sorted: fuzzy and prefix matching only apply to them. */
  private readonly latin: string[];
  private prepared = false;
  /** True when the names are already in jieba (the index was built in this process). */
  private namesAdded: boolean;
  /** Report number → its first document; the last entry is the number of documents. */
  private readonly firstDoc: Uint32Array;
  /** Document → report number. */
  private readonly reportOf: Uint32Array;
  private readonly fileNo = new Map<string, number>();
  private readonly norm: Float32Array;
  /**
   * Scratch space for a search (searches are synchronous, so one set serves them all): each
   * document's score and matched query terms (bits), and the documents touched, which `top`
   * clears again.
   */
  private readonly score: Float64Array;
  private readonly matched: Uint32Array;
  private readonly touched: Uint32Array;
  private touchedCount = 0;

  constructor(
    readonly reports: readonly Report[],
    /** Name form (lower case) → agencies it names, to recognise “赣州” in a query. */
    readonly names: NameTable,
    readonly postings: Postings,
    readonly hash: string,
    readonly info: IndexInfo,
    namesAdded = false,
  ) {
    this.namesAdded = namesAdded;
    postings.terms.forEach((t, i) => this.termIds.set(t, i));
    this.latin = postings.terms.filter((t) => LATIN.test(t)).sort();
    const n = postings.length.length;
    this.firstDoc = new Uint32Array(reports.length + 1);
    this.reportOf = new Uint32Array(n);
    reports.forEach((r, i) => {
      const first = this.firstDoc[i] as number;
      this.firstDoc[i + 1] = first + r.passages.length;
      this.reportOf.fill(i, first, first + r.passages.length);
      if (!this.fileNo.has(r.file)) this.fileNo.set(r.file, i);
    });
    let sum = 0;
    for (const l of postings.length) sum += l;
    const avgLength = n ? sum / n : 0;
    // BM25's length normalisation, k·(1 − b + b·length/average), once per document
    this.norm = new Float32Array(n);
    for (let d = 0; d < n; d++) this.norm[d] = BM25.k * (1 - BM25.b + (BM25.b * (postings.length[d] as number)) / avgLength);
    this.score = new Float64Array(n);
    this.matched = new Uint32Array(n);
    this.touched = new Uint32Array(n);
  }

  /**
   * Before the first search: the names go into the jieba dictionary (so that a query cuts them
   * as the passages were cut). Not when loading a snapshot: 20 000 names take ~200 ms in jieba,
   * and only free-text questions search.
   */
  prepare(): void {
    if (this.prepared) return;
    if (!this.namesAdded) addWords(this.names.words);
    this.namesAdded = true;
    this.prepared = true;
  }

  search(query: string, opts: SearchOptions = {}): Hit[] {
    if (opts.kinds && !opts.kinds.includes("passage")) return [];
    this.prepare();
    const words = [...new Set(tokens(query))];
    if (words.length === 0) return [];
    const agencies = new Set<string>();
    for (const name of opts.agencies ?? []) {
      for (const a of this.names.get(name.toLowerCase()) ?? [name]) agencies.add(a);
    }
    for (const t of words) for (const a of this.names.get(t) ?? []) agencies.add(a);
    const years = new Set<number>(opts.years ?? words.filter((t) => YEAR.test(t)).map(Number));

    // Names and years rank documents through the boosts (the agency and year of a report are
    // known); as search terms they would only find the passages that repeat them. So do the
    // pieces jieba cuts out of a name (赣州市 → 州市).
    const names = words.filter((t) => this.names.has(t));
    const content = words.filter((t) => !YEAR.test(t) && !names.some((n) => n.includes(t)));
    if (content.length === 0 && agencies.size > 0) {
      // only a name (and years): the agency's passages, its reports of those years first
      this.takeAll(this.agencyRanges(agencies, opts.files));
      return this.top(opts.limit ?? 10, agencies, years);
    }
    const terms = this.queryTerms(content.length ? content : words);
    if (terms.length === 0) return [];

    if (opts.files) {
      const ranges = this.rangesOf(opts.files);
      for (const q of terms) this.scoreRanges(q, ranges);
    } else {
      const n = this.postings.length.length;
      const rare = terms.filter((q) => q.df <= Math.max(FREQUENT * n, MIN_FREQUENT));
      // only common words (政府信息公开 → 政府, 信息, 公开, 政府信息公开): the rarest of them
      const finders = rare.length ? rare : [terms.reduce((a, b) => (b.df < a.df ? b : a))];
      for (const q of finders) this.scoreRanges(q, [[0, n]]);
    }
    return this.top(opts.limit ?? 10, agencies, years);
  }

  private queryTerms(words: string[]): QueryTerm[] {
    const out: QueryTerm[] = [];
    for (const w of words) {
      const expansions: QueryTerm["expansions"] = [];
      const exact = this.termIds.get(w);
      if (exact !== undefined) expansions.push({ term: exact, weight: 1 });
      // Fuzzy and prefix matching count characters: for 2–3 character place names one edit is
      // a different place (浔阳县 ~ 浔阳区), so only Latin terms get them.
      if (LATIN.test(w) && w.length >= 3) expansions.push(...this.latinExpansions(w));
      if (expansions.length === 0) continue;
      const { start } = this.postings;
      const df = expansions.reduce((s, e) => s + (start[e.term + 1] as number) - (start[e.term] as number), 0);
      out.push({ bit: 1 << Math.min(out.length, 31), expansions, df });
    }
    return out;
  }

  private latinExpansions(w: string): QueryTerm["expansions"] {
    const out: QueryTerm["expansions"] = [];
    const seen = new Set<string>([w]);
    // prefix: the sorted Latin terms that start with w
    let lo = 0;
    let hi = this.latin.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.latin[mid] as string) < w) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.latin.length && (this.latin[i] as string).startsWith(w); i++) {
      const t = this.latin[i] as string;
      if (seen.has(t)) continue;
      seen.add(t);
      const distance = t.length - w.length;
      out.push({ term: this.termIds.get(t) as number, weight: (PREFIX_WEIGHT * t.length) / (t.length + 0.3 * distance) });
    }
    if (w.length >= 4) {
      const max = Math.round(w.length * 0.2);
      for (const t of this.latin) {
        if (seen.has(t)) continue;
        const distance = editDistance(w, t, max);
        if (distance > max) continue;
        seen.add(t);
        out.push({ term: this.termIds.get(t) as number, weight: (FUZZY_WEIGHT * t.length) / (t.length + distance) });
      }
    }
    return out;
  }

  /** Document ranges of the files, in order. */
  private rangesOf(files: readonly string[]): [number, number][] {
    const out: [number, number][] = [];
    for (const f of new Set(files)) {
      const r = this.fileNo.get(f);
      if (r !== undefined) out.push([this.firstDoc[r] as number, this.firstDoc[r + 1] as number]);
    }
    return out.sort((a, b) => a[0] - b[0]);
  }

  /** Document ranges of the agencies' reports (within the files, if given). */
  private agencyRanges(agencies: ReadonlySet<string>, files: readonly string[] | undefined): [number, number][] {
    const only = files ? new Set(files) : null;
    const out: [number, number][] = [];
    this.reports.forEach((r, i) => {
      if (agencies.has(r.agency) && (!only || only.has(r.file))) out.push([this.firstDoc[i] as number, this.firstDoc[i + 1] as number]);
    });
    return out;
  }

  /** Every document of the ranges, with the same score. */
  private takeAll(ranges: readonly [number, number][]): void {
    for (const [lo, hi] of ranges) {
      for (let doc = lo; doc < hi; doc++) {
        if (this.matched[doc] === 0) this.touched[this.touchedCount++] = doc;
        this.matched[doc] = 1;
        this.score[doc] = 1;
      }
    }
  }

  /** BM25's inverse document frequency of a term found in `df` documents. */
  private idf(df: number): number {
    const n = this.postings.length.length;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Score the term's documents within the ranges; documents seen first are added to `touched`. */
  private scoreRanges(q: QueryTerm, ranges: readonly [number, number][]): void {
    const { start, docs, tf } = this.postings;
    const { score, matched, norm, touched } = this;
    const { d, k } = BM25;
    const bit = q.bit;
    let count = this.touchedCount;
    for (const { term, weight } of q.expansions) {
      const from = start[term] as number;
      const to = start[term + 1] as number;
      const w = weight * this.idf(to - from);
      for (const [lo, hi] of ranges) {
        for (let i = lowerBound(docs, from, to, lo); i < to; i++) {
          const doc = docs[i] as number;
          if (doc >= hi) break;
          const f = tf[i] as number;
          const m = matched[doc] as number;
          if (m === 0) touched[count++] = doc;
          matched[doc] = m | bit;
          score[doc] = (score[doc] as number) + w * (d + (f * (k + 1)) / (f + (norm[doc] as number)));
        }
      }
    }
    this.touchedCount = count;
  }

  /**
   * The best `limit` documents (score × matched query terms × agency and year boosts, ties by
   * document order); clears the scratch space.
   */
  private top(limit: number, agencies: ReadonlySet<string>, years: ReadonlySet<number>): Hit[] {
    const { score, matched, touched } = this;
    const count = this.touchedCount;
    this.touchedCount = 0;
    const size = Math.max(0, Math.min(limit, count));
    const bestDoc = new Uint32Array(size);
    const bestScore = new Float64Array(size);
    let found = 0;
    const boosting = agencies.size > 0 || years.size > 0;
    const maxBoost = boosting ? 6 : 1;
    for (let t = 0; t < count; t++) {
      const doc = touched[t] as number;
      const bits = matched[doc] as number;
      let v = score[doc] as number;
      score[doc] = 0;
      matched[doc] = 0;
      if (size === 0) continue;
      // matched query terms: population count of the bits
      let x = bits - ((bits >>> 1) & 0x55555555);
      x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
      v *= Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
      const last = size - 1;
      if (found === size && v * maxBoost < (bestScore[last] as number)) continue;
      if (boosting) {
        const report = this.reports[this.reportOf[doc] as number] as Report;
        v *= (agencies.has(report.agency) ? 3 : 1) * (years.has(report.year) ? 2 : 1);
      }
      if (found === size && !(v > (bestScore[last] as number) || (v === bestScore[last] && doc < (bestDoc[last] as number)))) continue;
      let at = found === size ? last : found++;
      while (at > 0 && (v > (bestScore[at - 1] as number) || (v === bestScore[at - 1] && doc < (bestDoc[at - 1] as number)))) {
        bestScore[at] = bestScore[at - 1] as number;
        bestDoc[at] = bestDoc[at - 1] as number;
        at--;
      }
      bestScore[at] = v;
      bestDoc[at] = doc;
    }
    const hits: Hit[] = [];
    for (let i = 0; i < found; i++) hits.push(this.hitOf(bestDoc[i] as number, bestScore[i] as number));
    return hits;
  }

  private hitOf(doc: number, score: number): Hit {
    const r = this.reportOf[doc] as number;
    const report = this.reports[r] as Report;
    const p = report.passages[doc - (this.firstDoc[r] as number)];
    if (!p) throw new Error(`search: document ${doc} is not a passage of ${report.file}`);
    return {
      file: report.file, agency: report.agency, region: report.region, year: report.year, kind: "passage",
      section: p.section, text: p.text, start: p.start, end: p.end, score, passageId: p.id,
    };
  }
}

function documentCount(reports: readonly Report[]): number {
  return reports.reduce((n, r) => n + r.passages.length, 0);
}

/**
 * A 64-bit fingerprint of the documents an index is built from: every report's file, agency,
 * region, year and text, and its passages (ids, sections, offsets). Two multiplicative hash
 * lanes over the UTF-16 code units, two at a time: ~35 ms for 10 000 reports, where sha256 took
 * ~190 ms (encoding the text as UTF-8 first). It tells a changed corpus from the indexed one; it
 * is not meant to resist deliberate collisions.
 */
class Fingerprint {
  private a = 0x811c9dc5 | 0;
  private b = 0x9e3779b9 | 0;

  num(v: number): this {
    this.a = Math.imul(this.a ^ v, 0x01000193);
    const b = Math.imul(this.b ^ v, 0x5bd1e995);
    this.b = b ^ (b >>> 13);
    return this;
  }

  str(s: string): this {
    let a = this.a;
    let b = this.b;
    const n = s.length;
    let i = 0;
    for (; i + 1 < n; i += 2) {
      const v = s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16);
      a = Math.imul(a ^ v, 0x01000193);
      b = Math.imul(b ^ v, 0x5bd1e995);
      b ^= b >>> 13;
    }
    if (i < n) {
      const v = s.charCodeAt(i);
      a = Math.imul(a ^ v, 0x01000193);
      b = Math.imul(b ^ v, 0x5bd1e995);
      b ^= b >>> 13;
    }
    this.a = a;
    this.b = b;
    return this.num(n);
  }

  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

function reportsHash(sorted: readonly Report[]): string {
  const f = new Fingerprint();
  for (const r of sorted) {
    f.str(r.file).str(r.agency).str(r.region).num(r.year);
    // A report loadCorpus gave is known by its file's bytes and the reader's version, which decide
    // its text and passages: reading them here would read every cached report's body from disk.
    const source = sourceOf(r);
    if (source) {
      f.str(source);
      continue;
    }
    // A passage's text is a slice of the report's text, so the text and the offsets cover it.
    f.str(r.text).num(r.passages.length);
    for (const p of r.passages) f.str(p.id).num(p.section).num(p.start).num(p.end);
  }
  return f.hex();
}

/**
 * Index every passage of the reports. Adds the reports' agency and region names to the jieba
 * dictionary first, so that they are cut whole in documents and in queries.
 */
export function buildSearchIndex(reports: readonly Report[], reason?: string): SearchIndex {
  const sorted = sortByFile(reports);
  const names = new NameTable(sorted);
  addWords(names.words);
  const postings = buildPostings(sorted, documentCount(sorted));
  const info: IndexInfo = { documents: postings.length.length, origin: "built" };
  if (reason) info.reason = reason;
  const index = new PassageIndex(sorted, names, postings, reportsHash(sorted), info, true);
  index.prepare();
  return index;
}

// ---------------------------------------------------------------------------------------------
// Snapshot
//
// search-index.bin: “NBIDX002”, the header's length (u32 LE), the header (JSON: the terms and
// the array lengths), padding to 4 bytes, then start and docs (u32), length (u16) and tf (u8),
// in the machine's byte order (recorded in the manifest). Loading is a read and four views.

const INDEX_FILE = "search-index.bin";
const MANIFEST_FILE = "search-manifest.json";
const MAGIC = "NBIDX002";

const ManifestSchema = z.object({
  format: z.literal(2),
  endianness: z.string(),
  jieba: z.string(),
  dictionary: z.string(),
  options: z.number().int(),
  documents: z.number().int().nonnegative(),
  reports: z.string(),
  /** SHA-256 of search-index.bin: a damaged index file is rebuilt, never searched. */
  checksum: z.string(),
});
type Manifest = Omit<z.infer<typeof ManifestSchema>, "checksum">;

const HeaderSchema = z.object({ terms: z.array(z.string()), postings: z.number().int().nonnegative(), documents: z.number().int().nonnegative() });

/** The manifest of an index of `documents` passages with this fingerprint and these names. */
function manifestOf(documents: number, hash: string, names: readonly string[]): Manifest {
  return {
    format: 2,
    endianness: new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? "LE" : "BE",
    jieba: jiebaVersion(),
    // the dictionary with the names added, whether or not they already are
    dictionary: dictionaryHash(names),
    options: OPTIONS_VERSION,
    documents,
    reports: hash,
  };
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

function encode(p: Postings): Buffer {
  const header = Buffer.from(JSON.stringify({ terms: p.terms, postings: p.docs.length, documents: p.length.length }));
  const head = align4(MAGIC.length + 4 + header.length);
  const out = Buffer.alloc(head + p.start.byteLength + p.docs.byteLength + p.length.byteLength + p.tf.byteLength);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = head;
  for (const a of [p.start, p.docs, p.length, p.tf]) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

function decode(data: Buffer): Postings {
  if (data.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not an index file");
  const headerLength = data.readUInt32LE(MAGIC.length);
  const header = HeaderSchema.parse(JSON.parse(data.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
  const { terms, postings, documents } = header;
  const head = align4(MAGIC.length + 4 + headerLength);
  const size = head + 4 * (terms.length + 1) + 4 * postings + 2 * documents + postings;
  if (data.length !== size) throw new Error(`index file is ${data.length} bytes, expected ${size}`);
  // typed-array views need aligned offsets: copy once if the buffer is not 4-byte aligned
  const bytes = data.byteOffset % 4 === 0 ? data : Buffer.from(data);
  const buf = bytes.buffer;
  let at = bytes.byteOffset + head;
  const take = <T>(make: (b: ArrayBufferLike, off: number, n: number) => T, n: number, width: number): T => {
    const v = make(buf, at, n);
    at += n * width;
    return v;
  };
  const start = take((b, o, n) => new Uint32Array(b, o, n), terms.length + 1, 4);
  const docs = take((b, o, n) => new Uint32Array(b, o, n), postings, 4);
  const length = take((b, o, n) => new Uint16Array(b, o, n), documents, 2);
  const tf = take((b, o, n) => new Uint8Array(b, o, n), postings, 1);
  if (start[terms.length] !== postings) throw new Error("index file: postings do not add up");
  return { terms, start, docs, tf, length };
}

function sha256(data: Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Write the index and its manifest to `dir` (created if missing). Throws on I/O errors. */
export function saveSnapshot(index: SearchIndex, dir: string): void {
  if (!(index instanceof PassageIndex)) throw new TypeError("saveSnapshot: not an index made by buildSearchIndex");
  mkdirSync(dir, { recursive: true });
  const data = encode(index.postings);
  writeAtomic(join(dir, INDEX_FILE), data);
  // The manifest last: a snapshot without a matching manifest is never loaded.
  const manifest = { ...manifestOf(index.postings.length.length, index.hash, index.names.words), checksum: sha256(data) };
  writeAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 1));
}

/**
 * Load the snapshot in `dir` if it was made from these reports with the same jieba version,
 * dictionary and options; otherwise (missing, stale or corrupt) build the index anew — never
 * throws for a bad snapshot. `index.info` says which happened and why.
 */
export function loadSnapshot(dir: string, reports: readonly Report[]): SearchIndex {
  const sorted = sortByFile(reports);
  const documents = documentCount(sorted);

  let raw: string;
  try {
    raw = readFileSync(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return buildSearchIndex(reports, "no snapshot");
  }
  let manifest: z.infer<typeof ManifestSchema>;
  try {
    manifest = ManifestSchema.parse(JSON.parse(raw));
  } catch {
    return buildSearchIndex(reports, "corrupt manifest");
  }
  const names = new NameTable(sorted);
  const hash = reportsHash(sorted);
  const expected = manifestOf(documents, hash, names.words);
  const stale = (Object.keys(expected) as (keyof Manifest)[]).filter((k) => manifest[k] !== expected[k]);
  if (stale.length > 0) return buildSearchIndex(reports, `stale snapshot (${stale.join(", ")} changed)`);

  try {
    const data = readFileSync(join(dir, INDEX_FILE));
    if (sha256(data) !== manifest.checksum) return buildSearchIndex(reports, "corrupt snapshot");
    const postings = decode(data);
    if (postings.length.length !== documents) return buildSearchIndex(reports, "snapshot document count differs");
    return new PassageIndex(sorted, names, postings, hash, { documents, origin: "snapshot" });
  } catch {
    return buildSearchIndex(reports, "corrupt snapshot");
  }
}

/**
 * `loadSnapshot`, and when the index had to be built, save it for the next start. A failure
 * to write is reported in `info.reason`, not thrown.
 */
export function openSearchIndex(dir: string, reports: readonly Report[]): SearchIndex {
  const index = loadSnapshot(dir, reports);
  if (index.info.origin === "built") {
    try {
      saveSnapshot(index, dir);
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      index.info.reason = `${index.info.reason ?? "built"}; snapshot not saved: ${msg}`;
    }
  }
  return index;
}

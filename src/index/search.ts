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
  /**
   * Report number (reports sorted by file) → its first document; the last entry is the number of
   * documents. Kept in the snapshot, so that loading it reads no report's passages.
   */
  firstDoc: Uint32Array;
  /**
   * Per block of `BLOCK` postings (positions in `docs`, across terms): the largest term frequency
   * and the shortest document in it — what bounds a posting's BM25 score in the block, so a
   * search for the best few skips the blocks that cannot reach them (see `PassageIndex.best`).
   */
  blockTf: Uint8Array;
  blockLength: Uint16Array;
}

/** Postings per block of `blockTf` and `blockLength`. */
const BLOCK_SHIFT = 7;
const BLOCK = 1 << BLOCK_SHIFT;

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

/** Each block's largest term frequency and shortest document (see `Postings.blockTf`). */
function blockBounds(docs: Uint32Array, tf: Uint8Array, length: Uint16Array): { blockTf: Uint8Array; blockLength: Uint16Array } {
  const blocks = Math.ceil(docs.length / BLOCK);
  const blockTf = new Uint8Array(blocks);
  const blockLength = new Uint16Array(blocks).fill(MAX_LENGTH);
  for (let i = 0; i < docs.length; i++) {
    const b = i >>> BLOCK_SHIFT;
    const f = tf[i] as number;
    const l = length[docs[i] as number] as number;
    if (f > (blockTf[b] as number)) blockTf[b] = f;
    if (l < (blockLength[b] as number)) blockLength[b] = l;
  }
  return { blockTf, blockLength };
}

function buildPostings(reports: readonly Report[], documents: number): Postings {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const firstDoc = new Uint32Array(reports.length + 1);
  // one entry per (term, document), documents ascending: term number, document, frequency
  const termOf = new U32List();
  const docOf = new U32List();
  const freqOf = new U32List();
  const length = new Uint16Array(documents);
  let doc = 0;
  for (const [i, r] of reports.entries()) {
    firstDoc[i] = doc;
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
  firstDoc[reports.length] = doc;
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
  return { terms, start, docs, tf, length, firstDoc, ...blockBounds(docs, tf, length) };
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

/** First position in `docs[from … to)` whose document is ≥ `doc`, galloping from `from` (cursors move forward by small steps). */
function seek(docs: Uint32Array, from: number, to: number, doc: number): number {
  if (from >= to || (docs[from] as number) >= doc) return from;
  let lo = from;
  let step = 1;
  while (lo + step < to && (docs[lo + step] as number) < doc) {
    lo += step;
    step *= 2;
  }
  return lowerBound(docs, lo + 1, Math.min(to, lo + step + 1), doc);
}

/** How many bits are set (the matched query terms of a document). */
function popcount(bits: number): number {
  let x = bits - ((bits >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
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
  /** Per block of postings: a bound of `d + tf·(k + 1) / (tf + norm)` over its postings (see `best`). */
  private readonly blockMax: Float64Array;
  private readonly avgLength: number;
  /** Documents the last search of the whole corpus scored exactly, and the postings of its terms (the tests check most are passed over). */
  lastScored = { documents: 0, postings: 0 };
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
    // the passages per report come with the postings (a snapshot's are checked by its fingerprint): no report's passages are read here
    this.firstDoc = postings.firstDoc;
    this.reportOf = new Uint32Array(n);
    reports.forEach((r, i) => {
      this.reportOf.fill(i, this.firstDoc[i] as number, this.firstDoc[i + 1] as number);
      if (!this.fileNo.has(r.file)) this.fileNo.set(r.file, i);
    });
    let sum = 0;
    for (const l of postings.length) sum += l;
    const avgLength = n ? sum / n : 0;
    // BM25's length normalisation, k·(1 − b + b·length/average), once per document
    this.avgLength = avgLength;
    const normOf = (length: number) => this.normOf(length);
    this.norm = new Float32Array(n);
    for (let d = 0; d < n; d++) this.norm[d] = normOf(postings.length[d] as number);
    // A posting's part of the score grows with its frequency and shrinks with its document's norm
    // (which grows with the length; Float32 rounding keeps that order): a block's largest frequency
    // over its shortest document's norm, by the part's own expression, bounds all its postings'.
    const { d: half, k } = BM25;
    this.blockMax = new Float64Array(postings.blockTf.length);
    for (let b = 0; b < this.blockMax.length; b++) {
      const f = postings.blockTf[b] as number;
      this.blockMax[b] = half + (f * (k + 1)) / (f + Math.fround(normOf(postings.blockLength[b] as number)));
    }
    this.score = new Float64Array(n);
    this.matched = new Uint32Array(n);
    this.touched = new Uint32Array(n);
  }

  /** BM25's length normalisation of a document of this length, k·(1 − b + b·length/average) (kept as Float32 per document). */
  private normOf(length: number): number {
    return BM25.k * (1 - BM25.b + (BM25.b * length) / this.avgLength);
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
      return this.top(opts.limit ?? 10, agencies, years);
    }
    const n = this.postings.length.length;
    const rare = terms.filter((q) => q.df <= Math.max(FREQUENT * n, MIN_FREQUENT));
    // only common words (政府信息公开 → 政府, 信息, 公开, 政府信息公开): the rarest of them
    const finders = rare.length ? rare : [terms.reduce((a, b) => (b.df < a.df ? b : a))];
    return this.best(finders, opts.limit ?? 10, agencies, years);
  }

  /**
   * The best `limit` documents of the whole corpus for these terms: the same documents, order and
   * scores as scoring every posting (`scoreRanges` over all documents, then `top`), without scoring
   * most of them. Documents are taken in order, one at a time (every term's postings are sorted by
   * document), and once `limit` are held, a document is skipped when a bound of its score is not
   * above the worst of them (a later document that ties it comes after it): MaxScore — terms
   * whose bounds together (with the matched-terms factor and the largest boost) stay at or under
   * that score cannot bring a document in by themselves, so only the other terms' postings are
   * walked and these are looked up — and block bounds (`blockMax`): runs of postings whose bound
   * stays at or under it are passed over whole. A document that may still reach the best is scored
   * as `scoreRanges` scores it: the same parts added in the same order.
   *
   * The bounds are exact in floating point, not only in arithmetic: a part's bound is the part's
   * own expression with a frequency at least its own and a norm at most its own (rounding is
   * monotonic, and distinct frequencies or Float32 norms differ by far more than a rounding), and
   * bounds are added in the parts' order and multiplied as the score is, so a bound is never under
   * the score the document gets, and equals it for a document like the best (the generated corpus
   * repeats sentences: thousands of passages tie the best score, and all are passed over).
   */
  private best(finders: readonly QueryTerm[], limit: number, agencies: ReadonlySet<string>, years: ReadonlySet<number>): Hit[] {
    const size = Math.max(0, limit);
    if (size === 0) return [];
    const { start, docs, tf, blockTf, blockLength } = this.postings;
    const { norm, blockMax } = this;
    const { d, k } = BM25;
    // one cursor per term and expansion, in the order scoreRanges adds them
    let m = 0;
    for (const q of finders) m += q.expansions.length;
    const ws = new Float64Array(m);
    const bitOf = new Int32Array(m);
    const pos = new Int32Array(m);
    const end = new Int32Array(m);
    const ub = new Float64Array(m);
    const maxTf = new Float64Array(m);
    m = 0;
    for (const q of finders) {
      for (const { term, weight } of q.expansions) {
        const from = start[term] as number;
        const to = start[term + 1] as number;
        if (from === to) continue;
        const w = weight * this.idf(to - from);
        let most = 0;
        let mostTf = 0;
        for (let b = from >>> BLOCK_SHIFT, last = (to - 1) >>> BLOCK_SHIFT; b <= last; b++) {
          if ((blockMax[b] as number) > most) most = blockMax[b] as number;
          if ((blockTf[b] as number) > mostTf) mostTf = blockTf[b] as number;
        }
        maxTf[m] = mostTf;
        ws[m] = w;
        bitOf[m] = q.bit;
        pos[m] = from;
        end[m] = to;
        ub[m] = w * most;
        m++;
      }
    }
    if (m === 0) return [];
    const scored = { documents: 0, postings: 0 };
    for (let i = 0; i < m; i++) scored.postings += (end[i] as number) - (pos[i] as number);
    this.lastScored = scored;
    const boosting = agencies.size > 0 || years.size > 0;
    const maxBoost = (agencies.size > 0 ? 3 : 1) * (years.size > 0 ? 2 : 1);
    // cursors by bound, ascending: the first `split` of them cannot bring a document in (`lower`)
    const byBound = Int32Array.from({ length: m }, (_, i) => i).sort((a, b) => (ub[a] as number) - (ub[b] as number) || a - b);
    const lower = new Uint8Array(m);
    let lowerBits = 0;
    let split = 0;
    let floor = -1; // the worst held score once `size` are held: a bound at or under it is passed over
    const bestDoc = new Uint32Array(size);
    const bestScore = new Float64Array(size);
    let found = 0;
    // per cursor, for the document at hand: 0 not in it (or not looked up yet, for the others), 1 its part known, 2 its bound counted
    const state = new Uint8Array(m);
    const part = new Float64Array(m);
    /** A lower cursor's bound for the document at hand (state 2): its term's bound, or its largest frequency in the document's own norm. */
    const most = new Float64Array(m);
    /** The bound of a document: known parts, bounds where state 2, in the parts' order, times the terms and the largest boost. */
    const bound = (bits: number): number => {
      let sum = 0;
      for (let i = 0; i < m; i++) {
        const s = state[i] as number;
        if (s === 1) sum = sum + (part[i] as number);
        else if (s === 2) sum = sum + (most[i] as number);
      }
      return sum * popcount(bits) * maxBoost;
    };
    const raiseFloor = (): void => {
      // more cursors join the lower ones while all of them together stay at or under the floor
      most.set(ub);
      while (split < m) {
        const next = byBound[split] as number;
        for (let i = 0; i < m; i++) state[i] = lower[i] === 1 || i === next ? 2 : 0;
        const over = bound(lowerBits | (bitOf[next] as number)) > floor;
        state.fill(0);
        if (over) break;
        lower[next] = 1;
        lowerBits |= bitOf[next] as number;
        split++;
      }
    };
    for (;;) {
      // the next document: the smallest among the cursors that can bring one in
      let doc = -1;
      for (let e = split; e < m; e++) {
        const i = byBound[e] as number;
        if ((pos[i] as number) < (end[i] as number)) {
          const x = docs[pos[i] as number] as number;
          if (doc < 0 || x < doc) doc = x;
        }
      }
      if (doc < 0) break;
      if (found === size) {
        // every document up to `upTo` lies in those cursors' current blocks: passed over together when their bounds stay at or under the floor
        // (the lower cursors by their largest frequency in the shortest of those blocks' documents: no shorter one can be brought in)
        let upTo = Infinity;
        let bits = lowerBits;
        let shortest = MAX_LENGTH;
        for (let e = split; e < m; e++) {
          const i = byBound[e] as number;
          const at = pos[i] as number;
          if (at >= (end[i] as number)) continue;
          const b = at >>> BLOCK_SHIFT;
          part[i] = (ws[i] as number) * (blockMax[b] as number);
          state[i] = 1;
          bits |= bitOf[i] as number;
          const last = docs[Math.min(end[i] as number, (b + 1) << BLOCK_SHIFT) - 1] as number;
          if (last < upTo) upTo = last;
          if ((blockLength[b] as number) < shortest) shortest = blockLength[b] as number;
        }
        const n = Math.fround(this.normOf(shortest));
        for (let e = 0; e < split; e++) {
          const i = byBound[e] as number;
          const f = maxTf[i] as number;
          state[i] = 2;
          most[i] = (ws[i] as number) * (d + (f * (k + 1)) / (f + n));
        }
        const over = bound(bits) > floor;
        state.fill(0);
        if (!over) {
          for (let e = split; e < m; e++) {
            const i = byBound[e] as number;
            const at = pos[i] as number;
            if (at < (end[i] as number) && (docs[at] as number) <= upTo) pos[i] = seek(docs, at, end[i] as number, upTo + 1);
          }
          continue;
        }
      }
      // the cursors at `doc` that can bring it in: their parts of the score
      let bits = 0;
      const n = norm[doc] as number;
      for (let e = split; e < m; e++) {
        const i = byBound[e] as number;
        const at = pos[i] as number;
        if (at < (end[i] as number) && docs[at] === doc) {
          pos[i] = at + 1;
          const f = tf[at] as number;
          part[i] = (ws[i] as number) * (d + (f * (k + 1)) / (f + n));
          state[i] = 1;
          bits |= bitOf[i] as number;
        }
      }
      // the other cursors, looked up from the largest bound down while the document can still reach the best:
      // each bounded by its largest frequency in this document's norm (a document like the best is bounded by its own score)
      let out = false;
      if (split > 0) {
        for (let e = 0; e < split; e++) {
          const i = byBound[e] as number;
          const f = maxTf[i] as number;
          state[i] = 2;
          most[i] = (ws[i] as number) * (d + (f * (k + 1)) / (f + n));
        }
        let unknownBits = lowerBits;
        for (let e = split - 1; e >= 0; e--) {
          if (found === size && bound(bits | unknownBits) <= floor) {
            out = true;
            break;
          }
          const i = byBound[e] as number;
          const at = seek(docs, pos[i] as number, end[i] as number, doc);
          pos[i] = at;
          state[i] = 0;
          // the bits of the cursors still to look up (several cursors may share a term's bit)
          unknownBits = 0;
          for (let x = 0; x < e; x++) unknownBits |= bitOf[byBound[x] as number] as number;
          if (at < (end[i] as number) && docs[at] === doc) {
            const f = tf[at] as number;
            part[i] = (ws[i] as number) * (d + (f * (k + 1)) / (f + (norm[doc] as number)));
            state[i] = 1;
            bits |= bitOf[i] as number;
          }
        }
      }
      if (out) {
        state.fill(0);
        continue;
      }
      // the exact score: the parts added in scoreRanges's order
      scored.documents++;
      let score = 0;
      for (let i = 0; i < m; i++) {
        if (state[i] === 1) score = score + (part[i] as number);
        state[i] = 0;
      }
      let v = score * popcount(bits);
      if (boosting) {
        const report = this.reports[this.reportOf[doc] as number] as Report;
        v *= (agencies.has(report.agency) ? 3 : 1) * (years.has(report.year) ? 2 : 1);
      }
      // documents come in ascending order: one that ties the worst held comes after it
      if (found === size && !(v > (bestScore[size - 1] as number))) continue;
      let at = found === size ? size - 1 : found++;
      while (at > 0 && (v > (bestScore[at - 1] as number) || (v === bestScore[at - 1] && doc < (bestDoc[at - 1] as number)))) {
        bestScore[at] = bestScore[at - 1] as number;
        bestDoc[at] = bestDoc[at - 1] as number;
        at--;
      }
      bestScore[at] = v;
      bestDoc[at] = doc;
      if (found === size) {
        floor = bestScore[size - 1] as number;
        raiseFloor();
      }
    }
    const hits: Hit[] = [];
    for (let i = 0; i < found; i++) hits.push(this.hitOf(bestDoc[i] as number, bestScore[i] as number));
    return hits;
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
    const first = this.firstDoc[r] as number;
    // the index's count of the report's passages was not read from the report: never quote another passage for a miscount
    if (report.passages.length !== (this.firstDoc[r + 1] as number) - first) throw new Error(`search: the index holds ${(this.firstDoc[r + 1] as number) - first} passages of ${report.file}, the report ${report.passages.length}`);
    const p = report.passages[doc - first];
    if (!p) throw new Error(`search: document ${doc} is not a passage of ${report.file}`);
    return {
      file: report.file, agency: report.agency, region: report.region, year: report.year, kind: "passage",
      section: p.section, text: p.text, start: p.start, end: p.end, score, passageId: p.id,
    };
  }
}

/**
 * Whether the snapshot's passages per report are the reports': checked for the reports parsed in
 * this process (their passages are in memory and the fingerprint read them); a report from the
 * report cache is known by its file's bytes and the reader's version (`sourceOf`), which decide its
 * passages, so its body is not read for this.
 */
function passagesAgree(sorted: readonly Report[], firstDoc: Uint32Array): boolean {
  return sorted.every((r, i) => sourceOf(r) !== undefined || r.passages.length === (firstDoc[i + 1] as number) - (firstDoc[i] as number));
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
// search-index.bin: “NBIDX003”, the header's length (u32 LE), the header (JSON: the terms and
// the array lengths), padding to 4 bytes, then start, docs and firstDoc (u32), length and
// blockLength (u16), tf and blockTf (u8), in the machine's byte order (recorded in the manifest).
// Loading is a read and seven views; no report's passages are read (their counts are firstDoc).
// Format 2 (session 11 and before) had no firstDoc and no block bounds: its snapshots are stale
// (“format changed”) and rebuilt.

const INDEX_FILE = "search-index.bin";
const MANIFEST_FILE = "search-manifest.json";
const MAGIC = "NBIDX003";
const FORMAT = 3;

const ManifestSchema = z.object({
  /** `FORMAT`: any other is stale, so an older snapshot is rebuilt, never read in this layout. */
  format: z.number().int(),
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

const HeaderSchema = z.object({
  terms: z.array(z.string()),
  postings: z.number().int().nonnegative(),
  documents: z.number().int().nonnegative(),
  reports: z.number().int().nonnegative(),
});

/** The manifest of an index of `documents` passages with this fingerprint and these names. */
function manifestOf(documents: number, hash: string, names: readonly string[]): Manifest {
  return {
    format: FORMAT,
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
  const header = Buffer.from(JSON.stringify({ terms: p.terms, postings: p.docs.length, documents: p.length.length, reports: p.firstDoc.length - 1 }));
  const head = align4(MAGIC.length + 4 + header.length);
  const arrays = [p.start, p.docs, p.firstDoc, p.length, p.blockLength, p.tf, p.blockTf];
  const out = Buffer.alloc(head + arrays.reduce((n, a) => n + a.byteLength, 0));
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(header.length, MAGIC.length);
  header.copy(out, MAGIC.length + 4);
  let at = head;
  for (const a of arrays) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), at);
    at += a.byteLength;
  }
  return out;
}

function decode(data: Buffer): Postings {
  if (data.toString("latin1", 0, MAGIC.length) !== MAGIC) throw new Error("not an index file");
  const headerLength = data.readUInt32LE(MAGIC.length);
  const header = HeaderSchema.parse(JSON.parse(data.toString("utf8", MAGIC.length + 4, MAGIC.length + 4 + headerLength)));
  const { terms, postings, documents, reports } = header;
  const blocks = Math.ceil(postings / BLOCK);
  const head = align4(MAGIC.length + 4 + headerLength);
  const size = head + 4 * (terms.length + 1) + 4 * postings + 4 * (reports + 1) + 2 * documents + 2 * blocks + postings + blocks;
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
  const firstDoc = take((b, o, n) => new Uint32Array(b, o, n), reports + 1, 4);
  const length = take((b, o, n) => new Uint16Array(b, o, n), documents, 2);
  const blockLength = take((b, o, n) => new Uint16Array(b, o, n), blocks, 2);
  const tf = take((b, o, n) => new Uint8Array(b, o, n), postings, 1);
  const blockTf = take((b, o, n) => new Uint8Array(b, o, n), blocks, 1);
  if (start[terms.length] !== postings) throw new Error("index file: postings do not add up");
  if (firstDoc[reports] !== documents) throw new Error("index file: passages do not add up");
  for (let r = 0; r < reports; r++) if ((firstDoc[r] as number) > (firstDoc[r + 1] as number)) throw new Error("index file: passages out of order");
  return { terms, start, docs, tf, length, firstDoc, blockTf, blockLength };
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
  // the documents are the snapshot's own count: counting the reports' passages would read every cached report's text
  const expected = manifestOf(manifest.documents, hash, names.words);
  const stale = (Object.keys(expected) as (keyof Manifest)[]).filter((k) => manifest[k] !== expected[k]);
  if (stale.length > 0) return buildSearchIndex(reports, `stale snapshot (${stale.join(", ")} changed)`);

  try {
    const data = readFileSync(join(dir, INDEX_FILE));
    if (sha256(data) !== manifest.checksum) return buildSearchIndex(reports, "corrupt snapshot");
    const postings = decode(data);
    const documents = postings.length.length;
    if (documents !== manifest.documents || postings.firstDoc.length !== sorted.length + 1 || !passagesAgree(sorted, postings.firstDoc)) return buildSearchIndex(reports, "snapshot document count differs");
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

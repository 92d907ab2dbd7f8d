/**
 * Full-text search over the reports' passages and table rows (MiniSearch 7 with jieba terms),
 * and an on-disk snapshot of the index for large corpora.
 *
 * Documents are derived from the reports in a fixed order (reports sorted by file), so the
 * snapshot only stores MiniSearch's term index; the documents themselves (text, offsets) are
 * rebuilt from the reports at load time, which is cheap (no segmentation).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import MiniSearch, { type Options, type SearchOptions as MSSearchOptions } from "minisearch";
import { z } from "zod";
import { agencyForms, nameWords, regionForms } from "./names.ts";
import type { Report, Row } from "./schema.ts";
import {
  SECTION_HEADINGS,
  TABLE2_COLUMNS,
  TABLE2_COLUMN_LABELS,
  TABLE2_GROUPS,
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUPS,
  TABLE3_GROUP_LABELS,
  TABLE_SECTION,
  table1Items,
  table2Rows,
} from "./template.ts";
import { addWords, dictionaryHash, jiebaVersion, tokens } from "./tokenize.ts";

export type HitKind = "passage" | "row";

export interface Hit {
  file: string;
  agency: string;
  region: string;
  year: number;
  kind: HitKind;
  /** Section number 1–6 (0 = before the first section); for rows, the table's section. */
  section: number;
  /** The passage, or the table row rendered as text (“三、… · （三）不予公开 1.属于国家秘密 · 自然人 1 … 总计 1”). */
  text: string;
  /** Offsets in the report's text; for a row whose position is unknown, its section's range. */
  start: number;
  end: number;
  score: number;
  /** Rows only: “table2.refused.state_secret”, “table1.licensing”, “table3.review”. */
  rowKey?: string;
  /** Passages only: the passage id. */
  passageId?: string;
}

export interface SearchOptions {
  /** Only these report files. */
  files?: string[];
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
   * in the query (or given in `opts`) rank higher.
   *
   * @example index.search("赣州 云直播", { limit: 3 })[0]?.text // “…开展政务公开云直播41场次…”
   */
  search(query: string, opts?: SearchOptions): Hit[];
  readonly info: IndexInfo;
}

/** Bump when documents, fields or term processing change: old snapshots are then rebuilt. */
export const OPTIONS_VERSION = 1;

interface Doc {
  id: number;
  file: string;
  agency: string;
  region: string;
  year: number;
  kind: HitKind;
  section: number;
  text: string;
  start: number;
  end: number;
  rowKey?: string;
  passageId?: string;
  /** Indexed with low weight: the agency's names and the year, so that “赣州 云直播” finds 赣州's passages. */
  meta: string;
}

const MINISEARCH_OPTIONS: Options<Doc> = {
  idField: "id",
  fields: ["text", "meta"],
  storeFields: [],
  tokenize: (text) => tokens(text),
  processTerm: (term) => term,
};

const LATIN = /^[a-z][a-z0-9-]*$/u;

function searchOptions(filter: (doc: Doc) => boolean, boost: (doc: Doc) => number, docs: Doc[]): MSSearchOptions {
  const docOf = (id: unknown): Doc | undefined => (typeof id === "number" ? docs[id] : undefined);
  return {
    // The query is tokenized by us (question words dropped); terms are joined with spaces.
    tokenize: (q) => q.split(" ").filter(Boolean),
    processTerm: (t) => t,
    combineWith: "OR",
    boost: { text: 1, meta: 0.4 },
    // Fuzzy and prefix matching count characters: for 2–3 character place names one edit is a
    // different place (浔阳县 ~ 浔阳区), so only Latin terms get them.
    fuzzy: (term) => (LATIN.test(term) && term.length >= 4 ? 0.2 : false),
    prefix: (term) => LATIN.test(term) && term.length >= 3,
    filter: (r) => {
      const d = docOf(r.id);
      return d !== undefined && filter(d);
    },
    boostDocument: (id) => {
      const d = docOf(id);
      return d ? boost(d) : 1;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Documents

function fmt(v: number | null | undefined): string {
  return v === null || v === undefined ? "—" : String(v);
}

function cells(row: Row, columns: readonly { id: string; label: string }[]): string {
  const known = new Set(columns.map((c) => c.id));
  const parts = columns.filter((c) => c.id in row).map((c) => `${c.label} ${fmt(row[c.id])}`);
  for (const [id, v] of Object.entries(row)) if (!known.has(id)) parts.push(`${id} ${fmt(v)}`);
  return parts.join(" ");
}

function sectionRange(report: Report, no: number): { start: number; end: number } {
  const s = report.sections.find((x) => x.no === no);
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

function rowDocs(report: Report): Omit<Doc, "id" | "meta">[] {
  const base = { file: report.file, agency: report.agency, region: report.region, year: report.year, kind: "row" as const };
  const out: Omit<Doc, "id" | "meta">[] = [];
  const push = (table: 1 | 2 | 3, key: string, text: string, spanKeys: string[]) => {
    const section = TABLE_SECTION[table];
    const span = spanKeys.map((k) => report.spans[k]).find((s) => s !== undefined) ?? sectionRange(report, section);
    out.push({ ...base, section, text, start: span.start, end: span.end, rowKey: key });
  };

  const t1Heading = SECTION_HEADINGS[2] ?? "";
  for (const item of table1Items(report.template)) {
    const row = report.table1[item.id];
    if (!row) continue;
    push(1, `table1.${item.id}`, `${t1Heading} · ${item.label} · ${cells(row, item.columns)}`, [`table1.${item.id}`]);
  }

  const t2Heading = SECTION_HEADINGS[3] ?? "";
  const t2Columns = TABLE2_COLUMNS.map((id) => ({ id, label: TABLE2_COLUMN_LABELS[id] }));
  for (const def of table2Rows(report.template)) {
    const row = report.table2[def.id];
    if (!row) continue;
    const group = def.group && def.id !== "other" ? `${TABLE2_GROUPS[def.group].label} ` : "";
    push(2, `table2.${def.id}`, `${t2Heading} · ${group}${def.label} · ${cells(row, t2Columns)}`, [`table2.${def.id}`]);
  }

  const t3Heading = SECTION_HEADINGS[4] ?? "";
  const t3Columns = TABLE3_COLUMNS.map((id) => ({ id, label: TABLE3_COLUMN_LABELS[id] }));
  for (const group of TABLE3_GROUPS) {
    const row = report.table3?.[group];
    if (!row) continue;
    push(3, `table3.${group}`, `${t3Heading} · ${TABLE3_GROUP_LABELS[group]} · ${cells(row, t3Columns)}`, [`table3.${group}`, "table3"]);
  }
  return out;
}

function documentsOf(reports: readonly Report[]): Doc[] {
  const sorted = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const docs: Doc[] = [];
  for (const r of sorted) {
    const meta = `${r.agency} ${r.region} ${r.year}`;
    for (const p of r.passages) {
      docs.push({
        id: docs.length, file: r.file, agency: r.agency, region: r.region, year: r.year, kind: "passage",
        section: p.section, text: p.text, start: p.start, end: p.end, passageId: p.id, meta,
      });
    }
    for (const d of rowDocs(r)) docs.push({ ...d, id: docs.length, meta });
  }
  return docs;
}

/** Identifies the documents an index was built from (file names and every document's text and offsets). */
function documentsHash(docs: readonly Doc[]): string {
  const h = createHash("sha256");
  for (const d of docs) h.update(`${d.file}\u0000${d.agency}\u0000${d.year}\u0000${d.kind}\u0000${d.section}\u0000${d.start}\u0000${d.end}\u0000${d.rowKey ?? ""}\u0000${d.text}\u0001`);
  return h.digest("hex").slice(0, 32);
}

function addNamesOf(reports: readonly Report[]): void {
  addWords(reports.flatMap((r) => nameWords(r.agency, r.region)));
}

// ---------------------------------------------------------------------------------------------
// The index

const YEAR = /^(19|20)\d\d$/u;

class MiniSearchIndex implements SearchIndex {
  /** Name form (lower case) → agencies it names, to recognise “赣州” in a query. */
  private readonly names = new Map<string, Set<string>>();

  constructor(
    readonly ms: MiniSearch<Doc>,
    readonly docs: Doc[],
    readonly hash: string,
    readonly info: IndexInfo,
  ) {
    for (const d of docs) {
      for (const form of [...agencyForms(d.agency, d.region), ...regionForms(d.region)]) {
        const key = form.toLowerCase();
        const set = this.names.get(key) ?? new Set<string>();
        set.add(d.agency);
        this.names.set(key, set);
      }
    }
  }

  search(query: string, opts: SearchOptions = {}): Hit[] {
    const terms = [...new Set(tokens(query))];
    if (terms.length === 0) return [];
    const agencies = new Set<string>();
    for (const name of opts.agencies ?? []) {
      for (const a of this.names.get(name.toLowerCase()) ?? [name]) agencies.add(a);
    }
    for (const t of terms) for (const a of this.names.get(t) ?? []) agencies.add(a);
    const years = new Set<number>(opts.years ?? terms.filter((t) => YEAR.test(t)).map(Number));
    const files = opts.files ? new Set(opts.files) : null;
    const kinds = opts.kinds ? new Set(opts.kinds) : null;

    const filter = (d: Doc) => (!files || files.has(d.file)) && (!kinds || kinds.has(d.kind));
    const boost = (d: Doc) => (agencies.has(d.agency) ? 3 : 1) * (years.has(d.year) ? 2 : 1);
    const results = this.ms.search(terms.join(" "), searchOptions(filter, boost, this.docs));

    const hits: Hit[] = [];
    for (const r of results.slice(0, opts.limit ?? 10)) {
      const d = this.docs[r.id as number];
      if (!d) continue;
      const hit: Hit = {
        file: d.file, agency: d.agency, region: d.region, year: d.year, kind: d.kind, section: d.section,
        text: d.text, start: d.start, end: d.end, score: r.score,
      };
      if (d.rowKey) hit.rowKey = d.rowKey;
      if (d.passageId) hit.passageId = d.passageId;
      hits.push(hit);
    }
    return hits;
  }
}

/**
 * Index every passage and every table row of the reports. Adds the reports' agency and region
 * names to the jieba dictionary first, so that they are cut whole in documents and in queries.
 */
export function buildSearchIndex(reports: readonly Report[], reason?: string): SearchIndex {
  addNamesOf(reports);
  const docs = documentsOf(reports);
  const ms = new MiniSearch<Doc>(MINISEARCH_OPTIONS);
  ms.addAll(docs);
  const info: IndexInfo = { documents: docs.length, origin: "built" };
  if (reason) info.reason = reason;
  return new MiniSearchIndex(ms, docs, documentsHash(docs), info);
}

// ---------------------------------------------------------------------------------------------
// Snapshot

const INDEX_FILE = "search-index.json";
const MANIFEST_FILE = "search-manifest.json";

const ManifestSchema = z.object({
  format: z.literal(1),
  minisearch: z.string(),
  jieba: z.string(),
  dictionary: z.string(),
  options: z.number().int(),
  documents: z.number().int().nonnegative(),
  reports: z.string(),
});
type Manifest = z.infer<typeof ManifestSchema>;

function packageVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    let dir = dirname(require.resolve(name));
    for (let i = 0; i < 5; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: unknown; version?: unknown };
        if (pkg.name === name && typeof pkg.version === "string") return pkg.version;
      } catch {
        // no package.json at this level; go up
      }
      dir = dirname(dir);
    }
  } catch {
    // not resolvable: fall through
  }
  return "unknown";
}

function manifestOf(docs: number, reportsHash: string): Manifest {
  return {
    format: 1,
    minisearch: packageVersion("minisearch"),
    jieba: jiebaVersion(),
    dictionary: dictionaryHash(),
    options: OPTIONS_VERSION,
    documents: docs,
    reports: reportsHash,
  };
}

function writeAtomic(path: string, data: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Write the index and its manifest to `dir` (created if missing). Throws on I/O errors. */
export function saveSnapshot(index: SearchIndex, dir: string): void {
  if (!(index instanceof MiniSearchIndex)) throw new TypeError("saveSnapshot: not an index made by buildSearchIndex");
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, INDEX_FILE), JSON.stringify(index.ms));
  // The manifest last: a snapshot without a matching manifest is never loaded.
  writeAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifestOf(index.docs.length, index.hash), null, 1));
}

/**
 * Load the snapshot in `dir` if it was made from these reports with the same library versions,
 * dictionary and options; otherwise (missing, stale or corrupt) build the index anew — never
 * throws for a bad snapshot. `index.info` says which happened and why.
 */
export function loadSnapshot(dir: string, reports: readonly Report[]): SearchIndex {
  addNamesOf(reports);
  const docs = documentsOf(reports);
  const hash = documentsHash(docs);
  const expected = manifestOf(docs.length, hash);

  let raw: string;
  try {
    raw = readFileSync(join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return buildSearchIndex(reports, "no snapshot");
  }
  let manifest: Manifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(raw));
  } catch {
    return buildSearchIndex(reports, "corrupt manifest");
  }
  const stale = (Object.keys(expected) as (keyof Manifest)[]).filter((k) => manifest[k] !== expected[k]);
  if (stale.length > 0) return buildSearchIndex(reports, `stale snapshot (${stale.join(", ")} changed)`);

  try {
    const json = readFileSync(join(dir, INDEX_FILE), "utf8");
    const ms = MiniSearch.loadJSON<Doc>(json, MINISEARCH_OPTIONS);
    if (ms.documentCount !== docs.length) return buildSearchIndex(reports, "snapshot document count differs");
    return new MiniSearchIndex(ms, docs, hash, { documents: docs.length, origin: "snapshot" });
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

/**
 * The core behind every adapter: the reports of a data folder, the answerer over them, reloading,
 * and admin uploads stored atomically. What was loaded stays loaded when a reload or upload fails.
 * Uploads and reloads run one at a time (a reload that read the folder before an upload was stored
 * would otherwise swap in a corpus without it), and an upload never replaces an existing file.
 * Files are read by a reader pool (worker threads with a time budget), so chats are answered
 * while a file is read, and a file that takes too long is refused while the others load.
 */
import { randomUUID } from "node:crypto";
import { link, mkdir, rm, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createAnswerer, type Answerer } from "../answers/answerer.ts";
import { DataDirError, isReportFile, loadCorpus, unifyAgencies, type Corpus } from "../index/corpus.ts";
import { sharedReaderPool, type ReaderPool } from "../index/reader-pool.ts";
import type { LoadError, Report } from "../index/schema.ts";
import { openSearchIndex } from "../index/search.ts";
import { unreadableFiles } from "../index/unreadable.ts";
import { understand, type AgencyName } from "../answers/understand.ts";
import { memoryCatalogue } from "./catalogue.ts";
import type { Parts } from "./followup.ts";
import type { Core, Upload } from "./types.ts";
import { listPage, onPage } from "./reports.ts";

/** Parsed reports and the search snapshot live in a hidden folder of the data folder. */
export function cacheDirOf(dataDir: string): string {
  return join(dataDir, ".cache");
}

export interface CoreOptions {
  /** Reads report files (default: the process's reader pool). */
  reader?: ReaderPool;
}

/** The in-memory core also hands out every report it holds (tests, and nothing that must scale). */
export interface MemoryCore extends Core {
  reports(): Report[];
}

export async function createCore(dataDir: string, opts: CoreOptions = {}): Promise<MemoryCore> {
  const reader = opts.reader ?? sharedReaderPool();
  const load = () => loadCorpus(dataDir, { cacheDir: cacheDirOf(dataDir), read: reader.read });
  let corpus: Corpus = await load();
  const answererFor = ({ reports, errors }: Corpus) =>
    createAnswerer(reports, { search: () => openSearchIndex(join(cacheDirOf(dataDir), "search"), reports), unreadable: unreadableFiles(errors, reports) });
  let answerer: Answerer = answererFor(corpus);
  const swap = (next: Corpus) => {
    corpus = next;
    answerer = answererFor(next);
  };
  const serial = serializer();

  async function reload(): Promise<{ reports: number; errors: LoadError[] }> {
    let next: Corpus;
    try {
      next = await load();
    } catch (e) {
      if (!(e instanceof DataDirError)) throw e;
      return { reports: corpus.reports.length, errors: [{ file: dataDir, message: `${e.message}; kept the ${corpus.reports.length} reports loaded before` }] };
    }
    // An emptied or unreadable folder must not wipe what the bot can answer.
    if (next.reports.length === 0 && corpus.reports.length > 0) return { reports: corpus.reports.length, errors: [{ file: dataDir, message: `${dataDir}: no report could be read; kept the ${corpus.reports.length} loaded before` }, ...next.errors] };
    // A file that was loaded before and cannot be read now keeps its good copy.
    const failed = new Set(next.errors.map((e) => e.file));
    const loaded = new Set(next.reports.map((r) => `${r.agency}|${r.year}`));
    const kept = corpus.reports.filter((r) => failed.has(r.file) && !loaded.has(`${r.agency}|${r.year}`));
    const keptFiles = new Set(kept.map((r) => r.file));
    const errors = next.errors.map((e) => (keptFiles.has(e.file) ? { ...e, message: `${e.message}; kept the copy loaded before` } : e));
    swap({ reports: kept.length ? unifyAgencies([...next.reports, ...kept]) : next.reports, errors });
    return { reports: corpus.reports.length, errors };
  }

  async function addReport(upload: Upload): Promise<{ ok: true; report: Report; note?: string } | { ok: false; reason: string }> {
    const name = safeName(upload.filename);
    if (!name || !isReportFile(name)) return { ok: false, reason: `${upload.filename}: only .txt .md .html .htm .pdf .docx report files are accepted` };
    let report: Report;
    try {
      report = await reader.read(name, upload.data);
    } catch (e) {
      return { ok: false, reason: e instanceof Error ? e.message : String(e) };
    }
    const twin = corpus.reports.find((r) => r.agency === report.agency && r.year === report.year);
    if (twin) return { ok: false, reason: `${name}: ${report.agency} ${report.year} 年的报告已收录（${twin.file}）` };
    let stored: string;
    try {
      stored = await storeNew(dataDir, name, upload.data);
    } catch (e) {
      return { ok: false, reason: `${name}: could not be stored (${e instanceof Error ? e.message : String(e)})` };
    }
    if (stored !== name) report = { ...report, file: stored };
    swap({ reports: unifyAgencies([...corpus.reports, report]), errors: corpus.errors });
    return stored === name ? { ok: true, report } : { ok: true, report, note: `已有同名文件 ${name}（另一份报告），新报告保存为 ${stored}` };
  }

  // The agencies the question reader knows, recomputed only when the reports change.
  const catalogue = memoryCatalogue(() => corpus.reports);
  return {
    answer: (q) => answerer.answer(q),
    parse: (q) => partsOf(q, catalogue.names()),
    ...catalogue,
    reports: () => corpus.reports,
    async reportPage(requested, size) {
      const { heads, ...at } = listPage(corpus.reports, requested, size);
      return { reports: heads.map(onPage), ...at };
    },
    reportsOf: async (agency) => corpus.reports.filter((r) => r.agency === agency).sort((a, b) => a.year - b.year),
    loadErrors: () => corpus.errors,
    reload: () => serial(reload),
    addReport: (upload) => serial(() => addReport(upload)),
  };
}

/** Run tasks one after another, in the order they were asked for; a failure does not block the next. */
function serializer(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * Store `data` as `name` in `dir`, or as `name-2`, `name-3` … when that file exists: written to a
 * temporary file, then hard-linked to the first free name (link never replaces a file, so this
 * holds even against another process), so a crash never leaves half a file in the folder.
 */
async function storeNew(dir: string, name: string, data: Uint8Array): Promise<string> {
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${randomUUID()}.upload`);
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
      try {
        await link(tmp, join(dir, candidate));
        return candidate;
      } catch (e) {
        if ((e as { code?: string }).code !== "EEXIST") throw e;
      }
    }
    throw new Error(`${name}: too many files with this name`);
  } finally {
    await rm(tmp, { force: true });
  }
}

/** How the question reader sees a message, reduced to what follow-ups need. */
export function partsOf(question: string, names: readonly AgencyName[]): Parts {
  const q = understand(question.trim(), names, new Date());
  const spans = q.figureSpans ?? [];
  // the figure's words from its first to its last phrase (行政复议结果纠正), when they are together
  const [from, to] = [Math.min(...spans.map((s) => s[0])), Math.max(...spans.map((s) => s[1]))];
  const figure = spans.length && to - from <= 12 ? q.text.slice(from, to) : textFigure(q);
  return { text: q.text, who: q.agencies.map((a) => a.text), agencies: q.agencies.map((a) => (a.matches.length === 1 ? (a.matches[0]?.agency ?? "") : "")), years: q.years, metric: q.metric !== null, kind: q.kind, ...(figure ? { figure } : {}) };
}

/** A ranking by a figure only the text states (哪个财政局主动公开信息最多): its words, from the first keyword up to 最多 / 最少 …. */
function textFigure(q: ReturnType<typeof understand>): string | undefined {
  if (q.kind !== "ranking" || q.metric || !q.keywords.length) return undefined;
  const from = Math.min(...q.keywords.map((k) => q.text.indexOf(k)));
  const to = q.text.slice(from).search(/最|排名|排行|前[\d一二三四五六七八九十]/u);
  return from >= 0 && to > 0 && to <= 12 ? q.text.slice(from, from + to) : undefined;
}

/** A plain file name: no folders, no hidden files. */
function safeName(filename: string): string {
  const base = basename(filename.replace(/\\/g, "/")).replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "");
  if (!base) return "";
  const ext = extname(base);
  return `${base.slice(0, base.length - ext.length).slice(0, 80)}${ext.toLowerCase()}`;
}

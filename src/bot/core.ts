/**
 * The core behind every adapter: the reports of a data folder, the answerer over them, reloading,
 * and admin uploads stored atomically. What was loaded stays loaded when a reload or upload fails.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { createAnswerer, type Answerer } from "../answers/answerer.ts";
import { isReportFile, loadCorpus, readReport, unifyAgencies, type Corpus } from "../index/corpus.ts";
import { openSearchIndex } from "../index/search.ts";
import type { Core, Upload } from "./types.ts";

/** Parsed reports and the search snapshot live in a hidden folder of the data folder. */
export function cacheDirOf(dataDir: string): string {
  return join(dataDir, ".cache");
}

export async function createCore(dataDir: string): Promise<Core> {
  const load = () => loadCorpus(dataDir, { cacheDir: cacheDirOf(dataDir) });
  let corpus: Corpus = await load();
  const answererFor = (reports: Corpus["reports"]) => createAnswerer(reports, { search: () => openSearchIndex(join(cacheDirOf(dataDir), "search"), reports) });
  let answerer: Answerer = answererFor(corpus.reports);
  const swap = (next: Corpus) => {
    corpus = next;
    answerer = answererFor(next.reports);
  };
  return {
    answer: (q) => answerer.answer(q),
    reports: () => corpus.reports,
    loadErrors: () => corpus.errors,
    async reload() {
      const next = await load();
      // An emptied or unreadable folder must not wipe what the bot can answer.
      if (next.reports.length === 0 && corpus.reports.length > 0) return { reports: corpus.reports.length, errors: [{ file: dataDir, message: `${dataDir}: no report could be read; kept the ${corpus.reports.length} loaded before` }, ...next.errors] };
      swap(next);
      return { reports: next.reports.length, errors: next.errors };
    },
    async addReport(upload: Upload) {
      const name = safeName(upload.filename);
      if (!name || !isReportFile(name)) return { ok: false as const, reason: `${upload.filename}: only .txt .md .html .htm .pdf .docx report files are accepted` };
      let report;
      try {
        report = await readReport(name, upload.data);
      } catch (e) {
        return { ok: false as const, reason: e instanceof Error ? e.message : String(e) };
      }
      const twin = corpus.reports.find((r) => r.agency === report.agency && r.year === report.year);
      if (twin) return { ok: false as const, reason: `${name}: ${report.agency} ${report.year} 年的报告已收录（${twin.file}）` };
      // Write to a temporary name, then rename: a crash never leaves half a file in the folder.
      await mkdir(dataDir, { recursive: true });
      const target = join(dataDir, name);
      const tmp = join(dataDir, `.${randomUUID()}.upload`);
      try {
        await writeFile(tmp, upload.data, { flag: "wx" });
        await rename(tmp, target);
      } catch (e) {
        await rm(tmp, { force: true });
        return { ok: false as const, reason: `${name}: could not be stored (${e instanceof Error ? e.message : String(e)})` };
      }
      swap({ reports: unifyAgencies([...corpus.reports, report]), errors: corpus.errors });
      return { ok: true as const, report };
    },
  };
}

/** A plain file name: no folders, no hidden files, and never an existing file overwritten by surprise. */
function safeName(filename: string): string {
  const base = basename(filename.replace(/\\/g, "/")).replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "");
  if (!base) return "";
  const ext = extname(base);
  return `${base.slice(0, base.length - ext.length).slice(0, 80)}${ext.toLowerCase()}`;
}

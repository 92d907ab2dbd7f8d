/**
 * The core over the PostgreSQL store (DATABASE_URL): answers, uploads and /reload go to the
 * database; several bot processes can share it. An upload is stored in one transaction and
 * announced, so every replica answers from it within a second.
 */
import { basename } from "node:path";
import { isReportFile } from "../index/corpus.ts";
import { sharedReaderPool } from "../index/reader-pool.ts";
import type { Report } from "../index/schema.ts";
import { openPgStore, type PgStore } from "../store/pg/store.ts";
import { fileHash } from "../store/pg/write.ts";
import { partsOf } from "./core.ts";
import { PAGE_SIZE } from "./pages.ts";
import { limitHeapGrowth } from "./replica-heap.ts";
import type { Core, Upload } from "./types.ts";

export interface PgCore extends Core {
  store: PgStore;
  close(): Promise<void>;
}

export async function createPgCore(url: string): Promise<PgCore> {
  limitHeapGrowth(); // replica-heap.ts: a replica's heap is small and bounded
  const store = await openPgStore(url);
  // Uploads are read off the event loop, with a time budget (reader-pool.ts).
  const reader = sharedReaderPool();
  // /check, /reports, help and the follow-up buttons ask the database for the heads they need
  // (catalogue.ts): a replica holds the agency names, never every report's head.
  return {
    store,
    answer: (q) => store.answer(q),
    parse: (q) => partsOf(q, store.names()),
    count: () => store.total(),
    names: () => store.names(),
    heads: (q) => store.heads(q),
    multiYearRegion: () => store.multiYearRegion(),
    async reportPage(requested, size = PAGE_SIZE) {
      // the page's heads, then their checks' counts: no report is read whole
      const { heads, ...at } = await store.listPage(requested, size);
      const counts = await store.checkCounts(heads.map((h) => h.file));
      const reports = heads.flatMap((h) => {
        const c = counts.get(h.file);
        return c ? [{ file: h.file, agency: h.agency, year: h.year, template: h.template, ...c }] : [];
      });
      return { reports, ...at };
    },
    reportsOf: (agency) => store.reportsOf(agency),
    loadErrors: () => [],
    async reload() {
      await store.refresh();
      await store.announce();
      return { reports: store.total(), errors: [] };
    },
    async addReport(upload: Upload) {
      const name = basename(upload.filename.replace(/\\/g, "/")).replace(/[^\p{L}\p{N}._-]+/gu, "_").replace(/^\.+/, "");
      if (!name || !isReportFile(name)) return { ok: false as const, reason: `${upload.filename}: only .txt .md .html .htm .pdf .docx report files are accepted` };
      let report: Report;
      try {
        report = await reader.read(name, upload.data);
      } catch (e) {
        return { ok: false as const, reason: e instanceof Error ? e.message : String(e) };
      }
      try {
        const saved = await store.save(report, fileHash(upload.data));
        if (!saved.stored) {
          const why = { same_file: `这个文件已收录（${saved.twin}）`, same_report: `${report.agency} ${report.year} 年的报告已收录（${saved.twin}）`, same_name: `已有同名文件 ${saved.twin}` }[saved.reason];
          return { ok: false as const, reason: `${name}: ${why}` };
        }
      } catch (e) {
        return { ok: false as const, reason: `${name}: could not be stored (${e instanceof Error ? e.message : String(e)})` };
      }
      await store.refresh();
      return { ok: true as const, report };
    },
    close: () => store.close(),
  };
}

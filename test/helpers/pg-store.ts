/**
 * A PostgreSQL store on a database of the suite's own (pg.ts freshDatabase), filled as the suite
 * says — reports saved one by one (a chat upload's path) or report files imported (`nianbao
 * import`'s: worker threads, batches) — and its names read again. `close` closes the store, drops
 * the database and removes the folder the files were gathered in: suites stay independent.
 */
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isReportFile } from "../../src/index/corpus.ts";
import type { Answer, Report } from "../../src/index/schema.ts";
import { importDir, type ImportOptions, type ImportSummary } from "../../src/store/pg/import.ts";
import { openPgStore, type PgStore, type PgStoreOptions } from "../../src/store/pg/store.ts";
import { freshDatabase } from "./pg.ts";

export interface PgFixture {
  store: PgStore;
  /** The database's URL: another store or a bot core on the same reports. */
  url: string;
  /** The folder the report files were gathered in (files given), else "". */
  dir: string;
  /** What importing the files stored (files given), else null. */
  imported: ImportSummary | null;
  close(): Promise<void>;
}

/** What fills the store: reports saved one by one, or the report files of these folders (those `only` admits) gathered in one and imported. */
export type PgSource = readonly Report[] | ({ folders: readonly string[]; only?: (file: string) => boolean } & ImportOptions);

/** A store opened with `opts` (default: not listening) on a new database, filled from `source`. */
export async function pgStoreOf(source: PgSource, opts: PgStoreOptions = { listen: false }): Promise<PgFixture> {
  const db = await freshDatabase();
  let store: PgStore | undefined;
  let dir = "";
  const close = async () => {
    await store?.close();
    await db.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
  try {
    store = await openPgStore(db.url, opts);
    let imported: ImportSummary | null = null;
    if (isReports(source)) {
      for (const r of source) {
        const saved = await store.save(r, `hash of ${r.file}`, false);
        if (!saved.stored) throw new Error(`${r.file} was not stored: ${saved.reason} (${saved.twin})`);
      }
    } else {
      dir = await gathered(source.folders, source.only);
      // an import that stores anything announces it: a listening store then reads the names again itself
      const told = opts.listen !== false ? new Promise<void>((resolve) => store?.onChange(resolve)) : null;
      imported = await importDir(store, dir, source);
      if (told && imported.stored > 0) await told;
    }
    await store.refresh();
    return { store, url: db.url, dir, imported, close };
  } catch (e) {
    await close();
    throw e;
  }
}

/**
 * The questions the store answers otherwise than memory, JSON for JSON (the first `shown` printed).
 * The store answers them all first, then memory (made then): identity.ts learns the parents
 * reports state once per process, so memory answering first would teach the store's answers too.
 */
export async function answerDiffs(store: PgStore, memory: () => { answer(q: string): Answer }, questions: readonly string[], today: () => Date, shown = 2): Promise<string[]> {
  const pg: Answer[] = [];
  for (const q of questions) pg.push(await store.answer(q, { today }));
  const m = memory();
  const diffs = questions.flatMap((q, i) => {
    const mine = m.answer(q);
    return JSON.stringify(mine) === JSON.stringify(pg[i]) ? [] : [{ q, memory: mine, pg: pg[i] }];
  });
  if (diffs.length) console.error(JSON.stringify(diffs.slice(0, shown), null, 1));
  return diffs.map((d) => d.q);
}

function isReports(source: PgSource): source is readonly Report[] {
  return Array.isArray(source);
}

/** The report files of these folders (those `only` admits), copied into one new folder. */
async function gathered(folders: readonly string[], only: (file: string) => boolean = () => true): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "nianbao-pg-"));
  for (const from of folders) for (const f of await readdir(from)) if (isReportFile(f) && only(f)) await copyFile(join(from, f), join(dir, f));
  return dir;
}

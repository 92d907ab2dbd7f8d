/**
 * The reports the bot answers from: every .txt .md .html .htm .pdf .docx file of a folder.
 * A bad file becomes a LoadError naming the file and the reason; every other file still loads.
 */
import { statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseReport, ReportError } from "./read/report.ts";
import type { LoadError, Report } from "./schema.ts";
import { readSource } from "./sources/index.ts";
import { fileKey, loadReportCache, noteSource, renamed, saveReportCache, sameSig, statSig, type CacheEntry, type StatSig } from "./report-cache.ts";
import { bodyOf, identify, splitUnits } from "./agency/identity.ts";

export const REPORT_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"];

export interface Corpus {
  reports: Report[];
  errors: LoadError[];
}

export function isReportFile(name: string): boolean {
  return REPORT_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Read one report from its bytes; throws an Error whose message names the file and the reason. */
export async function readReport(file: string, data: Uint8Array): Promise<Report> {
  const { text, warnings } = await readSource(file, data);
  const report = parseReport(text, file);
  if (warnings) report.warnings.unshift(...warnings);
  return report;
}

export async function readReportFile(path: string, name = path): Promise<Report> {
  return readReport(name, await readFile(path));
}

export interface LoadOptions {
  /** Keep parsed reports here between runs (see report-cache.ts); none by default. */
  cacheDir?: string;
  /** How a file's bytes become a report (default `readReport`, on this thread; the bot passes a reader pool's). */
  read?: (name: string, data: Uint8Array) => Promise<Report>;
}

/** Read files this many at a time: all at once would open thousands of descriptors. */
const READ_BATCH = 64;

/** The data folder itself is missing or unreadable: a message for the operator, not a stack trace. */
export class DataDirError extends Error {
  override name = "DataDirError";
}

/** The report files of `dir`, sorted; a missing or unreadable folder is a DataDirError naming it. */
export async function listReportFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter(isReportFile).sort();
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === "ENOENT" ? "does not exist" : code === "ENOTDIR" ? "is not a folder" : `cannot be read (${code ?? String(e)})`;
    throw new DataDirError(`data folder ${dir} ${why}; set NIANBAO_DATA_DIR (or --data) to the folder holding the report files`);
  }
}

export async function loadCorpus(dir: string, opts: LoadOptions = {}, cacheDamaged = false): Promise<Corpus> {
  const names = await listReportFiles(dir);
  const none = { byKey: new Map<string, Report>(), byName: new Map<string, { key: string; stat: StatSig | null }>(), intact: Promise.resolve(true) };
  const cache = opts.cacheDir && !cacheDamaged ? await loadReportCache(opts.cacheDir) : none;
  const reports: Report[] = [];
  const errors: LoadError[] = [];
  const keep: CacheEntry[] = [];
  const seen = new Map<string, string>(); // agency|year → file
  let parsed = 0;
  let restated = 0;
  const read = opts.read ?? readReport;
  // Files are read in batches (all at once would open thousands of descriptors and hold every byte).
  for (let b = 0; b < names.length; b += READ_BATCH) {
    const batch = names.slice(b, b + READ_BATCH);
    // Synchronous: 50 000 asynchronous stats cost 1 s of CPU at start-up (a promise and a request each), these 0.1 s.
    const stats = batch.map((n) => {
      const st = statSync(join(dir, n), { throwIfNoEntry: false });
      return st ? statSig(st) : null;
    });
    // A file unchanged since the cache read it (same size, mtime, ctime and inode) is not read again.
    const known = batch.map((n, i) => {
      const k = cache.byName.get(n);
      const s = stats[i];
      return k && s && sameSig(k.stat, s) && cache.byKey.has(k.key) ? k.key : null;
    });
    const contents = await Promise.all(batch.map((n, i) => (known[i] ? null : readFile(join(dir, n)).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))))));
    // The batch's files are read at once (a reader pool reads them on several threads), then taken in name order.
    const outcomes = await Promise.allSettled(
      batch.map(async (name, i) => {
        const unchanged = known[i];
        if (unchanged) return { key: unchanged, report: cache.byKey.get(unchanged) as Report, parsed: false };
        const data = contents[i];
        if (!data || data instanceof Error) throw data ?? new Error("could not be read");
        const key = fileKey(name, data);
        const cached = cache.byKey.get(key);
        if (cached) return { key, report: cached, parsed: false, restated: true };
        return { key, report: await read(name, data), parsed: true };
      }),
    );
    for (const [i, name] of batch.entries()) {
      const outcome = outcomes[i] as PromiseSettledResult<{ key: string; report: Report; parsed: boolean; restated?: boolean }>;
      if (outcome.status === "rejected") {
        const problem = (outcome.reason as { problem?: unknown } | null)?.problem;
        errors.push({ file: name, message: describe(outcome.reason, name), ...(typeof problem === "string" ? { problem } : {}) });
        continue;
      }
      const { key, report } = outcome.value;
      if (outcome.value.parsed) parsed++;
      if (outcome.value.restated) restated++;
      keep.push({ key, report, stat: stats[i] ?? null });
      noteSource(report, key);
      const twin = seen.get(`${report.agency}|${report.year}`);
      if (twin) errors.push({ file: name, message: `${name}: the same report as ${twin} (${report.agency} ${report.year}); kept ${twin}` });
      else {
        seen.set(`${report.agency}|${report.year}`, name);
        reports.push(report);
      }
    }
  }
  // A cache found damaged (checked while the files were listed) is not used: everything is read again.
  if (!(await cache.intact)) return loadCorpus(dir, opts, true);
  // Saved when a file was read anew, one left, or a file's record changed (copied, touched) with its bytes the same.
  if (opts.cacheDir && (cacheDamaged || parsed > 0 || restated > 0 || keep.length !== cache.byKey.size)) {
    const failed = await saveReportCache(opts.cacheDir, keep);
    if (failed) errors.push({ file: opts.cacheDir, message: `report cache not saved: ${failed}` });
  }
  return { reports: unifyAgencies(reports), errors };
}

function describe(e: unknown, name: string): string {
  if (e instanceof ReportError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.includes(name) ? msg : `${name}: ${msg}`;
}

/**
 * One body, one name: “洪泽区人民政府” (2023 title) and “淮安市洪泽区人民政府” (2024 title) are the
 * same government — the longer name only adds the parent units; so are “青箬镇人民政府” and
 * “砚洲县青箬镇人民政府” (a town titling its report without its county). Every report takes the
 * longest name, so years line up in trends and the short name is not ambiguous.
 *
 * A short name that several longer names reduce to (鼓楼区人民政府: 南京市… and 福州市…) is left as
 * printed unless the parents its own report states or the gazetteer gives pick one; a longer name whose
 * units disagree with those parents is never taken.
 */
export function unifyAgencies(reports: Report[]): Report[] {
  // Each name without one or more of its leading units (at least one unit left) → the full names reducing to it.
  const fulls = new Map<string, Set<string>>();
  for (const name of new Set(reports.map((r) => r.agency))) {
    const { units, rest, prefix } = splitUnits(name);
    if (prefix) continue;
    for (let k = 1; k < units.length; k++) {
      const short = units.slice(k).join("") + rest;
      const set = fulls.get(short) ?? new Set<string>();
      set.add(name);
      fulls.set(short, set);
    }
  }
  const target = new Map<string, string | null>();
  const longestOf = (r: Report): string | null => {
    const cands = fulls.get(r.agency);
    if (!cands) return null;
    const parent = r.body?.parents?.at(-1);
    const fit = [...cands].filter((c) => !parent || splitUnits(c).units.includes(parent) || identify(c).parents.includes(parent));
    const longest = fit.reduce<string | null>((a, c) => (!a || c.length > a.length ? c : a), null);
    // nested names only (江苏省淮安市洪泽区… ⊃ 淮安市洪泽区…): two different parents are two places
    return longest && fit.every((c) => longest.endsWith(c)) ? longest : null;
  };
  return reports.map((r) => {
    const key = `${r.agency}|${r.body?.parents?.join("/") ?? ""}`;
    if (!target.has(key)) target.set(key, longestOf(r));
    const agency = target.get(key);
    return !agency || agency === r.agency ? r : renamed(r, agency, bodyOf(agency), `机关名称“${r.agency}”按同一机关的其他报告统一为“${agency}”`);
  });
}

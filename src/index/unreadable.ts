/**
 * Report files that are there but whose text could not be read — a scanned PDF with no text
 * layer, or a file whose reading was stopped at its time budget (a huge or damaged file, or one
 * read on a machine too busy to finish it). Such a file is not “no report”: an answer for its body
 * and year, /check and a ranking of its year say that a file exists and could not be read (a scan
 * is never OCR'd here; a file stopped at its budget may be read by /reload).
 *
 * Which body and year a file is, when its text cannot tell: the year printed in the file name;
 * the body from a report of the same folder whose file name differs only by the year and words
 * the other has beside it (“jty-2024.pdf” and “jty-2023-scan.pdf”, “2023年X局年报.pdf” and
 * “2024年X局年报.pdf”), or from the file name naming one loaded body. When neither tells, only
 * the year (or nothing) is known, and the answers say so.
 */
import { basename, extname } from "node:path";
import { directory, resolveName } from "./agency/resolve.ts";
import type { LoadError, Report } from "./schema.ts";

export interface UnreadableFile {
  file: string;
  /** The year its file name prints, or null. */
  year: number | null;
  /** The body it is the report of, when its file name tells; else null. */
  agency: string | null;
  /** How the body was told (“文件名与 x.pdf 只差年份”), for the answer to say. */
  how: string | null;
  /** A scan (no text layer), or a read stopped at its time budget. */
  why: "scan" | "stopped";
}

/** The LoadError.problem of a file whose text could not be read. */
export const NO_TEXT = "no_text_layer";
/** The LoadError.problem of a file whose reading was stopped at its time budget (reader-pool.ts, pdf.ts). */
export const TIMEOUT = "timeout";

/** What the answers say of files that could not be read, by why. */
const WHY: Record<UnreadableFile["why"], string> = {
  scan: "无法读取文字（可能是扫描件）",
  stopped: "这次未能读完（读取超时；/reload 可以再试）",
};

function whyOf(files: readonly UnreadableFile[]): string {
  const whys = new Set(files.map((f) => f.why));
  return whys.size === 1 ? WHY[[...whys][0] as UnreadableFile["why"]] : "无法读取（扫描件，或读取超时）";
}

const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;

function stemOf(file: string): string {
  const name = basename(file);
  return name.slice(0, name.length - extname(name).length);
}

/** The words of a file name without its year(s): “jty-2023-scan” → jty · scan. */
function nameWords(file: string): string[] {
  return stemOf(file).replace(YEAR, " ").replace(/年/g, " ").match(/[\p{L}\p{N}]+/gu) ?? [];
}

function yearOf(file: string): number | null {
  const years = [...new Set(stemOf(file).match(YEAR) ?? [])];
  return years.length === 1 ? Number(years[0]) : null;
}

export function unreadableFiles(errors: readonly LoadError[], reports: readonly Pick<Report, "file" | "agency" | "region">[]): UnreadableFile[] {
  const files = errors.filter((e) => e.problem === NO_TEXT || e.problem === TIMEOUT);
  if (!files.length) return [];
  const named = reports.map((r) => ({ r, words: nameWords(r.file) })).filter((x) => x.words.length > 0);
  let dir: ReturnType<typeof directory> | null = null;
  return files.map((e): UnreadableFile => {
    const why = e.problem === NO_TEXT ? "scan" : "stopped";
    const year = yearOf(e.file);
    const words = new Set(nameWords(e.file));
    // Siblings: a report whose file name's words (the year apart) are all in this one's.
    const siblings = named.filter((x) => x.words.every((w) => words.has(w)));
    const bodies = [...new Set(siblings.map((x) => x.r.agency))];
    if (bodies.length === 1 && siblings[0]) return { file: e.file, year, agency: bodies[0] as string, how: `文件名与 ${basename(siblings[0].r.file)} 只差年份`, why };
    // A file name naming one loaded body (“砚洲县交通运输局2023年报告.pdf”).
    const cjk = [...words].filter((w) => /\p{Script=Han}{2,}/u.test(w)).join("");
    if (cjk && bodies.length === 0) {
      dir ??= directory([...new Map(reports.map((r) => [r.agency, { agency: r.agency, region: r.region }])).values()]);
      const hit = resolveName(dir, cjk.replace(/政府信息公开.*$|年度报告.*$|年报.*$/u, ""));
      const agencies = [...new Set(hit?.matches.map((m) => m.agency) ?? [])];
      if (agencies.length === 1) return { file: e.file, year, agency: agencies[0] as string, how: "文件名中写有该机关名称", why };
    }
    return { file: e.file, year, agency: null, how: null, why };
  });
}

/**
 * What to say about unreadable files for one body and year: the file that is its report, or the
 * files of that year (or of no known year) whose body is not known. Null when none concerns it.
 */
export function unreadableNote(files: readonly UnreadableFile[], agency: string | null, year: number | null): string | null {
  const own = files.find((f) => agency !== null && f.agency === agency && (year === null || f.year === year));
  if (own) return `${own.agency}${own.year === null ? "" : ` ${own.year} 年`}有报告文件 ${basename(own.file)}（${own.how ?? "按文件名"}），但${WHY[own.why]}，其中的数字读不出来。`;
  const unknown = files.filter((f) => f.agency === null && (year === null || f.year === null || f.year === year));
  if (!unknown.length) return null;
  const list = unknown.slice(0, 5).map((f) => basename(f.file)).join("、");
  return `另有 ${unknown.length} 个${year === null ? "" : ` ${year} 年（或年份不明）的`}报告文件${whyOf(unknown)}，不知道是哪个机关的，可能就是这一份：${list}${unknown.length > 5 ? " 等" : ""}。`;
}

/** For a ranking or comparison of `year`: the unreadable files of that year, named as left out. */
export function unreadableLeftOut(files: readonly UnreadableFile[], year: number): string | null {
  const of = files.filter((f) => f.year === year || f.year === null);
  if (!of.length) return null;
  const list = of.slice(0, 5).map((f) => `${basename(f.file)}${f.agency ? `（${f.agency}${f.year ? ` ${f.year} 年` : ""}）` : ""}`).join("、");
  return `未参加比较：${of.length} 个报告文件${whyOf(of)}：${list}${of.length > 5 ? " 等" : ""}。`;
}

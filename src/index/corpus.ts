/**
 * The reports the bot answers from: every .txt .md .html .htm .pdf .docx file of a folder.
 * A bad file becomes a LoadError naming the file and the reason; every other file still loads.
 */
import { readdir, readFile } from "node:fs/promises";
import { extname, join } from "node:path";
import { parseReport, ReportError } from "./read/report.ts";
import type { LoadError, Report } from "./schema.ts";
import { readSource } from "./sources/index.ts";

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
  const { text } = await readSource(file, data);
  return parseReport(text, file);
}

export async function readReportFile(path: string, name = path): Promise<Report> {
  return readReport(name, await readFile(path));
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const names = (await readdir(dir)).filter(isReportFile).sort();
  const reports: Report[] = [];
  const errors: LoadError[] = [];
  for (const name of names) {
    try {
      const report = await readReportFile(join(dir, name), name);
      const twin = reports.find((r) => r.agency === report.agency && r.year === report.year);
      if (twin) errors.push({ file: name, message: `${name}: the same report as ${twin.file} (${report.agency} ${report.year}); kept ${twin.file}` });
      else reports.push(report);
    } catch (e) {
      errors.push({ file: name, message: describe(e, name) });
    }
  }
  return { reports: unifyAgencies(reports), errors };
}

/**
 * One body, one name: “洪泽区人民政府” (2023 title) and “淮安市洪泽区人民政府” (2024 title) are the
 * same government; the shorter name is a suffix of the longer one that adds the parent region.
 * Every report takes the longest name, so years line up in trends and names are not ambiguous.
 */
export function unifyAgencies(reports: Report[]): Report[] {
  const names = [...new Set(reports.map((r) => r.agency))].sort((a, b) => b.length - a.length);
  const canonical = new Map<string, string>();
  for (const name of names) {
    const longer = names.find((n) => n.length > name.length && n.endsWith(name) && /[省市州盟区县旗]$/.test(n.slice(0, n.length - name.length)));
    canonical.set(name, longer ? (canonical.get(longer) ?? longer) : name);
  }
  return reports.map((r) => {
    const agency = canonical.get(r.agency) ?? r.agency;
    return agency === r.agency ? r : { ...r, agency, warnings: [...r.warnings, `机关名称“${r.agency}”按同一机关的其他报告统一为“${agency}”`] };
  });
}

function describe(e: unknown, name: string): string {
  if (e instanceof ReportError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return msg.includes(name) ? msg : `${name}: ${msg}`;
}

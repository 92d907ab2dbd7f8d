/**
 * A report against the same body's report of the year before: the cross-year rules
 * (cross-year.ts) and the text copied from it (copied.ts), in the shapes `check --json`, the
 * command line and `/check` show.
 */
import { copiedText, type CopiedText } from "./copied.ts";
import { crossYearChecks, crossYearGap, previousOf } from "./cross-year.ts";
import type { CrossYearCheck, Report } from "./schema.ts";

export interface AcrossYears {
  /** The report of the year before, when one is loaded. */
  previous: { file: string; year: number } | null;
  checks: CrossYearCheck[];
  /** Why part of the rules could not be checked (templates differ), or null. */
  gap: string | null;
  copied: CopiedText | null;
}

export function acrossYears(report: Report, reports: readonly Report[]): AcrossYears {
  const prev = previousOf(report, reports);
  if (!prev) return { previous: null, checks: [], gap: null, copied: null };
  return {
    previous: { file: prev.file, year: prev.year },
    checks: crossYearChecks(prev, report),
    gap: crossYearGap(prev, report),
    copied: copiedText(prev, report),
  };
}

/** For `check --json`: crossYear (the rules, each with the previous report) and copied. */
export function acrossYearsJson(a: AcrossYears) {
  return { previous: a.previous, crossYear: a.checks, crossYearGap: a.gap, copied: a.copied };
}

/** Lines for the command line and /check: broken rules first, then the copied-text summary. */
export function acrossYearsLines(a: AcrossYears): string[] {
  if (!a.previous) return ["跨年核对：没有同一机关上一年的报告，未核对。"];
  const broken = a.checks.filter((c) => !c.holds);
  const lines = [`跨年核对（与 ${a.previous.year} 年报告）：${a.checks.length - broken.length} 条成立，${broken.length} 条不成立`];
  for (const c of broken) lines.push(`✗ ${c.message}`);
  if (a.gap) lines.push(`! ${a.gap}`);
  const c = a.copied;
  if (c) {
    lines.push(`与上一年报告重复：${c.copied}/${c.sentences} 句（${c.share}%）`);
    for (const s of c.sections) lines.push(`  ${s.heading}：${s.copied}/${s.sentences} 句（${s.share}%）${c.flagged.includes(s.section) ? " ⚠️ 大部分照搬上一年" : ""}`);
    if (c.longest) lines.push(`  最长的重复段落（${c.longest.chars} 字）：“${c.longest.text.length > 120 ? `${c.longest.text.slice(0, 120)}……` : c.longest.text}”`);
  }
  return lines;
}

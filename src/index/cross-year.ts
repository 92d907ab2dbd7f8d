/**
 * Rules that tie one agency's report to its report of the year before (跨年度勾稽):
 *  - this year's 上年结转 = last year's 结转下年度继续办理, in each of the seven applicant columns;
 *  - 2021 template, table 1, 规章 and 行政规范性文件: this year's 现行有效件数 = last year's
 *    现行有效件数 + this year's 本年制发件数 − 本年废止件数.
 * The 2019 template's 对外公开总数量 is a different column: a 2020 → 2021 pair is not checked on
 * table 1 (and the reply says so). A rule whose inputs are missing is not reported. Never throws.
 */
import type { CrossYearCheck, Report } from "./schema.ts";
import { TABLE2_COLUMNS, TABLE2_COLUMN_LABELS } from "./template.ts";

/**
 * The same body in two reports: the same name, or the same name once the parent regions before
 * the region are dropped (淮安市洪泽区人民政府 is 洪泽区人民政府).
 */
export function sameBody(a: Pick<Report, "agency" | "region">, b: Pick<Report, "agency" | "region">): boolean {
  if (a.agency === b.agency) return true;
  return a.region === b.region && bodyKey(a) === bodyKey(b);
}

function bodyKey(r: Pick<Report, "agency" | "region">): string {
  const at = r.region ? r.agency.indexOf(r.region) : -1;
  return at > 0 ? r.agency.slice(at) : r.agency;
}

/** The same body's report of the year before, if loaded. */
export function previousOf<R extends Pick<Report, "agency" | "region" | "year">>(report: R, reports: readonly R[]): R | undefined {
  return reports.find((r) => r.year === report.year - 1 && sameBody(r, report));
}

/** The same body's report of the year after, if loaded. */
export function nextOf<R extends Pick<Report, "agency" | "region" | "year">>(report: R, reports: readonly R[]): R | undefined {
  return reports.find((r) => r.year === report.year + 1 && sameBody(r, report));
}

const num = (v: unknown): number | null => (typeof v === "number" ? v : null);

const IN_FORCE_ITEMS: { id: string; label: string }[] = [
  { id: "rules", label: "规章" },
  { id: "normative", label: "行政规范性文件" },
];

/** The cross-year rules between `prev` (year − 1) and `report`. */
export function crossYearChecks(prev: Report, report: Report): CrossYearCheck[] {
  const out: CrossYearCheck[] = [];
  const previous = { file: prev.file, year: prev.year };
  const was = `${prev.year} 年报告`;
  const is = `${report.year} 年报告`;
  for (const col of TABLE2_COLUMNS) {
    const carriedIn = num(report.table2["carried_in"]?.[col]);
    const carriedOut = num(prev.table2["carried_out"]?.[col]);
    if (carriedIn === null || carriedOut === null) continue;
    out.push({
      rule: "carried_over",
      table: "table2",
      row: "carried_in",
      column: col,
      holds: carriedIn === carriedOut,
      printed: carriedIn,
      expected: carriedOut,
      message: `${TABLE2_COLUMN_LABELS[col]}：${is}“上年结转”${carriedIn}，${was}“结转下年度继续办理”${carriedOut}`,
      previous,
    });
  }
  if (prev.template === "2021" && report.template === "2021") {
    for (const item of IN_FORCE_ITEMS) {
      const now = report.table1[item.id];
      const before = num(prev.table1[item.id]?.["in_force"]);
      const inForce = num(now?.["in_force"]);
      const issued = num(now?.["issued"]);
      const repealed = num(now?.["repealed"]);
      if (before === null || inForce === null || issued === null || repealed === null) continue;
      const expected = before + issued - repealed;
      out.push({
        rule: "in_force_continuity",
        table: "table1",
        row: item.id,
        column: "in_force",
        holds: inForce === expected,
        printed: inForce,
        expected,
        message: `${item.label}现行有效件数：${is}印为 ${inForce}；${was} ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}`,
        previous,
      });
    }
  }
  return out;
}

/** Why table 1 of this pair was not checked, when the templates differ; null otherwise. */
export function crossYearGap(prev: Report, report: Report): string | null {
  if (prev.template === report.template) return null;
  return `${prev.year} 年报告用 ${prev.template} 版模板，${report.year} 年报告用 ${report.template} 版模板：表一栏目不同（“对外公开总数量”不是“现行有效件数”），跨年只核对表二的结转。`;
}

/** The cross-year rules of a report against its previous year's, among the loaded reports. */
export function crossYearFor(report: Report, reports: readonly Report[]): { previous: Report | null; checks: CrossYearCheck[]; gap: string | null } {
  const prev = previousOf(report, reports);
  if (!prev) return { previous: null, checks: [], gap: null };
  return { previous: prev, checks: crossYearChecks(prev, report), gap: crossYearGap(prev, report) };
}

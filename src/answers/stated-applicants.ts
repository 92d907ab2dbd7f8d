/**
 * Applications the narrative states by applicant (“共收到自然人申请2件”, “收到法人或其他组织申请1件”)
 * for a report whose table 2 was not read. Asked for that applicant, the sentence gives the figure.
 * Asked for all applications, it is given only as what it is: the part, labelled with its applicant
 * and said to be one — and only when it is the one count of applications the text states (no total,
 * no other applicant's). The total is not printed; a careful reader gives what is and says what is not.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import { claimClause, ON_BEHALF } from "../index/read/text-vs-table.ts";
import { columnLabel } from "./figures.ts";
import type { Metric } from "./lexicon.ts";

const ORGS = ["commercial", "research", "public_interest", "legal_service", "other_org"];
const APPLICANTS: { columns: string[]; say: string }[] = [
  { columns: ["natural_person"], say: "自然人|公民个人|公民" },
  { columns: ORGS, say: "法人或其他组织|法人和其他组织|法人|其他组织|企业" },
];
/** Received from the applicant, the clause ending on its applications: “收到自然人申请2件”, “受理公民提出的申请3件”. */
const says = (who: string) => new RegExp(`(?:收到|接到|受理|接收)[^，。；\\d]{0,6}?(?:${who})[^，。；\\d]{0,6}?申请[^，。；]{0,8}$`, "u");
/** A part of a part (其中…, 网上…) or a count for another body is not the applicant's whole count. */
const NOT_WHOLE = /其中|网上|线上|线下|书面|当面|信函|邮寄/u;

export interface ApplicantStatement {
  figure: NarrativeFigure;
  /** “自然人”: whose applications the figure counts. */
  who: string;
  /** Asked for all applications: the figure is a part of them. */
  part: boolean;
}

function statements(report: Report): { figure: NarrativeFigure; columns: string[] }[] {
  return report.narrative.flatMap((f) => {
    if (!/^(?:件|条|个|宗|起)$/u.test(f.unit) || f.parts || f.read === "unsure" || NOT_WHOLE.test(f.says) || ON_BEHALF.test(f.says)) return [];
    const a = APPLICANTS.find((x) => says(x.say).test(claimClause(f)));
    return a ? [{ figure: f, columns: a.columns }] : [];
  });
}

/** The narrative's count of applications from the applicant asked, or (for all applications) its only applicant's count as a part; else null. */
export function statedApplicants(report: Report, metric: Metric, columns: string[]): ApplicantStatement | null {
  if (metric.table !== "table2" || metric.rows.join() !== "new") return null;
  const found = statements(report);
  const asked = [...columns].sort().join();
  if (asked && asked !== "total") {
    const own = found.find((s) => [...s.columns].sort().join() === asked);
    return own ? { figure: own.figure, who: columnLabel(own.columns), part: false } : null;
  }
  const kinds = new Set(found.map((s) => s.columns.join()));
  const only = found[0];
  return only && found.length === 1 && kinds.size === 1 ? { figure: only.figure, who: columnLabel(only.columns), part: true } : null;
}

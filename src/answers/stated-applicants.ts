/**
 * Applications the narrative states by applicant (“共收到自然人申请2件”, “收到法人或其他组织申请1件”)
 * or listed under the year's count (“申请7件，其中自然人6件，法人及其他组织1件”), for a report whose table 2
 * was not read. Asked for that applicant, the sentence gives the figure.
 * Asked for all applications, it is given only as what it is: the part, labelled with its applicant
 * and said to be one — and only when it is the one count of applications the text states (no total,
 * no other applicant's). The total is not printed; a careful reader gives what is and says what is not.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import { claimClause, ON_BEHALF, statesFigure } from "../index/read/text-vs-table.ts";
import { columnLabel } from "./figures.ts";
import type { Metric } from "./lexicon.ts";

const ORGS = ["commercial", "research", "public_interest", "legal_service", "other_org"];
const APPLICANTS: { columns: string[]; say: string }[] = [
  { columns: ["natural_person"], say: "自然人|公民个人|公民" },
  { columns: ORGS, say: "法人或其他组织|法人和其他组织|法人及其他组织|法人|其他组织|企业" },
];
/**
 * Received from the applicant, the clause ending on its applications: “收到自然人申请2件”, “受理公民提出的申请3件”,
 * “收到2个自然人的政府信息公开申请” (claimClause). Another applicant named beside it (“自然人和法人申请”) is not one's.
 */
const says = (who: string) => new RegExp(`(?:收到|接到|受理|接收)[^，。；\\d]{0,6}?(?:${who})(?:(?![和及与或、]|自然人|法人|组织|公民|企业)[^，。；\\d]){0,8}?申请[^，。；]{0,8}$`, "u");
/** A part of a part (其中…, 网上…) or a count for another body is not the applicant's whole count. */
const NOT_WHOLE = /其中|网上|线上|线下|书面|当面|信函|邮寄/u;

export interface ApplicantStatement {
  figure: NarrativeFigure;
  /** “自然人”: whose applications the figure counts. */
  who: string;
  /** Asked for all applications: the figure is a part of them. */
  part: boolean;
}

/** An applicant's clause in a list: its name and its count, the noun left to the count listed (“其中自然人6件”, “法人及其他组织1件”). */
const item = (who: string) => new RegExp(`^(?:其中)?\\s*(?:由|为|是|来自)?(?:${who})(?:提出|提交)?的?(?:申请)?\\s*\\d[\\d,]*\\s*(?:件|条|个|宗|起)$`, "u");
const listedAs = (f: NarrativeFigure) => APPLICANTS.find((x) => item(x.say).test(f.says)) ?? null;

/**
 * The applicants listed under the year's count of applications (“全年办理政府信息公开申请7件，其中自然人6件，
 * 法人及其他组织1件”): the clauses after 其中, back to the count they list, which states table2.new
 * and is no smaller. After any other count (予以公开5件，其中自然人…) the list is that count's parts.
 */
function listedUnderNew(report: Report, f: NarrativeFigure): string[] | null {
  const a = listedAs(f);
  const at = f.sentence.indexOf(f.says);
  if (!a || at < 0) return null;
  const before = report.narrative
    .filter((o) => o !== f && o.sentence === f.sentence && !o.parts && o.read !== "unsure")
    .map((o) => ({ o, start: f.sentence.indexOf(o.says) }))
    .filter((x) => x.start >= 0 && x.start < at)
    .sort((x, y) => y.start - x.start);
  let opened = /^其中/u.test(f.says);
  for (const { o } of before) {
    if (opened) return statesFigure(o, "table2.new") && !NOT_WHOLE.test(o.says) && !ON_BEHALF.test(o.says) && o.value >= f.value ? a.columns : null;
    if (!listedAs(o)) return null;
    opened = /^其中/u.test(o.says);
  }
  return null;
}

/**
 * A remark right after the year's count that all of it came from one applicant (“收到政府信息公开申请5件,
 * 均为自然人网上申请”, “受理36件政府信息公开申请(均为自然人提交)”, “受理申请24件,申请人均为自然人”): that
 * applicant's count is the whole.
 * One applicant only: “均为自然人和法人” names two.
 */
const allFrom = (who: string) => new RegExp(`^\\s*[，,（(]?\\s*(?:申请人|申请者|申请主体|提出申请的)?(?:均|全部|全)(?:为|是|系|由|来自)(?:${who})(?![和及与或、])[^，。；、,;和及与或\\d（()）]{0,8}[）)]?\\s*(?:[，,。；;]|$)`, "u");
function allFromOne(f: NarrativeFigure): string[] | null {
  if (!statesFigure(f, "table2.new") || NOT_WHOLE.test(f.says)) return null;
  const rest = f.sentence.slice(f.sentence.indexOf(f.says) + f.says.length).replace(/^[^，。；：,;:！？!?、（(\d]*/u, "");
  return APPLICANTS.find((x) => allFrom(x.say).test(rest))?.columns ?? null;
}

function statements(report: Report): { figure: NarrativeFigure; columns: string[] }[] {
  return report.narrative.flatMap((f) => {
    if (!/^(?:件|条|个|宗|起)$/u.test(f.unit) || f.parts || f.read === "unsure" || ON_BEHALF.test(f.says)) return [];
    const listed = listedUnderNew(report, f) ?? allFromOne(f);
    if (listed) return [{ figure: f, columns: listed }];
    if (NOT_WHOLE.test(f.says)) return [];
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

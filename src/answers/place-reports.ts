/**
 * “芦渡县有哪些报告”: the report list of the place (or body) named, not of the whole corpus. A place
 * alone lists every body located there (its government, office, departments, a city bureau's
 * 分局 there); a body named lists that body's reports (under every name of a renamed body).
 */
import { identify } from "../index/agency/identity.ts";
import type { Answer, Report } from "../index/schema.ts";
import type { ReportList, ReportStore } from "../store/store.ts";
import { groupByKind } from "../index/agency/resolve.ts";
import { reportsAnswer } from "./compose.ts";
import { isPlaceGovernment, type AgencyName, type Question } from "./understand.ts";

/** The list for the places and bodies the question names; null when it names none (the whole list). */
export function placeReportsAnswer(question: string, q: Question, store: ReportStore): Answer | null {
  const named = q.agencies.filter((m) => m.matches.length > 0);
  if (!named.length) return null;
  const bodies: AgencyName[] = [];
  for (const m of named) {
    const placeAlone = m.noGovernment || (m.matches.length === 1 && isPlaceGovernment(m.matches[0] as AgencyName) && m.others !== undefined);
    if (!placeAlone) bodies.push(...m.matches);
    else for (const a of m.matches) bodies.push(...(m.noGovernment ? [a] : locatedIn(store.names(), a)));
  }
  const seen = new Set<string>();
  const reports: Report[] = [];
  for (const a of groupByKind([...new Map(bodies.map((b) => [b.agency, b])).values()]).flatMap((g) => g.agencies)) {
    for (const r of store.ofAgency(a.agency)) {
      if (seen.has(r.file) || (q.years.length && !q.years.includes(r.year))) continue;
      seen.add(r.file);
      reports.push(r);
    }
  }
  const what = named.map((m) => m.text).join("、");
  const byYear = new Map<number, number>();
  for (const r of reports) byYear.set(r.year, (byYear.get(r.year) ?? 0) + 1);
  const list: ReportList = { total: reports.length, byYear: [...byYear].sort((a, b) => a[0] - b[0]), first: reports, regions: [] };
  const years = q.years.length ? `${q.years.join("、")} 年` : "";
  return reportsAnswer(question, list, `${what}${years ? ` ${years}` : ""}`);
}

/** Every loaded body located in the government's place (by the region the reader gave, or the name's). */
function locatedIn(names: readonly AgencyName[], government: AgencyName): AgencyName[] {
  const region = government.region || identify(government.agency).region;
  const own = names.filter((a) => a.region === region || identify(a.agency).region === region);
  return own.length ? own : [government];
}

/**
 * What the answer says about a body renamed by a reform (store/renamed.ts, index/agency/successions.ts):
 * a name that fits both names of one body is that body, and an answer that read a report printed
 * under another name of the line says which names, for which years, it took as one body.
 */
import type { Answer, Report } from "../index/schema.ts";
import type { RenamedStore } from "../store/renamed.ts";
import { lineReason, spellingOnly } from "../index/agency/successions.ts";
import type { AgencyMention, AgencyName } from "./understand.ts";

/**
 * 环保局 fitting 环境保护局 and 生态环境局, one body under two names: that body, by its latest name.
 * Among other bodies (a county's 分局 too), each renamed body is one choice, not two.
 */
export function oneBodyRenamed(store: RenamedStore, m: AgencyMention): AgencyMention {
  if (m.matches.length < 2 || m.noGovernment) return m;
  const kept: AgencyName[] = [];
  // each name of a kept body's line → its place in `kept` (the first line holding it): 哪个财政局 fits
  // ~3 000 bodies at 50 000 reports, and looking each one up in every line kept before it was
  // 60–100 ms a question
  const lineAt = new Map<string, number>();
  for (const a of m.matches) {
    const line = store.lineOf(a.agency);
    const at = lineAt.get(a.agency);
    if (at === undefined) {
      for (const n of line) if (!lineAt.has(n)) lineAt.set(n, kept.length);
      kept.push(a);
    } else if (line.indexOf(a.agency) > line.indexOf((kept[at] as AgencyName).agency)) kept[at] = a;
  }
  return kept.length === m.matches.length ? m : { ...m, matches: kept };
}

/** “砚州市城市管理局（2019—2021 年）与砚州市城市管理综合执法局（2022—2024 年）…”, for each asked body whose other name the answer read. */
export function renamedNotes(store: RenamedStore, asked: readonly AgencyName[], answer: Answer): string[] {
  const read = new Set(answer.figures.map((f) => f.agency));
  const notes: string[] = [];
  for (const a of asked) {
    const line = store.lineOf(a.agency);
    if (line.length < 2 || !line.some((n) => n !== a.agency && read.has(n))) continue;
    const years = new Map<string, number[]>();
    for (const r of store.ofAgency(a.agency)) years.set(r.agency, [...(years.get(r.agency) ?? []), r.year]);
    const named = line.map((n) => `${n}（${span(years.get(n) ?? [])} 年报告）`);
    notes.push(
      spellingOnly(line)
        ? `${named.join("与")}按同一机关的报告回答：${lineReason(line)}，报告年份不重叠。`
        : `${named.join("与")}按同一机关改名前后的报告回答：${lineReason(line)}，报告年份前后相接、不重叠。`,
    );
  }
  return notes;
}

function span(years: readonly number[]): string {
  if (!years.length) return "";
  const [lo, hi] = [Math.min(...years), Math.max(...years)];
  return lo === hi ? `${lo}` : `${lo}—${hi}`;
}

/** “2019 年（砚州市卫生和计划生育委员会）、2020 年（…）、2021 年”: the years an agency's line has, a year under another name said so. */
export function yearsHad(own: readonly Pick<Report, "year" | "agency">[], agency: string): string {
  return own.map((r) => (r.agency === agency ? `${r.year} 年` : `${r.year} 年（${r.agency}）`)).join("、");
}

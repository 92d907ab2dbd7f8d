/**
 * An ask-back offers only what can be answered: of the bodies a name fits (住建局 → 琨州市, 福田区,
 * 十堰市), those with a report for the year asked. One left is answered, with a note naming it and
 * saying why, not asked back as a list of one; none left keeps them all, each with the years it has
 * (heldSplit, said by who.ts clarifyAgency).
 */
import type { ReportStore } from "../store/store.ts";
import type { AgencyName } from "./understand.ts";

/** Above this many bodies the filter is skipped (each body's reports are looked up). */
const MAX_LOOKED_UP = 20;

/** The bodies with a report for every year asked; all of them when no year is asked, or none has one. */
export function heldFor(store: ReportStore, matches: readonly AgencyName[], years: readonly number[]): AgencyName[] {
  if (!years.length || matches.length > MAX_LOOKED_UP) return [...matches];
  const held = matches.filter((m) => hasYears(store, m, years));
  return held.length ? held : [...matches];
}

/** Bodies an ask-back leaves out for lacking the year asked, each with the years it has; `none`: no body has it. */
export interface Unheld {
  years: readonly number[];
  bodies: { agency: string; had: string }[];
  none: boolean;
}

/**
 * heldFor, with what it leaves out said: the bodies lacking the year asked and the years each has, so
 * an ask-back can name them apart from its choices; when none has the year, every body is still a
 * choice, each with the years it has.
 */
export function heldSplit(store: ReportStore, matches: readonly AgencyName[], years: readonly number[]): { held: AgencyName[]; unheld?: Unheld } {
  const held = heldFor(store, matches, years);
  if (!years.length || matches.length > MAX_LOOKED_UP) return { held };
  const none = held.length === matches.length && !matches.some((m) => hasYears(store, m, years));
  const out = none ? matches : matches.filter((m) => !held.includes(m));
  if (!out.length) return { held };
  const had = (a: AgencyName) => [...new Set(store.ofAgency(a.agency).map((r) => r.year))].sort((x, y) => x - y).map((y) => `${y}`).join("、");
  return { held, unheld: { years, none, bodies: out.map((a) => ({ agency: a.agency, had: had(a) })) } };
}

function hasYears(store: ReportStore, m: AgencyName, years: readonly number[]): boolean {
  const own = new Set(store.ofAgency(m.agency).map((r) => r.year));
  return years.every((y) => own.has(y));
}

/** The body of an ask-back's only choice (the choice is the question with the body's full name in it). */
export function soleChoice(choices: readonly string[], names: readonly AgencyName[]): AgencyName | undefined {
  if (choices.length !== 1) return undefined;
  const named = names.filter((n) => (choices[0] as string).includes(n.agency));
  return named.sort((a, b) => b.agency.length - a.agency.length)[0];
}

/** “住建局”可以指 3 个机关，有 2024 年报告的只有琨州市住房和城乡建设局，按它回答。 */
export function onlyHeldNote(said: string, agency: string, fits: number, years: readonly number[]): string {
  if (fits <= 1) return said ? `“${said}”只有${agency}的报告，按它回答。` : `已收录的报告中合乎问题所说机关的只有${agency}，按它回答。`;
  if (!said) return `已收录的报告中合乎问题所说机关、有 ${years.join("、")} 年报告的只有${agency}，按它回答。`;
  return `“${said}”可以指 ${fits} 个机关，有 ${years.join("、")} 年报告的只有${agency}，按它回答。`;
}

/**
 * None of the bodies a name fits has a report for the year asked (衡阳市2020年… when 衡阳市's four departments have
 * 2019, 2022, 2025): asking which one leads nowhere — what is loaded is said instead, each body with its years.
 */
export function noneHeldText(said: string, noGovernment: boolean, fits: number, u: Unheld): string {
  const years = `${u.years.join("、")} 年`;
  const listed = `${u.bodies.slice(0, 8).map((b) => `${b.agency}（${b.had} 年）`).join("、")}${u.bodies.length > 8 ? ` 等 ${u.bodies.length} 个` : ""}`;
  const head = noGovernment ? `没有${said}人民政府（或其办公室）${years}的报告，${said}的数字不能用其他机关的数字代替。${said}已收录 ${fits} 个机关的报告` : `“${said}”可以指 ${fits} 个机关`;
  return `${head}，${u.bodies.length === 1 ? "它没有" : "它们都没有"} ${years}的报告；已有：${listed}。`;
}

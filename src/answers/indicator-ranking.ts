/**
 * Rankings by an indicator (“2023年哪个地方公开率最高”): every report of the year whose inputs
 * are all printed and whose denominator is at least MIN_DENOMINATOR — a rate over three
 * applications says little — ranked, with the reports left out named and why.
 *
 * The inputs come from the store's rankings (one per printed figure, cached per year), so a
 * ranking costs a pass over the year's values, not a reading of every report: the store places the
 * year's reports (ReportStore.indicatorField — in memory over the values by place, store/
 * indicator-places.ts; the PostgreSQL view from rankField, `rankedField` here); its first page and
 * counts are kept by the store (ReportStore.kept), so asked again, in any replica, it costs the
 * reports it shows.
 */
import type { Answer } from "../index/schema.ts";
import { identify, KIND_NAMES } from "../index/agency/identity.ts";
import { rankPool, whose, type RankPool } from "./who.ts";
import { reportsByFiles, type RankedField, type ReportStore } from "../store/store.ts";
import { EMPTY_INDICATOR, Listing, MIN_DENOMINATOR, NAMED, type IndicatorField as Field, type Listed } from "../store/indicator-places.ts";
import { evaluate, type Formula, type Term } from "./formulas.ts";
import { formulaWords, seriesAnswer } from "./indicator-figures.ts";
import type { Question } from "./understand.ts";

export { MIN_DENOMINATOR };

type Scored = RankedField["scored"][number];

/** Each ranked field's reports by file, made once per field (a store keeps a year's fields, so indicators sharing an input share it). */
const byFileOf = new WeakMap<RankedField, { scored: Map<string, Scored>; lacking: ReadonlySet<string> }>();

function valuesOf(store: Pick<ReportStore, "rankField">, year: number, t: Term): { scored: Map<string, Scored>; lacking: ReadonlySet<string> } {
  const field = store.rankField(year, t.metric, t.columns, false);
  let made = byFileOf.get(field);
  if (!made) byFileOf.set(field, (made = { scored: new Map(field.scored.map((s) => [s.file, s])), lacking: new Set(field.lacking) }));
  return made;
}

/** The field's first `size` entries, kept by the store per year, formula, pool and order. */
function indicatorField(store: ReportStore, year: number, f: Formula, pool: RankPool, asc: boolean, size: number): Field {
  const key = `indicator|${JSON.stringify([f.numerator, f.denominator])}|${pool.key}|${asc}|${size}`;
  return store.kept(year, key, () => store.indicatorField(year, f, pool, asc, size), EMPTY_INDICATOR);
}

/**
 * The field from the store's ranked fields (RankedField: who wrote each report, by file): how a store
 * that fetches its rankings (the PostgreSQL view) places the year's reports. The in-memory store
 * gives the same field from its values by place (store/indicator-places.ts).
 */
export function rankedField(store: Pick<ReportStore, "rankField" | "countOfYear">, year: number, f: Pick<Formula, "numerator" | "denominator">, pool: Pick<RankPool, "admits">, asc: boolean, size: number): Field {
  const terms = [...f.numerator, ...f.denominator];
  // Who wrote each report comes with the fields: no report is read to rank it.
  const inputs = terms.map((t) => valuesOf(store, year, t));
  const scored: (Field["scored"][number] & { level: string | null | undefined })[] = [];
  const lacking = new Listing();
  const small = new Listing();
  const otherKinds = new Listing();
  // every report stating any input, once, in the order the inputs' fields give them
  const seen = new Set<string>();
  for (const input of inputs) {
    for (const [file, { head }] of input.scored) {
      if (seen.has(file)) continue;
      seen.add(file);
      if (!pool.admits(head.agency)) {
        otherKinds.add(() => `${head.agency}（${KIND_NAMES[identify(head.agency).kind]}）`);
        continue;
      }
      let num = 0;
      let den = 0;
      let ok = true;
      terms.forEach((t, i) => {
        const v = inputs[i]?.scored.get(file)?.value;
        if (v === undefined) ok = false;
        else if (i < f.numerator.length) num += (t.sign ?? 1) * v;
        else den += (t.sign ?? 1) * v;
      });
      if (!ok) lacking.add(() => whose(head));
      else if (den < MIN_DENOMINATOR) small.add(() => `${whose(head)}（${den}）`);
      else scored.push({ file, value: Math.round((num / den) * 10000) / 100, den, level: head.body?.level });
    }
  }
  scored.sort((a, b) => (asc ? a.value - b.value : b.value - a.value) || b.den - a.den);
  const levels = new Set<string>();
  for (const s of scored) if (s.level) levels.add(s.level);
  // A report lacking every input (its tables unread) is in no field at all: named when the pool
  // compares its body (a government left out of a ranking of governments must be said), else counted.
  const [first, ...rest] = inputs;
  let lackingAll = 0;
  for (const a of first?.lacking ?? []) {
    if (!rest.every((x) => x.lacking.has(a)) || !pool.admits(a)) continue;
    lacking.add(() => a);
    lackingAll++;
  }
  return {
    scored: scored.slice(0, size).map(({ file, value, den }) => ({ file, value, den })),
    scoredCount: scored.length,
    levels: [...levels],
    lacking: lacking.listed,
    small: small.listed,
    otherKinds: otherKinds.listed,
    unseen: store.countOfYear(year) - seen.size - lackingAll,
  };
}

function names(list: Listed): string {
  return `${list.first.join("、")}${list.count > NAMED ? ` 等 ${list.count} 份` : ""}`;
}

const LEVEL_NAMES: Record<string, string> = { province: "省级", city: "市级", county: "县级", township: "乡镇级" };

/** Places of different levels side by side: said, since a rate does not depend on size but the work does. */
function levelNote(levels: string[]): string[] {
  return levels.length > 1 ? [`参加排名的有${levels.map((l) => LEVEL_NAMES[l] ?? l).join("、")}机关。`] : [];
}

export function rankIndicator(store: ReportStore, question: string, q: Question, f: Formula): Answer {
  const years = store.years();
  const year = q.years[0] ?? years[years.length - 1] ?? 0;
  const asc = q.order === "asc";
  // Like with like: a government's office or a department is not ranked against governments.
  const pool = rankPool(q.text, q.agencies, q.bodies, store.names());
  const size = Math.max(q.top ?? 0, 10);
  const { scored, scoredCount, levels, lacking, small, otherKinds, unseen } = indicatorField(store, year, f, pool, asc, size);
  const count = store.countOfYear(year);
  const notes = [
    ...(q.yearWasGiven ? [] : [`未指明年份，按最新的 ${year} 年报告排名。`]),
    `在已收录的 ${count} 份 ${year} 年报告中，${scoredCount} 份${pool.label}的报告参加排名。`,
    ...levelNote(levels),
    ...(pool.note ? [pool.note] : []),
    ...(otherKinds.count ? [`不在比较范围（${pool.label}）内的报告未参加排名：${names(otherKinds)}。`] : []),
    ...(small.count ? [`分母不足 ${MIN_DENOMINATOR} 的未参加排名：${names(small)}。`] : []),
    ...(lacking.count || unseen > 0 ? [`缺少计算所需数字的未参加排名：${names(lacking)}${unseen > 0 ? `${lacking.count ? "，" : ""}另有 ${unseen} 份都没有` : ""}。`] : []),
  ];
  if (!scored.length) {
    const text = [`${year} 年没有可以按${f.name}排名的报告。`, `公式：${f.name} = ${formulaWords(f)}`, ...notes.map((n) => `注：${n}`)].join("\n");
    return { question, status: "not_found", kind: "ranking", figures: [], quotes: [], notes, choices: [], text };
  }
  const reports = reportsByFiles(store, scored.slice(0, size).map((s) => s.file));
  if (!reports) return { question, status: "not_found", kind: "ranking", figures: [], quotes: [], notes, choices: [], text: `排名所列的报告读取不到。` };
  const shown = reports.map((report, i) => ({ report, ev: evaluate(report, f, { quote: i === 0 }) }));
  for (const s of shown) if (s.ev.unsure.length) notes.push(`${whose(s.report)}：计算所用的数字有读取不确定的（${s.ev.unsure.join("；")}）。`);
  return seriesAnswer(question, "ranking", f, shown, notes, `${f.name}（${asc ? "从低到高" : "从高到低"}）`);
}

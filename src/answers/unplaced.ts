/**
 * Reports whose agency could not be read (index/read/untitled.ts: 机关不明（file）) are nobody's, so
 * no field takes them in (who.ts rankPool); a ranking or a total over a field says they were left
 * out, by file — one of them may be the field's (a city's report whose title was not read), and a
 * field without it is not the whole field.
 */
import { isUnknownAgency } from "../index/read/untitled.ts";
import type { ReportStore } from "../store/store.ts";
import type { AgencyName } from "./understand.ts";
import type { RankPool } from "./who.ts";

const unknownOf = new WeakMap<readonly AgencyName[], string[]>();

/** “另有 2 份 2023 年报告读不出是哪个机关的（a.txt、b.html），未参加比较。” or null when there is none. */
export function unplacedNote(store: ReportStore, names: readonly AgencyName[], year: number, what: "比较" | "相加"): string | null {
  let unknown = unknownOf.get(names);
  if (!unknown) unknownOf.set(names, (unknown = names.filter((n) => isUnknownAgency(n.agency)).map((n) => n.agency)));
  const files = unknown.flatMap((a) => store.ofAgency(a).filter((r) => r.year === year).map((r) => r.file.split("/").at(-1) ?? r.file));
  if (!files.length) return null;
  const listed = `${files.slice(0, 5).join("、")}${files.length > 5 ? ` 等` : ""}`;
  return `另有 ${files.length} 份 ${year} 年报告读不出是哪个机关的（${listed}），未参加${what}；其中若有属于这一范围的，${what === "相加" ? "合计就少了它" : "排名就缺了它"}。`;
}

/**
 * “赵州镇的名称和报告都没有写明属于哪个县（区），不知是否在邹城市下辖，未参加比较。” for the bodies of a
 * place's field (who.ts RankPool.unsure) with a report of the year that nothing places in it or out
 * of it; null when there is none.
 */
export function unsureNote(store: ReportStore, pool: Pick<RankPool, "unsure" | "label">, year: number, what: "比较" | "相加"): string | null {
  const held = (pool.unsure ?? []).filter((a) => store.ofAgency(a).some((r) => r.year === year));
  if (!held.length) return null;
  const listed = `${held.slice(0, 10).join("、")}${held.length > 10 ? ` 等 ${held.length} 个机关` : ""}`;
  return `${listed}的名称、地名表和报告都没有写明属于哪里，不知是否在“${pool.label}”之列，未参加${what}${what === "相加" ? "，合计里没有它" : ""}。`;
}

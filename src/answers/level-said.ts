/**
 * A level said before a body's name with no place (省市场监管局, 省政府办, 市卫健委, 县教育局): the
 * body of that level — the province's own, not a city's of the same name. The level is a word
 * people use instead of the place when one is meant (the province they are in); a name that fits
 * bodies of several levels is narrowed to the level said, and one that fits none of it names no
 * report (never another level's body).
 */
import { identify, type AgencyIdentity } from "../index/agency/identity.ts";

/** Does a body lie at the level the character names (省 → the province's, 县 → a county's …)? */
export function atLevel(level: string, id: Pick<AgencyIdentity, "level" | "region">): boolean {
  if (level === "省") return id.level === "province";
  // a 市 in no gazetteer is a city all the same (who.ts levelSaid); a county-level city is not
  if (level === "市") return (id.level ?? "city") === "city" && /(?:市|州|盟|地区)$/u.test(id.region);
  if (level === "县") return id.level === "county" && /(?:县|旗)$/u.test(id.region);
  if (level === "区") return id.level === "county" && /区$/u.test(id.region);
  return false;
}

/**
 * The level character right before a name at `start` (2023年省卫健委, 省市场监管局), when it stands
 * alone: at the start, or after a year, a space, punctuation or a joining word — not the end of a
 * place's name (霖江省 is found as a name with its body) nor of a word (全省, 各市).
 */
export function levelBefore(text: string, start: number): string | null {
  const ch = text[start - 1] ?? "";
  if (!/[省市县区]/u.test(ch)) return null;
  const before = text[start - 2];
  return before === undefined || !/\p{Script=Han}/u.test(before) || /[年的和与及、跟同比在全]/u.test(before) ? ch : null;
}

/** The names a mention fits narrowed to the level said before it. */
export function narrowToLevel<T extends { agency: string }>(level: string, matches: readonly T[]): T[] {
  return matches.filter((a) => atLevel(level, identify(a.agency)));
}

/**
 * A level said as a word of its own (市里的教育局, 市里医保局, 人社局(市级), 市监局（市本级）, 县一级的):
 * the level and where it stands. Not the end of a word (城市里), not a field's word (市级部门, 市直),
 * not 市级以上.
 */
const LEVEL_WORD = /(?<![\p{Script=Han}])([省市县区])(?:里面|里|本级|一级|级)的?(?!部门|单位|机关|以上|以下|及以上|直)|(?<=[年的和与在是找问查看请下])([省市县区])(?:里面|里|本级|一级)的?(?!部门|单位|机关)|[(（]([省市县区])(?:里|本级|一级|级)?[)）]/gu;

export function levelWordsIn(text: string): { level: string; span: [number, number] }[] {
  return [...text.matchAll(LEVEL_WORD)].map((m) => ({ level: (m[1] ?? m[2] ?? m[3]) as string, span: [m.index, m.index + m[0].length] }));
}

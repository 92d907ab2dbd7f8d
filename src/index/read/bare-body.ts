/**
 * A body named without its place, as a report names itself in its own title or opening:
 * “2022年区人力社保局政府信息公开工作年度报告” (under the site's name “定海区人民政府”), “现公开区人民政府办公室
 * 2023年…报告”, “2021年，县乡村振兴局严格按照…”. The place is the one of that level the text names:
 * the site's name over the title, the contact address (“硚口区沿河大道…”), “以青川县门户网站为…平台”.
 * Only a division the gazetteer knows, and only one named more often than any other of its level:
 * with none, or two as often, the name stays unread rather than guessed.
 */
import { isKnownDivision } from "../agency/gazetteer.ts";

/** The level word, then the body: 区 + 人力社保局, 县 + 乡村振兴局, 市 + 市场监管局, 区 + 人民政府办公室. */
const BARE = /^(自治区|区|县|市|旗)([\u4e00-\u9fff]{0,16}?(?:人民政府办公[室厅]|人民政府|政府办公[室厅]|局|委员会|委|办公[室厅]|中心|办|署|院|站|所|队|馆))$/u;

/** “区人力社保局” → { level: 区, body: 人力社保局 }; null when the name is not a bare level word and a body. */
export function bareBody(name: string): { level: string; body: string } | null {
  // 市中区人民政府 names its place (济南市市中区): a division is no level word
  const m = isKnownDivision.longestPrefix(name) ? null : BARE.exec(name);
  const body = m?.[2] ?? "";
  // “区政府办浔阳区人民政府” (a page's source line glued to the title) names a placed body after the word
  if (!m || /[区县市旗](?:人民政府|政府)/u.test(body) || [...body].some((_, i) => isKnownDivision.longestPrefix(body.slice(i)))) return null;
  return { level: m[1] ?? "", body };
}

/** How far a place name reaches back from its suffix (白沙黎族自治县: 7). */
const LONGEST_PLACE = 10;

/**
 * The division of `level` (区, 县, 市, 旗) the text names most often: at each suffix, the longest
 * gazetteer name ending there. null when the text names none, or two as often.
 */
export function placeNamed(level: string, text: string): string | null {
  const counts = new Map<string, number>();
  for (let at = text.indexOf(level); at >= 0; at = text.indexOf(level, at + 1)) {
    let found = "";
    // the level word may be longer than one character (自治区): the name ends where it ends
    const end = at + level.length;
    for (let n = level.length + 1; n <= LONGEST_PLACE && n <= end; n++) {
      const name = text.slice(end - n, end);
      if (!/^\p{Script=Han}+$/u.test(name)) break;
      if (isKnownDivision.longestPrefix(name) === name) found = name;
    }
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || second[1] < first[1]) ? first[0] : null;
}

/** The bare name completed with its place (区人力社保局 → 定海区人力社保局), or null. */
export function placedBody(name: string, text: string): string | null {
  const bare = bareBody(name);
  const place = bare ? placeNamed(bare.level, text) : null;
  return bare && place ? `${place}${bare.body}` : null;
}

/** A body's word alone, no place and no level word before it: 住建局, 水利局, 教体局. */
const UNPLACED = /^[\u4e00-\u9fff]{1,16}?(?:局|委员会|委|办公[室厅]|中心|办|署|院|站|所|队|馆)$/u;

/** A body's word alone (住建局, 统计局), neither a level word (区人社局) nor a place before it. */
export function unplacedBody(name: string): boolean {
  return UNPLACED.test(name) && !BARE.test(name) && ![...name].some((_, i) => isKnownDivision.longestPrefix(name.slice(i)));
}

/**
 * “住建局 2025 年政府信息公开工作年度报告”: a body named with no place at all, which the text names
 * with its place (“2025年安阳县住建局依申请…”): the gazetteer division said right before the name,
 * one more often than any other — else null, never guessed.
 */
export function placedInText(name: string, text: string): string | null {
  if (!UNPLACED.test(name) || BARE.test(name) || [...name].some((_, i) => isKnownDivision.longestPrefix(name.slice(i)))) return null;
  const counts = new Map<string, number>();
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let found = "";
    for (let n = 2; n <= LONGEST_PLACE && n <= at; n++) {
      const place = text.slice(at - n, at);
      if (!/^\p{Script=Han}+$/u.test(place)) break;
      if (isKnownDivision.longestPrefix(place) === place) found = place;
    }
    if (found) counts.set(found, (counts.get(found) ?? 0) + 1);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || second[1] < first[1]) ? `${first[0]}${name}` : null;
}

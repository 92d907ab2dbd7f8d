/**
 * Who wrote a report, from the agency's name as printed: its kind (a people's government, the
 * government's office, a department, a vertically managed body, a township …), the region it
 * belongs to, the administrative units named before it, and the region's parents from the gazetteer.
 *
 * @example
 * identify("九江市浔阳区住房和城乡建设局")
 * // → { kind: "department", region: "浔阳区", chain: ["九江市", "浔阳区"], body: "住房和城乡建设局",
 * //     level: "county", parents: ["江西省", "九江市"] }
 */
import type { AgencyBody, AgencyKind, Level } from "../schema.ts";
import { parentsOf, isKnownDivision, levelOf as gazetteerLevel, expandShort, expandCity } from "./gazetteer.ts";

export type { AgencyKind, Level } from "../schema.ts";

export interface AgencyIdentity {
  /** The full name as printed. */
  name: string;
  kind: AgencyKind;
  /** The lowest administrative unit named: 浔阳区. "" when the name has none. */
  region: string;
  /** The units as printed, outermost first: [九江市, 浔阳区]. */
  chain: string[];
  /** What follows the region: 人民政府, 人民政府办公室, 住房和城乡建设局, 税务局. */
  body: string;
  /** The region's level, from the gazetteer or its suffix; null when neither tells. */
  level: Level | null;
  /** The region's parents, outermost first: from the name and the gazetteer ([江西省, 九江市]). */
  parents: string[];
  /**
   * A branch named after its parent department (杭州市公安局滨江区分局: body 公安分局, region
   * 滨江区): the parent's body (公安局), which people also call the branch by (滨江区公安局).
   */
  branchOf?: string;
}

/**
 * Administrative suffixes, longest first; 综合实验区 / 开发区 / 新区 govern through a 管委会.
 * 州 alone is an autonomous prefecture as people write it (临夏州 = 临夏回族自治州), never before 市.
 */
const SUFFIX = "特别行政区|综合实验区|经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|自治区|自治州|自治县|自治旗|新区|地区|街道|省|市|州(?![市州])|盟|区|县|旗|镇|乡";
const SUFFIX_ALL = new RegExp(SUFFIX, "gu");
/**
 * Words that belong to a body's name, never to a place's: 住房和城乡 (建设局), 城市 (管理局). 和 joins
 * two words (住房和城乡); at a name's start or end it is a place's (永和镇, 和平镇, 太和县).
 */
const NOT_A_PLACE_PART = /[与及局委办厅署院所站队部馆]|\p{Script=Han}{2}和\p{Script=Han}|人民|政府|管理|中心|机关|事务/u;
/** Prefixes of vertically managed bodies before the place: 国家税务总局九江市税务局, 中华人民共和国南昌海关. */
const VERTICAL_PREFIX = /^(?:国家税务总局|中华人民共和国|国家统计局|中国人民银行|国家金融监督管理总局)/u;
const VERTICAL_BODY = /税务局|海关|气象局|烟草专卖局|邮政管理局|调查队|金融监管|银保监|证监局|人民银行|中心支行|海事局|出入境|消防救援|供电|国家安全局|盐务局|地震局|通信管理局|药品监督管理局.*分局/u;
const GOVERNMENT_BODY = /^(?:人民政府|政府|行政公署|管理委员会|管委会|工作委员会|管委)$/u;
const OFFICE_BODY = /^(?:人民政府|政府|行政公署|管理委员会|管委会)?办公[室厅]$|^(?:人民政府|政府)办$/u;
/**
 * A development zone or park (栖梧高新技术产业开发区, 丹溪经济开发区): governed by a 管委会 the
 * government sends, not a level of government — unless the gazetteer lists it as a division
 * (苏州工业园区) or its body is a 人民政府; a bonded zone (天津港保税区, 东疆综合保税区, 综保区), a
 * 示范区 or a 试验区 is one too, run by its 管委会 (as who.ts ranks them). A 综合实验区 or 新区 (平潭, 雄安) governs its whole
 * territory in the government's place: a government.
 */
const ZONE = /(?:开发区|高新区|园区|合作区|经济区|保税区|综保区|保税港区|示范区|试验区)$/u;
const TOWNSHIP_BODY = /^(?:人民政府|政府|办事处|街道办事处|街道办)$/u;
const DEPARTMENT_END = /(?:局|委员会|委|办公室|办公厅|办|厅|署|中心|院|所|站|队|馆|会|社|部|处|科|室)$/u;

/** Split a name into its leading administrative units and the rest. */
export function splitUnits(name: string): { units: string[]; rest: string; prefix: string } {
  const prefix = VERTICAL_PREFIX.exec(name)?.[0] ?? "";
  let rest = name.slice(prefix.length);
  const units: string[] = [];
  for (;;) {
    const unit = unitAt(rest, units);
    if (!unit) break;
    units.push(unit);
    rest = rest.slice(unit.length);
  }
  return { units, rest, prefix };
}

/**
 * The administrative unit at the start of `s`: a division of the gazetteer (the longest), or a
 * name of two to ten characters with an administrative suffix whose name part holds no body word.
 */
function unitAt(s: string, before: readonly string[]): string | null {
  const unit = placeAt(s, before);
  // 景德镇高新区, 九江经开区: a zone named after its place is one unit (not 景德镇 + 高新区税务局)
  const zone = unit ? ZONE_AFTER_PLACE.exec(s.slice(unit.length))?.[0] : undefined;
  return unit && zone ? unit + zone : unit;
}

const ZONE_AFTER_PLACE = /^(?:高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区)/u;

function placeAt(s: string, before: readonly string[]): string | null {
  const first = before.length === 0;
  const known = isKnownDivision.longestPrefix(s, before);
  if (known) return known;
  // The first suffix that closes a plausible place name: 西市街道 (not 西市), 住房和城乡 never.
  for (const m of s.matchAll(SUFFIX_ALL)) {
    const part = s.slice(0, m.index);
    if (part.length > 10) break;
    const suffix = m[0];
    // 城市管理局, 市场监督管理局: one character before 市 is a word, not a place (沙市区 is in the gazetteer).
    // after a place, a leading 和 joins another (南平市和邵武市), never starts one
    if (part.length < 2 || NOT_A_PLACE_PART.test(part) || (!first && part.startsWith("和")) || !/^\p{Script=Han}+$/u.test(part)) continue;
    const unit = part + suffix;
    // 乡村振兴局: a 乡 or 镇 glued to what cannot follow a place.
    if (!first && (suffix === "乡" || suffix === "镇") && /^(?:村|镇|土|愁|亲)/u.test(s.slice(unit.length))) return null;
    return unit;
  }
  return null;
}

const cache = new Map<string, AgencyIdentity>();
/** Names identified besides the loaded agencies (titles, uploads) before the cache starts again. */
const SPARE = 50_000;
let capacity = SPARE;

/**
 * Keep room for `n` loaded agencies' identities (the name directory's): past a fixed size the cache
 * would be cleared while passing over a national corpus's agencies (~150 000), and every ranking
 * would work out each identity again (~60 µs each).
 */
export function reserveIdentities(n: number): void {
  capacity = Math.max(capacity, n + SPARE);
}

/** The identity of an agency from its printed name (cached: the same names come back for every question). */
export function identify(name: string): AgencyIdentity {
  const hit = cache.get(name);
  if (hit) return hit;
  const id = compute(name);
  if (cache.size > capacity) {
    cache.clear();
    sharedStrings.clear();
    sharedLists.clear();
  }
  cache.set(name, id);
  return id;
}

/**
 * Equal parts of identities as one string or one array: the regions, bodies and parents of a
 * corpus's agencies repeat (28 588 agencies at 100 000 reports have 3 502 distinct such strings), and
 * each identity sliced its own copies (4.5 MB of 52 MB of a replica's heap after start-up there).
 * The arrays are frozen, since every identity of the place holds the same one.
 */
const sharedStrings = new Map<string, string>();
const sharedLists = new Map<string, readonly string[]>();

function sharedString(s: string): string {
  const had = sharedStrings.get(s);
  if (had !== undefined) return had;
  sharedStrings.set(s, s);
  return s;
}

function sharedList(list: readonly string[]): string[] {
  // each part closed by a character no name holds: [] and [""] have different keys
  const key = list.map((s) => `${s}\u0000`).join("");
  let made = sharedLists.get(key);
  if (!made) sharedLists.set(key, (made = Object.freeze(list.map(sharedString))));
  // frozen: typed as the identity's plain array, a change would throw
  return made as string[];
}

function compute(name: string): AgencyIdentity {
  const split = splitUnits(name);
  const { prefix } = split;
  const branch = branchAt(split.rest, split.units);
  // 砚州市生态环境局芦渡分局 before 芦渡县 is known: worked out again when the loaded places are learned
  if (!branch && split.units.length && BRANCH.test(split.rest)) unplaced.add(name);
  // 国家统计局九江调查队, 九江海事局: a vertically managed body named after its city without the suffix
  const city = !branch && !split.units.length && (prefix || VERTICAL_BODY.test(split.rest)) ? cityAt(split.rest) : null;
  const units = branch ? [...split.units, branch.place] : city ? [city.city] : split.units;
  const rest = branch ? branch.body : city ? city.body : split.rest;
  const region = units.at(-1) ?? "";
  const level = levelOf(region, units);
  // a zone printed alone (福州高新技术产业开发区) is its 管委会; a place printed alone, its government
  const named = bodyNames(rest);
  const body = named.body || (region ? (isZone(region, level) ? "管理委员会" : "人民政府") : name);
  const kind = kindOf(body, region, prefix, level);
  const known = parentsOf(region, units.slice(0, -1));
  // a place its name and the gazetteer do not place: the parents its own report states, if any (learnParents)
  const stated = !known.length && units.length === 1 ? (statedParents.get(region) ?? []) : [];
  // a place under one the gazetteer or a report places (大束镇 of 邹城市, a 县级市 of 济宁市): that one's parents too
  const near = known.length ? undefined : [...units.slice(0, -1), ...stated].at(-1);
  const above = near ? identify(units.length > 1 ? units.slice(0, -1).join("") : near).parents : [];
  const parents = orderParents([...above, ...units.slice(0, -1), ...known, ...stated]);
  return {
    name,
    kind,
    region: sharedString(region),
    chain: sharedList(units),
    body: sharedString(body),
    level,
    parents: sharedList(parents),
    ...(branch ? { branchOf: sharedString(branch.parent) } : {}),
  };
}

/** A city's name without its suffix at the start of a body's name (九江海事局 → 九江市, 海事局), when exactly one city is so called. */
function cityAt(rest: string): { city: string; body: string } | null {
  for (const k of [3, 2]) {
    const city = expandCity(rest.slice(0, k));
    if (city && rest.length - k >= 2) return { city, body: rest.slice(k) };
  }
  return null;
}

/**
 * A department's branch for a place under it: 公安局滨江区分局 (after 杭州市) → the place 滨江区,
 * the body 公安分局, the parent body 公安局; a centre's the same way (公共资源交易服务中心芦渡分中心 →
 * 芦渡县, 公共资源交易服务分中心). The place may be written without its suffix (公安局滨江分局): the
 * gazetteer's division of that name under the printed parent gives it, or a loaded place's.
 */
function branchAt(rest: string, units: readonly string[]): { place: string; body: string; parent: string } | null {
  const m = BRANCH.exec(rest);
  if (!m && units.length) return placeUnitBranch(rest, units) ?? countyNamedBranch(rest, units);
  if (!m || !units.length) return null;
  const parent = m[1] as string;
  const ending = m[2] as string;
  const said = m[3] as string;
  const unit = unitAt(`${said}分${ending}`, units);
  const place = unit === said ? said : unit ? null : (expandShort(said, units) ?? loadedPlace(said, units));
  return place ? { place, body: `${parent.slice(0, -ending.length)}分${ending}`, parent } : null;
}

/**
 * An upper body's unit named by the full name of the place it sits in and a unit word
 * (住房公积金管理中心芦渡县管理部 after 砚州市): the place 芦渡县, the body 住房公积金管理部 (the parent's
 * name without its ending, and the unit word), the parent 住房公积金管理中心 — the county's unit, never the city's.
 */
function placeUnitBranch(rest: string, units: readonly string[]): { place: string; body: string; parent: string } | null {
  const m = PLACE_UNIT.exec(rest);
  if (!m) return null;
  const parent = m[1] as string;
  const tail = rest.slice(parent.length);
  const place = unitAt(tail, units);
  const word = place ? tail.slice(place.length) : "";
  if (!place || !/^(?:管理部|管理处|分部|办事处)$/u.test(word) || !/(?:县|区|旗|市)$/u.test(place) || units.includes(place)) return null;
  return { place, body: `${parent.replace(/(?:管理)?(?:中心|局)$/u, "")}${word}`, parent };
}

const PLACE_UNIT = /^(\p{Script=Han}{2,12}?(?:局|中心))\p{Script=Han}{2,10}?(?:县|区|旗|市)(?:管理部|管理处|分部|办事处)$/u;

/** 公安局滨江区分局, 公共资源交易服务中心兖州分中心: the parent, its ending, and the place the branch is for. */
const BRANCH = /^(\p{Script=Han}{1,10}?(局|中心))(\p{Script=Han}{2,8}?)分\2$/u;

/**
 * A city's bureau in one of its counties, named with the county's short name before the body
 * (泸州市合江生态环境局, since the 2019 reform): the county (合江县, the gazetteer's under the printed
 * city), the body 生态环境分局 of the parent 生态环境局 — so people's 合江县生态环境局 finds it.
 */
function countyNamedBranch(rest: string, units: readonly string[]): { place: string; body: string; parent: string } | null {
  if (levelOf(units.at(-1) ?? "", [...units]) !== "city") return null;
  for (const k of [3, 2]) {
    const parent = rest.slice(k);
    const place = /^\p{Script=Han}{2,12}局$/u.test(parent) ? expandShort(rest.slice(0, k), units) : null;
    if (place && !/[县区市旗]$/u.test(rest.slice(0, k))) return { place, body: `${parent.slice(0, -1)}分局`, parent };
  }
  return null;
}

/**
 * Places the loaded reports name, beside the gazetteer (an invented or a new county is in none):
 * short name → the places so called, with their known parents. A city bureau's 分局 named after
 * one of them (砚州市生态环境局芦渡分局, with 芦渡县's reports loaded) is located there.
 */
const loadedPlaces = new Map<string, { region: string; parents: string[] }[]>();
/** Names read as no branch for want of a place: identified again when places are learned. */
const unplaced = new Set<string>();

/** The one loaded place a branch's short place name means under its printed city; null when none or several. */
function loadedPlace(said: string, units: readonly string[]): string | null {
  const city = units.at(-1) ?? "";
  const fits = (loadedPlaces.get(said) ?? []).filter((p) => p.region !== city && (p.parents.length === 0 || p.parents.includes(city)));
  return fits.length === 1 ? (fits[0] as { region: string }).region : null;
}

/**
 * Learn the county-level places the loaded agencies name (resolve.ts calls it as it builds a
 * directory); names read before as no branch for want of such a place are identified again.
 */
export function learnPlaces(names: readonly { agency: string; region: string }[]): void {
  let learned = false;
  for (const n of names) {
    if (unplaced.has(n.agency)) continue;
    const id = identify(n.agency);
    if (!id.region || !/[县区市旗]$/u.test(id.region) || id.level === "province" || id.level === "city" || id.level === "township") continue;
    if (id.chain.length === 0 || /(?:开发区|新区|高新区|实验区|园区)$/u.test(id.region)) continue;
    const short = /^(\p{Script=Han}{2,}?)(?:自治县|自治旗|县|区|市|旗)$/u.exec(id.region)?.[1];
    if (short) {
      const list = loadedPlaces.get(short) ?? [];
      if (list.some((p) => p.region === id.region)) continue;
      list.push({ region: id.region, parents: id.parents });
      loadedPlaces.set(short, list);
      learned = true;
    }
  }
  if (!learned) return;
  for (const name of unplaced) cache.delete(name);
  unplaced.clear();
}
/** A store's name whose reports state no parents: one shared empty list (a store holds tens of thousands of names). */
export const NO_PARENTS = Object.freeze([]) as unknown as string[];

/** Region → the parents loaded reports state for it (read/stated-parents.ts); null when two statements disagree. */
const statedParents = new Map<string, string[] | null>();

/**
 * Learn the parents the loaded reports state for places their names and the gazetteer do not place
 * (“设立楠州市柏坪区”: 柏坪区 → [楠州市]); names given with `parents` (the store's names) are identified
 * again. Two statements for one place that name different parents place it nowhere. Each set of names
 * decides for the places it holds: a place whose bodies now state nothing (the stating report removed
 * by a /reload) or agree again is placed as they say now, never by what an earlier set of reports said.
 */
export function learnParents(names: readonly { agency: string; parents?: readonly string[] }[]): void {
  const now = new Map<string, string[] | null>();
  const held = new Set<string>();
  for (const n of names) {
    // names without `parents` (bare names, as a question's parse takes them) say nothing either way;
    // a store's names carry them, empty when none is stated (NO_PARENTS)
    if (!n.parents) continue;
    const region = identify(n.agency).region;
    if (!region) continue;
    held.add(region);
    if (!n.parents?.length || now.get(region) === null) continue;
    const had = now.get(region);
    if (had && had.join("/") === n.parents.join("/")) continue;
    now.set(region, had ? null : [...n.parents]);
  }
  const key = (p: string[] | null | undefined) => (p === undefined ? "" : p === null ? "\u0000" : `/${p.join("/")}`);
  for (const region of held) {
    const parents = now.get(region);
    if (key(parents) === key(statedParents.get(region))) continue;
    if (parents === undefined) statedParents.delete(region);
    else statedParents.set(region, parents);
    // and the places under it, whose parents take in its own
    for (const [name, id] of cache) if (id.region === region || id.parents.includes(region)) cache.delete(name);
    statedMarkMade = null;
  }
}

let statedMarkMade: string | null = "";

/**
 * What the reports state of their places' parents now, as a short mark (the same in every process
 * that read the same statements): results kept by a field's key (a ranking of 澄州市's counties, kept
 * in PostgreSQL for every replica) depend on it, and a year's own reports do not tell it — a statement
 * gone with a /reload, or read from another year's report, changes which counties lie under a city.
 */
export function statedMark(): string {
  if (statedMarkMade !== null) return statedMarkMade;
  const entries = [...statedParents].map(([region, parents]) => `${region}:${parents === null ? "?" : parents.join("/")}`).sort();
  // FNV-1a over the entries: a few characters, not the whole list, in every kept key
  let h = 0x811c9dc5;
  for (const ch of entries.join("|")) h = Math.imul(h ^ (ch.codePointAt(0) as number), 0x01000193) >>> 0;
  return (statedMarkMade = entries.length ? `s${h.toString(36)}` : "");
}

/** Whether the name or the gazetteer gives the agency's place its parents (else only a report's statement can). */
export function placedByName(agency: string): boolean {
  const id = identify(agency);
  return id.chain.length > 1 || parentsOf(id.region, []).length > 0;
}

function orderParents(parents: string[]): string[] {
  const rank = (u: string) => (/(?:省|自治区|特别行政区)$/u.test(u) ? 0 : /(?:州|盟|地区)$/u.test(u) ? 1 : 2);
  return [...new Set(parents)].sort((a, b) => rank(a) - rank(b));
}

function levelOf(region: string, units: string[]): Level | null {
  if (!region) return null;
  const known = gazetteerLevel(region, units.slice(0, -1));
  if (known) return known;
  if (/(?:镇|乡|街道)$/u.test(region)) return "township";
  if (/(?:省|自治区|特别行政区)$/u.test(region)) return "province";
  if (/(?:州|盟|地区)$/u.test(region)) return "city";
  if (/(?:县|旗|自治县|自治旗)$/u.test(region)) return "county";
  // a zone under its city (广元市天然气综合利用工业园区) is no level of government (isZone)
  if (ZONE.test(region)) return null;
  // 区 under a city, or any unit under another: the lower level.
  if (units.length >= 2 && /(?:市|自治州|盟|地区)$/u.test(units.at(-2) ?? "")) return "county";
  if (/区$/u.test(region) && !/(?:开发区|新区|高新区|实验区)$/u.test(region)) return "county";
  return null;
}

function kindOf(body: string, region: string, prefix: string, level: Level | null): AgencyKind {
  if (prefix || VERTICAL_BODY.test(body)) return "vertical";
  if (level === "township" && TOWNSHIP_BODY.test(body)) return "township";
  if (GOVERNMENT_BODY.test(body)) return !region ? "other" : isZone(region, level) && !/^(?:人民)?政府$/u.test(body) ? "zone" : "government";
  if (OFFICE_BODY.test(body)) return "office";
  if (DEPARTMENT_END.test(body)) return "department";
  return "other";
}

function isZone(region: string, level: Level | null): boolean {
  return level === null && ZONE.test(region);
}

/** A region named as a zone (栖梧高新技术产业开发区, 苏州工业园区): its bare name (栖梧, 苏州) yields to a place of that name. */
export function isZoneRegion(region: string): boolean {
  return ZONE.test(region);
}

/** A body that stands for its place: a people's government, a township's, a zone's 管委会 (a place named alone means it). */
export function governsPlace(kind: AgencyKind): boolean {
  return kind === "government" || kind === "township" || kind === "zone";
}

/** The part of the identity a report records. */
export function bodyOf(agency: string): AgencyBody {
  const { kind, level, parents } = identify(agency);
  return { kind, level, parents };
}

/** Kinds in words, for choices and notes. */
export const KIND_NAMES: Record<AgencyKind, string> = {
  government: "人民政府",
  office: "政府办公室",
  department: "政府部门",
  vertical: "垂直管理机构",
  township: "乡镇（街道）",
  zone: "开发区（园区）管委会",
  other: "其他机关",
};

/** A second name in brackets after the body (农业农村局（菱州市乡村振兴局）), its place left out. */
const SECOND_NAME = /^(.+?)[（(]([^（）()]+)[)）]$/u;
/** 人民政府外事办公室, 人民政府国有资产监督管理委员会: a working department of the government, named after it. */
const OF_GOVERNMENT = /^(?:人民)?政府(?!办公|办$)(\p{Script=Han}{2,})$/u;

/**
 * The body's name and the other names it goes by: a merged body printed with its second name in
 * brackets is found by either (a body ending in neither is no second name: 公安局（含交警支队） stays
 * as printed); a government's working department also by its name without the government before it.
 */
function bodyNames(rest: string): { body: string; also: string[] } {
  const also: string[] = [];
  let body = rest;
  const m = SECOND_NAME.exec(rest);
  const second = m ? splitUnits(m[2] as string).rest : "";
  if (m && DEPARTMENT_END.test(m[1] as string) && DEPARTMENT_END.test(second) && second.length >= 3) {
    body = m[1] as string;
    also.push(second);
  }
  for (const b of [body, ...also]) {
    const own = OF_GOVERNMENT.exec(b)?.[1];
    if (own && DEPARTMENT_END.test(own) && !GOVERNMENT_BODY.test(own)) also.push(own);
  }
  return { body, also };
}

/**
 * Other names the body goes by: a second name printed in brackets (农业农村局（乡村振兴局） → 乡村振兴局),
 * a government's working department without the government before it (人民政府外事办公室 → 外事办公室).
 */
export function otherBodyNames(id: AgencyIdentity): string[] {
  const at = id.name.lastIndexOf(id.body);
  return at >= 0 ? bodyNames(id.name.slice(at)).also : [];
}

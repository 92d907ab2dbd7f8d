/**
 * Whose figure an answer gives: asking back when a name really fits several bodies (grouped by
 * kind, at most eight shown, each a question that can be sent back), the note when a place named
 * alone was taken for its government, and which bodies a ranking compares.
 */
import { groupByKind } from "../index/agency/resolve.ts";
import { governsPlace, identify, KIND_NAMES, splitUnits, statedMark, type AgencyIdentity, type AgencyKind } from "../index/agency/identity.ts";
import { regionShortNames } from "../index/agency/forms.ts";
import { shortForms } from "../index/agency/abbreviate.ts";
import { isUnknownAgency } from "../index/read/untitled.ts";
import type { AgencyMention, AgencyName, BodiesAsked } from "./understand.ts";
import type { AnswerFigure } from "../index/schema.ts";
import type { Unheld } from "./held-choices.ts";
import { COUNT } from "./place-field.ts";
import { atLevel } from "./level-said.ts";
import { parentPlace } from "./parent-scope.ts";

/**
 * Whose figure, in headlines and lists: the place for a people's government (赣州市), the agency
 * itself for any other body (赣州市人力资源和社会保障局: a department's figure is not its place's).
 */
export function whose(f: Pick<AnswerFigure, "agency" | "region">): string {
  if (!f.agency) return f.region;
  return identify(f.agency).kind === "government" ? f.region || f.agency : f.agency;
}

/**
 * A name that names no loaded report: what its place has instead (硚口区退役军人事务局 → 硚口区没有
 * 已收录的报告; 溪桐县公安局 → 溪桐县已收录的是…), never another place's body of that name.
 */
export function notLoadedText(said: string, names: readonly AgencyName[], have: string): string {
  const head = `没有找到“${said}”的年度报告。`;
  // the longest place form the name starts with (溪桐县 before 溪桐), and the bodies of that place
  const byForm = placeForms(names);
  // 资阳市发改委: a place said with its level is that place — 资阳区's short form 资阳 cuts 资阳市 in two
  const typed = splitUnits(said).units;
  const cuts = (k: number) => typed.length > 0 && k < typed.join("").length && !typed.some((_, j) => typed.slice(0, j + 1).join("").length === k);
  let place = "";
  let own: readonly AgencyName[] = [];
  for (let k = said.length; k > 0 && !own.length; k--) {
    place = said.slice(0, k);
    own = cuts(k) ? [] : (byForm.get(place) ?? []);
  }
  const town = own.length ? townElsewhere(said.slice(place.length), placeOf(own[0]!) || place, names, byForm) : null;
  if (town) return `${head}${town}`;
  if (own.length) {
    const listed = groupByKind(own).flatMap((g) => g.agencies).slice(0, MAX_CHOICES).map((a) => a.agency).join("、");
    const ownRegion = placeOf(own[0]!);
    return `${head}${ownRegion || place}已收录的是：${listed}${own.length > MAX_CHOICES ? ` 等 ${own.length} 个机关` : ""}。`;
  }
  const { units } = splitUnits(said);
  if (units.length) return `${head}${units.join("")}没有已收录的报告。已收录：${have}。`;
  return `${head}已收录：${have}。`;
}

/**
 * 棠垣县青杉镇 when 青杉镇 is 萝浦县's: where the township said is, and the townships the place said
 * has (null when what follows the place is no township's name).
 */
function townElsewhere(town: string, place: string, names: readonly AgencyName[], byForm: Map<string, AgencyName[]>): string | null {
  if (!/^\p{Script=Han}{1,6}(?:镇|乡|街道)$/u.test(town)) return null;
  const under = (a: AgencyName, p: string) => [...identify(a.agency).parents, ...(a.parents ?? [])].includes(p);
  const there = (byForm.get(town) ?? []).filter((a) => identify(a.agency).kind === "township" && !under(a, place));
  const own = names.filter((a) => identify(a.agency).kind === "township" && under(a, place));
  // a town titled without its county (沙湄乡人民政府): the county its report states, said with it
  const named = (a: AgencyName) => {
    const parent = [...identify(a.agency).parents, ...(a.parents ?? [])].at(-1);
    return parent && !a.agency.includes(parent) ? `${a.agency}（${parent}）` : a.agency;
  };
  const where = there.length ? `已收录的${town}是${[...new Set(there.map(named))].join("、")}，不在${place}。` : "";
  const listed = own.slice(0, MAX_CHOICES).map((a) => a.agency).join("、");
  const have = own.length ? `${place}已收录的乡镇（街道）是：${listed}${own.length > MAX_CHOICES ? ` 等 ${own.length} 个` : ""}。` : `${place}没有已收录的乡镇（街道）报告。`;
  return `${where}${have}`;
}

/** The place a body is in: a city bureau's 分局 is in the place it is named after (砚州市生态环境局芦渡分局: 芦渡县). */
function placeOf(a: AgencyName): string {
  const id = identify(a.agency);
  return id.branchOf ? id.region : a.region || id.region;
}

const formsOf = new WeakMap<readonly AgencyName[], Map<string, AgencyName[]>>();

/**
 * Each loaded body by the forms of its place's name (溪桐县, 溪桐), in the names' order: made once
 * per set of names (a store's), so that a name no report has costs a look-up per prefix, not a pass
 * over every body.
 */
function placeForms(names: readonly AgencyName[]): Map<string, AgencyName[]> {
  let byForm = formsOf.get(names);
  if (byForm) return byForm;
  byForm = new Map();
  for (const a of names) {
    const region = placeOf(a);
    if (!region) continue;
    for (const f of new Set([region, ...regionShortNames(region)])) {
      const list = byForm.get(f);
      if (list) list.push(a);
      else byForm.set(f, [a]);
    }
  }
  formsOf.set(names, byForm);
  return byForm;
}

/** Choices shown when asking back; the rest are counted. */
export const MAX_CHOICES = 8;

/**
 * “浔阳”可以指 2 个机关 … : the choices numbered across the kind groups, in the order of
 * `choices` (so a reply “2” means choices[1]).
 */
export function clarifyAgency(questionText: string, m: AgencyMention, said = m.text, unheld?: Unheld): { text: string; choices: string[]; notes: string[] } {
  const groups = groupByKind(m.matches);
  const ordered = groups.flatMap((g) => g.agencies);
  const shown = ordered.slice(0, MAX_CHOICES);
  // the bodies left out for lacking the year asked are counted among those the name fits (held-choices.ts)
  const fits = ordered.length + (unheld && !unheld.none ? unheld.bodies.length : 0);
  // A place whose government has no report: its departments are not what the place's name means.
  const head = m.noGovernment
    ? `没有${said}人民政府（或其办公室）的报告，${said}的数字不能用其他机关的数字代替。${said}已收录 ${fits} 个机关的报告，您问的是其中哪一个？（回复序号或名称）`
    : `“${said}”可以指 ${fits} 个机关，您问的是哪一个？（回复序号或名称）`;
  const lines = [head];
  let n = 0;
  for (const g of groups) {
    const inGroup = g.agencies.filter((a) => shown.includes(a));
    if (!inGroup.length) continue;
    lines.push(`${g.label}：${inGroup.map((a) => `${++n}. ${a.agency}`).join("  ")}`);
  }
  if (ordered.length > shown.length) lines.push(`另有 ${ordered.length - shown.length} 个未列出，请写出机关全称或加上地名。`);
  // a note, so that a chat (which draws the choices as buttons) says it too
  const notes = unheld ? [unheldNote(unheld)] : [];
  return { text: [...lines, ...notes.map((x) => `注：${x}`)].join("\n"), choices: shown.map((a) => replaceName(questionText, m.text, a.agency)), notes };
}

/** “都没有 2020 年的报告；已有：…” or “没有 2023 年报告的：…”, each body with the years it has. */
function unheldNote(u: Unheld): string {
  const years = `${u.years.join("、")} 年`;
  const listed = `${u.bodies.slice(0, MAX_CHOICES).map((b) => `${b.agency}（${b.had} 年）`).join("、")}${u.bodies.length > MAX_CHOICES ? ` 等 ${u.bodies.length} 个` : ""}`;
  return u.none ? `它们都没有 ${years}的报告；各自已有：${listed}。` : `没有 ${years}报告的：${listed}。`;
}

/** 县政府, 区政府办, 省政府, 省里, 街道: a body named by its level alone, no place. */
const PLACELESS = /(省|县|区|市|镇|乡|街道)(?:(?:人民)?政府(办公室|办公厅|办)?|里(?![面的]))/u;

/**
 * A question that names no agency while several are loaded: which one? The choices are the bodies
 * the words fit (县政府 → the county governments), else the governments first, then the rest.
 */
export function askWhichAgency(questionText: string, names: readonly AgencyName[], held?: (fits: AgencyName[]) => { held: AgencyName[]; unheld?: Unheld }): { text: string; choices: string[]; notes: string[] } {
  // of the bodies the words fit, those with a report for the year asked (held-choices.ts heldSplit)
  const ask = (said: string, fits: AgencyName[]) => {
    const split = held?.(fits) ?? { held: fits };
    return clarifyAgency(questionText, { text: said, matches: split.held }, said, split.unheld);
  };
  const said = PLACELESS.exec(questionText);
  const fits = (a: AgencyName) => {
    const id = identify(a.agency);
    if (!said) return true;
    const level = said[1] ?? "";
    // 省政府 is the province's, 市政府 a city's (not a county-level city's): level-said.ts
    return (said[2] ? id.kind === "office" : governsPlace(id.kind)) && (/^[省市县区]$/u.test(level) ? atLevel(level, id) : id.region.endsWith(level));
  };
  // 交通局…: the bodies the department word fits, not the governments first
  const word = said ? null : bodyWordFits(questionText, names);
  if (word) return ask(word.form, groupByKind(word.agencies).flatMap((g) => g.agencies));
  const fitting = names.filter(fits);
  const pool = fitting.length ? fitting : names;
  const rank = (a: AgencyName) => ["government", "office", "township", "zone"].indexOf(identify(a.agency).kind) >>> 0;
  const ordered = [...pool].sort((a, b) => rank(a) - rank(b));
  if (said) return ask(said[0], ordered);
  const shown = ask("", ordered);
  return { ...shown, text: ["您问的是哪个地区或机关？（回复序号或名称）", ...shown.text.split("\n").slice(1)].join("\n") };
}

/** A body's name or short form in the question (交通局, 退役军人事务局) and the loaded bodies it names, the longest form said first. */
function bodyWordFits(questionText: string, names: readonly AgencyName[]): { form: string; agencies: AgencyName[] } | null {
  let best: { form: string; agencies: AgencyName[] } | null = null;
  for (const a of names) {
    const id = identify(a.agency);
    if (governsPlace(id.kind) || !id.region) continue;
    const short = shortForms(id.branchOf ?? id.body);
    for (const f of [id.body, ...short.exact, ...short.loose]) {
      if (f.length < 3 || !questionText.includes(f) || (best && f.length < best.form.length)) continue;
      if (!best || f.length > best.form.length) best = { form: f, agencies: [] };
      if (!best.agencies.includes(a)) best.agencies.push(a);
    }
  }
  return best;
}

function replaceName(question: string, said: string, agency: string): string {
  return question.includes(said) ? question.replace(said, agency) : `${agency} ${question}`;
}

/** “浔阳区”按浔阳区人民政府回答；浔阳区另有 3 个机关的报告 … */
export function placeNote(m: AgencyMention, agency: AgencyName): string | null {
  if (!m.others) return null;
  return `“${m.text}”按${agency.agency}的报告回答；${agency.region}另有 ${m.others} 个部门（单位）的报告，问它们请写出名称或简称（如“${agency.region}住建局”）。`;
}

// ---------------------------------------------------------------------------------------------
// Rankings: like with like

export interface RankPool {
  /** Does this agency take part? */
  admits(agency: string): boolean;
  /** What was compared, in words: “人民政府”, “区、县人民政府”, “人社局”. */
  label: string;
  /** Equal for pools admitting the same agencies (a ranking's field filtered by a pool is kept by it). */
  key: string;
  /** What the pool assumed, said with the answer (bodies counted under a place no name or gazetteer puts them under). */
  note?: string;
  /** 省直部门 with no place named: the places whose bodies of that level the field spans, when several (a total over them is asked back). */
  places?: string[];
  /** Bodies of the field's kind that nothing places in or out of the place asked (赵州镇 for 邹城市各乡镇): left out, said so (unplaced.ts). */
  unsure?: readonly string[];
  /**
   * The kinds of body the pool can admit (identify(agency).kind), when it admits none of any other:
   * a store that keeps each agency's kind (store/agency-columns.ts) leaves the others out without
   * asking `admits` (a year's first ranking asks it of ~8 000 agencies at 50 000 reports, most of
   * them departments when governments are compared). Absent: every kind is asked.
   */
  kinds?: readonly AgencyKind[];
}

/** A development zone or area (栖梧高新技术产业开发区) ends in 区 but is no district of the administrative levels. */
const ZONE = /(?:开发区|高新区|园区|示范区|试验区|合作区|保税区|自贸区)$/u;

/** 三个县, 两个区 (place-field.ts): the places of a level counted, as 各县 names them all. */
const counted = (level: string) => new RegExp(`${COUNT}\\s*个?(?:${level})`, "u");

/** A county-level city (乐清市): the gazetteer's level, or a 市 printed under its prefecture (汐原市岚江市). */
const countyCity = (id: AgencyIdentity) => /市$/u.test(id.region) && id.level === "county";
/** A county (县, 自治县) or a banner (旗, 自治旗): what 哪个县 means — not a district, not a county-level city. */
const county = (id: AgencyIdentity) => /(?:县|旗)$/u.test(id.region);
const district = (id: AgencyIdentity) => /区$/u.test(id.region);

/**
 * A level of places named (哪个县, 各区, 三个县): the test, the places it admits, the places and
 * their governments in words. One rule for a level's governments and for a body at that level
 * (哪个县 / 哪个县的教育局 take the same places). 哪个县 is the counties and banners; a county-level
 * city only when the words say 市 (县市, 县（市）, 县级市, 区县市) — the answer names the county-level
 * places it left out.
 */
const LEVEL_WORDS: [RegExp, (id: AgencyIdentity) => boolean, string, string, boolean][] = [
  // 区县市, 县市区, 县（市、区）: the county-level cities too
  [/区县市|县市区|区市县|区县[（(]市[)）]|县[（(]市、区[)）]/u, (id) => county(id) || district(id) || countyCity(id), "区、县（市）", "区、县（市）人民政府", true],
  [/县级市/u, countyCity, "县级市", "县级市人民政府", true],
  // 县市, 县（市）: the counties and the county-level cities
  [/县市|县[（(]市[)）]/u, (id) => county(id) || countyCity(id), "县（市）", "县（市）人民政府", true],
  // 区县, 县区: the county level (a county-level city is one too), never the prefecture over them
  [/区县|县区/u, (id) => county(id) || district(id) || countyCity(id), "区、县（市）", "区、县（市）人民政府", true],
  // 哪个县 is a county, not a district (and the other way round)
  [new RegExp(`哪(?:个|些|一个)?县(?![级市区])|各县(?![级市区])|${counted("县(?![区市级])").source}`, "u"), county, "县", "县人民政府", false],
  [new RegExp(`哪(?:个|些|一个)?区|各区|${counted("区(?!县)").source}`, "u"), district, "区", "区人民政府", false],
  // 各市, 哪个市, 地级市: the prefecture-level cities — a county-level city is named as left out
  [new RegExp(`哪(?:个|些|一个)?(?:地级市|设区的?市|市|城市)|各(?:地级|设区的?)?市|地市|地级市|${counted("市").source}`, "u"), (id) => /市$/u.test(id.region) && !countyCity(id), "市", "市人民政府", false],
  [/哪(?:个|些|一个)?省|各省/u, (id) => /(?:省|自治区)$/u.test(id.region), "省", "省级人民政府", false],
];

/**
 * Words naming a field of bodies (哪个部门, 各乡镇街道, 县直部门, 哪个垂直管理部门, 街道办事处 …):
 * the kinds of body meant, the end of their place's name when the word says more than the kind
 * (街道 → streets, not towns), and the label. One table for rankings, for reading the question
 * (understand.ts findBodiesAsked) and for asking back (那个局 → which of the place's bureaus?).
 */
export interface PoolWord {
  say: readonly string[];
  kinds: readonly AgencyKind[];
  region?: RegExp;
  /** The end of the body's name when the word says it (哪个局: a 局, or a 委 by README's 委 for 局 — no 中心, no 大队). */
  ends?: RegExp;
  label: string;
}

const TOWNSHIP_KINDS: AgencyKind[] = ["township", "government"];

/**
 * The words for a place's own departments, made by their parts: a level (省, 市, 县 …; left out right
 * after a place that ends in it: 霖江省直部门), 直 / 级 / 直属, and 部门 / 单位 / 机关; and the
 * words naming them by their endings (委办局, 委办厅局, 厅局).
 */
const OWN_DEPARTMENTS: readonly string[] = [
  ...["省", "市", "州", "盟", "县", "区", "旗", ""].flatMap((level) => ["直属", "直", "级"].flatMap((how) => ["部门", "单位", "机关"].map((noun) => `${level}${how}${noun}`))),
  "组成部门", "职能部门", "所属部门", "下属部门", "所属单位", "下属单位", "委办厅局", "委办局", "厅局",
];
const TOWNSHIP = /(?:镇|乡|街道)$/u;

export const POOL_WORDS: readonly PoolWord[] = [
  { say: ["政府办", "办公室", "办公厅", "办"], kinds: ["office"], label: "政府办公室" },
  // 乡镇 as people say it takes in the streets (乡镇（街道）), 镇街 too
  { say: ["乡镇街道", "街道乡镇", "乡镇(街道)", "乡镇街", "镇街", "街镇", "镇街道", "乡镇", "镇", "乡"], kinds: TOWNSHIP_KINDS, region: TOWNSHIP, label: "乡镇（街道）" },
  { say: ["街道办事处", "街道办", "街道"], kinds: TOWNSHIP_KINDS, region: /街道$/u, label: "街道" },
  // bodies managed from above (税务, 气象, 烟草 …), not the place's own departments
  { say: ["垂直管理部门", "垂直管理机构", "垂直管理单位", "垂直部门", "垂直机构", "垂直单位", "垂管部门", "垂管单位", "垂管机构"], kinds: ["vertical"], label: "垂直管理机构" },
  // 县直部门, 省直单位, 市级机关, 各委办厅局: the place's own departments (and its office), not the bodies managed from above
  { say: OWN_DEPARTMENTS, kinds: ["department", "office"], label: "本级部门（单位）" },
  // a place's 部门 are its own; 单位 / 机关 take in the bodies managed from above too
  { say: ["部门"], kinds: ["department", "office", "other"], label: "各部门" },
  { say: ["单位", "机关"], kinds: ["department", "office", "vertical", "other"], label: "各部门（单位）" },
  { say: ["委员会", "局", "委"], kinds: ["department", "vertical"], ends: /(?:局|委员会|委)$/u, label: "各部门" },
  { say: ["管委会"], kinds: ["zone"], label: "开发区（园区）管委会" },
];

/** The table's phrases, longest first (for reading them in a question). */
export const POOL_PHRASES: readonly string[] = POOL_WORDS.flatMap((w) => w.say).sort((a, b) => b.length - a.length);

/** The entry of a phrase of the table (部门 → the departments' entry); the widest one for a word not in it. */
export function poolWord(word: string): PoolWord {
  return POOL_WORDS.find((w) => w.say.includes(word)) ?? POOL_WORDS.find((w) => w.say.some((s) => word.includes(s))) ?? (POOL_WORDS.find((w) => w.say.includes("部门")) as PoolWord);
}

/** Does the agency belong to the field the word names (kind, and the end of its place's name when the word says it)? */
function inField(w: PoolWord, agency: string): boolean {
  const id = identify(agency);
  // an upper body's unit sitting in the place (砚州市生态环境局芦渡分局, …中心芦渡县管理部) is the place's
  // vertically managed unit too (a department by its name, summed with its place's departments with a note: answerer.ts)
  const kind = w.kinds.includes(id.kind) || (!!id.branchOf && w.kinds.includes("vertical"));
  return kind && (!w.region || w.region.test(id.region)) && (!w.ends || w.ends.test(id.body));
}

/** Of the bodies a field word's kinds take, those it leaves out by their name's end (named in the ranking's note). */
function leftByName(w: PoolWord, agency: string): boolean {
  const id = identify(agency);
  return w.kinds.includes(id.kind) && (!w.region || w.region.test(id.region)) && !inField(w, agency);
}

/** Where a question names a kind of body without 哪个 / 各 (政府办, 街道 …), in order of precedence. */
const BODY_SAID: [RegExp, string][] = [
  [/政府办|办公室|办公厅|哪个办|各办/u, "办"],
  [/乡镇|哪(?:个|些|一个)?镇|各镇/u, "乡镇"],
  [/街道/u, "街道"],
  [/哪(?:个|些|一个)?(?:开发区|园区|高新区|新区)|各(?:开发区|园区|高新区|新区)|管委会/u, "管委会"],
  [/垂直/u, "垂直"],
  [/单位|机关/u, "单位"],
  [/部门/u, "部门"],
  [/局|委员会|哪(?:个|些|一个)?委|各委/u, "局"],
];

/** 县里哪个乡镇, 全县各部门: the field is a county's (any loaded county's, when none is named). */
const COUNTY_SAID = /县里|县内|全县|本县|县域/u;

/**
 * The bodies a ranking compares: those a name in the question fits (哪个人社局 → every 人社局), a
 * level the question names (哪个区 → district and county governments), the kind of body it names
 * (哪个部门, 各局, 哪个街道), or by default the people's governments. A place named beside them
 * scopes the field (浔阳区哪个部门 → 浔阳区's departments; 赣州市哪个区县 → the counties under 赣州市).
 */
export function rankPool(questionText: string, mentions: readonly AgencyMention[], bodies: BodiesAsked | null = null, names: readonly AgencyName[] = []): RankPool {
  const pool = kindPool(questionText, mentions, bodies, names);
  // Each agency is asked once per pool (equal keys admit the same agencies) and set of names: a
  // year's rankings by several figures, and other years, ask the same pool about the same agencies.
  const memo = kept(names, admitted, pool.key, () => new Map<string, boolean>());
  const admits = (a: string): boolean => {
    let ok = memo.get(a);
    // A report whose agency could not be read (index/read/untitled.ts) is nobody's: it is never ranked.
    if (ok === undefined) memo.set(a, (ok = !isUnknownAgency(a) && pool.admits(a)));
    return ok;
  };
  // what is kept by the key (a ranking kept for every replica) follows the parents the reports state now
  const mark = statedMark();
  return { ...pool, key: `${pool.key}|${FIELD_RULES}${mark ? `|${mark}` : ""}`, admits };
}

/**
 * The rules deciding which bodies a field holds: changed when they change (2: a place under a
 * county-level city lies under its city too; 3: a field word's kinds in its key — 哪个局 and 哪个部门 share
 * the label 各部门), so a page kept in PostgreSQL by an older rule is not read.
 */
const FIELD_RULES = "f4";

/** How many pools' answers (and scopes' fields) are kept per set of names. */
const POOLS_KEPT = 64;
const admitted = new WeakMap<readonly AgencyName[], Map<string, Map<string, boolean>>>();
const underScopes = new WeakMap<readonly AgencyName[], Map<string, ReturnType<typeof underScope>>>();

/** What `make` gives for this set of names (a store's: the same array until its reports change) and key, kept. */
function kept<T>(names: readonly AgencyName[], by: WeakMap<readonly AgencyName[], Map<string, T>>, key: string, make: () => T): T {
  let made = by.get(names);
  if (!made) by.set(names, (made = new Map()));
  let hit = made.get(key);
  if (hit === undefined) {
    if (made.size >= POOLS_KEPT) made.clear();
    made.set(key, (hit = make()));
  }
  return hit;
}

function kindPool(questionText: string, mentions: readonly AgencyMention[], bodies: BodiesAsked | null, names: readonly AgencyName[]): RankPool {
  // a place without a report of its government (its bodies' names matched) scopes the field; it is not the field;
  // so does a place with no report of its own over loaded ones (武汉哪个区: parent-scope.ts)
  const scope = rankScope(mentions, names);
  const named = mentions.find((m) => m.matches.length > 1 && !m.noGovernment);
  // 哪个市场监督管理局: a level's word inside the name asked about is part of the name
  const at = named ? questionText.indexOf(named.text) : -1;
  const end = at + (named?.text.length ?? 0);
  const level = LEVEL_WORDS.find(([said]) => {
    const m = said.exec(questionText);
    return m !== null && !(at >= 0 && at < m.index + m[0].length && end > m.index);
  });
  const set = new Set(named?.matches.map((a) => a.agency));
  const atLevel = (a: string) => !!level && level[1](identify(a)) && !ZONE.test(identify(a).region) && identify(a).region !== scope;
  // what lies under the scope, worked out once per set of names, scope, level and field (it passes every name)
  const field = `${scope ?? ""}|${level?.[2] ?? ""}|${named ? [...set].sort().join("|") : "governments"}`;
  const under = kept(names, underScopes, field, () => underScope(scope, names, named ? (a) => set.has(a) && atLevel(a) : (a) => identify(a).kind === "government" && atLevel(a)));
  const underPlace = under.admits;
  if (named) {
    // 哪个县的教育局, 三个县的财政局: the bodies of that name at that level (a city's 教育局 is no county's)
    if (level) {
      const label = `${scope ?? ""}各${level[2]}的${named.text}`;
      const admits = (a: string) => set.has(a) && atLevel(a) && underPlace(a);
      // the bodies of that name the level leaves out, named (汐原市教育局 is the city's)
      const out = named.matches.map((a) => a.agency).filter((a) => !admits(a));
      const notes = [...(out.length ? [`${out.slice(0, 10).join("、")}${out.length > 10 ? ` 等 ${out.length} 个机关` : ""}不是${scope ? `${scope}下辖` : ""}${level[2]}的${named.text}，未参加比较。`] : []), ...unknownCities(level, out, names), ...(under.note ? [under.note] : [])];
      return { admits, label, key: `named:${label}:${under.key}:${[...set].sort().join("|")}`, ...(notes.length ? { note: notes.join("") } : {}) };
    }
    return { admits: (a) => set.has(a), label: named.text, key: `named:${[...set].sort().join("|")}` };
  }
  // within the place itself (its departments) or under it (its counties, townships)
  const inPlace = (a: string) => !scope || identify(a).region === scope;
  const county = !scope && COUNTY_SAID.test(questionText);
  const inCounty = (a: string) => !county || [...identify(a).chain, ...identify(a).parents].some((u) => /(?:县|旗)$/u.test(u));
  // the field the question names with 哪个 / 各 / 所有 or right after the place (县直部门, 街道办事处)
  const asked = bodies?.which ? poolWord(bodies.word) : null;
  if (!asked && level) {
    const label = `${scope ?? ""}${level[3]}`;
    const admits = (a: string) => identify(a).kind === "government" && atLevel(a) && underPlace(a);
    // the county-level governments the level leaves out, named, as for a body at that level (汀北区 is no 县)
    const out = names.map((n) => n.agency).filter((a) => identify(a).kind === "government" && identify(a).level === "county" && !admits(a) && underPlace(a) && identify(a).region !== scope);
    const cities = names.map((n) => n.agency).filter((a) => identify(a).kind === "government" && !admits(a) && underPlace(a) && identify(a).region !== scope);
    // 各市: a county-level city is a 市 but not of that level, said so (桂山市是县级市)
    const small = level[2] === "市" ? [...new Set(out.filter((a) => countyCity(identify(a))).map((a) => identify(a).region))] : [];
    const notOf = [...new Set(out.map((a) => identify(a).region))].filter((r) => !small.includes(r));
    const notes = [
      ...(notOf.length ? [`${notOf.slice(0, 10).join("、")}${notOf.length > 10 ? ` 等 ${notOf.length} 个地方` : ""}不是${scope ? `${scope}下辖的` : ""}${level[2]}，未参加比较。`] : []),
      ...(small.length ? [`${small.slice(0, 10).join("、")}${small.length > 10 ? ` 等 ${small.length} 个市` : ""}是县级市，不是地级市，未参加比较（问县级市请说“县级市”或“县市”）。`] : []),
      ...unknownCities(level, cities, names),
      ...cityLevelUnknown(level, names, admits),
      ...(under.note ? [under.note] : []),
    ];
    return { admits, label, key: `level:${label}:${under.key}`, kinds: GOVERNMENTS, ...(notes.length ? { note: notes.join("") } : {}) };
  }
  const word = asked ?? BODY_SAID.find(([said]) => said.test(questionText))?.[1];
  if (word) {
    const w = typeof word === "string" ? poolWord(word) : word;
    const townships = w.kinds.includes("township");
    // 哪个区县政府办, 各县的部门: a level of places said as well — those places' bodies only, as for their governments
    const leveled = !townships && level && !levelInField(questionText, level[0], bodies) ? level : null;
    const within = townships ? (a: string) => underPlace(a) && identify(a).region !== scope : leveled ? (a: string) => atLevel(a) && underPlace(a) : inPlace;
    // 省直部门, 全省各部门 with no place named: the bodies of that level (a province's, not a city's)
    const lv = scope || townships ? null : fieldLevel(bodies?.text ?? "");
    const atFieldLevel = (a: string) => !lv || levelSaid(identify(a)) === lv[0];
    // 哪个教育部门: the departments whose name (or a short form of it) says that line of work
    const domain = bodies?.domain;
    const ofDomain = (a: string) => !domain || [identify(a).body, ...Object.values(shortForms(identify(a).body)).flat()].some((f) => f.includes(domain));
    const label = domain ? `${scope ?? lv?.[1] ?? ""}${domain}部门` : lv ? `${lv[1]}${w.label.replace(/^(?:本级|各)/u, "")}` : leveled ? `${scope ?? ""}${leveled[2]}${w.label.replace(/^(?:本级|各)/u, "")}` : `${scope ?? (county ? "县属" : "")}${w.label}`;
    const admits = (a: string) => inField(w, a) && within(a) && inCounty(a) && atFieldLevel(a) && ofDomain(a);
    // a place's field: the bodies of that kind that nothing places in it or elsewhere (a town printed without its county, a body without a place)
    const placeless = (a: string) => (townships ? identify(a).parents.length === 0 && identify(a).chain.length <= 1 && identify(a).region !== scope : !identify(a).region);
    const unsure = scope && !leveled ? [...new Set(names.map((n) => n.agency).filter((a) => inField(w, a) && !admits(a) && placeless(a) && !isUnknownAgency(a) && atFieldLevel(a) && ofDomain(a)))] : [];
    const unsureOf = unsure.length ? { unsure } : {};
    if (leveled) {
      // the bodies of that kind the level leaves out, named (菱州市人民政府办公室 is the city's)
      const out = names.map((n) => n.agency).filter((a) => inField(w, a) && !admits(a) && underPlace(a) && identify(a).region !== scope);
      const note = out.length ? `${out.slice(0, 10).join("、")}${out.length > 10 ? ` 等 ${out.length} 个机关` : ""}不是${scope ? `${scope}下辖` : ""}${leveled[2]}的${w.label.replace(/^(?:本级|各)/u, "")}，未参加比较。` : null;
      return { admits, label, key: `body:${label}:${under.key}:${fieldKey(w)}`, kinds: fieldKinds(w), ...(note ? { note } : {}) };
    }
    // 省直部门 with no province named, in a corpus of several provinces: whose departments were compared, said
    const places = lv ? [...new Set(names.filter((n) => admits(n.agency)).map((n) => identify(n.agency).region))] : [];
    const severalNote = places.length > 1 ? `问题没有说是哪个地方的${lv?.[1]}部门：已收录的属于 ${places.length} 个地方（${places.slice(0, 10).join("、")}${places.length > 10 ? " 等" : ""}），都参加比较；只问一个请加上地名（如“${places[0]}${bodies?.text ?? ""}”）。` : null;
    // 哪个局: the bodies of the field's kinds whose name ends otherwise (融媒体中心, 消防救援大队), named as left out
    const byName = [...new Set(names.map((n) => n.agency).filter((a) => leftByName(w, a) && within(a) && inCounty(a) && atFieldLevel(a) && ofDomain(a)))];
    const byNameNote = byName.length ? `${byName.slice(0, 10).join("、")}${byName.length > 10 ? ` 等 ${byName.length} 个机关` : ""}名称不是“局”或“委”，未参加比较。` : null;
    const note = [severalNote, byNameNote].filter((n) => n).join("") || null;
    return { admits, label, key: `body:${label}:${under.key}:${fieldKey(w)}`, kinds: fieldKinds(w), ...(note ? { note } : {}), ...(severalNote ? { places } : {}), ...unsureOf };
  }
  return { admits: (a) => identify(a).kind === "government" && underPlace(a), label: `${scope ? `${scope}及下辖` : ""}人民政府`, key: `governments:${scope ?? ""}`, kinds: GOVERNMENTS };
}

/**
 * What a field word admits beyond its label, in a pool's key: two words may share a label (哪个部门 and
 * 哪个局 are both “各部门”) and admit different kinds (局 no 政府办), and pools of equal keys share
 * what they admitted — the second asked answered with the first's field.
 */
function fieldKey(w: PoolWord): string {
  return `${w.kinds.join("+")}${w.region ? `/${w.region.source}` : ""}${w.ends ? `$${w.ends.source}` : ""}`;
}

/** The kinds of body a field word's pool may admit (RankPool.kinds): a vertical field takes in the branches, departments by kind (inField). */
function fieldKinds(w: PoolWord): readonly AgencyKind[] {
  return w.kinds.includes("vertical") && !w.kinds.includes("department") ? [...w.kinds, "department"] : w.kinds;
}

/** The kinds a pool of governments admits (RankPool.kinds). */
const GOVERNMENTS: readonly AgencyKind[] = ["government"];

/** 哪些市直部门: the level's word (哪些市) is the field's own (市直部门), no level of places. */
function levelInField(text: string, said: RegExp, bodies: BodiesAsked | null): boolean {
  const m = said.exec(text);
  const at = bodies ? text.indexOf(bodies.text) : -1;
  return !!m && at >= 0 && m.index < at + (bodies as BodiesAsked).text.length && m.index + m[0].length > at;
}

/** The level a field's word says (省直部门, 全省各单位, 市级机关, 县直各部门): the level and its name. */
function fieldLevel(said: string): [string, string] | null {
  // 哪些市直部门, 所有县直单位: the which-word before the level is no part of it
  const m = /^(?:哪一个|哪个|哪些|哪几个|各个|所有的?|全部的?|每个)?(?:全|各)?([省市州盟县区旗])(?:直属|直|级|各|所有|的|部门|单位|机关)/u.exec(said);
  if (!m) return null;
  const level = m[1] === "省" ? "province" : /[市州盟]/u.test(m[1] as string) ? "city" : "county";
  return [level, { province: "省级", city: "市级", county: "县级" }[level]];
}

/**
 * A level that takes county-level cities (区县, 县市, 县级市 …): each 市 it left out, and why — a
 * prefecture (the gazetteer's, or one a loaded place is printed under: 砚州市鸣泉区), or a 市 whose
 * level nothing tells (neither the gazetteer nor any name), which is never guessed.
 */
function unknownCities(level: (typeof LEVEL_WORDS)[number], left: readonly string[], names: readonly AgencyName[]): string[] {
  if (!level[4]) return [];
  const cities = [...new Set(left.map((a) => identify(a)).filter((id) => /市$/u.test(id.region) && id.level !== "county").map((id) => id.region))];
  if (!cities.length) return [];
  const over = new Map<string, string>();
  for (const n of names) {
    const id = identify(n.agency);
    for (const p of [...id.chain.slice(0, -1), ...id.parents]) if (cities.includes(p) && !over.has(p)) over.set(p, id.region);
  }
  const upper = cities.filter((c) => over.has(c) || identify(`${c}人民政府`).level === "city");
  const unknown = cities.filter((c) => !upper.includes(c));
  const list = (xs: string[]) => `${xs.slice(0, 10).join("、")}${xs.length > 10 ? ` 等 ${xs.length} 个市` : ""}`;
  return [
    ...(upper.length ? [`${list(upper)}是地级市（${upper.slice(0, 3).map((c) => (over.has(c) ? `${over.get(c)}在${c}下面` : `${c}见地名表`)).join("，")}），不是县级，未参加比较。`] : []),
    ...(unknown.length ? [`${list(unknown)}不在地名表中，名称也没有写明上级，不知是否县级市，未参加比较。`] : []),
  ];
}

/**
 * 各市 ranks the cities not known to be county-level; those whose level nothing tells (not in the
 * gazetteer, no place printed under them, no parent printed) are named: one may be a county-level city.
 */
function cityLevelUnknown(level: (typeof LEVEL_WORDS)[number], names: readonly AgencyName[], admits: (a: string) => boolean): string[] {
  if (level[2] !== "市") return [];
  const over = new Set(names.flatMap((n) => identify(n.agency).chain.slice(0, -1)));
  const unknown = [...new Set(names.map((n) => n.agency).filter((a) => admits(a) && identify(a).level === null && !identify(a).parents.length && !over.has(identify(a).region)).map((a) => identify(a).region))];
  if (!unknown.length) return [];
  return [`${unknown.slice(0, 10).join("、")}${unknown.length > 10 ? ` 等 ${unknown.length} 个市` : ""}不在地名表中，名称也没有写明上级或下辖，层级不明（其中可能有县级市），按市计入。`];
}

/**
 * The place a ranking's field lies in or under: one named alone and taken for its government, or
 * one whose government has no report (its bodies are what the name matched), all of one place.
 */
function scopeOf(mentions: readonly AgencyMention[]): string | null {
  // the place's government, or the one body a place named alone was taken for (济宁市 → its office, no government loaded)
  const place = mentions.find((m) => m.matches.length === 1 && (governsPlace(identify((m.matches[0] as AgencyName).agency).kind) || placeAlone(m)))?.matches[0];
  if (place) return place.region || identify(place.agency).region;
  const regions = new Set(mentions.find((m) => m.noGovernment)?.matches.map((a) => a.region || identify(a.agency).region));
  return regions.size === 1 ? ([...regions][0] as string) : null;
}

/** The mention is a place's name alone (济宁市, 邹城, 山东省济宁市), whatever body it was taken for. */
function placeAlone(m: AgencyMention): boolean {
  const one = m.matches[0];
  if (!one) return false;
  const region = one.region || identify(one.agency).region;
  const said = m.text.replace(/的$/u, "");
  const { units, rest, prefix } = splitUnits(said);
  return !!region && ((units.at(-1) === region && !rest && !prefix) || regionShortNames(region).includes(said));
}

/** The place a ranking's field lies in or under (scopeOf), or a place with no report over loaded ones (武汉哪个区: parent-scope.ts). */
export function rankScope(mentions: readonly AgencyMention[], names: readonly AgencyName[]): string | null {
  return scopeOf(mentions) ?? mentions.map((m) => (m.matches.length ? null : parentPlace(m.text, names))).find((p) => p) ?? null;
}

/** Lies under the place by its printed name or the gazetteer's parents. */
export const knownUnder = (scope: string, a: string) => identify(a).region === scope || identify(a).parents.includes(scope) || identify(a).chain.includes(scope);

/**
 * Which bodies lie under the scope: those its name or the gazetteer puts there. When no loaded body
 * of the field is known to lie under it (汐原市 and its counties, neither in the gazetteer nor named
 * with their city), the field's bodies whose parents nothing tells are counted under it — and the
 * answer says so, naming them; a body known to lie under another place never is.
 */
function underScope(scope: string | null, names: readonly AgencyName[], inField: (a: string) => boolean): { admits: (a: string) => boolean; note: string | null; key: string } {
  if (!scope) return { admits: () => true, note: null, key: "" };
  const known = (a: string) => knownUnder(scope, a);
  const unknown = (a: string) => identify(a).parents.length === 0 && identify(a).chain.length <= 1;
  if (names.some((n) => inField(n.agency) && known(n.agency))) {
    // some are placed (by name, gazetteer or their own report): the unplaced are left out, and named
    const unplaced = [...new Set(names.filter((n) => inField(n.agency) && unknown(n.agency) && !known(n.agency)).map((n) => n.agency))];
    const listed = `${unplaced.slice(0, 10).join("、")}${unplaced.length > 10 ? ` 等 ${unplaced.length} 个机关` : ""}`;
    return { admits: known, note: unplaced.length ? `${listed}的名称、地名表和报告都没有写明上级，不知是否在${scope}下辖，未参加比较。` : null, key: "known" };
  }
  const assumed = [...new Set(names.filter((n) => inField(n.agency) && unknown(n.agency)).map((n) => n.agency))];
  if (!assumed.length) return { admits: known, note: null, key: "known" };
  const listed = `${assumed.slice(0, 10).join("、")}${assumed.length > 10 ? ` 等 ${assumed.length} 个机关` : ""}`;
  return { admits: (a) => known(a) || unknown(a), note: `${listed}的名称和地名表都没有写明上级，按${scope}下辖计入。`, key: "assumed" };
}

/** The loaded bodies of a place that a body word (局, 部门, 街道 …) can mean, for asking back. */
export function bodiesOf(names: readonly AgencyName[], place: AgencyName, word: string): AgencyName[] {
  const w = poolWord(word);
  const region = place.region || identify(place.agency).region;
  // a place's towns and streets lie under it (柳巷街道 of 沩北区), its departments are of it
  const of = (a: AgencyName) => a.region === region || identify(a.agency).region === region || (w.kinds.includes("township") && knownUnder(region, a.agency));
  return names.filter((a) => a.agency !== place.agency && inField(w, a.agency) && of(a));
}

/** “未参加比较：政府办公室 1 份、政府部门 12 份” for the reports a pool left out. */
export function leftOut(agencies: readonly string[]): string | null {
  return leftOutNote(tally(agencies, (a) => identify(a).kind));
}

/** The same from how many of each kind were left out (in the order the kinds first come). */
export function leftOutNote(kinds: ReadonlyMap<AgencyKind, number>): string | null {
  if (!kinds.size) return null;
  return `未参加比较：${[...kinds].map(([k, n]) => `${KIND_NAMES[k]} ${n} 份`).join("、")}。`;
}

/** How many of each key, in the order the keys first come. */
export function tally<T, K>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const count = new Map<K, number>();
  for (const x of items) {
    const k = key(x);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  return count;
}

/** A body's level for the levels note: the gazetteer's or its suffix's; a 市 in no gazetteer (汐原市) is a 市 all the same. */
export function levelSaid(id: Pick<AgencyIdentity, "level" | "region">): string {
  return id.level ?? (/市$/u.test(id.region) ? "city" : "未知层级");
}

/** “其中市级 1 个、县级 3 个” when the compared governments are of different levels. */
export function levelsNote(agencies: readonly string[]): string | null {
  return levelsNoteOf(tally(agencies, (a) => levelSaid(identify(a))));
}

/** The same from how many bodies of each level (levelSaid) are compared, in the order the levels first come. */
export function levelsNoteOf(count: ReadonlyMap<string, number>): string | null {
  const names: Record<string, string> = { province: "省级", city: "市级", county: "县级", township: "乡镇级" };
  if (count.size < 2) return null;
  return `参加比较的机关层级不同（${[...count].map(([l, n]) => `${names[l] ?? l} ${n} 个`).join("、")}），规模不可直接相比。`;
}

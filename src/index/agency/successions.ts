/**
 * Bodies renamed by an institutional reform (2018–2019 机构改革, 2021 扶贫办 → 乡村振兴局, 2024 数据局):
 * 卫生和计划生育委员会 → 卫生健康委员会, 城市管理局 → 城市管理综合执法局 …. A body's reports before
 * and after the rename are one body's: asked by either name, "the latest" is the latest of the
 * line, a year asked is whichever name reported that year, and trends run across the rename.
 *
 * Two loaded agencies are taken as one body renamed when all of these hold:
 *  - their bodies belong to the same line of the kept table below (the reform's names, not a guess
 *    from characters shared);
 *  - they stand in the same place (same region; parents, where printed or known, do not disagree);
 *  - their reports' years do not overlap, and an earlier name of the line reported before a later one;
 *  - no third body of the line in that place reported in a year of either (工商局 and 质监局 both
 *    reporting 2018 before 市场监督管理局: which one became it is not one answer, so neither is joined to it).
 * The answer says so whenever it reads a report under another name of the line (renamed notes).
 *
 * A place renamed when its status changed (撤县设区: 柏坪县 2021 → 柏坪区 2022–2024) is one body the
 * same way (placeCandidates): same place name, same body, years in order without overlap — decided
 * from the names and years alone, which both stores have; the report's own sentence (“撤销柏坪县，
 * 设立楠州市柏坪区”) is not needed, and two places the gazetteer lists side by side are never joined.
 */
import { governsPlace, identify, type AgencyIdentity } from "./identity.ts";
import { isKnownDivision } from "./gazetteer.ts";

/** One reform line: its names, earlier ones first; names of one stage may follow each other either way (水利局 ↔ 水务局). */
interface Line {
  name: string;
  stages: RegExp[];
}

/**
 * The kept table of reform successions, matched against the body as printed after the place
 * (identity.ts `body`; a branch by its parent body, 生态环境局 for 生态环境局芦渡分局).
 */
const LINES: Line[] = [
  { name: "卫生健康", stages: [/^卫生(?:和计划生育|计划生育|计生)?(?:委员会|局)$/u, /^卫生健康(?:委员会|局)$/u] },
  { name: "自然资源", stages: [/^(?:国土资源|国土资源和规划|规划和国土资源|国土规划|城乡规划|规划)局$/u, /^(?:自然资源(?:和规划)?|规划和自然资源)局$/u] },
  { name: "生态环境", stages: [/^环境保护局$/u, /^生态环境局$/u] },
  // a 农业农村局 merged with the 水利局 (“原X县农业农村局、X县水利局职责整合，组建X县农业农村和水利局”): the later stage of its line
  { name: "农业农村", stages: [/^(?:农业|农牧|农牧业)(?:局|委员会)$/u, /^农业农村(?:局|委员会)$/u, /^农业农村(?:和)?水利(?:局|委员会)$/u] },
  { name: "市场监督管理", stages: [/^(?:工商行政管理|质量技术监督|食品药品监督管理|市场和质量监督管理)局$/u, /^市场监督管理局$/u] },
  { name: "城市管理", stages: [/^城市管理(?:行政执法)?局$/u, /^(?:城市管理(?:和)?综合(?:行政)?执法|综合行政执法)局$/u] },
  { name: "应急管理", stages: [/^安全生产监督管理局$/u, /^应急管理局$/u] },
  { name: "民族宗教", stages: [/^(?:民族事务委员会|民族事务局|宗教事务局)$/u, /^民族宗教事务(?:局|委员会)$/u] },
  { name: "乡村振兴", stages: [/^扶贫(?:开发)?(?:办公室|局)$|^扶贫开发领导小组办公室$/u, /^乡村振兴局$/u] },
  { name: "工业和信息化", stages: [/^经济(?:和)?信息化(?:委员会|局)$/u, /^工业和信息化局$/u] },
  { name: "林业", stages: [/^林业局$/u, /^林业和草原局$/u] },
  { name: "粮食", stages: [/^粮食局$/u, /^粮食和物资储备局$/u] },
  { name: "金融", stages: [/^金融工作办公室$/u, /^地方金融监督管理局$/u] },
  { name: "数据", stages: [/^大数据(?:发展)?(?:管理)?局$/u, /^数据(?:资源管理)?局$/u] },
  { name: "文化和旅游", stages: [/^文化(?:广电新闻出版|新闻出版广电|广电|广播电视|体育)?局$/u, /^文化(?:和|广电和|广电|广电体育和|体育和|广播电视和)?旅游(?:体育)?局$/u] },
  { name: "水利", stages: [/^(?:水利|水务)局$/u] },
  { name: "交通运输", stages: [/^交通局$/u, /^交通运输局$/u] },
  { name: "发展和改革", stages: [/^发展(?:和)?改革(?:委员会|局)$/u] },
  { name: "住房和城乡建设", stages: [/^(?:住房和城乡建设|住房城乡建设|城乡建设|建设)(?:委员会|局)$/u] },
  // not a reform: one office printed either way (硚口区人民政府办公室 2023, 硚口区政府办公室 2025)
  { name: "政府办公室", stages: [/^(?:人民政府|政府)办公[室厅]$|^(?:人民政府|政府)办$/u] },
];

/**
 * Names of one stage that a place has only one of, so that people call it by the other's name too
 * (荇塘县自然资源局 asked as 荇塘县自规局, a 水务局 as 水利局): each a looser name of the others (forms.ts).
 */
const ONE_BODY: readonly (readonly string[])[] = [
  ["自然资源局", "自然资源和规划局", "规划和自然资源局"],
  ["水利局", "水务局"],
];

/** The other names of the body's stage that people call it by (自然资源局 → 自然资源和规划局, 规划和自然资源局). */
export function stageSpellings(body: string): string[] {
  return ONE_BODY.find((names) => names.includes(body))?.filter((n) => n !== body) ?? [];
}

/** Lines whose names are one body's spellings, not a reform's renames (lineReason says so). */
const SPELLINGS = new Set(["政府办公室"]);

/** The line's names are one body's spellings (人民政府办公室 / 政府办公室), not a rename. */
export function spellingOnly(line: readonly string[]): boolean {
  return line.every((a) => SPELLINGS.has(stageOf(identify(a))?.line ?? ""));
}

export interface Stage {
  line: string;
  stage: number;
}

const stages = new Map<string, Stage | null>();

/** Where a body stands in the table (卫生和计划生育委员会 → 卫生健康, stage 0); null when no line names it. */
export function stageOfBody(body: string): Stage | null {
  let hit = stages.get(body);
  if (hit !== undefined) return hit;
  hit = null;
  for (const l of LINES) {
    const stage = l.stages.findIndex((re) => re.test(body));
    if (stage >= 0) {
      hit = { line: l.name, stage };
      break;
    }
  }
  if (stages.size > 10_000) stages.clear();
  stages.set(body, hit);
  return hit;
}

/** A department's (or a government office's) place in the table, by its body (a branch by its parent's: 生态环境局芦渡分局 → 生态环境局). */
export function stageOf(id: AgencyIdentity): Stage | null {
  if (id.kind !== "department" && id.kind !== "office") return null;
  return stageOfBody(id.branchOf ?? id.body);
}

interface Named {
  agency: string;
  region: string;
}

/** Agencies of one line in one place, by `${line}|${region}`: built once per names array. */
interface LineIndex {
  /** `${line}|${place}` → the agencies. */
  members: Map<string, string[]>;
  /** agency → its key. */
  keys: Map<string, string>;
}

const indexes = new WeakMap<readonly Named[], { length: number; index: LineIndex }>();

function indexOf(names: readonly Named[]): LineIndex {
  const had = indexes.get(names);
  if (had && had.length === names.length) return had.index;
  const index: LineIndex = { members: new Map(), keys: new Map() };
  for (const n of names) {
    const id = identify(n.agency);
    const s = stageOf(id);
    const place = id.region || n.region;
    if (!s || !place) continue;
    const key = `${s.line}|${place}`;
    index.keys.set(n.agency, key);
    const list = index.members.get(key);
    if (!list) index.members.set(key, [n.agency]);
    else if (!list.includes(n.agency)) list.push(n.agency);
  }
  indexes.set(names, { length: names.length, index });
  return index;
}

/** Parents that do not disagree: one's known parents are all the other's (or either has none). */
function sameParents(a: AgencyIdentity, b: AgencyIdentity): boolean {
  const [short, long] = a.parents.length <= b.parents.length ? [a, b] : [b, a];
  return short.parents.every((p) => long.parents.includes(p));
}

/** The other agencies of the agency's reform line in its place. */
function reformCandidates(names: readonly Named[], agency: string): string[] {
  const id = identify(agency);
  if (!stageOf(id)) return [];
  const index = indexOf(names);
  const key = index.keys.get(agency);
  return (key ? (index.members.get(key) ?? []) : []).filter((a) => a !== agency && sameParents(id, identify(a)));
}

/**
 * A place renamed when its status changed (撤县设区 柏坪县 → 柏坪区, 撤县设市, 撤市设区, 撤乡设镇,
 * 撤镇设街道): the stage of its suffix, earlier statuses first. A county-level place only (a 市 the
 * gazetteer lists as a prefecture never became a 区 of its own name).
 */
const PLACE_STAGES: { re: RegExp; stage: number }[] = [
  { re: /(?:自治县|自治旗|县|旗)$/u, stage: 0 },
  { re: /市$/u, stage: 1 },
  { re: /区$/u, stage: 2 },
  { re: /乡$/u, stage: 0 },
  { re: /镇$/u, stage: 1 },
  { re: /街道$/u, stage: 2 },
];

/** The place's stem (柏坪 of 柏坪县) and stage, with what its body is; null when the rule does not apply. */
function placeStage(id: AgencyIdentity): { stem: string; stage: number; township: boolean; body: string } | null {
  const region = id.region;
  if (!region || id.level === "province" || id.level === "city" || /(?:开发区|新区|高新区|实验区|园区|地区)$/u.test(region)) return null;
  for (const { re, stage } of PLACE_STAGES) {
    const m = re.exec(region);
    if (!m) continue;
    const stem = region.slice(0, m.index);
    if (stem.length < 2) return null;
    const township = /(?:乡|镇|街道)$/u.test(region);
    // a government is its place's whatever it is called (人民政府 / 办事处); a department keeps its name
    const body = governsPlace(id.kind) ? "government" : id.body;
    return { stem, stage, township, body };
  }
  return null;
}

const known = (region: string) => isKnownDivision.longestPrefix(region) === region;

/** The stem index's key: the place's stem and the body (a line joins no other body). */
const stemKey = (p: { stem: string; body: string }) => `${p.stem}\u0000${p.body}`;

const stemIndexes = new WeakMap<readonly Named[], { length: number; byStem: Map<string, string[]> }>();

/**
 * The agencies by their place's stem and body (placeStage: 柏坪 of 柏坪县 and 柏坪区, its government or
 * a department's name), each once, in the names' order: built once per names array. A question asking
 * back among 42 agencies looked for each one's renamed place through every loaded agency (1.4 s at
 * 28 588 agencies, on a quiet core); by the stem alone, 哪个财政局 (~3 000 bodies at 50 000 reports,
 * each one's line looked up) passed every body of each one's place (~17 ms a question).
 */
function stemIndexOf(names: readonly Named[]): Map<string, string[]> {
  const had = stemIndexes.get(names);
  if (had && had.length === names.length) return had.byStem;
  const byStem = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const n of names) {
    if (seen.has(n.agency)) continue;
    seen.add(n.agency);
    const p = placeStage(identify(n.agency));
    if (!p) continue;
    const key = stemKey(p);
    const list = byStem.get(key);
    if (!list) byStem.set(key, [n.agency]);
    else list.push(n.agency);
  }
  stemIndexes.set(names, { length: names.length, byStem });
  return byStem;
}

/**
 * The agencies that may be this one before or after its place was renamed: the same stem and the same
 * body (its government, or a department of the same name), both county-level or both township-level,
 * another status, the units printed before the place and the known parents not disagreeing, and not
 * both listed by the gazetteer (two places that exist side by side: 朝阳县 and 朝阳区). Whether one is
 * the other also depends on their years (renamedLine): no overlap, the earlier status first.
 */
function placeCandidates(names: readonly Named[], agency: string): string[] {
  const id = identify(agency);
  const p = placeStage(id);
  if (!p) return [];
  const before = id.chain.slice(0, -1).join("");
  return (stemIndexOf(names).get(stemKey(p)) ?? []).filter((a) => {
    if (a === agency) return false;
    const o = identify(a);
    const q = placeStage(o);
    if (!q || q.stem !== p.stem || q.stage === p.stage || q.township !== p.township || q.body !== p.body) return false;
    const oBefore = o.chain.slice(0, -1).join("");
    if (before && oBefore && before !== oBefore) return false;
    return sameParents(id, o) && !(known(id.region) && known(o.region));
  });
}

/** Which kind of succession joins the agency to others: a reform's rename of its body, or its place renamed. */
function successionOf(names: readonly Named[], agency: string): { others: string[]; stage: (a: string) => number } {
  const reform = reformCandidates(names, agency);
  if (reform.length) return { others: reform, stage: (a) => stageOf(identify(a))?.stage ?? 0 };
  const place = placeCandidates(names, agency);
  return { others: place, stage: (a) => placeStage(identify(a))?.stage ?? 0 };
}

/** The other agencies of the agency's line (its reform line, else its place renamed): whether each is the same body depends on their years (renamedLine). */
export function lineCandidates(names: readonly Named[], agency: string): string[] {
  return successionOf(names, agency).others;
}

/**
 * Why a line's names are one body, for the answer's note: a reform's rename (same place), or the
 * place's new status (撤县设区 …) when the regions differ.
 */
export function lineReason(line: readonly string[]): string {
  const ids = line.map((a) => identify(a));
  if (spellingOnly(line)) return `同一机关名称的不同写法（${[...new Set(ids.map((id) => id.body))].join("／")}）`;
  const regions = ids.map((id) => id.region);
  if (new Set(regions).size < 2) return "机构改革中的更名，同一地方";
  const suffix = (r: string) => PLACE_STAGES.find(({ re }) => re.test(r))?.re.exec(r)?.[0] ?? "";
  const [from, to] = [suffix(regions[0] ?? ""), suffix(regions[regions.length - 1] ?? "")];
  return `同一地方撤${from.replace(/^自治/u, "")}设${to}后改名（${regions[0]}→${regions[regions.length - 1]}）`;
}

/**
 * The agency and the other names it reported under, oldest first ([agency] when it was never
 * renamed). `years` gives an agency's report years (the store's).
 */
export function renamedLine(names: readonly Named[], agency: string, years: (agency: string) => number[]): string[] {
  const { others, stage } = successionOf(names, agency);
  if (!others.length) return [agency];
  const yearsOf = new Map<string, number[]>([agency, ...others].map((a) => [a, years(a)]));
  const overlap = (a: string, b: string) => (yearsOf.get(a) ?? []).some((y) => (yearsOf.get(b) ?? []).includes(y));
  const inOrder = (a: string, b: string) => {
    const [sa, sb] = [stage(a), stage(b)];
    if (sa === sb) return true;
    const [early, late] = sa < sb ? [a, b] : [b, a];
    return Math.max(...(yearsOf.get(early) ?? [])) < Math.min(...(yearsOf.get(late) ?? []));
  };
  const joined = others.filter((o) => !overlap(o, agency) && inOrder(o, agency) && others.every((p) => p === o || !overlap(o, p)));
  if (!joined.length || !joined.every((a) => joined.every((b) => inOrder(a, b)))) return [agency];
  const first = (a: string) => Math.min(...(yearsOf.get(a) ?? [Infinity]));
  return [agency, ...joined].sort((a, b) => first(a) - first(b));
}

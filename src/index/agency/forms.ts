/**
 * Every way people write one agency's name, each with how specific it is:
 *
 *  - tier 0, the name: 九江市浔阳区住房和城乡建设局, 浔阳区住房和城乡建设局, 浔阳住房和城乡建设局 …
 *  - tier 1, a short form: 浔阳区住建局, 浔阳住建局, 住建局, 九江市浔阳区政府, 浔阳区府办 …
 *  - tier 2, a looser one: 浔阳区住房局, 区住建局 (the level instead of the place) …
 *  - tier 3, the place alone: 浔阳区, 浔阳, 九江市浔阳区, 江西省九江市浔阳区 — it names the place's
 *    government first (see resolve.ts).
 *
 * A form found at a lower tier for one agency beats the same form at a higher tier for another.
 */
import { KIND_NAMES, governsPlace, identify, otherBodyNames, type AgencyIdentity } from "./identity.ts";
import { shortForms, type ShortForms } from "./abbreviate.ts";
import { ETHNIC, isKnownDivision, levelOf } from "./gazetteer.ts";
import { stageOfBody, stageSpellings } from "./successions.ts";

export type Tier = 0 | 1 | 2 | 3;

export interface NamedForm {
  form: string;
  tier: Tier;
}

/** Suffixes dropped for a region's short name, longest first. */
const SHORTENED = ["特别行政区", "综合实验区", "经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "工业园区", "综合保税区", "保税港区", "保税区", "综保区", "经济区", "示范区", "试验区", "自治区", "自治州", "自治县", "自治旗", "街道", "新区", "地区", "省", "市", "区", "县", "旗", "盟", "州", "镇", "乡"];

/** How people shorten a zone's kind (栖梧高新技术产业开发区 → 栖梧高新区): each long suffix and its everyday forms. */
const ZONE_ABBREVIATIONS: [string, string[]][] = [
  ["高新技术产业开发区", ["高新区", "高新技术开发区", "高新开发区"]],
  ["经济技术开发区", ["经开区", "经济开发区", "开发区"]],
  ["经济开发区", ["经开区", "开发区"]],
  ["高新区", ["高新技术产业开发区"]],
  ["工业园区", ["园区", "工业园"]],
  ["综合保税区", ["综保区"]],
  ["综保区", ["综合保税区"]],
  ["保税港区", []],
  ["保税区", []],
];

/** A zone's kind at the end of its name, longest first: what is left before it is the zone's own name (东疆, 临空). */
const ZONE_KINDS = ["高新技术产业开发区", "经济技术开发区", "经济开发区", "综合保税区", "保税港区", "工业园区", "产业园区", "开发区", "高新区", "经开区", "保税区", "综保区", "合作区", "经济区", "示范区", "试验区", "园区"];

/**
 * A zone's own name, the place it is named after left out (天津东疆综合保税区 → 东疆综合保税区, 东疆; 市临空经济区,
 * printed with its city unnamed → 临空经济区, 临空): people name a zone by it, with or without its kind. None when
 * the name is the kind alone after the place (福州高新区) or its own part is one character (天津港保税区).
 */
function zoneOwnNames(region: string): string[] {
  const kind = ZONE_KINDS.find((k) => region.endsWith(k));
  if (!kind) return [];
  let core = "";
  // 天津, 孝感: a city's (or a province's) name without its suffix, or the level word alone (市临空经济区)
  for (let k = Math.min(4, region.length - kind.length - 2); k >= 2 && !core; k--) {
    const head = region.slice(0, k);
    if (["市", "省"].some((s) => levelOf(`${head}${s}`, []) !== null) || levelOf(head, []) !== null) core = region.slice(k);
  }
  if (!core && /^[省市县区]/u.test(region)) core = region.slice(1);
  const own = core.slice(0, -kind.length);
  if (own.length < 2 || !/^\p{Script=Han}+$/u.test(own)) return [];
  const abbreviated = ZONE_ABBREVIATIONS.find(([long]) => long === kind)?.[1] ?? [];
  // 广州南沙经济技术开发区: 南沙 alone is 南沙区's name (a district of the gazetteer), only 南沙经开区 … the zone's
  const division = ["区", "县", "市", "旗", "镇", "乡"].some((s) => isKnownDivision.longestPrefix(own + s) === own + s);
  return [core, ...(division ? [] : [own]), ...abbreviated.map((a) => own + a)];
}

/**
 * A region's short names, the bare one first: 浔阳区 → 浔阳; 广西壮族自治区 → 广西; 恩施土家族苗族自治州 → 恩施, 恩施州;
 * 平潭综合实验区 → 平潭; 栖梧高新技术产业开发区 → 栖梧, 栖梧高新区 …. None when fewer than two
 * characters would remain (南区).
 */
export function regionShortNames(region: string): string[] {
  const bare = bareShortName(region);
  const own = zoneOwnNames(region);
  const zone = ZONE_ABBREVIATIONS.find(([long]) => region.endsWith(long) && region.length - long.length >= 2);
  if (!zone) return own.length ? [...new Set([...bare, ...own])] : bare;
  const place = region.slice(0, -zone[0].length);
  return [...new Set([...bare, ...zone[1].map((s) => place + s), ...own])];
}

/**
 * A zone by its kind alone (高新区, 高新区管委会, 经开区): the loaded zones of that kind, asked back when
 * several are — a place's government is never what they name.
 */
function zoneKindForms(region: string): NamedForm[] {
  const zone = ZONE_ABBREVIATIONS.find(([long]) => region.endsWith(long) && region.length - long.length >= 2);
  if (!zone) return [];
  // not the words for any zone (开发区, 园区, 工业园): 哪个开发区 asks for all of them
  const kinds = [zone[0], ...zone[1]].filter((k) => k.length >= 3 && !/^(?:开发区|工业园|工业园区)$/u.test(k));
  return [...new Set([...kinds, ...kinds.map((k) => `${k}管委会`)])].map((form) => ({ form, tier: 2 as Tier }));
}

/** A banner named by its league's wing (科尔沁右翼中旗, 察哈尔右翼后旗): written by the first character, the wing and the rest (科右中旗). */
const WING_BANNER = /^(\p{Script=Han})\p{Script=Han}{1,3}?([左右])翼([前中后]?)旗$/u;

function bareShortName(region: string): string[] {
  const wing = WING_BANNER.exec(region);
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`, `${wing[1]}${wing[2]}${wing[3]}`].filter((f) => f.length >= 3);
  for (const suffix of SHORTENED) {
    if (!region.endsWith(suffix) || region.length - suffix.length < 2) continue;
    const printed = region.slice(0, -suffix.length);
    let rest = printed;
    const autonomous = suffix.startsWith("自治");
    // an ethnic township (黄坪彝族乡, 沙河满族镇) is named like an autonomous place: 黄坪乡, 黄坪
    const ethnicTownship = (suffix === "乡" || suffix === "镇") && ETHNIC.test(rest);
    if (autonomous || ethnicTownship) {
      // 恩施土家族苗族 → 恩施: every ethnic name at the end goes
      for (let m = ETHNIC.exec(rest); m && rest.length - m[0].length >= 2; m = ETHNIC.exec(rest)) rest = rest.slice(0, -m[0].length);
      // a place named after its people (鄂温克族自治旗): 族 and 自治 go, the level stays (鄂温克旗) — the people's name alone is no place
      if (autonomous && suffix !== "自治区" && ETHNIC.test(rest) && rest.length >= 3) return [`${rest.slice(0, -1)}${suffix.slice(2)}`];
      if (ETHNIC.test(rest)) return ethnicTownship ? [printed] : [];
      // a county named by a league's wing (喀喇沁左翼蒙古族自治县): the first character and the wing (喀左县, 喀左)
      const wing = autonomous ? /^(\p{Script=Han})\p{Script=Han}{1,3}?([左右])翼$/u.exec(rest) : null;
      if (wing) return [rest, rest + suffix.slice(2), `${wing[1]}${wing[2]}${suffix.slice(2)}`, `${wing[1]}${wing[2]}`];
      // and with the level kept, as people write it: 白沙黎族自治县 → 白沙县, 恩施土家族苗族自治州 → 恩施州,
      // 鄂伦春自治旗 → 鄂伦春旗 (an autonomous region is not called 广西区)
      if (rest.length >= 2 && suffix !== "自治区") return [rest, rest + (autonomous ? suffix.slice(2) : suffix), ...(ethnicTownship ? [printed] : [])];
    }
    return rest.length >= 2 ? [rest] : [];
  }
  return [];
}

/** The level word said instead of the place: 区住建局, 市府办, 县教育局. */
function levelWord(region: string): string | null {
  const m = /(市|区|县|旗|州)$/u.exec(region);
  return m && !/(?:开发区|新区|实验区|高新区)$/u.test(region) ? (m[1] ?? null) : null;
}

/** The ways to write the place part, outermost parents first: as printed, the region alone, its short name, with its parents. */
function heads(id: AgencyIdentity): string[] {
  const { region, chain, parents } = id;
  if (!region) return [];
  // every body of a place has the same heads: made once per place
  const key = `${chain.join("/")}|${parents.join("/")}`;
  const made = headsOf.get(key);
  if (made) return made;
  const out = new Set<string>([chain.join(""), region, ...regionShortNames(region)]);
  // 江西省赣州市, 九江市浔阳区, 江西省九江市浔阳区: parents from the gazetteer in front
  for (let i = parents.length - 1; i >= 0; i--) out.add(parents.slice(i).join("") + region);
  for (const p of parents) for (const s of regionShortNames(p)) out.add(s + region);
  if (headsOf.size > 50_000) headsOf.clear();
  headsOf.set(key, [...out]);
  return [...out];
}

const headsOf = new Map<string, string[]>();

/** Spellings of a government's or office's body: 人民政府办公室 → 政府办公室, 人民政府办, 政府办 … */
function bodyVariants(body: string): string[] {
  const out = new Set<string>([body]);
  // printed short (府谷县政府办, X县政府办公室, X县政府): the full name people also write is the same body's
  if (/^政府(?:办|办公[室厅])?$/u.test(body)) out.add(`人民${body.replace(/办$/u, "办公室")}`);
  for (const r of [...out]) out.add(r.replace("人民政府", "政府"));
  for (const r of [...out]) out.add(r.replace("管理委员会", "管委会"));
  for (const r of [...out]) {
    out.add(r.replace(/办公(室|厅)$/u, "办"));
    if (r.endsWith("办公厅")) out.add(r.replace(/办公厅$/u, "办公室"));
    if (r.endsWith("办公室")) out.add(r.replace(/办公室$/u, "办公厅"));
  }
  return [...out].filter((r) => r.length > 0);
}

/**
 * A branch as printed, its parent's place shortened, left out or said by its level word (市生态环境局龙游分局),
 * its parent by name or short form: 杭州市公安局滨江分局, 杭州公安局滨江区分局, 公安局滨江分局, 琮阳市自规局荻屏分局 —
 * one body, not the parent and the branch.
 */
function branchForms(id: AgencyIdentity, parent: string): string[] {
  const outer = id.chain.at(-2);
  const outerWord = outer ? levelWord(outer) : null;
  const before = ["", ...(outer ? [outer, ...regionShortNames(outer)] : []), ...(outerWord ? [outerWord] : [])];
  const places = [id.region, ...regionShortNames(id.region)];
  const branch = branchWord(id);
  const parents = [parent, ...shortForms(parent).exact.filter((s) => s.endsWith(branch.slice(1)))];
  return before.flatMap((p) => parents.flatMap((n) => places.map((r) => `${p}${n}${r}${branch}`)));
}

/** What a branch is called after its place: 分局, 分中心 (its parent's ending with 分 before it). */
function branchWord(id: AgencyIdentity): string {
  return id.body.endsWith("分中心") ? "分中心" : "分局";
}

/**
 * An agency's forms in parts, so that a directory of thousands of agencies need not spell out
 * every place × body pair: the whole forms; the ways to write its place (`heads`, each a form at
 * tier 3 and the start of the others); what may follow a head (`after`, shared by every agency
 * of the same body); and the forms without the place (`bare`, shared by every agency of the same
 * body and level word). namedForms spells them out.
 */
export interface FormParts {
  whole: NamedForm[];
  heads: string[];
  /** Body form → its tier after a head (人力资源和社会保障局 0, 人社局 1, 人社 2 …). */
  after: ReadonlyMap<string, Tier>;
  bare: readonly NamedForm[];
  /** Agencies with equal keys share `after` / `bare`. */
  afterKey: string;
  bareKey: string;
}

const afters = new Map<string, ReadonlyMap<string, Tier>>();
const bares = new Map<string, readonly NamedForm[]>();

function lowest<K>(m: Map<K, Tier>, k: K, tier: Tier): void {
  const had = m.get(k);
  if (had === undefined || tier < had) m.set(k, tier);
}

export function formParts(agency: string): FormParts {
  const id = identify(agency);
  const whole = new Map<string, Tier>([[agency, 0]]);
  const at = id.region ? agency.indexOf(id.chain[0] ?? id.region) : -1;
  const prefixless = at >= 0 ? agency.slice(at) : agency;
  lowest(whole, prefixless, 0);
  const departmentLike = id.kind === "department" || id.kind === "vertical";
  const governmentLike = governsPlace(id.kind);
  if (id.branchOf && !governmentLike) for (const f of branchForms(id, id.branchOf)) lowest(whole, f, 1);
  const afterKey = `${id.body}|${otherBodyNames(id).join("/")}|${id.branchOf ?? ""}|${departmentLike}`;
  let after = afters.get(afterKey);
  if (!after) {
    if (afters.size > 20_000) afters.clear();
    after = afterForms(id, departmentLike);
    afters.set(afterKey, after);
  }
  const lw = levelWord(id.region);
  const zoneKind = id.kind === "zone" ? (ZONE_ABBREVIATIONS.find(([long]) => id.region.endsWith(long))?.[0] ?? "") : "";
  const bareKey = zoneKind ? `zone|${zoneKind}` : governmentLike ? "" : `${id.body}|${otherBodyNames(id).join("/")}|${id.branchOf ?? ""}|${id.kind}|${lw ?? ""}`;
  let bare = bares.get(bareKey);
  if (!bare) {
    if (bares.size > 20_000) bares.clear();
    bare = zoneKind ? zoneKindForms(id.region) : governmentLike ? [] : bareForms(id, lw);
    bares.set(bareKey, bare);
  }
  return { whole: [...whole].map(([form, tier]) => ({ form, tier })), heads: heads(id), after, bare, afterKey, bareKey };
}

/**
 * A branch (公安分局) is also called by its parent department's name and short forms (滨江区公安局); a
 * body with other names (identity.ts otherBodyNames: 乡村振兴局, 外事办公室) by theirs and their short forms.
 */
function bodyForms(id: AgencyIdentity): { exact: string[]; short: ShortForms } {
  const others = otherBodyNames(id);
  // 人民政府外事办公室: shortened as 外事办公室 (外办), never as the whole (人政外办, 人民办)
  const short = others.length && /^(?:人民)?政府/u.test(id.body) ? { exact: [], loose: [] } : ownLine(id.branchOf ?? id.body, shortForms(id.branchOf ?? id.body));
  if (!others.length) return { exact: [...bodyVariants(id.body), ...(id.branchOf ? [id.branchOf] : [])], short };
  const more = others.map(shortForms);
  return {
    exact: [...bodyVariants(id.body), ...(id.branchOf ? [id.branchOf] : []), ...others],
    short: { exact: [...short.exact, ...more.flatMap((f) => f.exact)], loose: [...short.loose, ...more.flatMap((f) => f.loose)] },
  };
}

/**
 * A body of a reform line (successions.ts) is not called by a part of its name that is another line's
 * body: 农业农村和水利局 (merged from the 农业农村局 and the 水利局, joined to the 农业农村局's years) is no
 * 水利局 — asked so, a year of the 农业农村局 would be answered for the 水利局.
 */
function ownLine(body: string, short: ShortForms): ShortForms {
  const line = stageOfBody(body)?.line;
  if (!line) return short;
  return { exact: short.exact, loose: short.loose.filter((f) => (stageOfBody(f)?.line ?? line) === line) };
}

/** The other names of the body's stage (successions.ts stageSpellings) and their short forms. */
function stageNames(id: AgencyIdentity): string[] {
  return stageSpellings(id.body).flatMap((n) => {
    const f = shortForms(n);
    return [n, ...f.exact, ...f.loose];
  });
}

function afterForms(id: AgencyIdentity, departmentLike: boolean): Map<string, Tier> {
  const { exact, short } = bodyForms(id);
  const out = new Map<string, Tier>();
  for (const b of exact) lowest(out, b, b === id.body ? 0 : 1);
  for (const b of short.exact) lowest(out, b, 1);
  for (const b of short.loose) lowest(out, b, 2);
  // 船山分局, 芦渡分中心: a branch by its place and 分局 (分中心) alone; 芦渡公共资源交易分中心: by its parent's short form with 分
  if (id.branchOf) {
    const branch = branchWord(id);
    lowest(out, branch, 1);
    const ending = branch.slice(1);
    for (const b of short.exact) if (b.endsWith(ending) && !b.endsWith(branch)) lowest(out, `${b.slice(0, -ending.length)}${branch}`, 1);
  }
  // 荇塘县自规局 for 荇塘县自然资源局: another name of its stage, a place having one of them (successions.ts) — looser
  if (departmentLike) for (const b of stageNames(id)) lowest(out, b, 2);
  // 赣州公安, 赣州人社, 柘川县烟草, 柘川县交警: a department's short form without its ending, after its place only;
  // the longer ones too (X市行政审批, X市自然资源, X市市场监管, X市住房城乡建设) and a looser form's (X市城管, X市农业,
  // X市规划): after a place they name the body — 审批 in them is not the quantity 行政许可 of the place's government
  if (departmentLike) {
    for (const b of [...exact, ...short.exact, ...short.loose]) {
      const m = /^(\p{Script=Han}{2,6})(?:[局委]|大队|支队)$/u.exec(b);
      if (m && !b.endsWith("分局")) lowest(out, m[1] as string, 2);
    }
  }
  return out;
}

/** The body alone (人社局, 政府办) and after the level word (区住建局, 市府办): not for governments (市政府 is in every question about a 市). */
function bareForms(id: AgencyIdentity, lw: string | null): NamedForm[] {
  const { exact, short } = bodyForms(id);
  const out = new Map<string, Tier>();
  for (const b of [...exact.filter((b) => (!/^(?:人民政府|政府)/u.test(b) || /办/u.test(b)) && b !== id.branchOf), ...short.exact]) {
    // an office's body alone (政府办公室) names a kind of body, not one: only with the level word (市府办)
    // two characters only as an office's everyday name (外办, 编办, 侨办): shorter ones are words of questions
    if ((b.length >= 3 || /^[^省市区县州][办委]$/u.test(b)) && id.kind !== "office") lowest(out, b, 1);
    if (lw) lowest(out, lw + b, 2);
  }
  // 生态环境局 for the city bureau's branches (衢州市生态环境局龙游分局, 泸州市合江生态环境局): looser, beaten by a bureau itself
  if (id.branchOf && id.branchOf.length >= 3) lowest(out, id.branchOf, 2);
  // 卫健委 for a 卫生健康局, 发改局 for a 发展和改革委员会: people say 局 and 委 of one field's department either way —
  // a looser form alone, beaten in a place whose body is named so exactly; where another place's is, both are asked back
  if (id.kind === "department") {
    for (const b of short.exact) {
      const m = /^(\p{Script=Han}{2,4})([局委])$/u.exec(b);
      if (m) lowest(out, `${m[1]}${m[2] === "局" ? "委" : "局"}`, 2);
    }
  }
  for (const b of [...short.loose, ...(id.kind === "department" ? stageNames(id) : [])]) {
    if (lw) lowest(out, lw + b, 2);
    // 交通局 (交通运输局), 城管局: a looser form alone names the bodies it fits, beaten by any that is exact
    if (b.length >= 3) lowest(out, b, 2);
  }
  return [...out].filter(([form]) => form.length >= 2).map(([form, tier]) => ({ form, tier }));
}

/** Every form of an agency, each at its lowest tier. */
export function namedForms(agency: string): NamedForm[] {
  const parts = formParts(agency);
  const best = new Map<string, Tier>();
  const add = (form: string, tier: Tier) => {
    if (form.length >= 2) lowest(best, form, tier);
  };
  for (const f of parts.whole) add(f.form, f.tier);
  for (const h of parts.heads) {
    for (const [b, tier] of parts.after) add(h + b, tier);
    // the place alone names the government first, every other body of the place more loosely (resolve.ts)
    add(h, 3);
  }
  for (const f of parts.bare) add(f.form, f.tier);
  return [...best].map(([form, tier]) => ({ form, tier }));
}

/** “九江市浔阳区住房和城乡建设局（政府部门）” */
export function describe(agency: string): string {
  return `${agency}（${KIND_NAMES[identify(agency).kind]}）`;
}

/** A few names people can use for the agency (tier 0–1, the full name left out), for the upload reply: 赣州市人社局、赣州人社局、人社局. */
export function everydayNames(agency: string, max = 4): string[] {
  return namedForms(agency)
    .filter((f) => f.tier === 1 || (f.tier === 3 && governsPlace(identify(agency).kind)))
    .map((f) => f.form)
    .filter((f) => f !== agency)
    .sort((a, b) => b.length - a.length)
    .slice(0, max);
}

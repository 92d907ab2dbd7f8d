/**
 * The one name resolver: what a name as people write it means among the loaded agencies. Question
 * understanding, search, /check, /reports and the upload reply all go through it.
 *
 * A form (forms.ts) names its agencies at a tier; the lowest tier found wins. The place alone
 * (tier 3: 浔阳区, 浔阳, 九江市浔阳区) names the place's government when one is loaded (else its
 * office), with a note that other bodies there have reports too; when neither is, every body of
 * the place.
 * Questions are read with traditional characters simplified (opencc-js) and place names written
 * in pinyin (pinyin-pro) put back in characters; both libraries load on first need.
 *
 * @example
 * const dir = directory([{ agency: "赣州市人民政府", region: "赣州市" }, { agency: "赣州市人力资源和社会保障局", region: "赣州市" }]);
 * resolveForm(dir, "赣州")   // → { matches: [赣州市人民政府], others: 1 }
 * resolveForm(dir, "人社局") // → { matches: [赣州市人力资源和社会保障局], others: 0 }
 */
import { createRequire } from "node:module";
import { governsPlace, identify, isZoneRegion, learnParents, learnPlaces, reserveIdentities, type AgencyIdentity, type AgencyKind, KIND_NAMES } from "./identity.ts";
import { formParts, regionShortNames, type Tier } from "./forms.ts";
import { shortForms } from "./abbreviate.ts";
import { fitsHierarchy, levelOf } from "./gazetteer.ts";
import { minOf } from "../min-max.ts";

/** An agency of the loaded reports. */
export interface AgencyName {
  agency: string;
  region: string;
  /** The parents the body's own report states when its name and the gazetteer tell none (read/stated-parents.ts). */
  parents?: string[];
}

interface Entry {
  i: number;
  tier: Tier;
}

/**
 * The loaded agencies' names, indexed by parts (forms.ts formParts) rather than every form spelled
 * out: building it is a pass over the agencies' identities, and a form is resolved by trying each
 * head (place) it begins with and what follows.
 */
export interface Directory {
  names: AgencyName[];
  ids: AgencyIdentity[];
  /**
   * Whole forms (the name as printed, a branch's printed forms) → agencies, each entry packed as
   * index × 4 + tier (packed): nearly every form names one agency, and an object and a list for
   * each took ~2.5 MB at 28 000 agencies.
   */
  whole: Map<string, number | number[]>;
  /** A place as written → the agencies it begins the forms of. */
  heads: Map<string, number[]>;
  /** Place forms (tier 3): the heads, and the region the reader gave where it differs. */
  places: Map<string, number[]>;
  /** What may follow a head, per agency (shared between agencies of one body). */
  after: ReadonlyMap<string, Tier>[];
  /** Forms without the place → the groups of agencies sharing them, at a tier. */
  bare: Map<string, { tier: Tier; group: number[] }[]>;
  /** The first one to four characters of a region form → agencies of that region (乐 → 乐清市, 乐平市). */
  prefixes: Map<string, number[]>;
  /**
   * A city's forms → its bureaus' branches located in its counties (泸州市 → 泸州市合江生态环境局, in
   * 合江县): what the city's name alone names when nothing else of the city is loaded (resolveForm).
   */
  branchCities: Map<string, number[]>;
  maxLength: number;
  /** Toneless pinyin of place and body forms → the form (soundTable); built on first need. */
  sounds?: Map<string, Sound>;
}

export interface Resolution {
  matches: AgencyName[];
  /** The tier the form named them at (3: the place alone). */
  tier: Tier;
  /** When the place alone was taken for its government: how many other bodies of the place have reports. */
  others: number;
  /**
   * The place alone, and neither its government nor its office has a report: `matches` are the
   * place's other bodies, none of which the place's name means (ask which one; never answer for one).
   */
  noGovernment?: boolean;
}

export const MAX_PREFIX = 4;

const dirs = new WeakMap<readonly AgencyName[], { length: number; last: AgencyName | undefined; dir: Directory }>();

/**
 * The directory of a names array, built once: callers pass the same array for every question.
 * Keyed by identity, checked by length and last entry (names may be appended after an upload).
 */
export function directory(input: readonly AgencyName[]): Directory {
  const cached = dirs.get(input);
  if (cached && cached.length === input.length && cached.last === input[input.length - 1]) return cached.dir;
  const dir = build(input);
  dirs.set(input, { length: input.length, last: input[input.length - 1], dir });
  return dir;
}

/** A whole form's entry as one number (Directory.whole). */
const packed = (i: number, tier: Tier): number => i * 4 + tier;

function build(input: readonly AgencyName[]): Directory {
  const seen = new Set<string>();
  const names = input.filter((n) => {
    if (seen.has(n.agency)) return false;
    seen.add(n.agency);
    return true;
  });
  reserveIdentities(names.length);
  // a city bureau's 分局 named after a loaded county (砚州市生态环境局芦渡分局) is located there
  learnPlaces(names);
  // a place placed by its own report (“设立楠州市柏坪区”) lies under that city for rankings and names
  learnParents(names);
  const ids = names.map((n) => identify(n.agency));
  const whole = new Map<string, number | number[]>();
  const heads = new Map<string, number[]>();
  const places = new Map<string, number[]>();
  const after: ReadonlyMap<string, Tier>[] = [];
  const bare = new Map<string, { tier: Tier; group: number[] }[]>();
  const groups = new Map<string, number[]>();
  const prefixes = new Map<string, number[]>();
  const branchCities = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number) => {
    const at = m.get(k);
    if (!at) m.set(k, [i]);
    else if (at[at.length - 1] !== i) at.push(i);
  };
  let maxWhole = 0;
  let maxHead = 0;
  const afterLengths = new Map<ReadonlyMap<string, Tier>, number>();
  names.forEach((n, i) => {
    const parts = formParts(n.agency);
    for (const { form, tier } of parts.whole) {
      const had = whole.get(form);
      if (had === undefined) whole.set(form, packed(i, tier));
      else if (typeof had === "number") whole.set(form, [had, packed(i, tier)]);
      else had.push(packed(i, tier));
      maxWhole = Math.max(maxWhole, form.length);
    }
    for (const h of parts.heads) {
      push(heads, h, i);
      if (h.length >= 2) push(places, h, i);
      maxHead = Math.max(maxHead, h.length);
    }
    after.push(parts.after);
    if (!afterLengths.has(parts.after)) afterLengths.set(parts.after, Math.max(0, ...[...parts.after.keys()].map((k) => k.length)));
    if (parts.bare.length) {
      let group = groups.get(parts.bareKey);
      if (!group) {
        group = [];
        groups.set(parts.bareKey, group);
        for (const { form, tier } of parts.bare) {
          const list = bare.get(form);
          if (!list) bare.set(form, [{ tier, group }]);
          else list.push({ tier, group });
          maxWhole = Math.max(maxWhole, form.length);
        }
      }
      group.push(i);
    }
    // the region as the reader gave it names the agency too (tier 3)
    const id = ids[i] as AgencyIdentity;
    // (not a 分局's city: 砚州市生态环境局芦渡分局 is in 芦渡县, and 砚州市 alone names the city's bodies)
    if (n.region && n.region !== id.region && !id.branchOf) for (const f of [n.region, ...regionShortNames(n.region)]) if (f.length >= 2) push(places, f, i);
    for (const f of new Set([n.region, id.region, ...regionShortNames(n.region)])) {
      for (let len = 1; len <= MAX_PREFIX && len < f.length; len++) push(prefixes, f.slice(0, len), i);
    }
    const city = id.branchOf ? id.chain.at(-2) : undefined;
    if (city) for (const f of [city, ...regionShortNames(city)]) if (f.length >= 2) push(branchCities, f, i);
  });
  const maxAfter = Math.max(0, ...afterLengths.values());
  // lists grown by push keep room for more (up to half again): kept at their size, ~1.5 MB less at 28 000 agencies
  for (const m of [heads, places, prefixes]) for (const [k, list] of m) m.set(k, list.slice());
  return { names, ids, whole, heads, places, after, bare, prefixes, branchCities, maxLength: Math.max(maxWhole, maxHead + maxAfter, maxHead) };
}

/** The agencies a form names, each at its lowest tier; empty when it names none. */
function entriesOf(dir: Directory, form: string): Entry[] {
  if (form.length < 2) return [];
  // made at the first entry: most forms a question's reading tries name no agency
  let best: Map<number, Tier> | null = null;
  const add = (i: number, tier: Tier) => {
    best ??= new Map();
    const had = best.get(i);
    if (had === undefined || tier < had) best.set(i, tier);
  };
  const whole = dir.whole.get(form);
  if (whole !== undefined) for (const e of typeof whole === "number" ? [whole] : whole) add(e >> 2, (e & 3) as Tier);
  for (const { tier, group } of dir.bare.get(form) ?? []) for (const i of group) add(i, tier);
  for (const i of dir.places.get(form) ?? []) add(i, 3);
  // a head, then a body form of an agency that head begins
  for (let k = 1; k < form.length; k++) {
    const at = dir.heads.get(form.slice(0, k));
    if (!at) continue;
    const rest = form.slice(k);
    for (const i of at) {
      const tier = dir.after[i]?.get(rest);
      if (tier !== undefined) add(i, tier);
    }
  }
  return best ? [...(best as Map<number, Tier>)].map(([i, tier]) => ({ i, tier })) : [];
}

/** Is this a form of a loaded agency? */
export function isForm(dir: Directory, form: string): boolean {
  // entriesOf(dir, form).length > 0, stopping at the first entry and making no map or list (the
  // reading by sound asks it of every run of a question's characters)
  if (form.length < 2) return false;
  const whole = dir.whole.get(form);
  if (whole !== undefined && (typeof whole === "number" || whole.length > 0)) return true;
  for (const { group } of dir.bare.get(form) ?? []) if (group.length > 0) return true;
  if ((dir.places.get(form)?.length ?? 0) > 0) return true;
  for (let k = 1; k < form.length; k++) {
    const at = dir.heads.get(form.slice(0, k));
    if (!at) continue;
    const rest = form.slice(k);
    for (const i of at) if (dir.after[i]?.get(rest) !== undefined) return true;
  }
  return false;
}

/** Is this a place form of a loaded agency (浔阳区, 浔阳, 九江市浔阳区)? */
export function isPlaceForm(dir: Directory, form: string): boolean {
  return dir.places.has(form);
}

const GOVERNMENT_KINDS: ReadonlySet<AgencyKind> = new Set(["government", "township", "zone"]);
const BODY_KINDS: ReadonlySet<AgencyKind> = new Set(["department", "vertical"]);

/** Where an agency stands: the region the reader gave, or for a city bureau's 分局 the place it is in (芦渡县). */
function placeOfIndex(dir: Directory, i: number): string {
  const id = dir.ids[i] as AgencyIdentity;
  return id.branchOf ? id.region : (dir.names[i]?.region ?? "");
}

/** Indexes → agencies, a place named alone taken for its government where one is loaded. */
function choose(dir: Directory, idx: readonly number[], tier: Tier): Resolution {
  const unique = [...new Set(idx)].sort((a, b) => a - b);
  if (tier < 3) return { matches: unique.map((i) => dir.names[i] as AgencyName), tier, others: 0 };
  const byRegion = new Map<string, number[]>();
  for (const i of unique) {
    const region = placeOfIndex(dir, i);
    byRegion.set(region, [...(byRegion.get(region) ?? []), i]);
  }
  const picked: number[] = [];
  let others = 0;
  let headless = 0;
  // 栖梧 names 栖梧市 and 栖梧高新技术产业开发区: the place, not the zone named after it
  if ([...byRegion.keys()].some((r) => !isZoneRegion(r))) for (const r of [...byRegion.keys()]) if (isZoneRegion(r)) byRegion.delete(r);
  for (const list of byRegion.values()) {
    // the government; failing that its office, which often publishes the government's report
    let govs = list.filter((i) => GOVERNMENT_KINDS.has((dir.ids[i] as AgencyIdentity).kind));
    if (!govs.length) govs = list.filter((i) => (dir.ids[i] as AgencyIdentity).kind === "office");
    if (govs.length) {
      picked.push(...govs);
      others += list.length - govs.length;
    } else {
      picked.push(...list);
      // only bodies known to be another's (a department, a vertical body): a name not read is not one
      if (list.every((i) => BODY_KINDS.has((dir.ids[i] as AgencyIdentity).kind))) headless++;
    }
  }
  const noGovernment = headless > 0 && headless === byRegion.size;
  return { matches: picked.map((i) => dir.names[i] as AgencyName), tier, others: picked.length === 1 ? others : 0, ...(noGovernment ? { noGovernment } : {}) };
}

/** What a whole form names, or null when it is not a form of any loaded agency. */
export function resolveForm(dir: Directory, form: string): Resolution | null {
  const entries = entriesOf(dir, form);
  // 泸州市 when only 泸州市合江生态环境局 (in 合江县) is loaded of that city: the city has no government's
  // report, and its branch is what is loaded of it (asked which, never answered for the city)
  const branches = entries.length ? undefined : dir.branchCities.get(form);
  if (branches) return { matches: branches.map((i) => dir.names[i] as AgencyName), tier: 3, others: 0, noGovernment: true };
  if (!entries.length) return null;
  const tier = minOf(entries.map((e) => e.tier)) as Tier;
  // 教育局: 清水县教育局 exactly, 泾县教育体育局 by a looser form — the looser one is beaten only in a place
  // where the exact one is; elsewhere it is that place's body of the name (a county has one or the other)
  const place = (i: number) => placeOfIndex(dir, i) || (dir.ids[i] as AgencyIdentity).region;
  const exactAt = new Set(entries.filter((e) => e.tier === 1).map((e) => place(e.i)));
  const kept = entries.filter((e) => e.tier === tier || (tier === 1 && e.tier === 2 && !exactAt.has(place(e.i))));
  return choose(dir, kept.map((e) => e.i), tier);
}

/** What the beginning of a place name names (乐 → 乐清市, 乐平市); null when it begins none. */
export function resolvePrefix(dir: Directory, prefix: string): Resolution | null {
  const idx = dir.prefixes.get(prefix);
  return idx ? choose(dir, idx, 3) : null;
}

/** Does an unknown place written before a name fit its hierarchy (江西省 赣州市 yes, 湖南省 赣州市 no)? */
export function parentFits(place: string, agency: AgencyName): boolean {
  const id = identify(agency.agency);
  const region = id.region || agency.region;
  if (id.parents.includes(place) || id.chain.includes(place)) return true;
  // 棠垣县石埠镇 for 萝浦县石埠镇人民政府: the body's own name (or report) places it under another
  // place of the same level — not under the one said, whatever the gazetteer does not know
  const level = siblingLevel(place);
  if (level && [...id.parents, ...(agency.parents ?? [])].some((p) => p !== place && level.test(p))) return false;
  // 维西县住建局 (no report of 维西县) for 开平市住房和城乡建设局 or 株洲市财政局: a county-level place holds
  // no body of another county (开平市 is one) nor of a city above it, whatever the gazetteer does not know
  const countyLevel = level?.test("县") || levelOf(place, []) === "county";
  if (countyLevel && id.level && id.level !== "township" && !namedAfter(place, id, region)) return false;
  return fitsHierarchy(region, [place]);
}

/** Is the body of that county (维西傈僳族自治县住建局 for 维西县), or a city's branch named after it (泸州市合江生态环境局 for 合江县)? */
function namedAfter(place: string, id: AgencyIdentity, region: string): boolean {
  const forms = [place, ...regionShortNames(place)];
  return forms.includes(region) || regionShortNames(region).includes(place) || forms.some((f) => f.length >= 2 && id.body.startsWith(f));
}

/** The suffixes of places of the same level as `place` (a county's: 县, 区, 旗), or null where a suffix does not tell the level (市). */
function siblingLevel(place: string): RegExp | null {
  if (/(?:县|旗)$/u.test(place) || (/区$/u.test(place) && !/(?:开发区|新区|高新区|园区|地区)$/u.test(place))) return /(?:县|旗|(?<!开发|新|高新|园|地)区)$/u;
  if (/省$/u.test(place)) return /省$/u;
  return null;
}

/**
 * Resolve a name given alone (/check 浔阳区, an upload's name): the whole text as a form, then
 * after simplifying and pinyin; then the longest leading form (“浔阳区住建局2023” → …).
 */
export function resolveName(dir: Directory, text: string): Resolution | null {
  const name = prepareQuestion(text.replace(/\s+/gu, ""), dir);
  const whole = resolveForm(dir, name);
  if (whole) return whole;
  for (let len = Math.min(name.length, dir.maxLength); len >= 2; len--) {
    const hit = resolveForm(dir, name.slice(0, len));
    if (hit) return hit;
  }
  return name.length <= MAX_PREFIX ? resolvePrefix(dir, name) : null;
}

// ---------------------------------------------------------------------------------------------
// Questions as typed: traditional characters, pinyin

const require = createRequire(import.meta.url);
let toSimplified: ((s: string) => string) | null = null;

/** Traditional → simplified (OpenCC's Taiwan/Hong Kong → mainland tables); loaded on first use. */
export function simplify(text: string): string {
  if (!/[\u3400-\u9fff]/u.test(text)) return text;
  if (!toSimplified) {
    const opencc = require("opencc-js/t2cn") as { Converter(o: { from: string; to: string }): (s: string) => string };
    const tw = opencc.Converter({ from: "tw", to: "cn" });
    const hk = opencc.Converter({ from: "hk", to: "cn" });
    toSimplified = (s) => foldVariants(hk(tw(s)));
  }
  return toSimplified(text);
}

/**
 * Variant forms OpenCC's tables leave as they are, though the mainland writes the standard character
 * (第一批异体字整理表): 谘 (the simplified form of 諮, printed half-converted as “谘詢”) is 咨. Only
 * variants that stand for one character in every word are folded (not 祇, 甯, 凃: names, 神祇).
 * One character for one, so a text stays char for char with its printed original.
 */
const VARIANTS: Record<string, string> = { 谘: "咨", 甦: "苏", 剳: "札", 撚: "捻" };
const VARIANT_CHARS = new RegExp(`[${Object.keys(VARIANTS).join("")}]`, "gu");
function foldVariants(text: string): string {
  return text.replace(VARIANT_CHARS, (c) => VARIANTS[c] ?? c);
}

type PinyinFn = (text: string, opts: { toneType: "none"; type: "array"; v?: boolean }) => string[];
let pinyinFn: PinyinFn | null = null;

/** Toneless pinyin of each character (pinyin-pro), loaded on first use. */
export function pinyinOf(text: string): string[] {
  pinyinFn ??= (require("pinyin-pro") as { pinyin: PinyinFn }).pinyin;
  return pinyinFn(text, { toneType: "none", type: "array", v: true });
}

interface Sound {
  form: string;
  place: boolean;
}

/**
 * The loaded names by their toneless pinyin, syllables run together (ganzhou → 赣州, weijianwei →
 * 卫健委): places (浔阳区, 浔阳, 江西省赣州市) and bodies' forms (卫健委, 人社局). One table for
 * places typed in pinyin and for names typed with a character of the same sound; built on first need.
 */
function soundTable(dir: Directory): Map<string, Sound> {
  if (dir.sounds) return dir.sounds;
  const table = new Map<string, Sound>();
  const add = (form: string, place: boolean) => {
    if (form.length < 2 || !/^\p{Script=Han}+$/u.test(form)) return;
    const key = pinyinOf(form).join("");
    if (!table.has(key)) table.set(key, { form, place });
  };
  for (const form of dir.places.keys()) add(form, true);
  const bodies = new Set<string>();
  dir.ids.forEach((id) => {
    if (!governsPlace(id.kind)) bodies.add(id.body);
  });
  for (const b of bodies) {
    const short = shortForms(b);
    for (const f of [b, ...short.exact, ...short.loose]) add(f, false);
  }
  dir.sounds = table;
  return table;
}

/** Latin words of a question that spell a loaded place in pinyin → the place (ganzhou → 赣州, Hongze Qu → 洪泽区). */
function placesFromPinyin(text: string, dir: Directory): string {
  if (!/[a-z]{2}/iu.test(text)) return text;
  return text.replace(/[a-z]+(?:[\s'-]+[a-z]+)*/giu, (run) => {
    const table = soundTable(dir);
    const words = run.toLowerCase().split(/[\s'-]+/u);
    // the longest run of words that spells a place, from each word on
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let hit: { form: string; n: number } | null = null;
      for (let n = words.length - i; n >= 1 && !hit; n--) {
        const sound = table.get(words.slice(i, i + n).join(""));
        if (sound?.place) hit = { form: sound.form, n };
      }
      if (hit) {
        out.push(hit.form);
        i += hit.n;
      } else {
        out.push(words[i] as string);
        i++;
      }
    }
    return out.every((w) => /^[a-z]+$/u.test(w)) ? run : out.join("");
  });
}

/**
 * Names typed with a character of the same sound (浔杨区 → 浔阳区, 赣洲 → 赣州, 卫建委 → 卫健委):
 * a run that sounds exactly like a loaded place or body form, shares a character with it and is not
 * itself a form. Returns the text put right and what was read as what.
 */
export function soundAlikeNames(text: string, dir: Directory): { text: string; fixes: [string, string][] } {
  const fixes: [string, string][] = [];
  if (!/\p{Script=Han}{2}/u.test(text)) return { text, fixes };
  const table = soundTable(dir);
  let out = "";
  for (const part of text.split(/(\p{Script=Han}+)/u)) {
    if (!/^\p{Script=Han}+$/u.test(part)) {
      out += part;
      continue;
    }
    const sound = pinyinOf(part);
    if (sound.length !== part.length) {
      out += part;
      continue;
    }
    for (let i = 0; i < part.length; ) {
      let hit: string | null = null;
      let n = Math.min(8, part.length - i);
      for (; n >= 2 && !hit; n--) {
        const said = part.slice(i, i + n);
        if (isForm(dir, said)) break; // written right: leave it
        const form = table.get(sound.slice(i, i + n).join(""))?.form;
        if (form && form.length === n && form !== said && [...said].some((ch, k) => form[k] === ch)) hit = form;
      }
      if (hit) {
        fixes.push([part.slice(i, i + hit.length), hit]);
        out += hit;
        i += hit.length;
      } else {
        out += part[i];
        i++;
      }
    }
  }
  return { text: out, fixes };
}

/** A question with its names made readable: traditional characters simplified, pinyin places in characters. */
export function prepareQuestion(text: string, dir: Directory): string {
  return placesFromPinyin(simplify(text), dir);
}

// ---------------------------------------------------------------------------------------------
// Asking back

export interface ChoiceGroup {
  kind: AgencyKind;
  label: string;
  agencies: AgencyName[];
}

/** Agencies grouped by kind (governments first, then offices, departments …), in the directory's order within a kind. */
export function groupByKind(agencies: readonly AgencyName[]): ChoiceGroup[] {
  const order: AgencyKind[] = ["government", "office", "department", "vertical", "township", "zone", "other"];
  return order
    .map((kind) => ({ kind, label: KIND_NAMES[kind], agencies: agencies.filter((a) => identify(a.agency).kind === kind) }))
    .filter((g) => g.agencies.length > 0);
}

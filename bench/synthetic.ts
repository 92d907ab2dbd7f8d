/**
 * A synthetic corpus for the benchmark: N annual reports written from the national template
 * (shared/spec/report-format.md), each a text file like the bundled ones (data/reports), with
 * the figures it was generated from kept beside it (truth.json) so that reading can be checked.
 *
 * Made-up places (two characters + 区/县/市, some under a made-up parent city), several years per
 * agency (2019–2024; 2019 and 2020 reports use the 2019 template), some 人民政府办公室 bodies.
 * Deterministic: the same seed and size give the same bytes. Written once to
 * os.tmpdir()/nianbao-bench-…; a later run with the same seed, size and generator version
 * reuses it.
 */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderReport } from "./render.ts";

/** Bump when the generated text or truth changes: cached corpora are then rewritten. */
export const GENERATOR_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: small, fast, good enough for test data. */
export class Rand {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Integer in [0, max] spread over orders of magnitude (most agencies are small). */
  logInt(max: number): number {
    return Math.floor(Math.exp(this.next() * Math.log(max + 1))) - 1;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const sum = items.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * sum;
    for (const [v, w] of items) if ((x -= w) < 0) return v;
    return (items[items.length - 1] as readonly [T, number])[0];
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j] as T, items[i] as T];
    }
    return items;
  }
}

/** A 32-bit hash of strings/numbers, to derive one report's seed from the corpus seed. */
export function hash32(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0001")) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------
// Places

/**
 * First and second characters of the made-up place names. Chosen to read like place names and
 * to stay out of the words people ask with (no 新/东/安 first, no suffix characters 州/乡 second),
 * so that a name never swallows part of a question.
 */
const FIRST = [..."澄岚岐峨崇嵩汀沅沭泗洮浏涟淇淝渭湄湘溧滁漳潢潼濮瀚焦琼璧瑞璋祁禹穆芷苍茂荆莆莒蒲蓟蔚蕲藤衡邕邳郓郧郯鄞醴锦阆隆雁霍韶颍鹤黔麟柘桐梓棠椒榆樟檀杞枣柏栖岷沂泾渑洙汶"];
const SECOND = [..."阳江山川河溪源泉宁丰城林田陵水浦湖岭峰谷口坪塘湾原台门沙石滨庄昌兴德华康庆泰远定武清"];
/** Parent cities some districts and counties are titled under (淮安市洪泽区人民政府). */
const PARENT_FIRST = [..."汉楚燕秦晋蜀吴越闽赣滇陇豫鲁冀皖粤桂"];
const PARENT_SECOND = [..."北南东西中"];

export type Suffix = "区" | "县" | "市";

export interface AgencyPlan {
  /** Full, longest name: what the loader unifies every year's title to. */
  agency: string;
  region: string;
  /** The name without its suffix (青桐区 → 青桐). */
  short: string;
  suffix: Suffix;
  parent: string | null;
  office: boolean;
  /** A department of the region's government (教育局 …): the corpora past the governments' pool. */
  department?: string;
  years: number[];
  /** Years whose title leaves the parent city out (洪泽区人民政府 2023 vs 淮安市洪泽区人民政府 2024). */
  shortTitleYears: number[];
  /** File stem, e.g. “a0042”. */
  id: string;
}

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024] as const;

/**
 * Departments of a government (a national corpus is mostly these: 30–60 per county). Planned only
 * when a corpus is larger than the governments can make (some 3 000 bases × ≤ 6 years), so every
 * smaller corpus stays byte for byte what it was.
 */
const DEPARTMENTS = [
  "教育局", "财政局", "民政局", "公安局", "司法局", "水利局", "商务局", "审计局", "统计局", "林业局",
  "应急管理局", "生态环境局", "交通运输局", "农业农村局", "自然资源局", "市场监督管理局", "住房和城乡建设局",
  "人力资源和社会保障局", "卫生健康委员会", "发展和改革委员会",
];

/** Agencies and their years until `count` reports are planned; the last agency may be cut short. */
export function planAgencies(count: number, seed: number): AgencyPlan[] {
  const rand = new Rand(hash32(seed, "agencies"));
  const bases = rand.shuffle(FIRST.flatMap((a) => SECOND.map((b) => a + b)));
  const parents = rand.shuffle(PARENT_FIRST.flatMap((a) => PARENT_SECOND.map((b) => `${a + b}市`)));
  const plans: AgencyPlan[] = [];
  let planned = 0;
  const yearsOf = () => {
    const span = rand.weighted([[1, 1], [2, 2], [3, 3], [4, 3], [5, 2], [6, 1]] as const);
    const first = rand.int(0, YEARS.length - span);
    return YEARS.slice(first, first + Math.min(span, count - planned));
  };
  for (let i = 0; planned < count && i < bases.length; i++) {
    const base = bases[i] as string;
    const suffix = rand.weighted<Suffix>([["区", 4], ["县", 3.5], ["市", 2.5]]);
    const region = base + suffix;
    const office = rand.chance(0.12);
    const parent = suffix !== "市" && !office && rand.chance(0.15) ? rand.pick(parents) : null;
    const agency = `${parent ?? ""}${region}${office ? "人民政府办公室" : "人民政府"}`;
    const years = yearsOf();
    const shortTitleYears = parent && years.length > 1 ? years.filter((_, k) => k < years.length - 1 && rand.chance(0.4)) : [];
    plans.push({ agency, region, short: base, suffix, parent, office, years: [...years], shortTitleYears, id: `a${String(i).padStart(4, "0")}` });
    planned += years.length;
  }
  // Past the governments: their departments, one department of every government at a time.
  const governments = plans.filter((p) => !p.office);
  for (const [d, department] of DEPARTMENTS.entries()) {
    for (const g of governments) {
      if (planned >= count) return plans;
      const years = yearsOf();
      const agency = `${g.parent ?? ""}${g.region}${department}`;
      plans.push({ ...g, agency, office: false, department, years: [...years], shortTitleYears: [], id: `${g.id}d${String(d).padStart(2, "0")}` });
      planned += years.length;
    }
  }
  if (planned < count) throw new Error(`synthetic: at most ${planned} reports (asked for ${count})`);
  return plans;
}

/**
 * Names no agency of the plan uses, that look just like theirs (for “unknown place” questions):
 * unused base + suffix.
 */
export function unknownPlaces(plans: readonly AgencyPlan[], n: number, seed: number): string[] {
  const used = new Set(plans.map((p) => p.short));
  const rand = new Rand(hash32(seed, "unknown"));
  const free = rand.shuffle(FIRST.flatMap((a) => SECOND.map((b) => a + b)).filter((b) => !used.has(b)));
  // a corpus that used every base (50 000 reports): names from first characters no agency has
  if (free.length < n) free.push(...rand.shuffle([..."琨珥瑄璘琰珂琬"].flatMap((a) => SECOND.map((b) => a + b))));
  return free.slice(0, n).map((b) => b + rand.pick(["区", "县", "市"]));
}

// ---------------------------------------------------------------------------------------------
// The figures of one report (the truth)

export type Cells = Record<string, number>;
export type TemplateId = "2019" | "2021";
export type Layout = "tabs" | "cells";

export interface NarrativeFact {
  value: number;
  unit: string;
}

export interface Truth {
  file: string;
  /** The unified (longest) agency name, as the loader reports it. */
  agency: string;
  /** The name printed in this year's title. */
  titleAgency: string;
  region: string;
  short: string;
  suffix: Suffix;
  office: boolean;
  /** Set for a department's report (教育局 …). */
  department?: string;
  year: number;
  template: TemplateId;
  layout: Layout;
  table1: Record<string, Cells>;
  table2: Record<string, Cells>;
  table3: Record<string, Cells>;
  /** Figures only the narrative states, by key (livestream, mailbox, interviews, …). */
  narrative: Record<string, NarrativeFact>;
  /** 市长信箱 / 区长信箱 / 县长信箱. */
  mailbox: string;
}

export const APPLICANTS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org"] as const;

/** Result rows of the 2021 template with a typical share of the results (weights, not probabilities). */
const RESULT_WEIGHTS: [string, number][] = [
  ["granted", 45], ["partly_granted", 10],
  ["refused.state_secret", 0.5], ["refused.law_prohibited", 1], ["refused.security_stability", 0.5], ["refused.third_party", 2],
  ["refused.internal_affairs", 1.5], ["refused.process_info", 2], ["refused.enforcement_file", 0.8], ["refused.query_matter", 1.5],
  ["unavailable.not_held", 18], ["unavailable.needs_creation", 2], ["unavailable.unclear", 1.5],
  ["not_processed.complaint", 2], ["not_processed.duplicate", 2.5], ["not_processed.publication", 0.3],
  ["not_processed.excessive", 0.5], ["not_processed.confirmation", 0.5],
  ["other.no_correction", 2], ["other.unpaid_fee", 0.2], ["other.other", 3],
];

function splitInto(rand: Rand, total: number, weights: readonly number[]): number[] {
  const w = weights.map((x) => (x > 0 && rand.chance(x >= 5 ? 0.97 : 0.55) ? x * (0.3 + 1.4 * rand.next()) : 0));
  const sum = w.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    const out = weights.map(() => 0);
    out[0] = total;
    return out;
  }
  const out = w.map((x) => Math.floor((total * x) / sum));
  const rest = total - out.reduce((a, b) => a + b, 0);
  const top = w.indexOf(Math.max(...w));
  out[top] = (out[top] ?? 0) + rest;
  return out;
}

function table2Of(rand: Rand, template: TemplateId): Record<string, Cells> {
  const results = rand.chance(0.04) ? 0 : rand.logInt(2500);
  // Applicants: mostly natural persons; organisations are few and often none at all.
  const orgShare = rand.chance(0.3) ? 0 : 0.02 + 0.2 * rand.next();
  const orgs = Math.round(results * orgShare);
  const perColumn = [results - orgs, ...splitInto(rand, orgs, [6, 0.5, 0.3, 1.5, 2])];
  const t: Record<string, Cells> = {};
  const set = (row: string, col: string, v: number) => ((t[row] ??= {})[col] = v);
  APPLICANTS.forEach((col, c) => {
    const r = perColumn[c] ?? 0;
    const parts = splitInto(rand, r, RESULT_WEIGHTS.map(([, w]) => w));
    RESULT_WEIGHTS.forEach(([row], k) => set(row, col, parts[k] ?? 0));
    const carriedOut = r > 0 && rand.chance(0.5) ? rand.int(0, Math.ceil(r * 0.06)) : 0;
    const carriedIn = Math.min(r + carriedOut, rand.chance(0.5) ? rand.int(0, Math.ceil(r * 0.06)) : 0);
    set("carried_out", col, carriedOut);
    set("carried_in", col, carriedIn);
    set("new", col, r + carriedOut - carriedIn);
    set("results_total", col, r);
  });
  if (template === "2019") {
    for (const col of APPLICANTS) {
      set("other", col, (t["other.no_correction"]?.[col] ?? 0) + (t["other.unpaid_fee"]?.[col] ?? 0) + (t["other.other"]?.[col] ?? 0));
    }
    delete t["other.no_correction"];
    delete t["other.unpaid_fee"];
    delete t["other.other"];
  }
  for (const row of Object.values(t)) row.total = APPLICANTS.reduce((s, c) => s + (row[c] ?? 0), 0);
  return t;
}

function table3Of(rand: Rand, scale: number): Record<string, Cells> {
  const t: Record<string, Cells> = {};
  for (const [group, max] of [["review", 0.06], ["suit_direct", 0.03], ["suit_after_review", 0.02]] as const) {
    const n = rand.chance(0.35) ? 0 : rand.int(0, Math.ceil(scale * max) + 1);
    const [upheld = 0, corrected = 0, other = 0, pending = 0] = splitInto(rand, n, [6, 1.5, 2, 1.5]);
    t[group] = { upheld, corrected, other, pending, total: n };
  }
  return t;
}

function decimal(rand: Rand, max: number): number {
  const places = rand.int(0, 4);
  const v = rand.next() * max;
  return Math.round(v * 10 ** places) / 10 ** places;
}

function table1Of(rand: Rand, template: TemplateId, city: boolean): Record<string, Cells> {
  const issued = () => rand.logInt(city ? 60 : 25);
  const decisions = (max: number) => rand.logInt(max);
  if (template === "2021") {
    const rulesIssued = city ? rand.int(0, 3) : 0;
    const normIssued = issued();
    return {
      rules: { issued: rulesIssued, repealed: city ? rand.int(0, 2) : 0, in_force: city ? rulesIssued + rand.int(0, 20) : 0 },
      normative: { issued: normIssued, repealed: rand.logInt(30), in_force: normIssued + rand.logInt(600) },
      licensing: { decisions: decisions(city ? 1_200_000 : 60_000) },
      penalty: { decisions: decisions(city ? 700_000 : 20_000) },
      coercion: { decisions: decisions(city ? 40_000 : 3_000) },
      fees: { amount_10k_yuan: rand.chance(0.2) ? 0 : decimal(rand, city ? 150_000 : 8_000) },
    };
  }
  const made = issued();
  const prev = (max: number) => ({ prev_items: rand.logInt(max), change: rand.chance(0.15) ? -rand.int(1, 9) : rand.int(0, 30) });
  return {
    rules: { made: city ? rand.int(0, 3) : 0, published: 0, total_published: city ? rand.int(0, 20) : 0 },
    normative: { made, published: made, total_published: made + rand.logInt(400) },
    licensing: { ...prev(900), decisions: decisions(city ? 900_000 : 50_000) },
    other_services: { ...prev(1500), decisions: decisions(5_000) },
    penalty: { ...prev(4000), decisions: decisions(city ? 500_000 : 15_000) },
    coercion: { ...prev(300), decisions: decisions(city ? 30_000 : 2_000) },
    fees: prev(60),
    procurement: { count: rand.logInt(800), amount_10k_yuan: decimal(rand, city ? 200_000 : 40_000) },
  };
}

/** Figures only the narrative states; each report states a random subset. */
function narrativeOf(rand: Rand, scale: number): Record<string, NarrativeFact> {
  const out: Record<string, NarrativeFact> = {};
  const maybe = (key: string, p: number, value: () => number, unit: string) => {
    if (rand.chance(p)) out[key] = { value: value(), unit };
  };
  maybe("published", 0.9, () => 200 + rand.logInt(30_000), "条");
  maybe("news", 0.6, () => 20 + rand.logInt(900), "条");
  maybe("repost", 0.5, () => rand.int(10, 600), "条");
  maybe("text_interp", 0.6, () => rand.int(3, 90), "条");
  maybe("image_interp", 0.5, () => rand.int(2, 80), "条");
  maybe("video_interp", 0.4, () => rand.int(1, 40), "条");
  maybe("gazette", 0.4, () => rand.int(2, 12), "期");
  maybe("livestream", 0.7, () => rand.int(2, 60), "场次");
  maybe("interviews", 0.5, () => rand.int(2, 30), "期");
  maybe("mailbox", 0.7, () => 10 + rand.logInt(5000), "条");
  maybe("newmedia", 0.5, () => 100 + rand.logInt(20_000), "条");
  maybe("press", 0.5, () => rand.int(2, 40), "场");
  maybe("training", 0.8, () => rand.int(1, 12), "次");
  maybe("monthly", 0.4, () => rand.int(4, 12), "期");
  maybe("cleanup", 0.4, () => rand.int(5, 200 + Math.round(scale / 10)), "件");
  maybe("online", 0.25, () => 0, "件"); // the online/offline split of applications, filled in later
  return out;
}

/** The truth of one report: its tables and narrative figures. */
export function generateTruth(plan: AgencyPlan, year: number, seed: number): Truth {
  const rand = new Rand(hash32(seed, plan.id, year));
  const template: TemplateId = year <= 2020 ? "2019" : "2021";
  const city = plan.suffix === "市";
  const table2 = table2Of(rand, template);
  const scale = table2.new?.total ?? 0;
  const narrative = narrativeOf(rand, scale);
  if (narrative.online) {
    // “线上申请20件，线下申请4件”: the parts of the year's new applications.
    const online = Math.round(scale * (0.5 + 0.5 * rand.next()));
    narrative.online = { value: online, unit: "件" };
    narrative.offline = { value: scale - online, unit: "件" };
  }
  const titleAgency = plan.shortTitleYears.includes(year) && plan.parent ? plan.agency.slice(plan.parent.length) : plan.agency;
  return {
    file: `${plan.id}-${year}.txt`,
    agency: plan.agency,
    titleAgency,
    region: plan.region,
    short: plan.short,
    suffix: plan.suffix,
    office: plan.office,
    ...(plan.department ? { department: plan.department } : {}),
    year,
    template,
    layout: rand.chance(0.78) ? "tabs" : "cells",
    table1: table1Of(rand, template, city),
    table2,
    table3: table3Of(rand, scale),
    narrative,
    mailbox: `${plan.suffix}长信箱`,
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus on disk

export interface SyntheticCorpus {
  dir: string;
  seed: number;
  count: number;
  plans: AgencyPlan[];
  truth: Truth[];
  /** True when an earlier run's files were reused. */
  reused: boolean;
  /** Time spent generating and writing (0 when reused). */
  generateMs: number;
}

interface Marker {
  version: number;
  seed: number;
  count: number;
}

export function corpusDir(count: number, seed: number): string {
  return join(tmpdir(), `nianbao-bench-s${seed}-n${count}`);
}

/**
 * The corpus of `count` reports for `seed`: read from its folder when an earlier run completed it
 * with the same generator version, written anew otherwise.
 */
export async function syntheticCorpus(count: number, seed = 1): Promise<SyntheticCorpus> {
  const dir = corpusDir(count, seed);
  const plans = planAgencies(count, seed);
  const markerPath = join(dir, "complete.json");
  if (existsSync(markerPath)) {
    try {
      const marker = JSON.parse(await readFile(markerPath, "utf8")) as Marker;
      if (marker.version === GENERATOR_VERSION && marker.seed === seed && marker.count === count) {
        const truth = JSON.parse(await readFile(join(dir, "truth.json"), "utf8")) as Truth[];
        return { dir, seed, count, plans, truth, reused: true, generateMs: 0 };
      }
    } catch {
      // unreadable marker or truth: write the corpus again
    }
  }
  const t0 = performance.now();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const truth: Truth[] = [];
  let batch: Promise<void>[] = [];
  for (const plan of plans) {
    for (const year of plan.years) {
      const t = generateTruth(plan, year, seed);
      truth.push(t);
      batch.push(writeFile(join(dir, t.file), renderReport(t, new Rand(hash32(seed, "text", t.file)))));
      if (batch.length >= 64) {
        await Promise.all(batch);
        batch = [];
      }
    }
  }
  await Promise.all(batch);
  // truth.json is not a report file (loadCorpus reads .txt .md .html .htm .pdf .docx only).
  await writeFile(join(dir, "truth.json"), JSON.stringify(truth));
  const marker: Marker = { version: GENERATOR_VERSION, seed, count };
  await writeFile(markerPath, JSON.stringify(marker));
  return { dir, seed, count, plans, truth, reused: false, generateMs: performance.now() - t0 };
}

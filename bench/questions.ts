/**
 * Questions about a synthetic corpus: a mixed stream for answer latency (single figures in many
 * phrasings, breakdowns, comparisons, rankings, trends, unknown places, free-text search,
 * ambiguous prefixes) and a set with known answers, computed from the generated figures.
 */
import { hash32, Rand, unknownPlaces, type AgencyPlan, type Truth } from "./synthetic.ts";

export type QuestionKind =
  | "figure"
  | "narrative"
  | "breakdown"
  | "comparison"
  | "ranking"
  | "trend"
  | "unknown"
  | "search"
  | "ambiguous"
  | "reports"
  | "indicator";

export interface BenchQuestion {
  q: string;
  kind: QuestionKind;
  /** The value figures[0] must have, when known. */
  expect?: number;
}

const sum = (...xs: (number | undefined)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
const t2 = (t: Truth, row: string, col = "total") => t.table2[row]?.[col];
const group = (t: Truth, prefix: string) => sum(...Object.entries(t.table2).filter(([id]) => id.startsWith(prefix)).map(([, r]) => r.total));

interface Ask {
  say: (name: string, year: string, t: Truth) => string;
  value: (t: Truth) => number | undefined;
  /** Only for reports of this template. */
  template?: "2019" | "2021";
}

/** Single figures, phrased the ways people ask (shared/eval/questions.jsonl and variants). */
const FIGURE_ASKS: Ask[] = [
  { say: (n, y) => `${n}${y}依申请公开多少件`, value: (t) => t2(t, "new") },
  { say: (n, y) => `${n}${y}收到多少政府信息公开申请`, value: (t) => t2(t, "new") },
  { say: (n, y) => `${n} ${y.replace("年", "")} 依申请`, value: (t) => t2(t, "new") },
  { say: (n, y) => `${n}${y}本年新收政府信息公开申请数量`, value: (t) => t2(t, "new") },
  { say: (n, y) => `${n}${y}上年结转的申请有多少`, value: (t) => t2(t, "carried_in") },
  { say: (n, y) => `${n}${y}依申请公开中自然人申请多少件`, value: (t) => t2(t, "new", "natural_person") },
  { say: (n, y) => `${n}${y}商业企业提出了多少申请`, value: (t) => t2(t, "new", "commercial") },
  { say: (n, y) => `${n}${y}法人或其他组织申请多少件`, value: (t) => sum(...["commercial", "research", "public_interest", "legal_service", "other_org"].map((c) => t2(t, "new", c))) },
  { say: (n, y) => `${n}${y}予以公开多少件`, value: (t) => t2(t, "granted") },
  { say: (n, y) => `${n}${y}部分公开的申请数`, value: (t) => t2(t, "partly_granted") },
  { say: (n, y) => `${n}${y}不予公开多少件`, value: (t) => group(t, "refused.") },
  { say: (n, y) => `${n}${y}不予公开中属于行政查询事项的有多少件`, value: (t) => t2(t, "refused.query_matter") },
  { say: (n, y) => `${n}${y}本机关不掌握相关政府信息的有多少件`, value: (t) => t2(t, "unavailable.not_held") },
  { say: (n, y) => `${n}${y}无法提供的有几件`, value: (t) => group(t, "unavailable.") },
  { say: (n, y) => `${n}${y}因重复申请不予处理的有几件`, value: (t) => t2(t, "not_processed.duplicate") },
  { say: (n, y) => `${n}${y}办结了多少件申请`, value: (t) => t2(t, "results_total") },
  { say: (n, y) => `${n}${y}结转下年度继续办理多少件`, value: (t) => t2(t, "carried_out") },
  { say: (n, y) => `${n}${y}行政复议总计多少件`, value: (t) => t.table3.review?.total },
  { say: (n, y) => `${n}${y}行政复议结果纠正几件`, value: (t) => t.table3.review?.corrected },
  { say: (n, y) => `${n}${y}行政诉讼一共多少件`, value: (t) => sum(t.table3.suit_direct?.total, t.table3.suit_after_review?.total) },
  { say: (n, y) => `${n}${y}复议后起诉多少件`, value: (t) => t.table3.suit_after_review?.total },
  { say: (n, y) => `${n}${y}行政许可处理决定数量`, value: (t) => t.table1.licensing?.decisions },
  { say: (n, y) => `${n}${y}行政处罚多少`, value: (t) => t.table1.penalty?.decisions },
  { say: (n, y) => `${n}${y}行政事业性收费金额`, value: (t) => t.table1.fees?.amount_10k_yuan, template: "2021" },
  { say: (n, y) => `${n}${y}现行有效的行政规范性文件有多少件`, value: (t) => t.table1.normative?.in_force, template: "2021" },
  { say: (n, y) => `${n}${y}本年制发行政规范性文件多少件`, value: (t) => t.table1.normative?.issued, template: "2021" },
  { say: (n, y) => `${n}${y}政府集中采购总金额`, value: (t) => t.table1.procurement?.amount_10k_yuan, template: "2019" },
];

/** Figures only the narrative states. */
const NARRATIVE_ASKS: { key: string; say: (n: string, y: string, t: Truth) => string }[] = [
  { key: "livestream", say: (n, y) => `${n}${y}开展了多少场政务公开云直播` },
  { key: "mailbox", say: (n, y, t) => `${n}${y}${t.mailbox}收到多少信件` },
  { key: "interviews", say: (n, y) => `${n}${y}录制在线访谈多少期` },
  { key: "press", say: (n, y) => `${n}${y}召开了几场新闻发布会` },
  { key: "training", say: (n, y) => `${n}${y}开展政务公开培训多少次` },
  { key: "gazette", say: (n, y) => `${n}${y}编发政府公报多少期` },
];

/** A figure asked across agencies (rankings, comparisons, trends). */
const CROSS_METRICS: { say: string; value: (t: Truth) => number | undefined }[] = [
  { say: "依申请公开", value: (t) => t2(t, "new") },
  { say: "行政复议", value: (t) => t.table3.review?.total },
  { say: "予以公开", value: (t) => t2(t, "granted") },
  { say: "行政许可", value: (t) => t.table1.licensing?.decisions },
];

const BREAKDOWNS = [
  (n: string, y: string) => `${n}${y}办理结果`,
  (n: string, y: string) => `${n}${y}申请人构成`,
  (n: string, y: string) => `${n}${y}行政复议情况`,
  (n: string, y: string) => `${n}${y}不予公开的明细`,
  (n: string, y: string) => `${n}${y}依申请公开办理情况`,
];

const SEARCHES = [
  (n: string) => `${n} 云直播`,
  (n: string, y: string) => `${n}${y}政务新媒体建设`,
  (n: string) => `${n}存在的主要问题`,
  (n: string) => `${n}是否收取信息处理费`,
  () => "政务公开培训",
  () => "基层政务公开标准化规范化建设有哪些措施",
  () => "哪些地方开展了云直播",
];

/** The ways a report's agency is named in a question. */
function nameOf(t: Truth, rand: Rand): string {
  if (t.department) return rand.pick([t.agency, `${t.region}${t.department}`]);
  const forms = t.office ? [t.region, t.agency, `${t.region}政府办`] : [t.region, t.short, t.agency, `${t.region}政府`];
  return rand.pick(forms);
}

function yearText(t: Truth, rand: Rand): string {
  return rand.chance(0.9) ? `${t.year}年` : `${t.year} `;
}

export class QuestionMaker {
  private readonly byYear = new Map<number, Truth[]>();
  private readonly byAgency = new Map<string, Truth[]>();
  private readonly unknown: string[];

  constructor(
    private readonly truth: readonly Truth[],
    plans: readonly AgencyPlan[],
    seed: number,
  ) {
    for (const t of truth) {
      this.byYear.set(t.year, [...(this.byYear.get(t.year) ?? []), t]);
      this.byAgency.set(t.agency, [...(this.byAgency.get(t.agency) ?? []), t]);
    }
    for (const list of this.byAgency.values()) list.sort((a, b) => a.year - b.year);
    this.unknown = unknownPlaces(plans, 50, seed);
  }

  figure(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    const asks = FIGURE_ASKS.filter((a) => !a.template || a.template === t.template);
    const ask = rand.pick(asks);
    return { q: ask.say(nameOf(t, rand), yearText(t, rand), t), kind: "figure", expect: ask.value(t) ?? 0 };
  }

  narrative(rand: Rand): BenchQuestion {
    for (;;) {
      const t = rand.pick(this.truth);
      const asks = NARRATIVE_ASKS.filter((a) => t.narrative[a.key]);
      if (!asks.length) continue;
      const ask = rand.pick(asks);
      return { q: ask.say(nameOf(t, rand), `${t.year}年`, t), kind: "narrative", expect: t.narrative[ask.key]?.value ?? 0 };
    }
  }

  comparison(rand: Rand): BenchQuestion {
    for (;;) {
      const a = rand.pick(this.truth);
      const b = rand.pick(this.byYear.get(a.year) ?? []);
      if (b.agency === a.agency) continue;
      const m = rand.pick(CROSS_METRICS);
      // “衡丰县和莆江县财政局” means both places' 财政局: a place alone before a department's name is written in full
      const [na0, nb] = [nameOf(a, rand), nameOf(b, rand)];
      const na = b.department && (na0 === a.region || na0 === a.short) ? a.agency : na0;
      const q = rand.chance(0.5) ? `对比${na}和${nb}${a.year}年${m.say}数量` : `${na}和${nb}${a.year}年${m.say}对比`;
      return { q, kind: "comparison", expect: m.value(a) ?? 0 };
    }
  }

  ranking(rand: Rand): BenchQuestion {
    const year = rand.pick([...this.byYear.keys()]);
    const m = rand.pick(CROSS_METRICS);
    // A ranking compares governments (answers/who.ts rankPool): departments take no place in it.
    const pool = (this.byYear.get(year) ?? []).filter((t) => !t.department);
    const values = pool.map((t) => m.value(t) ?? 0);
    const shape = rand.int(0, 2);
    if (shape === 0) return { q: `${year}年哪个地区${m.say}最多`, kind: "ranking", expect: Math.max(...values) };
    if (shape === 1) return { q: `${year}年${m.say}最少的是哪个地区`, kind: "ranking", expect: Math.min(...values) };
    return { q: `${year}年${m.say}数量排名前三的地区`, kind: "ranking", expect: Math.max(...values) };
  }

  trend(rand: Rand): BenchQuestion {
    for (;;) {
      const t = rand.pick(this.truth);
      const own = this.byAgency.get(t.agency) ?? [];
      if (own.length < 2) continue;
      const m = rand.pick(CROSS_METRICS);
      const name = nameOf(t, rand);
      const first = own[0] as Truth;
      const last = own[own.length - 1] as Truth;
      if (rand.chance(0.5)) return { q: `${name}历年${m.say}`, kind: "trend", expect: m.value(first) ?? 0 };
      return { q: `${name}${first.year}-${last.year}年${m.say}变化`, kind: "trend", expect: m.value(first) ?? 0 };
    }
  }

  breakdown(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    return { q: rand.pick(BREAKDOWNS)(nameOf(t, rand), `${t.year}年`), kind: "breakdown" };
  }

  unknownPlace(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    return { q: `${rand.pick(this.unknown)}${t.year}年依申请公开多少件`, kind: "unknown" };
  }

  search(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    return { q: rand.pick(SEARCHES)(nameOf(t, rand), `${t.year}年`), kind: "search" };
  }

  /** Rates, shares and changes from the year before (公开率, 办结率, 纠错率, 占比, 比上年多了多少, 同比), and rankings by a rate. */
  indicator(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    const n = nameOf(t, rand);
    const y = `${t.year}年`;
    const rate = (num: number, den: number) => (den > 0 ? Math.round((num / den) * 10000) / 100 : undefined);
    const asks: [string, number | undefined][] = [
      [`${n}${y}公开率`, rate(sum(t2(t, "granted"), t2(t, "partly_granted")), t2(t, "results_total") ?? 0)],
      [`${n}${y}办结率是多少`, rate(t2(t, "results_total") ?? 0, sum(t2(t, "new"), t2(t, "carried_in")))],
      [`${n}${y}行政复议纠错率`, rate(t.table3.review?.corrected ?? 0, (t.table3.review?.total ?? 0) - (t.table3.review?.pending ?? 0))],
      [`${n}${y}自然人申请占比`, rate(t2(t, "new", "natural_person") ?? 0, t2(t, "new") ?? 0)],
      [`${n}${y}依申请比上年多了多少`, undefined],
      [`${n}${y}依申请公开同比增长多少`, undefined],
      [`${t.year}年哪个地方公开率最高`, undefined],
    ];
    const [q, expect] = rand.pick(asks);
    return { q, kind: "indicator", ...(expect === undefined ? {} : { expect }) };
  }

  ambiguous(rand: Rand): BenchQuestion {
    const t = rand.pick(this.truth);
    return { q: `${t.short.slice(0, 1)}${t.year}年依申请公开多少件`, kind: "ambiguous" };
  }

  /** `n` questions of every kind, in a fixed random order. */
  mixed(n: number, seed: number): BenchQuestion[] {
    const rand = new Rand(hash32(seed, "mixed", n));
    const kinds: [() => BenchQuestion, number][] = [
      [() => this.figure(rand), 37],
      [() => this.narrative(rand), 7],
      [() => this.breakdown(rand), 10],
      [() => this.comparison(rand), 10],
      [() => this.ranking(rand), 8],
      [() => this.trend(rand), 8],
      [() => this.unknownPlace(rand), 6],
      [() => this.search(rand), 8],
      [() => this.ambiguous(rand), 5],
      [() => this.indicator(rand), 8],
      [() => ({ q: rand.pick(["有哪些报告", "已收录哪些年报"]), kind: "reports" }), 1],
    ];
    return Array.from({ length: n }, () => rand.weighted(kinds)());
  }

  /** `n` questions whose figures[0].value is known from the generated figures. */
  known(n: number, seed: number): BenchQuestion[] {
    const rand = new Rand(hash32(seed, "known", n));
    const kinds: [() => BenchQuestion, number][] = [
      [() => this.figure(rand), 60],
      [() => this.narrative(rand), 12],
      [() => this.comparison(rand), 10],
      [() => this.ranking(rand), 9],
      [() => this.trend(rand), 9],
    ];
    return Array.from({ length: n }, () => rand.weighted(kinds)());
  }
}

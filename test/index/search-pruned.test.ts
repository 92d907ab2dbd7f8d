/**
 * A search of the whole corpus skips the documents that cannot be among the best (MaxScore and
 * block bounds, search.ts `best`): it must give exactly what scoring every passage gives. The
 * reference here scores every passage of a generated corpus from its terms, as search.ts documents
 * the formula (BM25 k 1.2, b 0.7, d 0.5 with MiniSearch's IDF, times the matched query terms, times
 * the agency ×3 and year ×2 boosts; terms in more than a tenth of the passages left out when the
 * query has rarer ones; Latin prefix and fuzzy expansions), adding each document's parts in the
 * query's order, so the scores compare to the last bit. Documents, order (ties by corpus order:
 * files sorted, then passages) and scores must be equal for every query, limit and boost.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSearchIndex, loadSnapshot, saveSnapshot, type Hit, type SearchOptions } from "../../src/index/search.ts";
import type { Report } from "../../src/index/schema.ts";
import { tokens } from "../../src/index/tokenize.ts";
import { makeReport } from "../helpers/report.ts";

/** A small seeded generator (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// words jieba keeps whole (checked by the test below); the first are the most frequent (Zipf)
const WORDS = [
  "工作", "公开", "信息", "政务", "服务", "群众", "建设", "平台", "网站", "申请", "答复", "办理", "会议", "文件", "政策",
  "解读", "标准", "规范", "基层", "企业", "数据", "档案", "热线", "信箱", "留言", "问题", "措施", "机制", "培训", "直播",
  "云直播", "app", "apps", "appx", "wechat", "wechet", "weibo", "weixin", "portal", "portals",
];

/** Words in a few passages only (one in fifty passages has one of them). */
const RARE = ["听证", "复议", "诉讼", "督查", "问责"];

const rand = rng(20261202);
const zipf = (): string => {
  // index ~ 1/(rank+1): common words in most passages, the tail in few
  const r = rand();
  const i = Math.floor((WORDS.length + 1) ** r) - 1;
  return WORDS[Math.min(WORDS.length - 1, Math.max(0, i))] as string;
};
/**
 * Sentences every report may repeat, as the template's are (the bench's generated corpus is mostly
 * such): passages of equal score, ordered by the corpus, and passages a word longer scoring just under them.
 */
const TEMPLATES = Array.from({ length: 30 }, () => Array.from({ length: 10 + Math.floor(rand() * 20) }, zipf));
/**
 * A report's own passages: long ones, and in the first reports short ones repeating a few words
 * (the best for those words, found first: the long passages' blocks of postings then stay under them).
 */
const passage = (dense: boolean): string => {
  if (!dense && rand() < 0.6) {
    const t = TEMPLATES[Math.floor(rand() * TEMPLATES.length)] as string[];
    // with up to three words more: lengths a word apart, scores close to one another
    return [...t, ...Array.from({ length: Math.floor(rand() * 4) }, () => "工作")].join("，");
  }
  const n = dense ? 1 + Math.floor(rand() * 4) : 20 + Math.floor(rand() * 40);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = zipf();
    // a word repeated: term frequencies above 1
    const times = dense ? 2 + Math.floor(rand() * 5) : rand() < 0.1 ? 2 + Math.floor(rand() * 3) : 1;
    for (let t = 0; t < times; t++) out.push(w);
  }
  if (rand() < 0.02) out.push(RARE[Math.floor(rand() * RARE.length)] as string);
  return out.join("，");
};

const AGENCIES = Array.from({ length: 40 }, (_, i) => `${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"东南西北"[Math.floor(i / 10)]}县人民政府`);
const reports: Report[] = [];
for (let r = 0; r < 240; r++) {
  const agency = AGENCIES[r % AGENCIES.length] as string;
  const year = 2019 + (Math.floor(r / AGENCIES.length) % 6);
  reports.push(makeReport({ file: `r${String(r).padStart(3, "0")}-${year}.txt`, agency, region: agency.replace("人民政府", ""), year, paragraphs: Array.from({ length: 4 + Math.floor(rand() * 24) }, () => passage(r < 12)) }));
}

// ---------------------------------------------------------------------------------------------
// The reference: every passage scored

const sorted = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
const docs = sorted.flatMap((r) =>
  r.passages.map((p) => {
    const toks = tokens(p.text);
    const tf = new Map<string, number>();
    for (const t of toks) tf.set(t, Math.min(255, (tf.get(t) ?? 0) + 1));
    return { report: r, id: p.id, tf, length: Math.min(toks.length, 65_535) };
  }),
);
const N = docs.length;
const avg = docs.reduce((s, d) => s + d.length, 0) / N;
const df = new Map<string, number>();
for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
const latin = [...df.keys()].filter((t) => /^[a-z][a-z0-9-]*$/u.test(t)).sort();

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j] as number;
      row[j] = Math.min(up + 1, (row[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return row[b.length] as number;
}

interface Ref {
  file: string;
  passageId: string;
  score: number;
}

function reference(query: string, opts: SearchOptions): Ref[] {
  const terms: { bit: number; expansions: [string, number][]; df: number }[] = [];
  for (const w of [...new Set(tokens(query))]) {
    const expansions: [string, number][] = df.has(w) ? [[w, 1]] : [];
    if (/^[a-z][a-z0-9-]*$/u.test(w) && w.length >= 3) {
      const seen = new Set([w]);
      for (const t of latin) {
        if (t.startsWith(w) && !seen.has(t)) {
          seen.add(t);
          expansions.push([t, (0.375 * t.length) / (t.length + 0.3 * (t.length - w.length))]);
        }
      }
      if (w.length >= 4) {
        const max = Math.round(w.length * 0.2);
        for (const t of latin) {
          if (seen.has(t) || distance(w, t) > max) continue;
          seen.add(t);
          expansions.push([t, (0.45 * t.length) / (t.length + distance(w, t))]);
        }
      }
    }
    if (expansions.length) terms.push({ bit: terms.length, expansions, df: expansions.reduce((s, [t]) => s + (df.get(t) ?? 0), 0) });
  }
  if (!terms.length) return [];
  const rare = terms.filter((q) => q.df <= Math.max(0.1 * N, 100));
  const finders = rare.length ? rare : [terms.reduce((a, b) => (b.df < a.df ? b : a))];
  const agencies = new Set(opts.agencies ?? []);
  const years = new Set(opts.years ?? []);
  const scored: (Ref & { doc: number })[] = [];
  docs.forEach((d, doc) => {
    let score = 0;
    const matched = new Set<number>();
    for (const q of finders) {
      for (const [t, weight] of q.expansions) {
        const f = d.tf.get(t);
        if (f === undefined) continue;
        const n = df.get(t) as number;
        const w = weight * Math.log(1 + (N - n + 0.5) / (n + 0.5));
        score = score + w * (0.5 + (f * (1.2 + 1)) / (f + Math.fround(1.2 * (1 - 0.7 + (0.7 * d.length) / avg))));
        matched.add(q.bit);
      }
    }
    if (!matched.size) return;
    let v = score * matched.size;
    if (agencies.size || years.size) v *= (agencies.has(d.report.agency) ? 3 : 1) * (years.has(d.report.year) ? 2 : 1);
    scored.push({ file: d.report.file, passageId: d.id, score: v, doc });
  });
  scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
  return scored.slice(0, opts.limit ?? 10).map(({ file, passageId, score }) => ({ file, passageId, score }));
}

const got = (hits: Hit[]): Ref[] => hits.map((h) => ({ file: h.file, passageId: h.passageId ?? "", score: h.score }));

// queries: one to six words, common and rare, Latin words with prefix and fuzzy expansions
const queries: string[] = ["工作", "公开 信息", "工作 公开 信息 政务", "云直播", "app", "wechat", "portal 培训", "weixin 直播 热线", "听证 工作 公开", "复议 诉讼 app"];
const qrand = rng(7);
for (let i = 0; i < 60; i++) {
  const n = 1 + Math.floor(qrand() * 6);
  const words = Array.from({ length: n }, () => WORDS[Math.floor((WORDS.length + 1) ** qrand()) - 1] ?? "工作");
  if (qrand() < 0.2) words.push(RARE[Math.floor(qrand() * RARE.length)] as string);
  queries.push(words.join(" "));
}
const OPTIONS: SearchOptions[] = [
  { limit: 1 },
  { limit: 3 },
  { limit: 10 },
  { limit: 40 },
  { limit: 3, years: [2021] },
  { limit: 10, agencies: [AGENCIES[3] as string] },
  { limit: 3, agencies: [AGENCIES[7] as string, AGENCIES[8] as string], years: [2019, 2024] },
];

const index = buildSearchIndex(reports);

describe("search of the whole corpus, best few only", () => {
  it("the generated corpus is cut into the words it was written with, and spans common and rare ones", () => {
    expect([...df.keys()].sort()).toEqual([...new Set([...WORDS, ...RARE].flatMap((w) => tokens(w)))].sort());
    expect(N).toBeGreaterThan(2500);
    // some words are in more than a tenth of the passages (left out beside rarer ones), some in few
    expect([...df.values()].filter((n) => n > 0.1 * N).length).toBeGreaterThan(3);
    expect([...df.values()].filter((n) => n < 0.01 * N).length).toBeGreaterThan(3);
  });

  it.each(OPTIONS.map((o) => [JSON.stringify(o), o] as const))("gives what scoring every passage gives, to the last bit: %s", (_, opts) => {
    for (const q of queries) expect(got(index.search(q, opts)), q).toEqual(reference(q, opts));
  });

  it("scores exactly only some of the documents its terms are in, for many queries (so the bounds above were put to the test)", () => {
    const at = index as unknown as { lastScored: { documents: number; postings: number } };
    const pruned = queries.filter((q) => {
      index.search(q, { limit: 3 });
      return at.lastScored.documents < at.lastScored.postings / 2;
    });
    expect(pruned.length).toBeGreaterThan(4);
  });

  it("holds ties in corpus order (repeated passages score alike)", () => {
    const ties = queries.filter((q) => {
      const r = reference(q, { limit: 40 });
      return r.some((x, i) => i > 0 && x.score === r[i - 1]?.score);
    });
    expect(ties.length).toBeGreaterThan(3);
  });

  describe("from a snapshot", () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-pruned-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("loaded, it answers as the reference does (the block bounds are saved with it)", () => {
      saveSnapshot(index, dir);
      const loaded = loadSnapshot(dir, reports);
      expect(loaded.info.origin).toBe("snapshot");
      for (const opts of OPTIONS) for (const q of queries) expect(got(loaded.search(q, opts)), q).toEqual(reference(q, opts));
    });
  });
});

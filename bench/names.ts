/**
 * Resolving names at scale, for `npm run bench`: the name directory's build and the time to
 * resolve a name as people write it. No side effects on import.
 */
import { Rand } from "./synthetic.ts";

async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const v = await f();
  return [v, performance.now() - t];
}

export interface NameTiming {
  agencies: number;
  forms: number;
  buildMs: number;
  n: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * Resolving a name: the directory of every agency's forms built once (what the first question
 * pays), then names as people write them (full name, region, short name, an abbreviation) resolved.
 */
export async function measureNames(agencies: readonly { agency: string; region: string }[], n: number, seed: number): Promise<NameTiming> {
  const { directory, resolveName } = await import("../src/index/agency/resolve.ts");
  const { everydayNames } = await import("../src/index/agency/forms.ts");
  const names = [...agencies];
  const [dir, buildMs] = await timed(() => directory(names));
  const rand = new Rand(seed);
  const asked = Array.from({ length: n }, () => {
    const a = rand.pick(names);
    return rand.pick([a.agency, a.region, ...everydayNames(a.agency)]);
  });
  for (const q of asked.slice(0, 50)) resolveName(dir, q); // warm-up
  const times = asked.map((q) => {
    const t = performance.now();
    resolveName(dir, q);
    return performance.now() - t;
  });
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { agencies: dir.names.length, forms: dir.whole.size + dir.places.size + dir.bare.size, buildMs, n, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? 0 };
}


export interface NamesAtScale {
  agencies: number;
  /** Identities of every agency, in a fresh process (the gazetteer loaded on the way). */
  identifyMs: number;
  /** The first question's understanding, the directory built on the way (identities already known). */
  firstQuestionMs: number;
  /** The first question naming a place in pinyin (the pinyin table built on the way). */
  firstPinyinMs: number;
  timing: NameTiming;
}

/**
 * Names at a given number of agencies (`npm run bench -- --names-only`, and a section of the
 * full run): the synthetic plan's governments, then their departments, up to `n` agencies; no
 * report files are needed. Run in a fresh process, so nothing is cached.
 */
export async function measureNamesAt(n: number, seed: number): Promise<NamesAtScale> {
  const { identify } = await import("../src/index/agency/identity.ts");
  const { understand } = await import("../src/answers/understand.ts");
  const { directory, resolveName, pinyinOf } = await import("../src/index/agency/resolve.ts");
  const names = await planNames(n, seed);
  const [, identifyMs] = await timed(() => names.forEach((a) => identify(a.agency)));
  const place = names[Math.floor(names.length / 2)] as { agency: string; region: string };
  const [, firstQuestionMs] = await timed(() => understand(`${place.region}2023年依申请公开多少件`, names, new Date()));
  const [, firstPinyinMs] = await timed(() => resolveName(directory(names), pinyinOf(place.region).join("")));
  const timing = await measureNames(names, 2000, seed);
  return { agencies: names.length, identifyMs, firstQuestionMs, firstPinyinMs, timing };
}

export interface NamesMemory {
  agencies: number;
  /** Live V8 heap (after a forced collection) each part adds, in build order. */
  parts: { part: string; heapBytes: number; ms: number }[];
  heapBytes: number;
  /** Resident set growth: the heap's and what lives outside it (jieba's dictionary is native). */
  rssBytes: number;
}

/** The synthetic plan's governments, then their departments, up to `n` agencies. */
async function planNames(n: number, seed: number): Promise<{ agency: string; region: string }[]> {
  const { planAgencies } = await import("./synthetic.ts");
  let count = n;
  let plans = planAgencies(count, seed);
  while (plans.length < n) plans = planAgencies((count *= 2), seed);
  return plans.slice(0, n).map((p) => ({ agency: p.agency, region: p.region }));
}

/**
 * What the names layer holds at `n` agencies, as a bot process (either store) builds it: the
 * identities, the name directory, search's name table, the names in jieba's dictionary, the
 * pinyin table and what the first question adds. Run in a fresh process started with --expose-gc;
 * the libraries (jieba, pinyin-pro, the gazetteer) are loaded before the first measure, so only
 * what grows with the agencies is counted.
 */
export async function measureNamesMemory(n: number, seed: number): Promise<NamesMemory> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("measureNamesMemory needs node --expose-gc");
  const { getHeapStatistics } = await import("node:v8");
  const { identify } = await import("../src/index/agency/identity.ts");
  const { directory, resolveName, pinyinOf } = await import("../src/index/agency/resolve.ts");
  const { NameTable } = await import("../src/index/name-table.ts");
  const { addWords, tokens } = await import("../src/index/tokenize.ts");
  const { understand } = await import("../src/answers/understand.ts");
  const names = await planNames(n, seed);
  tokens("政府信息公开");
  pinyinOf("浔阳");
  identify("九江市浔阳区人民政府");
  const live = () => {
    gc();
    gc();
    return getHeapStatistics().used_heap_size;
  };
  const heap0 = live();
  const rss0 = process.memoryUsage().rss;
  const parts: NamesMemory["parts"] = [];
  const kept: unknown[] = [];
  let before = heap0;
  const part = (name: string, build: () => unknown) => {
    const t = performance.now();
    kept.push(build());
    const ms = performance.now() - t;
    const now = live();
    parts.push({ part: name, heapBytes: now - before, ms });
    before = now;
  };
  part("identities (`identify`, cached)", () => names.forEach((a) => identify(a.agency)));
  part("name directory (`directory`)", () => directory(names));
  let words: readonly string[] = [];
  part("search's name table (`NameTable`)", () => {
    const table = new NameTable(names);
    words = table.words;
    return table;
  });
  part("the names in jieba's dictionary (`addWords`)", () => addWords(words));
  const place = names[Math.floor(names.length / 2)] as { agency: string; region: string };
  part("pinyin table (first name in pinyin)", () => resolveName(directory(names), pinyinOf(place.region).join("")));
  part("first question (`understand`)", () => understand(`${place.region}2023年依申请公开多少件`, names, new Date()));
  const heap = live();
  return { agencies: names.length, parts, heapBytes: heap - heap0, rssBytes: process.memoryUsage().rss - rss0 };
}

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
  const { planAgencies } = await import("./synthetic.ts");
  const { identify } = await import("../src/index/agency/identity.ts");
  const { understand } = await import("../src/answers/understand.ts");
  const { directory, resolveName, pinyinOf } = await import("../src/index/agency/resolve.ts");
  let count = n;
  let plans = planAgencies(count, seed);
  while (plans.length < n) plans = planAgencies((count *= 2), seed);
  const names = plans.slice(0, n).map((p) => ({ agency: p.agency, region: p.region }));
  const [, identifyMs] = await timed(() => names.forEach((a) => identify(a.agency)));
  const place = names[Math.floor(names.length / 2)] as { agency: string; region: string };
  const [, firstQuestionMs] = await timed(() => understand(`${place.region}2023年依申请公开多少件`, names, new Date()));
  const [, firstPinyinMs] = await timed(() => resolveName(directory(names), pinyinOf(place.region).join("")));
  const timing = await measureNames(names, 2000, seed);
  return { agencies: names.length, identifyMs, firstQuestionMs, firstPinyinMs, timing };
}

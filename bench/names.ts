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
  return { agencies: dir.names.length, forms: dir.forms.size, buildMs, n, p50: at(0.5), p99: at(0.99), max: times[times.length - 1] ?? 0 };
}


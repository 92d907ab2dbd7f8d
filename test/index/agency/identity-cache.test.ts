/**
 * A corpus of more agencies than the identity cache's spare room: building the name directory
 * keeps room for all of them, so a pass over them (a ranking's pool, a later directory) finds
 * each identity worked out once, instead of the cache being cleared half-way and every identity
 * worked out again.
 */
import { describe, expect, it } from "vitest";
import { directory } from "../../../src/index/agency/resolve.ts";
import { identify } from "../../../src/index/agency/identity.ts";

/** 50 500 distinct county governments of made-up places (two characters each from 225). */
function manyAgencies(n: number): { agency: string; region: string }[] {
  const chars = [..."安北昌城川丰阜高广海河华淮吉江金康乐临龙南宁平青庆山"].flatMap((a) => [..."德东峰阜光和华佳江靖丽林宁平秀"].map((b) => a + b));
  const out: { agency: string; region: string }[] = [];
  for (const a of chars) for (const b of chars) {
    if (out.length >= n) return out;
    const region = `${a}${b}县`;
    out.push({ agency: `${region}人民政府`, region });
  }
  return out;
}

describe("identities of a large corpus", () => {
  it("are worked out once for every agency of the directory, past 50 000 agencies", () => {
    const names = manyAgencies(50_500);
    expect(names.length).toBe(50_500);
    const dir = directory(names);
    // the first agencies' identities are still the ones the directory holds
    for (const i of [0, 1, 1000, 25_000, 50_499]) expect(identify((names[i] as { agency: string }).agency), String(i)).toBe(dir.ids[i]);
  }, 120_000);
});

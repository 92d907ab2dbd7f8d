/**
 * A question typed in pinyin beyond its place (“fengao 2023 yishenqing”, “X县 2024 nian yishenqing
 * gongkai duoshao jian”): a run of Latin words that spells, syllable for syllable, the lexicon's
 * phrases and the words of asking (年, 多少, 几件 …) is put back in characters. A run is read only
 * whole — any piece that spells none of them leaves the run as typed, so English and codes stay
 * Latin. Places in pinyin are resolve.ts's (prepareQuestion), read before this.
 */
import { pinyinOf } from "../index/agency/resolve.ts";
import { METRIC_LEXICON } from "./lexicon.ts";

/** Words of asking that carry no figure of their own but make the question read (年 after a year, 多少, 件). */
const ASKING = ["年", "多少", "几", "件", "一共", "总共", "公开", "收到", "申请", "政府", "人民政府", "政府办", "数量", "情况"];

let table: Map<string, string> | null = null;
let longest = 0;

/** Toneless pinyin, syllables run together → the phrase; the lexicon's phrases first, longest first. */
function sounds(): Map<string, string> {
  if (table) return table;
  table = new Map();
  const phrases = [...new Set(METRIC_LEXICON.flatMap((e) => e.say).filter((p) => p.length >= 2 && /^\p{Script=Han}+$/u.test(p)))].sort((a, b) => b.length - a.length);
  for (const p of [...phrases, ...ASKING]) {
    const key = pinyinOf(p).join("");
    if (!table.has(key)) table.set(key, p);
    longest = Math.max(longest, key.length);
  }
  return table;
}

/** The Latin runs of `text` that spell phrases in pinyin, in characters; the rest as typed. */
export function wordsFromPinyin(text: string): string {
  if (!/[a-z]{3}/iu.test(text)) return text;
  return text.replace(/[a-z]+(?:[\s'-]+[a-z]+)*/giu, (run) => spelled(run.toLowerCase().replace(/[\s'-]+/gu, "")) ?? run);
}

/** The fewest phrases that spell `s` exactly (dynamic programming over its letters); null when none do. */
function spelled(s: string): string | null {
  if (s.length < 3) return null;
  const words = sounds();
  const best: (string[] | null)[] = [[], ...Array.from({ length: s.length }, () => null)];
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - longest); start < end; start++) {
      const before = best[start];
      const phrase = before ? words.get(s.slice(start, end)) : undefined;
      if (before && phrase && (!best[end] || before.length + 1 < (best[end] as string[]).length)) best[end] = [...before, phrase];
    }
  }
  return best[s.length]?.join("") ?? null;
}

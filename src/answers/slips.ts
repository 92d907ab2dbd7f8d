/**
 * Phone-keyboard slips in the words that name a figure: a pinyin keyboard offers the wrong
 * character of the same sound (依申清 for 依申请, 行政附议 for 行政复议). A run of characters that
 * sounds exactly like a phrase of the lexicon (three characters or more) is read as that phrase; a
 * two-character phrase only when one of its characters is typed right (申情 → 申请, not 首例 → 受理), and
 * not when it straddles two words that are typed right (答复|意见 holds the sound of 复议, and is no slip).
 * Only used when no phrase was found as typed.
 */
import { pinyinOf } from "../index/agency/resolve.ts";
import { taggedWords } from "../index/tokenize.ts";
import { METRIC_LEXICON } from "./lexicon.ts";

interface Sounding {
  phrase: string;
  sound: string[];
}

let phrases: Sounding[] | null = null;

/** The lexicon's phrases of three characters or more, with their pinyin; made on first need. */
function soundings(): Sounding[] {
  // colloquial phrases said with a particle or a count (罚了, 赢几, 罚多少): the particle typed right proves
  // nothing (发了 is not 罚了), so they are never the reading of a slip
  phrases ??= [...new Set(METRIC_LEXICON.flatMap((e) => e.say).filter((p) => p.length >= 2 && /^\p{Script=Han}+$/u.test(p) && !/[了的过几]|多少/u.test(p)))]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => ({ phrase, sound: pinyinOf(phrase) }));
  return phrases;
}

/** Each character's toneless pinyin, read a run of Chinese characters at a time (for context); "" for other characters. */
function soundOf(text: string): string[] {
  const out: string[] = Array.from({ length: text.length }, () => "");
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = pinyinOf(m[0]);
    if (run.length !== m[0].length) continue;
    run.forEach((p, k) => (out[m.index + k] = p));
  }
  return out;
}

/** The text with every slip put right: 赣州市2023年行政附议多少件 → 赣州市2023年行政复议多少件. */
export function repairSlips(text: string): string {
  if (!/\p{Script=Han}{3}/u.test(text)) return text;
  const sound = soundOf(text);
  const chars = [...text];
  if (chars.length !== text.length) return text; // characters outside the BMP: offsets would not line up
  const fixed = new Array<boolean>(text.length).fill(false);
  // where words begin and end: a two-character run made of one word's end and the next one's start is two words
  const inside = new Array<boolean>(text.length + 1).fill(false);
  for (const w of taggedWords(text)) for (let k = w.start + 1; k < w.end; k++) inside[k] = true;
  for (const { phrase, sound: want } of soundings()) {
    const n = phrase.length;
    // every phrase is tried at every place of every question: no array or string is made per try
    // (slices here were a third of what answering allocated, and so of the young collections)
    for (let i = 0; i + n <= text.length; i++) {
      if (anyFixed(fixed, i, n)) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) same = sound[i + k] !== "" && sound[i + k] === want[k];
      if (!same || typedAs(chars, i, phrase)) continue;
      if (n === 2 && ((chars[i] !== phrase[0] && chars[i + 1] !== phrase[1]) || (inside[i] && inside[i + 2]))) continue;
      for (let k = 0; k < n; k++) {
        chars[i + k] = phrase[k] as string;
        fixed[i + k] = true;
      }
    }
  }
  return chars.join("");
}

function anyFixed(fixed: readonly boolean[], from: number, n: number): boolean {
  for (let k = from; k < from + n; k++) if (fixed[k]) return true;
  return false;
}

/** Are the characters from `from` the phrase as typed (each of `chars` one UTF-16 unit)? */
function typedAs(chars: readonly string[], from: number, phrase: string): boolean {
  for (let k = 0; k < phrase.length; k++) if (chars[from + k] !== phrase[k]) return false;
  return true;
}

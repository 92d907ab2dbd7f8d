/**
 * Marks a crawled page prints inside the words that are no part of them:
 *  - pinyin glosses after characters, as some sites print traditional-character pages
 *    (“主動(dòng)公開”, “報(bào)告”, “發(fā)布”): the words are 主動公開, 報告, 發布;
 *  - a ? standing for a character the crawler could not keep, around a count (“發布信息共?1340條?,”):
 *    the count is 1340條, and the ? is no end of a sentence.
 * They are blanked (BLANK, one for each character), so offsets stay those of the printed text, which is kept
 * (Report.original) for quotes as printed (src/answers/verbatim.ts); passages read the words without them
 * (passages.ts displayText).
 */
import { UNITS } from "./narrative.ts";

/** What a blanked character is replaced with: no letter, no space (jieba and the readers never see it: displayText drops it). */
export const BLANK = "\u200B";

const TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
/** A pinyin syllable in brackets right after a character, with a tone mark (so never an English word or a code). */
const GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（](?=[a-zü]*[${TONED}])[a-zü${TONED}]{1,7}[)）]`, "gu");
/** A ? between a word and a count, or right after a count's measure word before punctuation. */
const NOISE = new RegExp(`(?<=[\\p{Script=Han})）\u200B])\\?(?=\\d)|(?<=\\d\\s*(?:${UNITS}))\\?(?=[\\s,，。；;、:：)）]|$)`, "gu");

/** The text with glosses and crawl marks blanked, the same length; the text itself when it has none. */
export function blankGlosses(text: string): string {
  if (!text.includes("?") && !/[(（][a-zü]/u.test(text)) return text;
  return text.replace(GLOSS, (m) => BLANK.repeat(m.length)).replace(NOISE, BLANK);
}

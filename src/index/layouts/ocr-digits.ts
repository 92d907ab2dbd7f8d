/**
 * Letters that OCR puts for digits in a table's numbers: l and I for 1, O and o for 0, and 〇
 * (the Chinese zero) among Arabic digits. “行政许可 l7” is 17 misread, not a label ending in “l”
 * followed by 7: dropping the letter and stating 7 is a confidently wrong figure. Such a number
 * is read with the letters as the digits they stand for, and the cell is marked unsure with what
 * was printed (never stated as certain); the table's sums may still check it.
 *
 * Only runs that look like a number are read so: a run of digits and look-alike letters with no
 * other Latin letter beside it (“ICP”, “APP” stay words), holding a digit — or a word of look-alike
 * letters alone (“O”, “l”, “〇”) on a line of a table that holds numbers, or standing alone on its line.
 * The mapping is one character for one, so offsets into the source still hold.
 */

const LOOK_ALIKE: Record<string, string> = { l: "1", I: "1", O: "0", o: "0", 〇: "0" };
const RUN = /[0-9lIOo〇][0-9lIOo〇.,]*/g;
const LATIN = /[A-Za-z]/;
/** A unit printed after a cell's number (“l7件”). */
const UNIT_TAIL = /(?:万元|万条|万件|个|次|件|条|项|万|元)$/;

export interface OcrDigits {
  /** The word with look-alike letters of number runs replaced by the digits they stand for. */
  text: string;
  /** The replaced runs, [start, end) in the word, with the run as printed. */
  runs: { start: number; end: number; printed: string }[];
}

function hasLookAlike(s: string): boolean {
  return [...s].some((c) => c in LOOK_ALIKE);
}

function toDigits(s: string): string {
  return [...s].map((c) => LOOK_ALIKE[c] ?? c).join("");
}

/**
 * A word (already half-width) with its OCR'd number runs read as digits. `lineHasNumber`: the
 * word's line holds a printed digit or the word is alone on its line, so that a word of letters
 * alone (“O”) is a cell.
 */
export function readOcrDigits(word: string, lineHasNumber: boolean): OcrDigits {
  const runs: OcrDigits["runs"] = [];
  const bare = word.replace(UNIT_TAIL, "");
  // A whole word of look-alike letters: a cell only among numbers (“自然人 2O” is one row of cells).
  if (bare && lineHasNumber && /^[lIOo〇]{1,4}$/.test(bare)) {
    if (!/^0[0-9]/.test(toDigits(bare))) runs.push({ start: 0, end: bare.length, printed: bare });
  } else {
    for (const m of word.matchAll(RUN)) {
      const run = m[0].replace(/[.,]+$/, "");
      const at = m.index;
      if (!/[0-9]/.test(run) || !hasLookAlike(run)) continue;
      if (LATIN.test(word[at - 1] ?? "") || LATIN.test(word[at + m[0].length] ?? "")) continue;
      // A leading zero (“O7”) does not say which number was printed: left as text, the row unread.
      if (/^0[0-9]/.test(toDigits(run))) continue;
      runs.push({ start: at, end: at + run.length, printed: run });
    }
  }
  if (!runs.length) return { text: word, runs };
  let text = "";
  let last = 0;
  for (const r of runs) {
    text += word.slice(last, r.start) + toDigits(word.slice(r.start, r.end));
    last = r.end;
  }
  return { text: text + word.slice(last), runs };
}

/** The reason an OCR'd cell is unsure, in the words a user reads. */
export function ocrReason(printed: string, value: number): string {
  return `原文印为“${printed}”，含形似数字的字母（可能是 OCR 识别错误），读作 ${value}，请核对原件`;
}

/**
 * 〇, the Chinese zero, printed for the zeros of a table of Arabic digits (round 24's HTML pages): read
 * as 0 only where the table's own sums make it one (`proof` says which), said so; elsewhere it stays unsure (ocrReason).
 */
export function chineseZeroReason(proof: string): string {
  return `原文印为“〇”（汉字零），${proof}，按 0 计`;
}

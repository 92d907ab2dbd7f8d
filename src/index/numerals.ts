/**
 * Chinese numerals → numbers, for questions (二〇二三年, 近三年, 前五) and report text (十一期,
 * 639.15万, 1,516). In-house instead of a package (libraries.md §7.1): the grammar is small.
 */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_LEVELS = [
  { chars: ["亿", "億"], value: 1e8 },
  { chars: ["万", "萬"], value: 1e4 },
];

/** Characters that can make up a Chinese numeral (for regexes that find one). */
export const NUMERAL_CHARS = "〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億";

const ARABIC = /^\d+(?:,\d{3})*(?:\.\d+)?$|^\d*\.\d+$/u;

/** Below 万: 一千五百一十六, 十一, 两百, 零, 二〇二三 (digit by digit), 516. */
function parseSmall(s: string): number | null {
  if (s === "") return 0;
  if (ARABIC.test(s)) return Number(s.replaceAll(",", ""));
  const chars = [...s];
  // 二〇二三 / 二零二三: digits without units are read digit by digit (years).
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    return Number(chars.map((c) => DIGITS[c]).join(""));
  }
  let total = 0;
  let digit: number | null = null;
  for (const c of chars) {
    const d = DIGITS[c];
    const u = UNITS[c];
    if (d !== undefined) {
      digit = d;
    } else if (u !== undefined) {
      total += (digit ?? 1) * u; // 十一: a unit without a digit counts one
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

/**
 * The value of a numeral written in Chinese, Arabic digits or a mix; null if `text` is not one.
 *
 * @example parseChineseNumber("一千五百一十六") // 1516
 * @example parseChineseNumber("639.15万")       // 6391500
 * @example parseChineseNumber("二〇二三")       // 2023
 */
export function parseChineseNumber(text: string): number | null {
  const s = text.trim();
  return s === "" ? null : parseLevel(s, 0);
}

/** Split at 亿 (level 0), then at 万 (level 1), then read the part below 万. */
function parseLevel(s: string, level: number): number | null {
  const big = BIG_LEVELS[level];
  if (!big) return parseSmall(s);
  const at = Math.max(...big.chars.map((c) => s.lastIndexOf(c)));
  if (at < 0) return parseLevel(s, level + 1);
  const high = at === 0 ? 1 : parseLevel(s.slice(0, at), level + 1);
  const low = parseLevel(s.slice(at + 1).replace(/^零/u, ""), level + 1);
  if (high === null || low === null) return null;
  return round(high * big.value + low);
}

/** Avoid 639.15 × 10000 = 6391500.000000001. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

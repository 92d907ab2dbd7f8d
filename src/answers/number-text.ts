/**
 * A figure's number as text, one rule for every rendering (plain text, Telegram, Feishu): a number
 * read off a report is shown as printed (38.441094 万元 stays 38.441094 — rounding it would state a
 * figure the report does not print); a worked-out one (a rate, a 同比, an average: a long binary
 * fraction) to two decimals, or to four significant digits when it is below 0.01.
 */
const MAX_PRINTED_DECIMALS = 6;

export function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const plain = String(value);
  const decimals = /\.(\d+)$/.exec(plain)?.[1]?.length ?? Infinity;
  if (decimals <= MAX_PRINTED_DECIMALS) return plain;
  return Math.abs(value) >= 0.01 ? String(Math.round(value * 100) / 100) : String(Number(value.toPrecision(4)));
}

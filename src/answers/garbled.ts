/**
 * Text that is not a question, told apart before any reading: mojibake (锟斤拷 and 烫烫烫 from broken
 * GBK / UTF-8 round trips, a byte-order mark read as ÿþ or ï»¿, UTF-8 read as Latin-1 such as Ã©
 * or â€™, the replacement character �), control and bidi-override characters, and a message of
 * symbols alone (a lone ％, ？？？). Such a message is said not to be understood — a ％ in it is
 * never read as a question for a rate, nor any other word as a figure. Inside a real question the
 * garbage is left out and the rest is read as usual (answerer.ts decides which).
 *
 * @example
 * readGarbled("\u0001锟斤拷烫烫烫 ％") // → { text: " ％", found: ["\\u0001", "锟斤拷", "烫烫烫"] }
 * readGarbled("苇塘县2023年依申请")      // → { text: "苇塘县2023年依申请", found: [] }
 */

/** Invisible characters: C0/C1 controls (not tab or newline), zero-width and bidi marks, a stray BOM. */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's job
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * Mojibake as it is pasted: 锟斤拷 (U+FFFD twice, read as GBK), 烫烫 / 屯屯 (uninitialised memory
 * shown as GBK), the replacement character, byte-order marks read as Latin-1, and UTF-8 bytes read
 * as Latin-1 / cp1252 (Ã or Â then a second byte, â€ then one).
 */
const MOJIBAKE = /(?:锟斤拷)+|烫{2,}|屯{2,}|\ufffd+|ÿþ|þÿ|ï»¿|[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf™œ˜¦¢“”]?/gu;

export interface Garbled {
  /** The text with the garbage left out (controls dropped, mojibake replaced by a space). */
  text: string;
  /** What was left out, as shown to the user (controls as \uXXXX). */
  found: string[];
}

export function readGarbled(text: string): Garbled {
  const controls: string[] = [];
  const mojibake: string[] = [];
  const noControls = text.replace(CONTROLS, (c) => {
    controls.push(`\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
    return "";
  });
  const clean = noControls.replace(MOJIBAKE, (m) => {
    mojibake.push(m);
    return " ";
  });
  // what can be seen first: the mojibake, then the invisible characters
  return { text: clean, found: [...mojibake, ...controls] };
}

/** Nothing to read: no letter of any script (Chinese characters included) — symbols, digits and spaces only. */
export function hasNoWords(text: string): boolean {
  return !/\p{L}/u.test(text);
}

/** The reply to a message not understood, naming the garbage when there was some. */
export function notUnderstoodText(g: Garbled, example: string): string {
  const shown = [...new Set(g.found)].slice(0, 4).join(" ");
  const why = g.found.length ? `其中有乱码或控制字符（${shown}），` : "";
  return `没有读懂这条消息：${why}看不出问的是哪个机关、哪一年的哪个数字，没有按数字回答。请重新输入，例如“${example}”。`;
}

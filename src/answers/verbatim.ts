/**
 * Quotes as printed. A report in traditional characters is read in simplified ones
 * (src/index/read/traditional.ts), so the sentences and rows the answers quote come out
 * simplified; the conversion is char for char, so the printed characters stand at the same
 * offsets of `Report.original`. Every quote is made here, and given back in the report's own
 * characters. (Whitespace and page furniture are tidied in quotes; they are matched without it.)
 */
import type { Quote, Report } from "../index/schema.ts";
import { BLANK } from "../index/read/glosses.ts";

/** A quote of the report: `text` as the reader shows it, given back as printed. */
export function quoteOf(report: Pick<Report, "title" | "text" | "original">, text: string, section: string): Quote {
  return { text: asPrinted(report, text), report: report.title, section };
}

/** Where each non-blank character of the text stands: built once per text. */
const INDEX = new WeakMap<object, { chars: string; at: number[] }>();

function indexOf(report: Pick<Report, "text">): { chars: string; at: number[] } {
  const key = report as object;
  let ix = INDEX.get(key);
  if (!ix) {
    const at: number[] = [];
    let chars = "";
    for (let i = 0; i < report.text.length; i++) {
      const ch = report.text[i] as string;
      if (/\s/u.test(ch) || ch === BLANK) continue;
      chars += ch;
      at.push(i);
    }
    ix = { chars, at };
    INDEX.set(key, ix);
  }
  return ix;
}

/** `shown` (a stretch of the simplified text, whitespace tidied) in the report's printed characters; as is when it cannot be placed. */
export function asPrinted(report: Pick<Report, "text" | "original">, shown: string): string {
  const original = report.original;
  if (!original || original.length !== report.text.length) return shown;
  const { chars, at } = indexOf(report);
  const from = chars.indexOf(shown.replace(/\s+/gu, ""));
  if (from < 0) return shown;
  let j = from;
  let out = "";
  // by UTF-16 unit, as the index is (a character outside the BMP is two units in both)
  for (let k = 0; k < shown.length; k++) {
    const ch = shown[k] as string;
    if (/\s/u.test(ch)) {
      out += ch;
      continue;
    }
    // the printed marks blanked between this character and the one before (glosses.ts: “主動(dòng)公開”) are given back
    if (j > from) for (let i = (at[j - 1] as number) + 1; i < (at[j] as number); i++) if (report.text[i] === BLANK) out += original[i] as string;
    out += original[at[j++] as number] as string;
  }
  return out;
}

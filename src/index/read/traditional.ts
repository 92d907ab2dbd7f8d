/**
 * Reports printed in traditional characters (義烏市廿三里街道辦事處…工作年度報告): the reader's
 * labels, title words and names are simplified, so such a text is read in simplified characters
 * (OpenCC's tables, the same conversion questions get in agency/resolve.ts). The conversion is
 * char for char in practice, so the printed text is kept (Report.original) and quotes are given as
 * printed (src/answers/verbatim.ts); the report's warnings say which.
 */
import { simplify } from "../agency/resolve.ts";

export const SIMPLIFIED_NOTE = "原文为繁体字，已转为简体字读取（引文为简体）";
/** The same, when the conversion was char for char: quotes are then given as printed (Report.original). */
export const SIMPLIFIED_QUOTED_AS_PRINTED = "原文为繁体字，已转为简体字读取（引文照原文）";

/** The text in simplified characters when it is written in traditional ones; null when it is not. */
export function simplifiedIfTraditional(text: string): string | null {
  const sample = text.slice(0, 20000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 20) return null;
  const converted = simplify(sample);
  let changed = 0;
  // Length-preserving in practice (character tables); count positions that differ.
  for (let i = 0; i < Math.min(sample.length, converted.length); i++) if (sample[i] !== converted[i]) changed++;
  // A simplified text keeps a stray traditional form or two (人名, 引文); a traditional one changes everywhere.
  if (changed < 10 || changed / han < 0.05) return null;
  return simplify(text);
}

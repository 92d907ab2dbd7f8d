/**
 * Figures only the narrative states (“全年收到市长信箱信件211条”, “开展政务公开云直播41场次”):
 * the narrative figure whose words best match the question's content words.
 */
import type { NarrativeFigure, Report } from "../index/schema.ts";
import type { Question } from "./understand.ts";

const UNIT_ASKED = /(?:多少|几)(场次|场|期|条|件|个|次|项|家|人次|人|篇|份|批|封|元|万元)/;

export function findNarrative(report: Report, q: Question): NarrativeFigure | null {
  const words = q.keywords.filter((k) => k.length >= 2);
  if (!words.length) return null;
  const asked = UNIT_ASKED.exec(q.text)?.[1];
  let best: { f: NarrativeFigure; score: number } | null = null;
  for (const f of report.narrative) {
    let score = 0;
    for (const w of words) {
      if (f.says.includes(w)) score += 2;
      else if (f.sentence.includes(w)) score += 0.5;
      else if (w.length >= 3 && [...bigrams(w)].some((b) => f.says.includes(b))) score += 0.5;
    }
    if (asked && (f.unit === asked || f.unit.startsWith(asked) || asked.startsWith(f.unit))) score += 1;
    if (score >= 2 && (!best || score > best.score)) best = { f, score };
  }
  return best?.f ?? null;
}

function* bigrams(w: string): Generator<string> {
  for (let i = 0; i + 2 <= w.length; i++) yield w.slice(i, i + 2);
}

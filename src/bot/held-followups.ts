/**
 * The follow-ups' ask-backs (那市局呢 → several 市教育局, 那县政府呢 → several county governments) offer,
 * as the core's do (answers/held-choices.ts), the bodies with a report for the year asked: one left is
 * taken, the others are named with the years they have; when none has the year every body stays a
 * choice and the text says which years each has. The reports' heads are asked by agency, never listed.
 */
import type { AgencyName } from "../answers/understand.ts";
import type { Core } from "./types.ts";

type Asked = { choices: string[]; text: string };

/** The loaded body each choice names (the longest name in it), or null when one names none. */
function bodiesOf(choices: readonly string[], names: readonly AgencyName[]): string[] | null {
  const out: string[] = [];
  for (const c of choices) {
    const named = names.filter((n) => c.includes(n.agency)).sort((a, b) => b.agency.length - a.agency.length)[0];
    if (!named) return null;
    out.push(named.agency);
  }
  return out;
}

/**
 * The ask-back kept to the bodies with a report for `year`, or the one question left; as it was
 * without a year, with a single choice, or when a choice names no loaded body.
 */
export async function heldFollowUp(core: Pick<Core, "heads" | "names">, asked: Asked, year: number | undefined): Promise<Asked | { question: string; note: string }> {
  if (year === undefined || asked.choices.length < 2) return asked;
  const bodies = bodiesOf(asked.choices, core.names());
  if (!bodies) return asked;
  const heads = await core.heads({ agencies: bodies });
  const years = (agency: string) => [...new Set(heads.filter((h) => h.agency === agency).map((h) => h.year))].sort((a, b) => a - b);
  const has = bodies.map((b) => years(b).includes(year));
  const had = (b: string) => `${b}（${years(b).join("、") || "无"} 年）`;
  if (!has.some(Boolean)) return { ...asked, text: `${asked.text}\n它们都没有 ${year} 年的报告；各自已有：${bodies.map(had).join("、")}。` };
  const left = bodies.filter((_, i) => !has[i]);
  const choices = asked.choices.filter((_, i) => has[i]);
  const apart = left.length ? `没有 ${year} 年报告的：${left.map(had).join("、")}。` : "";
  if (choices.length === 1) return { question: choices[0] as string, note: `有 ${year} 年报告的只有${bodies[has.indexOf(true)]}，按它回答；${apart}` };
  return { choices, text: apart ? `${asked.text}\n${apart}` : asked.text };
}

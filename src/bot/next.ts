/**
 * Follow-up buttons under an answer (at most three): the message's other question when it asked two,
 * the same figure a year earlier, its breakdown, and the same figure for the region above. Each is a question the core is asked at once and
 * offered only when it is answered, so a button never leads to “not found”.
 */
import type { Answer, AnswerFigure } from "../index/schema.ts";
import { withYear, type Turn } from "./followup.ts";
import type { Block, Core } from "./types.ts";
import { renamedHeads } from "./reports.ts";

const OFFERED_FOR = new Set(["figure", "breakdown", "trend", "comparison"]);

export async function nextChoices(core: Core, answer: Answer, turn: Turn): Promise<Block | null> {
  const head = answer.figures[0];
  if (answer.status !== "answered" || !head || !OFFERED_FOR.has(answer.kind)) return null;
  const who = turn.who[0];
  const candidates: { label: string; text: string; kind?: string }[] = [];

  if (answer.kind === "figure" || answer.kind === "breakdown") {
    const year = head.year - 1;
    // a renamed body's year before may be under its other name (卫健委 2021 → 卫计委 2020)
    if ((await renamedHeads(core, core.names(), [head.agency])).some((h) => h.year === year)) candidates.push({ label: `${year} 年同一数字`, text: yearEarlier(turn.text, year, who) });
  }
  if (answer.kind === "figure") {
    const breakdown = breakdownQuestion(head, who);
    if (breakdown) candidates.push({ label: "明细", text: breakdown, kind: "breakdown" });
  }
  if (who && answer.kind !== "comparison") {
    const parent = await parentRegion(core, head);
    if (parent) candidates.push({ label: `${parent}同一数字`, text: turn.text.replace(who, parent) });
  }

  // the message's other question (answers/two-questions.ts alsoAsked): first, as the answer's note promises
  const items: string[] = answer.choices.slice(0, 3);
  const labels: string[] = items.map(() => "这条消息还问了");
  for (const c of candidates) {
    if (items.length === 3) break;
    if (items.includes(c.text) || c.text === turn.text) continue;
    const a = await core.answer(c.text);
    if (a.status !== "answered" || !a.figures.length || (c.kind && a.kind !== c.kind)) continue;
    items.push(c.text);
    labels.push(c.label);
    if (items.length === 3) break;
  }
  return items.length ? { kind: "choices", items, labels, intro: "接着问：" } : null;
}

/**
 * The question a year earlier: every year it names one less when it names several (…2024年…比2023年
 * 增加多少 → …2023年…比2022年…, never 2023年…比2023年, a year against itself), else its year made `year`.
 */
export function yearEarlier(text: string, year: number, who?: string): string {
  const years = [...text.matchAll(/(?:19|20)\d{2}(?=\s*年)/gu)].map((m) => m[0]);
  if (new Set(years).size < 2) return withYear(text, year, who);
  return text.replace(/(?:19|20)\d{2}(?=\s*年)/gu, (y) => String(Number(y) - 1));
}

/** A table-2 row by applicant type, a table-3 figure by its result columns. */
function breakdownQuestion(f: AnswerFigure, asked: string | undefined): string | null {
  // the body as the user named it (栖澜区住建局): the region alone would mean its government
  const who = asked ?? f.agency;
  const own = [f.region, f.agency].find((w) => w && f.label.startsWith(w)) ?? "";
  const label = f.label.slice(own.length).split(" · ")[0]?.trim();
  if (!label) return null;
  if (/^table2\.[^.]+\.total$/.test(f.metric)) return `${who}${f.year}年${label}按申请人类型`;
  if (f.metric.startsWith("table3.")) return `${who}${f.year}年${label}的明细`;
  return null;
}

/**
 * The loaded region that contains this figure's region, when the reports say so: its name stands
 * before the region in the agency's full name or the report title (淮安市洪泽区人民政府 → 淮安市),
 * and it has a report for the same year. Asked for by name: every region the text before the
 * region's own name could hold (a few hundred short strings), not every report of the year.
 */
async function parentRegion(core: Pick<Core, "heads">, f: AnswerFigure): Promise<string | null> {
  const [own] = await core.heads({ agencies: [f.agency], year: f.year, limit: 1 });
  if (!own) return null;
  const names = `${own.agency} ${own.title}`;
  const at = names.indexOf(own.region);
  const candidates = new Set<string>();
  for (let i = 0; i < at; i++) for (let j = i + 2; j <= names.length; j++) candidates.add(names.slice(i, j));
  if (!candidates.size) return null;
  for (const r of await core.heads({ regions: [...candidates], year: f.year })) {
    if (r.region === own.region || r.region.length < 2) continue;
    const i = names.indexOf(r.region);
    if (i >= 0 && at > i) return r.region;
  }
  return null;
}

/**
 * /help's example questions, built from the loaded reports: an example is a promise that the bot
 * answers it. The first reports in load order may be ones whose tables could not be read (an image,
 * a scan) or whose body could not be named (机关不明): their examples would answer “表格未能读出”,
 * under a name that does not find the report again. So a report gives an example only when the
 * table the example asks of was read and its name, as the example says it, resolves to that body;
 * the next report is tried otherwise.
 */
import { whose } from "../answers/who.ts";
import type { Report, Table } from "../index/schema.ts";
import type { Core, ReportHead } from "./types.ts";

/** How many reports (in load order) are tried for the two reports' examples. */
const CANDIDATES = 12;
const DEFAULTS = ["浔阳区2023年依申请公开多少件", "赣州市2023年行政复议多少件", "2023年哪个地方收到的申请最多"];

type ExampleCore = Pick<Core, "heads" | "multiYearRegion"> & Partial<Pick<Core, "reportsOf" | "parse">>;

/** An example and the tables its answer needs read. */
interface Example {
  question: (who: string, year: number) => string;
  tables: ("table2" | "table3")[];
}
const FIRST: Example[] = [
  { question: (w, y) => `${w}${y}年依申请公开多少件`, tables: ["table2"] },
  { question: (w, y) => `${w}${y}年行政复议多少件`, tables: ["table3"] },
];
const SECOND: Example[] = [{ question: (w, y) => `${w}${y}年予以公开多少件`, tables: ["table2"] }];

/**
 * The examples, worked out once per core and set of reports: checking a candidate reads its
 * agency's reports whole (over PostgreSQL, their cells and passages), which /help should not
 * repeat. The reports' set is told by the names' identity — a new array after every upload and
 * /reload, and over PostgreSQL after every change any replica announces (store.ts refresh) — not by
 * their count, which a file replaced and reloaded leaves as it was.
 */
const kept = new WeakMap<object, { names: object; examples: Promise<string[]> }>();

export function helpExamples(core: ExampleCore & Partial<Pick<Core, "names">>): Promise<string[]> {
  const names = core.names?.();
  const had = kept.get(core);
  if (had && names && had.names === names) return had.examples;
  const examples = findExamples(core);
  if (names) kept.set(core, { names, examples });
  // a failed look-up is not kept: the next /help tries again
  examples.catch(() => kept.delete(core));
  return examples;
}

async function findExamples(core: ExampleCore): Promise<string[]> {
  const [heads, multi] = await Promise.all([core.heads({ limit: CANDIDATES }), core.multiYearRegion()]);
  const used = new Set<string>();
  const out: string[] = [];
  /** The first report (of an agency not yet used) that answers every example given. */
  const pick = async (examples: Example[]): Promise<ReportHead | null> => {
    for (const h of heads) {
      if (used.has(h.agency) || h.agency.startsWith("机关不明")) continue;
      if (await answers(core, h, examples)) {
        used.add(h.agency);
        out.push(...examples.map((e) => e.question(whose(h), h.year)));
        return h;
      }
    }
    return null;
  };
  const first = await pick(FIRST);
  await pick(SECOND);
  const compare = await comparison(core, multi, heads.filter((h) => used.has(h.agency)));
  if (compare) out.push(compare);
  const year = first?.year ?? heads[0]?.year;
  if (year !== undefined && out.length) out.push(`${year}年哪个地方收到的申请最多`);
  return out.length ? out : DEFAULTS;
}

const compareQuestion = (who: string, years: readonly number[]) => `${who}${years.at(-2)}年和${years.at(-1)}年收到的申请对比`;

/**
 * The two-year comparison: the first region with reports of two years when its name finds one body
 * with table 2 read in both (a region's years may be of different bodies: its government 2023, a
 * department 2025), else a body already used with two such years; none when no body has them.
 */
async function comparison(core: ExampleCore, multi: { region: string; years: number[] } | null, used: readonly ReportHead[]): Promise<string | null> {
  if (!core.parse || !core.reportsOf) return multi ? compareQuestion(multi.region, multi.years) : null;
  const yearsRead = async (agency: string) => [...new Set((await core.reportsOf?.(agency) ?? []).filter((r) => readAny(r.table2)).map((r) => r.year))].sort((a, b) => a - b);
  if (multi) {
    const agency = core.parse(compareQuestion(multi.region, multi.years)).agencies?.[0];
    const years = agency ? await yearsRead(agency) : [];
    if (years.includes(multi.years.at(-2) as number) && years.includes(multi.years.at(-1) as number)) return compareQuestion(multi.region, multi.years);
  }
  for (const h of used) {
    const years = await yearsRead(h.agency);
    if (years.length > 1 && core.parse(compareQuestion(whose(h), years)).agencies?.[0] === h.agency) return compareQuestion(whose(h), years);
  }
  return null;
}

/** Whether the report answers the examples: their tables read, its name as said finding it again. */
async function answers(core: ExampleCore, h: ReportHead, examples: Example[]): Promise<boolean> {
  if (core.parse) {
    if (core.parse(examples[0]?.question(whose(h), h.year) ?? "").agencies?.[0] !== h.agency) return false;
  }
  if (!core.reportsOf) return true;
  const report = (await core.reportsOf(h.agency)).find((r) => r.file === h.file);
  return Boolean(report && examples.every((e) => e.tables.every((t) => readAny(report[t]))));
}

/** Whether a table has any cell read. */
function readAny(table: Report["table2"] | null | undefined): boolean {
  return Boolean(table && Object.values(table as Table).some((row) => row && Object.values(row).some((v) => v !== null)));
}

/** /check's example from a question example (浔阳区2023年依申请公开多少件 → /check 浔阳区 2023); the default when it names no year. */
export function checkExample(question: string | undefined): string {
  const m = question ? /^(\S+?)((?:19|20)\d{2})年/u.exec(question) : null;
  return m ? `/check ${m[1]} ${m[2]}` : "/check 浔阳区 2023";
}

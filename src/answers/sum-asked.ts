/**
 * “行政复议和行政诉讼一共多少件”: the sum asked of table-3 quantities the report prints apart. The
 * report prints no such total, so the answer says it is the sum, with each part, its value and
 * where it stands; asked without 一共/合计 (or with 各/分别) they stay itemised (breakdown.ts).
 */
import type { Answer, AnswerFigure, Report } from "../index/schema.ts";
import { answerText } from "./compose.ts";
import { breakdownParts, breakdownQuote, table3Quantities } from "./breakdown.ts";
import { labelWithParts } from "./figures.ts";
import type { Question } from "./understand.ts";

/** Words asking for a total (also of a field's figures over its reports: answerer.ts poolTotal). */
export const SUM = /一共|总共|合计|共计|加起来|加在一起|合起来|总和|之和|总数|总计|共有|累计/u;
const EACH = /各自|各|分别/u;

/** The question asks one total of several table-3 quantities. */
export function asksSum(q: Question): boolean {
  return q.metric?.table === "table3" && table3Quantities(q.metric.groups).length > 1 && SUM.test(q.text) && !EACH.test(q.text);
}

/** The sum with its parts, or null when a part is missing or unsure (then the parts are itemised, doubts said). */
export function sumAnswer(question: string, q: Question, report: Report, notes: string[]): Answer | null {
  const parts = breakdownParts(report, { ...q, kind: "figure" });
  if (parts.length < 2 || parts.some((p) => p.reading.value === null || p.reading.doubts)) return null;
  const value = parts.reduce((s, p) => s + (p.reading.value as number), 0);
  const short = parts.map((p) => `${p.reading.label} ${p.reading.value}`).join(" + ");
  const shown = parts.map((p) => `${labelWithParts(p.reading)} ${p.reading.value}`).join(" + ");
  const fig: AnswerFigure = {
    agency: report.agency,
    region: report.region,
    year: report.year,
    metric: parts.map((p) => p.metric).join("+"),
    label: `${parts.map((p) => p.reading.label).join("与")}合计（${short}）`,
    value,
    unit: parts[0]?.reading.unit ?? "件",
    // one title, then each part's place in the table
    source: parts.map((p, i) => (i ? p.reading.source.replace(/^《[^》]*》/u, "") : p.reading.source)).join("；"),
  };
  const a: Answer = {
    question,
    status: "answered",
    kind: "figure",
    figures: [fig],
    quotes: breakdownQuote(parts),
    notes: [...new Set([...notes, `报告没有印出这一合计，这是各项相加之和：${shown} = ${value}。`, ...parts.flatMap((p) => p.reading.notes)])],
    choices: [],
    text: "",
  };
  a.text = answerText(a);
  return a;
}

/** The words joining the parts asked (予以公开和部分公开, 官方网站、微信公众号及微博); 及时 is no join. */
const JOIN = /以及|和|与|跟|、|及(?!时)/gu;
/** Where the asking begins in the last part (…部分公开多少件, …微信公众号发布多少条). */
const ASKING = /多少|几[件条个次项份篇]?|数量/u;

/**
 * “X单位2023年予以公开和部分公开一共多少件”, “…官方网站和微信公众号一共发布多少条”: the parts of one
 * body's figures joined after its name and year, each a question of its own (the shared words after the
 * last part — 发布多少条 — put after each). Null when the sum is not asked or no parts are joined there.
 * Each list is one way to split: the asking words alone after the first parts, then with one more word
 * of the last part before them, and so on (发布 in 发布多少条 is shared; 公开 in 部分公开多少件 is not).
 */
export function partsAsked(q: Question, each = false): string[][] | null {
  // 一共 asks their sum; 各 / 分别 (each = true) asks each one
  const asks = each ? EACH.test(q.text) && !SUM.test(q.text) : SUM.test(q.text) && !EACH.test(q.text);
  if (!asks || q.agencies.length > 1 || (q.kind !== "figure" && q.kind !== "search")) return null;
  const text = q.text.replace(/[?？。！!\s]+$/u, "");
  const head = text.slice(0, askedFrom(q));
  const start = head.length;
  const asked = text.slice(start).replace(new RegExp((each ? EACH : SUM).source, "gu"), "");
  // 自然人和企业各申请几件，自然人多少: more than one list of parts, not split here
  if (/[,，;；?？]/u.test(asked)) return null;
  const parts = asked.split(JOIN).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p)) return null;
  const last = parts[parts.length - 1] as string;
  const at = ASKING.exec(last)?.index;
  if (!at) return null;
  const splits: string[][] = [];
  // the shared tail: the asking words, then up to four characters of the last part before them — or more, up to six,
  // when two at least stay the last part's own (“政府和部门一共新收依申请多少件”: 新收依申请 is both parts')
  for (let back = 0; back <= Math.min(Math.max(4, at - 2), 6, at - 1); back++) {
    const tail = last.slice(at - back);
    splits.push([...parts.slice(0, -1).map((p) => `${head}${p}${tail}`), `${head}${last}`]);
  }
  return splits;
}

/**
 * The parts' answers added up, said to be the bot's sum with each part sourced: only when every part
 * was answered with one sure figure of one report, in one unit, and no two parts are the same figure.
 */
export function partsSumAnswer(question: string, parts: readonly Answer[]): Answer | null {
  if (parts.some((p) => p.status !== "answered" || p.kind !== "figure" || p.figures.length !== 1)) return null;
  const figs = parts.map((p) => p.figures[0] as AnswerFigure);
  const first = figs[0] as AnswerFigure;
  if (figs.some((f) => f.agency !== first.agency || f.year !== first.year || f.unit !== first.unit)) return null;
  // two parts read as one figure (both words bind the same number): not two parts
  if (new Set(figs.map((f) => `${f.label}|${f.value}|${f.source}`)).size !== figs.length) return null;
  // a part holding another (自然人 + 商业企业 and 商业企业): adding them counts cells twice
  if (overlapping(figs.map((f) => f.metric))) return null;
  if (new Set(figs.map((f) => f.label)).size !== figs.length) return null;
  const value = Math.round(figs.reduce((s, f) => s + f.value, 0) * 1e6) / 1e6;
  const shown = figs.map((f) => `${f.label} ${f.value}`).join(" + ");
  const fig: AnswerFigure = {
    ...first,
    metric: figs.map((f) => f.metric).join("+"),
    label: `${figs.map((f) => f.label).join(figs.length > 2 ? "、" : "与")}合计（${shown}）`,
    value,
    // one title, then each part's place, once
    source: [...new Set(figs.map((f, i) => (i ? f.source.replace(/^《[^》]*》/u, "") : f.source)))].filter((s, i, all) => !i || !(all[0] as string).endsWith(s)).join("；"),
  };
  const quotes = [...new Map(parts.flatMap((p) => p.quotes).map((qt) => [qt.text, qt])).values()];
  const a: Answer = {
    question,
    status: "answered",
    kind: "figure",
    figures: [fig, ...figs],
    quotes,
    // a part's note that another statement was not taken (stated.ts) is void when that statement is another part here
    notes: [...new Set([`报告没有印出这一合计，这是各项相加之和：${shown} = ${value}。`, ...parts.flatMap((p) => p.notes).filter((n) => !(n.startsWith("正文另有“") && figs.some((f) => f.label.length >= 4 && n.includes(f.label))))])],
    choices: [],
    text: "",
  };
  a.text = answerText(a);
  return a;
}

/**
 * Two of the table cells' quantities share a cell: the same row (or a row and its group, or a result
 * row and （七）总计) in the same column (or a column and 总计). Metrics as figures name them:
 * table2.<rows joined by +>.<columns joined by +>, table3.<groups joined by +>.<column>, table1.<item>.<column>.
 */
export function overlapping(metrics: readonly string[]): boolean {
  const cells = metrics.map((m) => {
    const parts = /^(table[123])\.(.+)\.([^.]+)$/u.exec(m);
    return parts ? { table: parts[1] as string, rows: (parts[2] as string).split("+"), cols: (parts[3] as string).split("+") } : null;
  });
  const OUTSIDE_RESULTS = ["new", "carried_in", "carried_out"];
  const rowsMeet = (a: string, b: string) =>
    a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || ([a, b].includes("results_total") && ![a, b].some((r) => OUTSIDE_RESULTS.includes(r)));
  const colsMeet = (a: string, b: string) => a === b || a === "total" || b === "total";
  return cells.some((x, i) =>
    cells.some((y, j) => j > i && !!x && !!y && x.table === y.table && x.rows.some((a) => y.rows.some((b) => rowsMeet(a, b))) && x.cols.some((a) => y.cols.some((b) => colsMeet(a, b)))),
  );
}

/** Where the parts begin in a question: after its body's name and its year. */
function askedFrom(q: Question): number {
  const named = q.agencies[0] ? q.text.indexOf(q.agencies[0].text) + q.agencies[0].text.length : 0;
  const year = [...q.text.matchAll(/(?:19|20)?\d\d\s*年度?/gu)].map((m) => (m.index ?? 0) + m[0].length);
  return Math.max(named, ...year);
}

/**
 * Each part's own words (行政许可, 予以公开): what its question says after the name and year all the
 * parts' questions begin with, up to the asking words (多少件) — or, where none, up to the words all share.
 */
function partNames(asked: readonly string[]): string[] {
  let head = 0;
  while (asked.every((t) => t[head] === asked[0]?.[head]) && head < (asked[0]?.length ?? 0)) head++;
  // the shared beginning ends with the name and year (行政 in 行政许可 / 行政处罚 is the part's)
  const shared = asked[0]?.slice(0, head) ?? "";
  const year = [...shared.matchAll(/(?:19|20)?\d\d\s*年度?/gu)].map((m) => (m.index ?? 0) + m[0].length).pop();
  if (year !== undefined) head = year;
  let tail = 0;
  while (asked.every((t) => t.length - tail > head && t[t.length - 1 - tail] === asked[0]?.[asked[0].length - 1 - tail])) tail++;
  return asked.map((t) => {
    const own = t.slice(head);
    const at = ASKING.exec(own)?.index;
    return at ? own.slice(0, at) : own.slice(0, own.length - tail);
  });
}

const sure = (p: Answer) => p.status === "answered" && p.kind === "figure" && p.figures.length === 1;

/**
 * A sum asked of parts of which one or more could not be read surely (人大代表建议和政协提案一共, only 政协提案
 * stated surely): no figure — the parts read, with their sentences, and the part that was not, so a part is
 * never taken for the sum.
 */
export function partMissingAnswer(question: string, asked: readonly string[], parts: readonly Answer[]): Answer {
  const names = partNames(asked);
  const read = parts.map((p, i) => ({ p, name: names[i] ?? "" })).filter(({ p }) => sure(p));
  const missing = parts.map((p, i) => ({ p, name: names[i] ?? "" })).filter(({ p }) => !read.some((r) => r.p === p));
  const said = read.map(({ p }) => `${p.figures[0]?.label} ${p.figures[0]?.value} ${p.figures[0]?.unit}`).join("、");
  const text =
    `问的是${names.map((n) => `“${n}”`).join("与")}之和，报告没有印出这一合计。` +
    (read.length ? `读出的只有：${said}。` : "") +
    `${missing.map((m) => `“${m.name}”`).join("、")}没有能确定的数字，所以不能相加，也不能用其中一项当作合计。`;
  const quotes = [...new Map(read.flatMap(({ p }) => p.quotes).map((qt) => [qt.text, qt])).values()];
  return { question, status: "not_found", kind: "figure", figures: [], quotes, notes: [], choices: [], text };
}

/**
 * “行政许可、行政处罚、行政强制各多少”, “依申请公开和行政复议分别多少件”: each part asked answered as it is
 * answered alone, one after the other, every figure with its own source; a part without a sure figure
 * is said to be so by name (its own answer says why), never left out.
 */
export function itemisedAnswer(question: string, asked: readonly string[], parts: readonly Answer[]): Answer {
  const names = partNames(asked);
  const missing = names.filter((_, i) => !sure(parts[i] as Answer));
  const notes = [
    ...(missing.length ? [`${missing.map((n) => `“${n}”`).join("、")}没有读出能确定的数字（见上面该项的回答）。`] : []),
    ...parts.flatMap((p) => p.notes),
  ];
  const text = [
    `所问的 ${parts.length} 项，逐项回答：`,
    ...parts.map((p, i) => `【${names[i]}】${p.text}`),
    ...(missing.length ? [`注：${notes[0]}`] : []),
  ].join("\n");
  return {
    question,
    status: parts.some(sure) ? "answered" : "not_found",
    kind: "breakdown",
    figures: parts.flatMap((p) => (sure(p) ? p.figures : [])),
    quotes: [...new Map(parts.flatMap((p) => p.quotes).map((qt) => [qt.text, qt])).values()],
    notes: [...new Set(notes)],
    choices: [],
    text,
  };
}

/**
 * Answer → neutral `Reply` blocks, plain-text rendering, and line-boundary splitting.
 * Platform adapters draw the blocks with their own markup (HTML for Telegram, cards for Feishu);
 * nothing here knows about a platform.
 */
import type { Answer, AnswerFigure } from "../index/schema.ts";
import type { Block, Reply, Span } from "./types.ts";
import { whose } from "../answers/who.ts";
import { numberText } from "../answers/number-text.ts";
import { quotedSource } from "../answers/compose.ts";

/** “14 件”, “30183.96 万元”, “12.5%”: the unit follows the number, with a space except for %. */
export function formatValue(value: number, unit: string): string {
  const n = numberText(value);
  if (!unit) return n;
  return unit === "%" || unit === "％" ? `${n}${unit}` : `${n} ${unit}`;
}

/** “浔阳区人民政府 2023 年 · 本年新收政府信息公开申请”; the agency is not repeated when the label has it. */
export function figureLabel(f: AnswerFigure): string {
  const who = whose(f);
  const label = who && f.label.startsWith(who) ? f.label.slice(who.length).trim() : f.label;
  const head = [who, `${f.year} 年`].filter(Boolean).join(" ");
  return label ? `${head} · ${label}` : head;
}

function figureItem(f: AnswerFigure): Span[] {
  return [{ text: `${figureLabel(f)}：` }, { text: formatValue(f.value, f.unit), bold: true }];
}

const whoOf = whose;

/** A figure's label without its region prefix (“赣州市本年新收…” → “本年新收…”). */
function bareLabel(f: AnswerFigure): string {
  const who = whoOf(f);
  return who && f.label.startsWith(who) ? f.label.slice(who.length).trim() : f.label;
}

/**
 * Rows of a multi-figure answer name only what differs between them (the place for a ranking, the
 * year for a trend, the item for a breakdown); what they share is said once, in the heading.
 */
export function compactRows(figures: AnswerFigure[]): { shared: string; items: Span[][]; labels: string[] } {
  const differs = (key: (f: AnswerFigure) => string) => new Set(figures.map(key)).size > 1;
  const byWho = differs(whoOf);
  const byYear = differs((f) => String(f.year));
  const byLabel = differs(bareLabel);
  const [first] = figures;
  const shared = first
    ? [byWho ? "" : whoOf(first), byYear ? "" : `${first.year} 年`, byLabel ? "" : bareLabel(first)].filter(Boolean).join(" · ")
    : "";
  const labels = figures.map((f) => [byWho ? whoOf(f) : "", byYear ? `${f.year} 年` : "", byLabel ? bareLabel(f) : ""].filter(Boolean).join(" ") || figureLabel(f));
  const items = figures.map((f, i) => [{ text: `${labels[i] ?? ""}：` }, { text: formatValue(f.value, f.unit), bold: true }]);
  return { shared, items, labels };
}

/** “排名：本年新收…” + what the rows share and the lead does not say (“2023 年”). */
export function heading(lead: string, shared: string): string {
  const missing = shared.split(" · ").filter((part) => part && !bare(lead).includes(bare(part)));
  if (!lead) return shared;
  return missing.length ? `${lead}（${missing.join(" · ")}）` : lead;
}

function paragraphs(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => ({ kind: "paragraph", spans: [{ text: p }] }));
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

const bare = (s: string): string => s.replace(/[《》\s]/g, "");

/** 《title》path → title and path; a source without a title is all path. */
function splitSource(source: string): { title: string; path: string } {
  const m = /^《([^》]+)》\s*(.*)$/.exec(source.trim());
  return m ? { title: m[1] ?? "", path: m[2] ?? "" } : { title: "", path: source.trim() };
}

/**
 * The quotes, each passage once, with one source line after each run of quotes from the same
 * report and section. A source already shown for a figure is not repeated; in a multi-report
 * answer a quote is attributed by the row it belongs to (“赣州市 2023 年报告”) instead of the full title.
 */
function quoteBlocks(answer: Answer): Block[] {
  const multi = new Set(answer.figures.map((f) => splitSource(f.source).title)).size > 1;
  const shownSources = answer.figures.map((f, i) => bare(!i && answer.kind === "figure" ? quotedSource(f, answer.quotes) : f.source));
  const blocks: Block[] = [];
  const seen = new Set<string>();
  let pending: string | null = null;
  const flush = () => {
    if (pending) blocks.push({ kind: "source", text: pending });
    pending = null;
  };
  for (const q of answer.quotes) {
    if (seen.has(q.text.trim())) continue;
    seen.add(q.text.trim());
    const owner = answer.figures.find((f) => bare(f.source).includes(bare(q.report)));
    const report = multi && owner ? `${whoOf(owner)} ${owner.year} 年报告` : q.report;
    const where = [report, q.section].filter(Boolean).join(" · ");
    const shown = !multi && shownSources.some((s) => s.includes(bare(q.report)) && s.includes(bare(q.section)));
    const place = where && !shown ? where : null;
    if (place !== pending) flush();
    blocks.push({ kind: "quote", text: q.text });
    // A quoted table row: which cell the figure is (the row may be a bare run of numbers).
    if (q.cell) blocks.push({ kind: "note", tone: "info", text: `表中位置：${q.cell}` });
    pending = place;
  }
  flush();
  return blocks;
}

/**
 * Notes are mostly warnings (a sum that does not add up, a repaired table); some only inform
 * (“在已收录的 5 份报告中排名”). Words that signal a problem decide the tone.
 */
const PROBLEM = /不一致|不满足|不符|矛盾|印为|之和|修复|对齐|缺|没有|无法|未能|错误|有误|未参加|不完整|存疑/;
export function noteTone(note: string): "warning" | "info" {
  return PROBLEM.test(note) ? "warning" : "info";
}

function noteBlocks(answer: Answer, tone?: "warning" | "info"): Block[] {
  return answer.notes.map((text) => ({ kind: "note", tone: tone ?? noteTone(text), text }));
}

/**
 * As few source lines as name every row's cell. Figures of one report (a breakdown: same table,
 * different rows) share the common prefix of their sources up to a “ · ”. Figures of several
 * reports at the same place in each (a ranking, a trend, a comparison) get one line: the rows name
 * the report (place and year), the line names the section, row and column. Places that differ get a
 * line each, naming their rows.
 */
export function sourceLines(figures: AnswerFigure[]): string[] {
  const all = uniq(figures.map((f) => f.source));
  if (all.length <= 1) return all;
  const parts = figures.map((f) => ({ f, ...splitSource(f.source) }));
  if (new Set(parts.map((p) => p.title)).size === 1) {
    let prefix = all[0] ?? "";
    for (const s of all) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
    const cut = prefix.lastIndexOf(" · ");
    const common = (cut > 0 ? prefix.slice(0, cut) : "").trim();
    return [...common].length >= 12 ? [common] : all.slice(0, 5);
  }
  const byPath = new Map<string, AnswerFigure[]>();
  for (const p of parts) byPath.set(p.path, [...(byPath.get(p.path) ?? []), p.f]);
  if (byPath.size === 1) return [`各行对应的年度报告 · ${parts[0]?.path ?? ""}`];
  return [...byPath].map(([path, fs]) => `${uniq(fs.map((f) => `${whoOf(f)} ${f.year} 年报告`)).join("、")} · ${path || "正文"}`);
}

/** The first non-empty line of the answer's plain text, used as a lead sentence. */
export function leadLine(answer: Answer): string {
  return answer.text.split("\n").map((l) => l.trim()).find(Boolean) ?? "";
}

/**
 * Turn a core `Answer` into neutral blocks.
 *
 * - answered · figure: the headline figure (label + value), its source line, the quote(s), notes as
 *   warnings, further figures as a list;
 * - answered · breakdown/comparison/ranking/trend: a list of figures, their sources (one line when
 *   they share report and table), quotes, notes (warning or info by their words);
 * - clarify: the question back and the choices;
 * - not_found: the answer's own words (they say what exists), notes as info.
 *
 * @example answerReply(core.answer("浔阳区2023年依申请公开多少件")).blocks[0]
 *   // { kind: "figure", label: "浔阳区 2023 年 · 本年新收政府信息公开申请", value: "14 件" }
 */
export function answerReply(answer: Answer): Reply {
  const [head, ...rest] = answer.figures;

  if (answer.status === "clarify") {
    const lead = leadLine(answer) || "您想问的是哪一个？";
    const blocks: Block[] = [{ kind: "paragraph", spans: [{ text: lead }] }];
    if (answer.choices.length) blocks.push({ kind: "choices", items: answer.choices });
    else blocks.push(...paragraphs(answer.text.split("\n").slice(1).join("\n")));
    blocks.push(...noteBlocks(answer, "info"));
    return { title: "请说得更具体一些", blocks };
  }

  if (answer.status === "not_found") {
    const blocks: Block[] = paragraphs(answer.text);
    if (!blocks.length) blocks.push({ kind: "paragraph", spans: [{ text: "已读取的报告里没有找到这个问题的答案。" }] });
    if (answer.figures.length) blocks.push({ kind: "list", items: answer.figures.map(figureItem) });
    blocks.push(...noteBlocks(answer, "info"));
    if (answer.choices.length) blocks.push({ kind: "choices", items: answer.choices });
    return { title: "没有找到", blocks };
  }

  // answered
  if (head && answer.kind === "figure") {
    const blocks: Block[] = [
      { kind: "figure", label: figureLabel(head), value: formatValue(head.value, head.unit) },
      { kind: "source", text: quotedSource(head, answer.quotes) },
      ...quoteBlocks(answer),
      ...noteBlocks(answer),
    ];
    if (rest.length) blocks.push({ kind: "list", items: rest.map(figureItem) });
    return { title: `${figureLabel(head)}：${formatValue(head.value, head.unit)}`, blocks };
  }

  if (head) {
    // ranking / comparison / trend / breakdown (or any other kind that carries figures): the figure
    // named once in the heading, one row per figure, a ranking numbered.
    const lead = leadLine(answer);
    const { shared, items } = compactRows(answer.figures);
    const leadStatesValue = answer.figures.some((f) => lead.includes(formatValue(f.value, f.unit)));
    const title = heading(leadStatesValue ? "" : lead, shared);
    const blocks: Block[] = [];
    if (leadStatesValue) blocks.push({ kind: "paragraph", spans: [{ text: lead }] });
    if (title) blocks.push({ kind: "paragraph", spans: [{ text: title, bold: true }] });
    blocks.push({ kind: "list", items, ...(answer.kind === "ranking" ? { ordered: true } : {}) });
    for (const s of sourceLines(answer.figures)) blocks.push({ kind: "source", text: s });
    blocks.push(...quoteBlocks(answer), ...noteBlocks(answer));
    return { title: title || lead || figureLabel(head), blocks };
  }

  // answered without figures: reports / search / help / check — the core's text, except the lines
  // that only repeat a quote (those are drawn as quotes) or a note (drawn after the quotes: a note
  // left in the text came before the passage it is about, and twice)
  const quoted = answer.quotes.map((q) => q.text.trim()).filter(Boolean);
  const noted = new Set(answer.notes.map((n) => `注：${n}`));
  const text = answer.text
    .split("\n")
    .filter((l) => !quoted.some((q) => l.includes(q)) && !noted.has(l.trim()))
    .join("\n");
  const blocks: Block[] = [...paragraphs(text), ...quoteBlocks(answer), ...noteBlocks(answer)];
  if (answer.choices.length) blocks.push({ kind: "choices", items: answer.choices });
  if (!blocks.length) blocks.push({ kind: "paragraph", spans: [{ text: "（没有内容）" }] });
  return { title: leadLine(answer) || answer.question, blocks };
}

function spansText(spans: Span[]): string {
  return spans.map((s) => s.text).join("");
}

/** Plain text of one block (no markup), as a console or a plain-text platform shows it. */
export function blockText(block: Block): string {
  switch (block.kind) {
    case "figure":
      return `${block.label}：${block.value}${block.detail ? `\n${block.detail}` : ""}`;
    case "paragraph":
      return spansText(block.spans);
    case "quote":
      return block.text.split("\n").map((l) => `> ${l}`).join("\n");
    case "source":
      return `出处：${block.text}`;
    case "note":
      return `${block.tone === "warning" ? "⚠️" : "ℹ️"} ${block.text}`;
    case "list":
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : "•"} ${spansText(item)}`).join("\n");
    case "choices":
      return [...(block.intro ? [block.intro] : []), ...block.items.map((c, i) => `${i + 1}. ${c}`)].join("\n");
  }
}

/** The whole reply as plain text, blocks separated by blank lines. */
export function plainText(reply: Reply): string {
  return reply.blocks.map(blockText).join("\n\n");
}

/**
 * Split text into pieces of at most `limit` (as measured by `size`, default UTF-16 length), cutting
 * at line boundaries; a single line longer than the limit is cut hard (never inside a surrogate
 * pair). The newline at a cut is dropped, and so are pieces that would be blank. `size` must be
 * additive over concatenation, e.g. the length after HTML escaping.
 *
 * @example splitText("a\nbb\nccc", 4) // ["a\nbb", "ccc"]
 */
export function splitText(text: string, limit: number, size: (s: string) => number = (s) => s.length): string[] {
  if (!(limit >= 1)) throw new RangeError("splitText: limit must be at least 1");
  const out: string[] = [];
  let cur: string | null = null;
  let curSize = 0;
  for (const line of text.split("\n")) {
    const n = size(line);
    if (cur !== null && curSize + 1 + n <= limit) {
      cur += `\n${line}`;
      curSize += 1 + n;
      continue;
    }
    if (cur !== null) out.push(cur);
    if (n <= limit) {
      cur = line;
      curSize = n;
      continue;
    }
    // A line longer than the limit: cut it by code points; the remainder may take the next lines.
    let piece = "";
    let pieceSize = 0;
    for (const ch of line) {
      const c = size(ch);
      if (pieceSize + c > limit && piece !== "") {
        out.push(piece);
        piece = "";
        pieceSize = 0;
      }
      piece += ch;
      pieceSize += c;
    }
    cur = piece;
    curSize = pieceSize;
  }
  if (cur !== null) out.push(cur);
  return out.filter((p) => p.trim() !== "");
}

/**
 * Answer → neutral `Reply` blocks, plain-text rendering, and line-boundary splitting.
 * Platform adapters draw the blocks with their own markup (HTML for Telegram, cards for Feishu);
 * nothing here knows about a platform.
 */
import type { Answer, AnswerFigure } from "../index/schema.ts";
import type { Block, Reply, Span } from "./types.ts";

/** “14 件”, “30183.96 万元”, “12.5%”: the unit follows the number, with a space except for %. */
export function formatValue(value: number, unit: string): string {
  const n = Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
  if (!unit) return n;
  return unit === "%" || unit === "％" ? `${n}${unit}` : `${n} ${unit}`;
}

/** “浔阳区 2023 年 · 本年新收政府信息公开申请”; the region is not repeated when the label has it. */
export function figureLabel(f: AnswerFigure): string {
  const who = f.region || f.agency;
  const label = who && f.label.startsWith(who) ? f.label.slice(who.length).trim() : f.label;
  const head = [who, `${f.year} 年`].filter(Boolean).join(" ");
  return label ? `${head} · ${label}` : head;
}

function figureItem(f: AnswerFigure): Span[] {
  return [{ text: `${figureLabel(f)}：` }, { text: formatValue(f.value, f.unit), bold: true }];
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

function quoteBlocks(answer: Answer): Block[] {
  const sources = answer.figures.map((f) => bare(f.source));
  const blocks: Block[] = [];
  for (const q of answer.quotes) {
    blocks.push({ kind: "quote", text: q.text });
    // A quoted table row: which cell the figure is (the row may be a bare run of numbers).
    if (q.cell) blocks.push({ kind: "note", tone: "info", text: `表中位置：${q.cell}` });
    const where = [q.report, q.section].filter(Boolean).join(" · ");
    // A source line already shown for a figure names the same report and section: don't repeat it.
    const shown = sources.some((s) => s.includes(bare(q.report)) && s.includes(bare(q.section)));
    if (where && !shown) blocks.push({ kind: "source", text: where });
  }
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
 * One source line for figures from the same place (a breakdown: same report and table, different
 * rows): their common prefix up to a “ · ”. Figures from different reports keep their own lines.
 */
function sourceLines(figures: AnswerFigure[]): string[] {
  const all = uniq(figures.map((f) => f.source));
  if (all.length <= 1) return all;
  let prefix = all[0] ?? "";
  for (const s of all) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  const cut = prefix.lastIndexOf(" · ");
  const common = (cut > 0 ? prefix.slice(0, cut) : "").trim();
  return [...common].length >= 12 ? [common] : all.slice(0, 5);
}

/** The first non-empty line of the answer's plain text, used as a lead sentence. */
function leadLine(answer: Answer): string {
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
      { kind: "source", text: head.source },
      ...quoteBlocks(answer),
      ...noteBlocks(answer, "warning"),
    ];
    if (rest.length) blocks.push({ kind: "list", items: rest.map(figureItem) });
    return { title: `${figureLabel(head)}：${formatValue(head.value, head.unit)}`, blocks };
  }

  if (head) {
    // ranking / comparison / trend / breakdown (or any other kind that carries figures)
    const lead = leadLine(answer);
    const blocks: Block[] = [];
    if (lead && !answer.figures.some((f) => lead.includes(formatValue(f.value, f.unit)))) {
      blocks.push({ kind: "paragraph", spans: [{ text: lead }] });
    }
    blocks.push({ kind: "list", items: answer.figures.map(figureItem) });
    for (const s of sourceLines(answer.figures)) blocks.push({ kind: "source", text: s });
    blocks.push(...quoteBlocks(answer), ...noteBlocks(answer));
    return { title: lead || figureLabel(head), blocks };
  }

  // answered without figures: reports / search / help / check — the core's text says it all.
  const blocks: Block[] = [...paragraphs(answer.text), ...quoteBlocks(answer), ...noteBlocks(answer)];
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
      return block.items.map((item) => `• ${spansText(item)}`).join("\n");
    case "choices":
      return block.items.map((c, i) => `${i + 1}. ${c}`).join("\n");
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

/**
 * Neutral `Reply` → Feishu messages. Answers become interactive cards (JSON 1.0 card schema);
 * replies made only of paragraphs, lists and info notes (help, hints) become plain text.
 *
 * Text from reports (labels, quotes, sources, list items) goes into `plain_text` so nothing in it is
 * read as markup; only bold spans and the headline figure use `lark_md`/`markdown`, escaped.
 * Feishu caps a card at ~30 KB of JSON: each message here stays under `budgetBytes` (25 KB), long
 * answers continue on a second card, and past `maxMessages` the rest is cut with a note.
 */
import { plainText, splitText } from "../../bot/render.ts";
import type { Block, Reply, Span } from "../../bot/types.ts";

export interface OutMessage {
  msg_type: "interactive" | "text";
  /** The JSON string Feishu expects in `content`. */
  content: string;
}

export interface RenderOptions {
  budgetBytes?: number;
  maxMessages?: number;
}

type Element = Record<string, unknown>;

const LIST_CHUNK = 15;
const TITLE_MAX = 100;
const TRUNCATED = "…（内容过长，已截断）";

export function renderReply(reply: Reply, opts: RenderOptions = {}): OutMessage[] {
  const budget = opts.budgetBytes ?? 25_000;
  const max = opts.maxMessages ?? 3;
  return isPlain(reply) ? renderText(reply, budget, max) : renderCards(reply, budget, max);
}

/** Help and hints read best as a plain message; a figure, quote, source, warning or choices make a card. */
export function isPlain(reply: Reply): boolean {
  return reply.blocks.every((b) => b.kind === "paragraph" || b.kind === "list" || (b.kind === "note" && b.tone === "info"));
}

// ---------------------------------------------------------------- cards

export function cardElements(block: Block): Element[] {
  switch (block.kind) {
    case "figure":
      return [
        div(plain(block.label)),
        { tag: "markdown", content: `**${escapeMd(block.value)}**`, text_size: "heading" },
        ...(block.detail ? [div(plain(block.detail, { text_size: "notation", text_color: "grey" }))] : []),
      ];
    case "paragraph":
      return [div({ tag: "lark_md", content: spansMd(block.spans) })];
    case "quote":
      return [div(plain(`原文：“${block.text}”`))];
    case "source":
      return [{ tag: "note", elements: [plain(`出处：${block.text}`)] }];
    case "note":
      return block.tone === "warning"
        ? [div(plain(`⚠️ ${block.text}`, { text_color: "orange" }))]
        : [div(plain(`ℹ️ ${block.text}`, { text_color: "grey" }))];
    case "list":
      return chunk(block.items, LIST_CHUNK).map((items) => div({ tag: "lark_md", content: items.map((s) => `• ${spansMd(s)}`).join("\n") }));
    case "choices":
      return [
        // Bold only the words: Feishu may not render bold around Chinese punctuation.
        div({ tag: "lark_md", content: "**可以接着问**（直接发送其中一句）：" }),
        ...chunk(block.items, LIST_CHUNK).map((items) => div(plain(items.map((c) => `• ${c}`).join("\n")))),
      ];
  }
}

export function buildCard(title: string, warning: boolean, elements: Element[]): Record<string, unknown> {
  return {
    config: { wide_screen_mode: true },
    header: { template: warning ? "orange" : "blue", title: { tag: "plain_text", content: clip(title || "年报问答", TITLE_MAX) } },
    elements,
  };
}

function renderCards(reply: Reply, budget: number, max: number): OutMessage[] {
  const warning = reply.blocks.some((b) => b.kind === "note" && b.tone === "warning");
  const elements = reply.blocks.flatMap(cardElements);
  const cards: Element[][] = [[]];
  const size = (els: Element[], n: number) => bytes(JSON.stringify(buildCard(cardTitle(reply.title, n), warning, els)));
  for (let el of elements) {
    let current = cards[cards.length - 1] ?? [];
    if (size([...current, el], cards.length - 1) > budget && current.length > 0) {
      if (cards.length >= max) {
        current.push(div(plain(TRUNCATED, { text_color: "grey" })));
        break;
      }
      current = [];
      cards.push(current);
    }
    // A single element larger than a card on its own: cut its text until it fits.
    while (size([...current, el], cards.length - 1) > budget) el = shrink(el);
    current.push(el);
  }
  return cards.map((els, n) => ({ msg_type: "interactive" as const, content: JSON.stringify(buildCard(cardTitle(reply.title, n), warning, els)) }));
}

function cardTitle(title: string, n: number): string {
  return n === 0 ? title : `${title}（续 ${n}）`;
}

/** Halve the longest text inside an element (recursively) and mark the cut. */
function shrink(el: Element): Element {
  const copy = structuredClone(el);
  let best: { obj: Record<string, unknown>; len: number } | undefined;
  const walk = (o: unknown) => {
    if (!o || typeof o !== "object") return;
    const rec = o as Record<string, unknown>;
    if (typeof rec["content"] === "string" && (!best || rec["content"].length > best.len)) best = { obj: rec, len: rec["content"].length };
    for (const v of Object.values(rec)) walk(v);
  };
  walk(copy);
  if (!best || best.len <= TRUNCATED.length) return { tag: "div", text: plain(TRUNCATED) };
  const text = best.obj["content"] as string;
  best.obj["content"] = text.slice(0, Math.floor(text.length / 2)) + TRUNCATED;
  return copy;
}

function div(text: Element): Element {
  return { tag: "div", text };
}

function plain(content: string, extra: Record<string, string> = {}): Element {
  return { tag: "plain_text", content, ...extra };
}

/**
 * lark_md is a small markdown with HTML entities: characters that would start markup are written as
 * entities so report text like “*注：” or “[2023]” shows as typed.
 */
export function escapeMd(s: string): string {
  return s.replace(/[&<>*_~`[\]]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function spansMd(spans: Span[]): string {
  return spans
    .map((s) => {
      const t = escapeMd(s.text);
      if (!t.trim()) return t;
      if (s.code) return `\`${s.text.replace(/`/g, "'")}\``;
      return s.bold ? `**${t}**` : t;
    })
    .join("");
}

// ---------------------------------------------------------------- text

function renderText(reply: Reply, budget: number, max: number): OutMessage[] {
  const text = [reply.title, plainText(reply)].filter(Boolean).join("\n\n") || "…";
  const pieces = splitText(text, budget, bytes);
  const kept = pieces.slice(0, max);
  if (pieces.length > max) kept[max - 1] = `${kept[max - 1] ?? ""}\n${TRUNCATED}`;
  return kept.map((t) => ({ msg_type: "text" as const, content: JSON.stringify({ text: t }) }));
}

// ---------------------------------------------------------------- utils

function bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function chunk<T>(items: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

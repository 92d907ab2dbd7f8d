/**
 * Neutral `Reply` → Feishu messages. Answers become interactive cards (card JSON 2.0: `schema`,
 * `body.elements`, buttons with callback behaviours); replies made only of paragraphs, lists and
 * info notes (hints) become plain text.
 *
 * Text from reports (labels, quotes, sources, list items) goes into `plain_text` so nothing in it is
 * read as markup; only bold spans, lists and the headline figure use `markdown`, escaped. The card
 * has a header only when its title says something the first line does not; orange only when the
 * reply carries a warning. Choices become buttons whose callback value is `{ t: token }`, the token
 * standing for the text to send back (see `RenderOptions.token`).
 * Feishu caps a card at ~30 KB of JSON: each message here stays under `budgetBytes` (25 KB), long
 * answers continue on a second card, and past `maxMessages` the rest is cut with a note.
 */
import { plainText, splitText } from "../../bot/render.ts";
import type { Chart } from "../../bot/chart/spec.ts";
import type { Block, Reply, Span } from "../../bot/types.ts";

export interface OutMessage {
  msg_type: "interactive" | "text";
  /** The JSON string Feishu expects in `content`. */
  content: string;
}

export interface RenderOptions {
  budgetBytes?: number;
  maxMessages?: number;
  /** The button payload for a choice's text (the conversation's token); without it, choices are listed as text. */
  token?: (text: string) => string;
  /** Draw the reply's chart as the card's native chart element (default true). */
  chart?: boolean;
}

type Element = Record<string, unknown>;

const LIST_CHUNK = 15;
const TITLE_MAX = 100;
const BUTTON_MAX = 40;
const TRUNCATED = "…（内容过长，已截断）";

export function renderReply(reply: Reply, opts: RenderOptions = {}): OutMessage[] {
  const budget = opts.budgetBytes ?? 25_000;
  const max = opts.maxMessages ?? 3;
  const chart = opts.chart !== false && reply.chart ? chartElement(reply.chart) : undefined;
  return isPlain(reply) && !chart ? renderText(reply, budget, max) : renderCards(reply, budget, max, opts.token, chart);
}

/** Help and hints read best as a plain message; a figure, quote, source, warning or choices make a card. */
export function isPlain(reply: Reply): boolean {
  // Choices are buttons, which only a card has.
  return reply.blocks.every((b) => b.kind === "paragraph" || b.kind === "list" || (b.kind === "note" && b.tone === "info"));
}

// ---------------------------------------------------------------- cards

const grey = (text: string): Element => div(plain(text, { text_size: "notation", text_color: "grey" }));

export function cardElements(block: Block, token?: (text: string) => string): Element[] {
  switch (block.kind) {
    case "figure":
      return [
        div(plain(block.label)),
        { tag: "markdown", content: `**${escapeMd(block.value)}**`, text_size: "heading" },
        ...(block.detail ? [grey(block.detail)] : []),
      ];
    case "paragraph":
      return [{ tag: "markdown", content: spansMd(block.spans) }];
    case "quote":
      return [div(plain(`原文：“${block.text}”`))];
    case "source":
      return [grey(`出处：${block.text}`)];
    case "note":
      return block.tone === "warning" ? [div(plain(`⚠️ ${block.text}`, { text_color: "orange" }))] : [grey(`ℹ️ ${block.text}`)];
    case "list":
      return chunk(block.items, LIST_CHUNK).map((items, c) => ({
        tag: "markdown",
        content: items.map((s, i) => `${block.ordered ? `${c * LIST_CHUNK + i + 1}\\.` : "•"} ${spansMd(s)}`).join("\n"),
      }));
    case "choices": {
      const intro = block.intro ? [{ tag: "markdown", content: escapeMd(block.intro) }] : [];
      if (!token) return [...intro, ...chunk(block.items, LIST_CHUNK).map((items) => div(plain(items.map((c) => `• ${c}`).join("\n"))))];
      return [
        ...intro,
        ...block.items.map((text, i) => ({
          tag: "button",
          text: plain(clip(block.labels?.[i] ?? text, BUTTON_MAX)),
          type: "default",
          width: "fill",
          behaviors: [{ type: "callback", value: { t: token(text) } }],
        })),
      ];
    }
  }
}

/** A card JSON 2.0 object; `title` becomes a header only when given. */
export function buildCard(title: string, warning: boolean, elements: Element[]): Record<string, unknown> {
  return {
    schema: "2.0",
    config: { update_multi: true, width_mode: "fill" },
    ...(title ? { header: { template: warning ? "orange" : "blue", title: { tag: "plain_text", content: clip(title, TITLE_MAX) } } } : {}),
    body: { elements },
  };
}

/** Text of a block as a reader sees it first, to tell whether a title only repeats it. */
function firstLine(b: Block | undefined): string {
  if (!b) return "";
  if (b.kind === "figure") return `${b.label}：${b.value}`;
  if (b.kind === "paragraph") return b.spans.map((s) => s.text).join("");
  return "";
}

/**
 * The card JSON 2.0 chart component (a VChart spec): columns by year for a trend, horizontal bars
 * otherwise, each labelled with its value. Its data are the reply's chart bars.
 */
export function chartElement(chart: Chart): Element {
  const values = chart.bars.map((b) => ({ label: b.label, value: b.value }));
  const data = [{ id: "figures", values }];
  const label = { visible: true };
  return {
    tag: "chart",
    aspect_ratio: chart.shape === "columns" ? "16:9" : "4:3",
    chart_spec:
      chart.shape === "columns"
        ? { type: "bar", data, xField: "label", yField: "value", label }
        : { type: "bar", direction: "horizontal", data, xField: "value", yField: "label", label },
  };
}

function renderCards(reply: Reply, budget: number, max: number, token?: (text: string) => string, chart?: Element): OutMessage[] {
  const warning = reply.blocks.some((b) => b.kind === "note" && b.tone === "warning");
  const first = firstLine(reply.blocks[0]).replace(/\s/g, "");
  const title = reply.title && !first.includes(reply.title.replace(/\s/g, "")) ? reply.title : "";
  // The chart follows the list of figures it draws (or ends the card when there is none).
  let placed = false;
  const elements = reply.blocks.flatMap((b) => {
    const els = cardElements(b, token);
    if (!chart || placed || b.kind !== "list") return els;
    placed = true;
    return [...els, chart];
  });
  if (chart && !placed) elements.push(chart);
  const cards: Element[][] = [[]];
  const size = (els: Element[], n: number) => bytes(JSON.stringify(buildCard(cardTitle(title, n), warning, els)));
  for (let el of elements) {
    let current = cards[cards.length - 1] ?? [];
    if (size([...current, el], cards.length - 1) > budget && current.length > 0) {
      if (cards.length >= max) {
        current.push(grey(TRUNCATED));
        break;
      }
      current = [];
      cards.push(current);
    }
    // A single element larger than a card on its own: cut its text until it fits.
    while (size([...current, el], cards.length - 1) > budget) el = shrink(el);
    current.push(el);
  }
  return cards.map((els, n) => ({ msg_type: "interactive" as const, content: JSON.stringify(buildCard(cardTitle(title, n), warning, els)) }));
}

function cardTitle(title: string, n: number): string {
  if (n === 0) return title;
  return title ? `${title}（续 ${n}）` : `（续 ${n}）`;
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

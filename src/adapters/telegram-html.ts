/**
 * Neutral `Reply` blocks → Telegram HTML messages (parse_mode "HTML").
 *
 * Every piece of text is escaped (&, <, >). Long replies are split by blocks and lines, never inside
 * a tag: each line is rendered self-contained (its tags open and close on it), a block's wrapper
 * (<blockquote>) is closed at the end of every message and reopened in the next, and a single line
 * too long for a message is cut as plain escaped text.
 */
import { splitText } from "../bot/render.ts";
import type { Block, Reply, Span } from "../bot/types.ts";

/** Telegram's limit for one message's text. */
export const TELEGRAM_MAX_MESSAGE = 4096;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const escapedLength = (s: string): number => escapeHtml(s).length;

/** One self-contained line: its HTML, its plain text, and the tags to rewrap pieces of it. */
interface Line {
  html: string;
  text: string;
  open: string;
  close: string;
}

interface RenderedBlock {
  open: string;
  close: string;
  lines: Line[];
}

const line = (text: string, open = "", close = ""): Line => ({ html: `${open}${escapeHtml(text)}${close}`, text, open, close });

function spanHtml(s: Span): string {
  const t = escapeHtml(s.text);
  if (s.code) return `<code>${t}</code>`;
  return s.bold ? `<b>${t}</b>` : t;
}

/** Spans → lines; a span with a line break continues its formatting on the next line. */
function spanLines(spans: Span[], prefix = ""): Line[] {
  const out: Line[] = [];
  let html = escapeHtml(prefix);
  let text = prefix;
  spans.forEach((span) => {
    span.text.split("\n").forEach((part, i) => {
      if (i > 0) {
        out.push({ html, text, open: "", close: "" });
        html = "";
        text = "";
      }
      if (part) {
        html += spanHtml({ ...span, text: part });
        text += part;
      }
    });
  });
  out.push({ html, text, open: "", close: "" });
  return out;
}

function renderBlock(b: Block, buttons: boolean): RenderedBlock {
  const plain = (lines: Line[]): RenderedBlock => ({ open: "", close: "", lines });
  switch (b.kind) {
    case "figure":
      return plain([
        { html: `${escapeHtml(b.label)}：<b>${escapeHtml(b.value)}</b>`, text: `${b.label}：${b.value}`, open: "", close: "" },
        ...(b.detail ? b.detail.split("\n").map((d) => line(d, "<i>", "</i>")) : []),
      ]);
    case "paragraph":
      return plain(spanLines(b.spans));
    case "quote":
      return { open: "<blockquote>", close: "</blockquote>", lines: b.text.split("\n").map((t) => line(t)) };
    case "source":
      return plain(b.text.split("\n").map((t, i) => line(i === 0 ? `出处：${t}` : t, "<i>", "</i>")));
    case "note":
      return plain(b.text.split("\n").map((t, i) => line(i === 0 ? `${b.tone === "warning" ? "⚠️" : "ℹ️"} ${t}` : t)));
    case "list":
      return plain(b.items.flatMap((item, i) => spanLines(item, b.ordered ? `${i + 1}. ` : "• ")));
    case "choices": {
      const intro = b.intro ? [line(b.intro)] : [];
      // With buttons the keyboard carries the choices; the text only introduces them.
      if (buttons) return plain(intro);
      // <code> lets the user copy a choice with one tap and send it as is.
      return plain([...intro, ...b.items.map((c, i) => ({ html: `${i + 1}. <code>${escapeHtml(c)}</code>`, text: `${i + 1}. ${c}`, open: "", close: "" }))]);
    }
  }
}

/** A line that does not fit `budget` on its own, cut into pieces that do (plain text keeps its wrap). */
function cutLine(l: Line, budget: number): string[] {
  const inner = budget - l.open.length - l.close.length;
  if (inner >= 16) return splitText(l.text, inner, escapedLength).map((p) => `${l.open}${escapeHtml(p)}${l.close}`);
  return splitText(l.text, budget, escapedLength).map(escapeHtml);
}

/**
 * Render a reply as one or more HTML messages, each at most `limit` characters of HTML (which is
 * never less than what Telegram counts, the text after parsing). With `buttons`, choices are left
 * to an inline keyboard (see `choicesOf`).
 */
export function renderHtml(reply: Reply, limit = TELEGRAM_MAX_MESSAGE, buttons = false): string[] {
  const messages: string[] = [];
  let cur = "";
  const push = (html: string, sep: string): void => {
    if (cur && cur.length + sep.length + html.length <= limit) cur += sep + html;
    else {
      if (cur) messages.push(cur);
      cur = html;
    }
  };

  for (const block of reply.blocks) {
    const r = renderBlock(block, buttons);
    if (!r.lines.length) continue;
    const whole = `${r.open}${r.lines.map((l) => l.html).join("\n")}${r.close}`;
    if (whole.length <= limit) {
      push(whole, "\n\n");
      continue;
    }
    // Too long for one message: pack its lines into pieces, each wrapped in the block's tags.
    const budget = limit - r.open.length - r.close.length;
    const pieces: string[] = [];
    let piece = "";
    for (const l of r.lines) {
      const parts = l.html.length <= budget ? [l.html] : cutLine(l, budget);
      for (const p of parts) {
        if (piece && piece.length + 1 + p.length <= budget) piece += `\n${p}`;
        else {
          if (piece) pieces.push(piece);
          piece = p;
        }
      }
    }
    if (piece) pieces.push(piece);
    pieces.forEach((p, i) => push(`${r.open}${p}${r.close}`, i === 0 ? "\n\n" : "\n"));
  }
  if (cur) messages.push(cur);
  return messages.filter((m) => m.trim() !== "");
}

/** Every choice of a reply, in order, with its caption: what an inline keyboard offers. */
export function choicesOf(reply: Reply): { label: string; text: string }[] {
  return reply.blocks.flatMap((b) => (b.kind === "choices" ? b.items.map((text, i) => ({ label: b.labels?.[i] ?? text, text })) : []));
}

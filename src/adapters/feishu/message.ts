/**
 * `im.message.receive_v1` → what the user asked. Pure functions, no SDK: the event shape below is
 * the subset of the SDK's handler argument we read (header fields flattened next to `event`).
 */

export interface Mention {
  /** The placeholder in the text, e.g. `@_user_1`. */
  key: string;
  id: { open_id?: string; union_id?: string; user_id?: string };
  name: string;
}

export interface MessageEvent {
  event_id?: string;
  /** When Feishu created the event, in ms since 1970 as a string (header field, flattened). */
  create_time?: string;
  sender: { sender_id?: { open_id?: string; union_id?: string; user_id?: string }; sender_type: string };
  message: {
    message_id: string;
    chat_id: string;
    /** "p2p" or "group". */
    chat_type: string;
    message_type: string;
    /** A JSON string: `{"text": "…"}` for text, `{"file_key", "file_name"}` for files… */
    content: string;
    mentions?: Mention[];
    /** When the message was sent, in ms since 1970 as a string. */
    create_time?: string;
  };
}

export type Parsed =
  | { kind: "ignore"; reason: string }
  | { kind: "text"; text: string }
  | { kind: "file"; fileKey: string; fileName: string }
  /** An image, sticker, audio, video… we can only answer with a hint. */
  | { kind: "unsupported"; messageType: string };

/**
 * Decide what to do with one message.
 *
 * - Messages from bots/apps are ignored (no loops between bots).
 * - In a group, only messages that @mention the bot count (`botOpenId` from /bot/v3/info); when
 *   the bot's own open_id is not known yet, group messages are ignored rather than guessed at.
 * - Text: the bot's own `@_user_N` placeholder is removed, other mentions become `@name`,
 *   and `/查 …` becomes `/ask …`. An empty question (just “@bot”) is passed on as it is: the
 *   conversation answers it with examples.
 */
export function parseMessage(ev: MessageEvent, botOpenId: string | undefined): Parsed {
  if (ev.sender.sender_type !== "user") return { kind: "ignore", reason: `sender is ${ev.sender.sender_type}` };
  const msg = ev.message;
  const mentions = msg.mentions ?? [];
  if (msg.chat_type !== "p2p") {
    if (!botOpenId) return { kind: "ignore", reason: "group message but the bot's open_id is unknown" };
    if (!mentions.some((m) => m.id.open_id === botOpenId)) return { kind: "ignore", reason: "group message without @bot" };
  }
  const content = parseJson(msg.content);
  switch (msg.message_type) {
    case "text": {
      const text = typeof content?.["text"] === "string" ? content["text"] : "";
      return { kind: "text", text: toCommand(stripMentions(text, mentions, botOpenId)) };
    }
    case "post": {
      return { kind: "text", text: toCommand(stripMentions(postText(content), mentions, botOpenId)) };
    }
    case "file": {
      const fileKey = content?.["file_key"];
      const fileName = content?.["file_name"];
      if (typeof fileKey !== "string" || !fileKey) return { kind: "unsupported", messageType: "file" };
      return { kind: "file", fileKey, fileName: typeof fileName === "string" && fileName ? fileName : "report" };
    }
    default:
      return { kind: "unsupported", messageType: msg.message_type };
  }
}

/** Replace `@_user_N` placeholders: the bot's own is removed, others become `@name`; `@_all` is removed. */
export function stripMentions(text: string, mentions: Mention[], botOpenId: string | undefined): string {
  const byKey = new Map(mentions.map((m) => [m.key, m]));
  return text
    .replace(/@_user_\d+|@_all/g, (key) => {
      const m = byKey.get(key);
      if (!m) return key === "@_all" ? "" : key;
      return botOpenId && m.id.open_id === botOpenId ? "" : `@${m.name}`;
    })
    .replace(/[ \t\u3000]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/**
 * `/查 问题` (also with a full-width slash) is the Chinese alias of `/ask 问题`. The conversation
 * knows the alias too; mapping it here keeps the adapter right whichever side changes.
 */
export function toCommand(text: string): string {
  const m = /^[/／]查(?:\s+|$)([\s\S]*)$/.exec(text);
  if (m) return m[1] ? `/ask ${m[1].trim()}` : "/ask";
  return text;
}

/**
 * The text of a rich-text (“post”) message: text and link runs joined, `at` runs kept as their
 * placeholder (`user_id` holds `@_user_N` in received events) so `stripMentions` treats them alike.
 * Received posts are `{title, content: [[run…]…]}`; a locale wrapper (`{zh_cn: {…}}`) is accepted too.
 */
function postText(content: Record<string, unknown> | undefined): string {
  if (!content) return "";
  let body: Record<string, unknown> = content;
  if (!Array.isArray(body["content"])) {
    const inner = Object.values(content).find((v) => v && typeof v === "object" && Array.isArray((v as Record<string, unknown>)["content"]));
    if (!inner) return "";
    body = inner as Record<string, unknown>;
  }
  const paragraphs = body["content"] as unknown[];
  const lines = paragraphs.map((para) =>
    (Array.isArray(para) ? para : [])
      .map((run: unknown) => {
        if (!run || typeof run !== "object") return "";
        const r = run as Record<string, unknown>;
        if (r["tag"] === "text" || r["tag"] === "a") return typeof r["text"] === "string" ? r["text"] : "";
        if (r["tag"] === "at") return ` ${typeof r["user_id"] === "string" ? r["user_id"] : ""} `;
        return "";
      })
      .join(""),
  );
  const title = typeof body["title"] === "string" && body["title"] ? [body["title"]] : [];
  return [...title, ...lines].join("\n");
}

/** A JSON object, or undefined for anything else (bad JSON, arrays, scalars). */
export function parseJson(s: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(s);
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

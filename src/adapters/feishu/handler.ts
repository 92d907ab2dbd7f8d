/**
 * The `im.message.receive_v1` handler shared by both transports (the WSClient and the webhook
 * server hand it the same flattened event). It returns at once — Feishu re-pushes an event that
 * is not acknowledged within 3 s — after deduplicating by event_id and message_id; the answer is
 * produced afterwards on a per-chat queue, and every error is logged, never thrown to the SDK.
 */
import { createHash } from "node:crypto";
import { hasUploadExtension, UPLOAD_EXTENSIONS } from "../../bot/conversation.ts";
import type { Conversation, Incoming, Reply } from "../../bot/types.ts";
import { renderReply, type OutMessage } from "./card.ts";
import { firstTime, type SeenStore } from "../seen-store.ts";
import { describeError, type Log } from "./log.ts";
import { parseMessage, type MessageEvent } from "./message.ts";

export interface HandlerDeps {
  conversation: Conversation;
  /** Reply to `messageId`; `uuid` makes a retried send idempotent on Feishu's side. */
  reply(messageId: string, out: OutMessage, uuid: string): Promise<void>;
  /** Send a message to a chat (the greeting when the bot joins a group). */
  send(chatId: string, out: OutMessage, uuid: string): Promise<void>;
  /** Download a file attached to a message (the message resource API). */
  download(messageId: string, fileKey: string): Promise<Uint8Array>;
  /** The bot's own open_id, or undefined while it is not known (group messages are then skipped). */
  botOpenId(): Promise<string | undefined>;
  admins: ReadonlySet<string>;
  /** event_ids and message_ids taken in (on disk in the bot, so a replay after a restart is known). */
  dedup: SeenStore;
  log: Log;
  /** Messages waiting per chat; beyond, the sender is asked to resend (a flood must not grow memory). */
  maxQueuedPerChat?: number;
  /** Events created longer ago than this are refused as replays (default 24 h, as long as `dedup` remembers). */
  maxEventAgeMs?: number;
  now?: () => number;
}

/** `card.action.trigger` as the SDK hands it over (header fields flattened next to the event's). */
export interface CardActionEvent {
  event_id?: string;
  operator?: { open_id?: string };
  action?: { value?: unknown };
  context?: { open_message_id?: string; open_chat_id?: string };
}

/** `im.chat.member.bot.added_v1`: the bot was added to a group. */
export interface BotAddedEvent {
  event_id?: string;
  chat_id?: string;
}

export interface MessageHandler {
  /** Give this to the EventDispatcher. Never throws, never waits. */
  onMessage(data: MessageEvent): void;
  /** A button of one of our cards was pressed; answers `{}` at once, the question follows as a reply. */
  onCardAction(data: CardActionEvent): Record<string, never>;
  /** Greet a group the bot was added to. */
  onBotAdded(data: BotAddedEvent): void;
  /** Resolves when every accepted message has been answered (or failed). */
  idle(): Promise<void>;
}

export const HINT_UNSUPPORTED = "我只能回答文字问题。请直接输入问题，例如“浔阳区 2023 年收到多少政府信息公开申请？”，发送 /help 查看用法。";
export const HINT_FILE_NOT_ADMIN = "只有管理员可以上传年报文件。请直接输入文字问题，发送 /help 查看用法。";
export const HINT_DOWNLOAD_FAILED = "没能下载这个文件（可能太大或已撤回），请稍后再试。";
export const APOLOGY = "抱歉，处理这条消息时出错了，请稍后再试。";
export const HINT_BUSY = "这个会话里待回答的消息太多了，这条没有处理。请稍等片刻后重新发送。";

export function createMessageHandler(deps: HandlerDeps): MessageHandler {
  const { log } = deps;
  const maxQueued = deps.maxQueuedPerChat ?? 20;
  const chains = new Map<string, { tail: Promise<void>; queued: number }>();
  let pending = 0;
  let waiters: (() => void)[] = [];

  const full = (chatId: string) => (chains.get(chatId)?.queued ?? 0) >= maxQueued;
  const maxAge = deps.maxEventAgeMs ?? 24 * 60 * 60 * 1000;
  const now = deps.now ?? Date.now;

  function enqueue(chatId: string, task: () => Promise<void>): void {
    const chain = chains.get(chatId) ?? { tail: Promise.resolve(), queued: 0 };
    chain.queued++;
    pending++;
    chain.tail = chain.tail
      .then(task)
      .catch((e: unknown) => log.error(`answering failed: ${describeError(e)}`))
      .finally(() => {
        chain.queued--;
        if (chain.queued === 0) chains.delete(chatId);
        pending--;
        if (pending === 0) {
          const ws = waiters;
          waiters = [];
          for (const w of ws) w();
        }
      });
    chains.set(chatId, chain);
  }

  async function answer(ev: MessageEvent): Promise<void> {
    const msg = ev.message;
    const parsed = parseMessage(ev, await deps.botOpenId());
    if (parsed.kind === "ignore") return;
    const userId = ev.sender.sender_id?.open_id ?? "";
    const incoming: Incoming = {
      platform: "feishu",
      text: parsed.kind === "text" ? parsed.text : "",
      userId,
      chatId: msg.chat_id,
      isAdmin: userId !== "" && deps.admins.has(userId),
    };
    let reply: Reply | null;
    try {
      reply = await produce(parsed, incoming, msg.message_id);
    } catch (e) {
      log.error(`message ${msg.message_id}: ${describeError(e)}`);
      reply = { title: "出错了", blocks: [{ kind: "paragraph", spans: [{ text: APOLOGY }] }] };
    }
    if (!reply) return;
    await replyWith(msg.message_id, msg.chat_id, reply);
  }

  /** Render for this chat (its buttons carry this chat's tokens) and reply to `messageId`. */
  async function replyWith(messageId: string, chatId: string, reply: Reply, key = messageId): Promise<void> {
    const token = (text: string) => deps.conversation.buttonToken(chatId, text);
    let parts = renderReply(reply, { token });
    let uuidKey = key;
    for (let i = 0; i < parts.length; i++) {
      const out = parts[i] as OutMessage;
      try {
        await deps.reply(messageId, out, replyUuid(uuidKey, i));
      } catch (e) {
        // A card Feishu refuses because of its chart is sent again without it: the answer matters more.
        if (!out.content.includes('"tag":"chart"')) throw e;
        log.warn(`message ${messageId}: card with a chart refused, sending it without: ${describeError(e)}`);
        parts = renderReply(reply, { token, chart: false });
        uuidKey = `${key}:nochart`;
        i--;
      }
    }
  }

  async function produce(parsed: Exclude<ReturnType<typeof parseMessage>, { kind: "ignore" }>, incoming: Incoming, messageId: string): Promise<Reply | null> {
    switch (parsed.kind) {
      case "text":
        return deps.conversation.handle(incoming);
      case "unsupported":
        return hint(HINT_UNSUPPORTED);
      case "file": {
        // Only admins' files are downloaded: a refusal does not need the bytes.
        if (!incoming.isAdmin) return hint(HINT_FILE_NOT_ADMIN);
        if (!hasUploadExtension(parsed.fileName)) return hint(`只接受 ${UPLOAD_EXTENSIONS.join(" ")} 文件，收到的是 ${parsed.fileName}。`);
        let data: Uint8Array;
        try {
          data = await deps.download(messageId, parsed.fileKey);
        } catch (e) {
          log.error(`message ${messageId}: download failed: ${describeError(e)}`);
          return hint(HINT_DOWNLOAD_FAILED);
        }
        log.info(`message ${messageId}: received file (${data.byteLength} bytes) from an admin`);
        return deps.conversation.upload(incoming, { filename: parsed.fileName, data });
      }
    }
  }

  return {
    onMessage(data) {
      try {
        const messageId = data.message.message_id;
        const created = Number(data.create_time ?? data.message.create_time);
        if (Number.isFinite(created) && now() - created > maxAge) {
          log.warn(`event for message ${messageId} was created ${new Date(created).toISOString()}, longer ago than deduplication remembers; refused as a replay`);
          return;
        }
        const keys = [`m:${messageId}`, ...(data.event_id ? [`e:${data.event_id}`] : [])];
        if (keys.some((k) => deps.dedup.has(k))) {
          log.info(`duplicate delivery of message ${messageId} ignored`);
          return;
        }
        if (full(data.message.chat_id)) {
          // Not marked as seen: a re-delivery or a resend is answered once the queue has room.
          log.warn(`chat ${data.message.chat_id}: ${maxQueued} messages waiting; asked the sender to resend ${messageId}`);
          const [out] = renderReply(hint(HINT_BUSY));
          if (out) void deps.reply(messageId, out, replyUuid(messageId, 99)).catch((e: unknown) => log.error(`busy reply to ${messageId} failed: ${describeError(e)}`));
          return;
        }
        for (const k of keys) deps.dedup.add(k);
        enqueue(data.message.chat_id, () => answer(data));
      } catch (e) {
        log.error(`bad im.message.receive_v1 event: ${describeError(e)}`);
      }
    },
    onCardAction(data) {
      try {
        const token = (data.action?.value as { t?: unknown } | undefined)?.t;
        const messageId = data.context?.open_message_id;
        const chatId = data.context?.open_chat_id;
        const userId = data.operator?.open_id ?? "";
        if (typeof token !== "string" || !messageId || !chatId || !userId) {
          log.warn("card action without our token ignored");
          return {};
        }
        const key = `a:${data.event_id ?? `${messageId}:${userId}:${token}`}`;
        if (!firstTime(deps.dedup, [key])) return {};
        const incoming: Incoming = { platform: "feishu", text: "", userId, chatId, isAdmin: deps.admins.has(userId) };
        enqueue(chatId, async () => {
          const reply = await deps.conversation.press(incoming, token);
          if (!reply) {
            log.warn(`chat ${chatId}: a button token this chat was not given was ignored`);
            return;
          }
          await replyWith(messageId, chatId, reply, key);
        });
      } catch (e) {
        log.error(`bad card.action.trigger event: ${describeError(e)}`);
      }
      return {};
    },
    onBotAdded(data) {
      try {
        const chatId = data.chat_id;
        if (!chatId || !firstTime(deps.dedup, [`g:${data.event_id ?? chatId}`])) return;
        enqueue(chatId, async () => {
          const reply = await deps.conversation.handle({ platform: "feishu", text: "/start", userId: `group:${chatId}`, chatId, isAdmin: false });
          if (!reply) return;
          const parts = renderReply(reply, { token: (text) => deps.conversation.buttonToken(chatId, text) });
          for (const [i, out] of parts.entries()) await deps.send(chatId, out, replyUuid(`g:${data.event_id ?? chatId}`, i));
        });
      } catch (e) {
        log.error(`bad im.chat.member.bot.added_v1 event: ${describeError(e)}`);
      }
    },
    idle() {
      return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiters.push(resolve));
    },
  };
}

/** A hint reply: a single paragraph, sent as a plain text message. */
function hint(text: string): Reply {
  return { title: "", blocks: [{ kind: "paragraph", spans: [{ text }] }] };
}

/** The idempotency key of the i-th reply message to `messageId` (Feishu allows ≤ 50 characters). */
export function replyUuid(messageId: string, i: number): string {
  return `nb-${createHash("sha256").update(`${messageId}#${i}`).digest("hex").slice(0, 32)}`;
}

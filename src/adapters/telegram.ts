/**
 * Telegram adapter on grammY: updates → `Conversation` → HTML messages. Thin on purpose; what to
 * say lives in src/bot, how it looks in telegram-html.ts.
 *
 * - Private chats: any text is a question (commands too). Other message kinds (stickers, photos,
 *   voice …) get a one-line hint; edited messages are not requested from Telegram at all
 *   (allowed_updates), so an edit is never answered twice.
 * - Groups: only `/command` of ours (bare or `@thisbot`), messages that @mention the bot, and
 *   replies to the bot's messages; everything else, documents included, is left alone.
 * - Documents (private chats): admins' report files are downloaded and handed to
 *   `conversation.upload`; others get a refusal without a download.
 * - Long polling by default; a webhook server when TELEGRAM_WEBHOOK_URL is set.
 * - The token never reaches a log line: every message is passed through `redact`.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, GrammyError, HttpError, InlineKeyboard, InlineQueryResultBuilder, InputFile, type Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config.ts";
import { ConfigError } from "../config.ts";
import { parseCommand } from "../bot/commands.ts";
import { hasUploadExtension, MAX_UPLOAD_BYTES } from "../bot/conversation.ts";
import type { Conversation, Incoming, Reply } from "../bot/types.ts";
import { TtlSet } from "./feishu/dedup.ts";
import { firstTime, type SeenStore } from "./seen-store.ts";
import { chartPng } from "../bot/chart/png.ts";
import { choicesOf, escapeHtml, renderHtml, TELEGRAM_MAX_MESSAGE } from "./telegram-html.ts";
import { createTelegramWebhook } from "./telegram-webhook.ts";

export interface Logger {
  info(message: string): void;
  error(message: string, error?: unknown): void;
}

export interface TelegramOptions {
  /** Where log lines go (default: console); they are redacted before they get there. */
  logger?: Logger;
  /** Skip getMe, e.g. in tests that feed updates with `bot.handleUpdate`. */
  botInfo?: UserFromGetMe;
  /** Webhook server address; default 0.0.0.0 and TELEGRAM_PORT (0 = any free port). */
  host?: string;
  port?: number;
  /** Largest report file accepted (default 5 MB). */
  maxFileBytes?: number;
  /** update_ids already handled (default: in memory for 24 h); an update seen before is dropped. */
  seen?: SeenStore;
  /** First wait before polling again after Telegram refused it (409, 401); doubles up to 60 s. Default 1 s. */
  retryDelayMs?: number;
  /** Largest webhook body read (default 1 MB). */
  maxBodyBytes?: number;
}

export interface TelegramHandle {
  bot: Bot;
  mode: "polling" | "webhook";
  /** The webhook server's port (webhook mode). */
  port?: number;
  /** Stop polling or close the webhook server. The webhook stays registered with Telegram. */
  stop(): Promise<void>;
}

/** Only what we handle; edited messages, channel posts etc. are never fetched. */
const ALLOWED_UPDATES = ["message", "inline_query", "callback_query", "my_chat_member"] as const;
/** Callback data of our buttons: a prefix and the conversation's token. */
const CALLBACK_PREFIX = "nb:";
/** A photo's caption is at most 1 024 characters. */
const TELEGRAM_MAX_CAPTION = 1024;
/** Telegram shows about this many characters on a button; the full text is what gets sent. */
const BUTTON_LABEL_MAX = 40;

const BOT_COMMANDS = [
  { command: "ask", description: "提问，如 /ask 浔阳区2023年依申请公开多少件" },
  { command: "reports", description: "已读取的报告：机关、年份、勾稽核对" },
  { command: "check", description: "一份报告的勾稽核对明细：/check 机关 年份" },
  { command: "help", description: "能问什么、怎么问" },
];

const HINT_NON_TEXT = "我只读文字。请用文字提问，例如：浔阳区2023年依申请公开多少件。发送 /help 查看用法。";

/** Replace the token (and anything that would reveal it) in a log line. */
export function redactor(token: string): (s: string) => string {
  const whole = token.trim();
  // The part after the colon is the secret; it may also appear URL-encoded or on its own.
  const secret = whole.slice(whole.indexOf(":") + 1);
  const needles = [whole, encodeURIComponent(whole), secret].filter((n) => n.length >= 8);
  return (s) => needles.reduce((acc, n) => acc.split(n).join("<token>"), s);
}

function describeError(e: unknown): string {
  if (e instanceof GrammyError) return `${e.message} [${e.method}]`;
  if (e instanceof HttpError) return `${e.message} (${describeError(e.error)})`;
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return String(e);
}

function safeLogger(token: string, base: Logger | undefined): Logger {
  const redact = redactor(token);
  const out: Logger = base ?? {
    info: (m) => console.log(m),
    error: (m) => console.error(m),
  };
  return {
    info: (m) => out.info(redact(m)),
    // The error is flattened to redacted text: a raw error object could carry a URL with the token.
    error: (m, e) => out.error(redact(e === undefined ? m : `${m}: ${describeError(e)}`)),
  };
}

/** Text addressed to the bot, with the mention stripped; null when the bot should stay silent. */
function addressedText(ctx: Context & { msg: { text: string } }): string | null {
  const chat = ctx.chat;
  if (!chat) return null;
  const text = ctx.msg.text;
  if (chat.type === "private") return text;
  if (chat.type !== "group" && chat.type !== "supergroup") return null;

  const me = ctx.me.username.toLowerCase();
  const cmd = text.startsWith("/") ? parseCommand(text) : null;
  if (cmd) {
    if (cmd.target) return cmd.target.toLowerCase() === me ? text : null;
    // A bare unknown command in a group is likely for another bot.
    return cmd.name ? text : null;
  }

  const mentions = (ctx.msg.entities ?? []).filter((e) => e.type === "mention" && text.slice(e.offset + 1, e.offset + e.length).toLowerCase() === me);
  if (mentions.length) {
    let stripped = text;
    for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) stripped = stripped.slice(0, e.offset) + stripped.slice(e.offset + e.length);
    return stripped.replace(/\s+/g, " ").trim();
  }
  if (ctx.msg.reply_to_message?.from?.id === ctx.me.id) return text;
  return null;
}

/**
 * Build the bot with all handlers, without touching the network. `startTelegram` runs it;
 * tests may also drive it with `bot.handleUpdate`.
 */
export function createTelegramBot(config: Config, conversation: Conversation, opts: TelegramOptions = {}): { bot: Bot; log: Logger } {
  const token = config.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigError("invalid configuration:\n  TELEGRAM_BOT_TOKEN: required to start the Telegram bot");
  const apiRoot = config.TELEGRAM_API_ROOT.replace(/\/+$/, "");
  const admins = new Set(config.TELEGRAM_ADMIN_IDS.map(String));
  const maxFileBytes = opts.maxFileBytes ?? MAX_UPLOAD_BYTES;
  const log = safeLogger(token, opts.logger);

  const bot = new Bot(token, { client: { apiRoot }, ...(opts.botInfo ? { botInfo: opts.botInfo } : {}) });
  // 429 (retry_after) and 5xx are retried; network errors are not retried here (long polling
  // retries getUpdates itself, and a send that failed on the network is logged, not looped).
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));

  const incoming = (ctx: Context, text: string): Incoming => {
    const userId = String(ctx.from?.id ?? "");
    return { platform: "telegram", text, userId, chatId: String(ctx.chat?.id ?? ""), isAdmin: userId !== "" && admins.has(userId) };
  };

  /** The reply's choices as an inline keyboard, one button a row (questions are long). */
  const keyboard = (chatId: string, reply: Reply): InlineKeyboard | undefined => {
    const choices = choicesOf(reply);
    if (!choices.length) return undefined;
    return InlineKeyboard.from(
      choices.map((c) => {
        const label = [...c.label].length > BUTTON_LABEL_MAX ? `${[...c.label].slice(0, BUTTON_LABEL_MAX - 1).join("")}…` : c.label;
        return [InlineKeyboard.text(label, `${CALLBACK_PREFIX}${conversation.buttonToken(chatId, c.text)}`)];
      }),
    );
  };

  /** The chart as PNG bytes, or nothing when it cannot be drawn (the answer still goes out). */
  const photoOf = (reply: Reply): Uint8Array | undefined => {
    if (!reply.chart) return undefined;
    try {
      return chartPng(reply.chart);
    } catch (e) {
      log.error("telegram: chart not drawn", e);
      return undefined;
    }
  };

  /**
   * Send a reply: with a chart, a photo whose caption is the start of the answer (1 024 characters),
   * the rest as messages after it; otherwise HTML messages. The keyboard goes with the last one.
   */
  const send = async (ctx: Context, reply: Reply, replyTo = ctx.msg?.message_id): Promise<void> => {
    const kb = keyboard(String(ctx.chat?.id ?? ""), reply);
    const buttons = kb !== undefined;
    const photo = photoOf(reply);
    const pieces = renderHtml(reply, photo ? TELEGRAM_MAX_CAPTION : undefined, buttons);
    const caption = photo ? pieces.shift() : undefined;
    // The rest, packed again into as few messages as fit (each piece is self-contained HTML).
    const messages: string[] = [];
    for (const p of pieces) {
      const last = messages.at(-1);
      if (last !== undefined && last.length + 2 + p.length <= TELEGRAM_MAX_MESSAGE) messages[messages.length - 1] = `${last}\n\n${p}`;
      else messages.push(p);
    }
    if (!photo && !messages.length && kb) messages.push(escapeHtml(reply.title || "请选择："));
    const to = replyTo !== undefined ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {};
    if (photo) {
      await ctx.replyWithPhoto(new InputFile(photo, "chart.png"), {
        ...(caption ? { caption, parse_mode: "HTML" as const } : {}),
        ...to,
        ...(kb && !messages.length ? { reply_markup: kb } : {}),
      });
    }
    for (const [i, html] of messages.entries()) {
      await ctx.reply(html, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...to,
        ...(kb && i === messages.length - 1 ? { reply_markup: kb } : {}),
      });
    }
  };

  // A re-delivered update (webhook retry, restart before the offset was confirmed) is handled once.
  const seen = opts.seen ?? new TtlSet();
  bot.use(async (ctx, next) => {
    if (firstTime(seen, [`tg:${ctx.update.update_id}`])) await next();
    else log.info(`telegram: update ${ctx.update.update_id} was already handled; ignored`);
  });

  // One failing update must never stop the bot; this also covers webhook mode, where bot.catch
  // does not apply.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      log.error(`telegram: update ${ctx.update.update_id} failed`, e);
    }
  });

  bot.on("inline_query", async (ctx) => {
    const results = await conversation.inline(ctx.inlineQuery.query, String(ctx.from.id));
    const articles = results.slice(0, 10).map((r) =>
      InlineQueryResultBuilder.article(r.id, r.title, { description: r.description }).text(renderHtml(r.reply)[0] ?? escapeHtml(r.title), {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
      }),
    );
    await ctx.answerInlineQuery(articles, { cache_time: 30, is_personal: false });
  });

  // A button: answer the callback first (the client stops its spinner), then the question it stands
  // for. A token this chat was not given (forged, or from before a restart) gets nothing else.
  bot.on("callback_query:data", async (ctx) => {
    const data = ctx.callbackQuery.data;
    const chat = ctx.chat;
    if (!data.startsWith(CALLBACK_PREFIX) || !chat) {
      await ctx.answerCallbackQuery();
      return;
    }
    const reply = await conversation.press(incoming(ctx, ""), data.slice(CALLBACK_PREFIX.length));
    await ctx.answerCallbackQuery();
    if (reply) await send(ctx, reply, ctx.callbackQuery.message?.message_id);
  });

  // Added to a group: greet it with what can be asked.
  bot.on("my_chat_member", async (ctx) => {
    const { chat, new_chat_member: now, old_chat_member: before } = ctx.myChatMember;
    if (chat.type !== "group" && chat.type !== "supergroup") return;
    const joined = ["member", "administrator"].includes(now.status) && ["left", "kicked"].includes(before.status);
    if (!joined) return;
    const reply = await conversation.handle({ ...incoming(ctx, "/start"), userId: `group:${chat.id}` });
    if (reply) await send(ctx, reply);
  });

  bot.on("message:text", async (ctx) => {
    const text = addressedText(ctx);
    if (text === null) return;
    const reply = await conversation.handle(incoming(ctx, text));
    if (reply) await send(ctx, reply);
  });

  bot.on("message:document", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    const doc = ctx.msg.document;
    const filename = doc.file_name ?? "report.txt";
    const who = incoming(ctx, ctx.msg.caption ?? "");
    // Refusals (not an admin, wrong type) come from the conversation, before any download.
    if (!who.isAdmin || !hasUploadExtension(filename)) {
      await send(ctx, await conversation.upload(who, { filename, data: new Uint8Array() }));
      return;
    }
    if ((doc.file_size ?? 0) > maxFileBytes) {
      await send(ctx, { title: "文件太大", blocks: [{ kind: "paragraph", spans: [{ text: `文件超过 ${Math.round(maxFileBytes / 1024 / 1024)} MB，未处理。` }] }] });
      return;
    }
    let data: Uint8Array;
    try {
      const file = await ctx.getFile();
      if (!file.file_path) throw new Error("getFile returned no file_path");
      const res = await fetch(`${apiRoot}/file/bot${token}/${file.file_path}`, { signal: AbortSignal.timeout(60_000) });
      // Never include the URL: it contains the token.
      if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
      data = new Uint8Array(await res.arrayBuffer());
      if (data.byteLength > maxFileBytes) throw new Error(`file larger than ${maxFileBytes} bytes`);
    } catch (e) {
      log.error(`telegram: download of ${filename} failed`, e);
      await send(ctx, { title: "下载失败", blocks: [{ kind: "paragraph", spans: [{ text: `没能下载 ${filename}，请稍后再发一次。` }] }] });
      return;
    }
    await send(ctx, await conversation.upload(who, { filename, data }));
  });

  // Stickers, photos, voice … in private chats: a hint. In groups: silence.
  bot.on("message", async (ctx) => {
    if (ctx.chat.type !== "private") return;
    await send(ctx, { title: "请用文字提问", blocks: [{ kind: "paragraph", spans: [{ text: HINT_NON_TEXT }] }] });
  });

  bot.catch((err) => log.error(`telegram: update ${err.ctx.update.update_id} failed`, err.error));
  return { bot, log };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const addr = server.address();
      resolve(typeof addr === "object" && addr ? addr.port : port);
    });
  });
}

/**
 * Start the Telegram bot: long polling, or a webhook server when TELEGRAM_WEBHOOK_URL is set.
 * Resolves once the bot is receiving updates; rejects on a bad token or a port in use.
 *
 * @example
 *   const tg = await startTelegram(loadConfig(), createConversation(createCore("data/reports")));
 *   process.once("SIGTERM", () => void tg.stop());
 */
export async function startTelegram(config: Config, conversation: Conversation, opts: TelegramOptions = {}): Promise<TelegramHandle> {
  const { bot, log } = createTelegramBot(config, conversation, opts);
  await bot.init(); // getMe: a wrong token fails here, not later
  try {
    await bot.api.setMyCommands(BOT_COMMANDS);
  } catch (e) {
    log.error("telegram: setMyCommands failed (continuing)", e);
  }

  const url = config.TELEGRAM_WEBHOOK_URL;
  if (!url) {
    const polling = pollWithRecovery(bot, log, opts.retryDelayMs ?? 1000);
    await polling.started;
    log.info(`telegram: @${bot.botInfo.username} is polling for updates`);
    return { bot, mode: "polling", stop: () => polling.stop() };
  }

  // Webhook: Telegram sends the secret in X-Telegram-Bot-Api-Secret-Token; other calls get 401.
  // A secret generated here is valid until the next start.
  const secretToken = config.TELEGRAM_WEBHOOK_SECRET ?? randomBytes(32).toString("base64url");
  const webhook = createTelegramWebhook({
    secretToken,
    handle: (update) => bot.handleUpdate(update as Parameters<Bot["handleUpdate"]>[0]),
    onError: (m, e) => log.error(m, e),
    ...(opts.maxBodyBytes ? { maxBodyBytes: opts.maxBodyBytes } : {}),
  });
  const server = createServer(webhook.listener);
  const port = await listen(server, opts.port ?? config.TELEGRAM_PORT, opts.host ?? "0.0.0.0");
  try {
    await bot.api.setWebhook(url, { secret_token: secretToken, allowed_updates: [...ALLOWED_UPDATES] });
  } catch (e) {
    server.close();
    throw e;
  }
  log.info(`telegram: @${bot.botInfo.username} receives updates by webhook on port ${port}`);
  return {
    bot,
    mode: "webhook",
    port,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      // Updates already acknowledged are answered before the process goes (at most 10 s).
      await Promise.race([webhook.idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
  };
}

/**
 * Long polling that does not stop for good: grammY gives up on 409 (another poller, or a webhook
 * set elsewhere) and 401 (token revoked); here polling starts again after a wait that doubles from
 * `firstDelayMs` up to a minute, and each failure is logged. `started` resolves when polling first
 * runs or first fails, so a start-up never hangs.
 */
function pollWithRecovery(bot: Bot, log: Logger, firstDelayMs: number): { started: Promise<void>; stop(): Promise<void> } {
  let stopping = false;
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  let wake: (() => void) | undefined;
  const loop = (async () => {
    let delay = firstDelayMs;
    while (!stopping) {
      try {
        await bot.start({
          allowed_updates: [...ALLOWED_UPDATES],
          onStart: () => {
            delay = firstDelayMs;
            ready();
          },
        });
        if (stopping) return;
        log.error("telegram: long polling ended by itself; starting again");
      } catch (e) {
        ready();
        if (stopping) return;
        log.error(`telegram: long polling stopped; polling again in ${(delay / 1000).toFixed(1)} s`, e);
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, delay).unref();
      });
      delay = Math.min(delay * 2, 60_000);
    }
  })();
  return {
    started,
    async stop() {
      stopping = true;
      wake?.();
      if (bot.isRunning()) await bot.stop();
      await loop.catch(() => undefined);
    },
  };
}

/**
 * Feishu (Lark) adapter: receives `im.message.receive_v1` over the long connection (default) or
 * a webhook, asks the Conversation, and replies to the message with a card or a text message.
 *
 *   const bot = await startFeishu(config, createConversation(core));
 *   …
 *   await bot.stop();
 *
 * Pieces: message.ts (event → question), handler.ts (dedup, 3-second ack, per-chat queue),
 * card.ts (Reply → card/text), webhook.ts (signed, encrypted HTTP endpoint), log.ts (redaction).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import * as lark from "@larksuiteoapi/node-sdk";
import { MAX_UPLOAD_BYTES } from "../bot/conversation.ts";
import type { Conversation } from "../bot/types.ts";
import { ConfigError, type Config } from "../config.ts";
import type { OutMessage } from "./feishu/card.ts";
import { TtlSet } from "./feishu/dedup.ts";
import { createMessageHandler, type BotAddedEvent, type CardActionEvent } from "./feishu/handler.ts";
import { consoleLog, describeError, redactingLog, sdkLogger, type Log } from "./feishu/log.ts";
import type { MessageEvent } from "./feishu/message.ts";
import { createWebhookListener } from "./feishu/webhook.ts";
import type { SeenStore } from "./seen-store.ts";

export const FEISHU_EVENTS_PATH = "/feishu/events";

export interface FeishuOptions {
  /** Where to log (lines are redacted before they get here). Default: console. */
  log?: Log;
  /** Webhook mode: interface to bind. Default all interfaces. */
  host?: string;
  /** Webhook mode: overrides FEISHU_PORT (0 picks a free port). */
  port?: number;
  /** How long an event_id/message_id is remembered. Default 24 h (Feishu retries for hours). */
  dedupTtlMs?: number;
  /** Where event_ids/message_ids are remembered (default: in memory); main keeps them on disk. */
  seen?: SeenStore;
  /** Largest report file an admin may send; larger downloads are aborted. Default: the conversation's MAX_UPLOAD_BYTES. */
  maxFileBytes?: number;
  /** Delays between attempts when a reply fails for a transient reason. Default [500, 2000] ms. */
  retryDelaysMs?: number[];
  /** How long to wait for the bot's identity (GET /open-apis/bot/v3/info) before retrying. Default 30 s. */
  identityRetryMs?: number;
}

export interface FeishuBot {
  /** Stop receiving, then wait (≤ 10 s) for the answers in progress. */
  stop(): Promise<void>;
  /** Resolves when every accepted message has been answered. */
  idle(): Promise<void>;
  /** The dispatcher both transports feed; `dispatcher.invoke(event, { needCheck: false })` is what WSClient does. */
  dispatcher: lark.EventDispatcher;
  /** The `im.message.receive_v1` handler registered on `dispatcher`. */
  onMessage(data: MessageEvent): void;
  /** Webhook mode: the URL the server listens on, e.g. http://127.0.0.1:3000/feishu/events. */
  url?: string;
}

export async function startFeishu(config: Config, conversation: Conversation, opts: FeishuOptions = {}): Promise<FeishuBot> {
  const appId = config.FEISHU_APP_ID;
  const appSecret = config.FEISHU_APP_SECRET;
  if (!appId || !appSecret) throw new ConfigError("invalid configuration:\n  FEISHU_APP_ID, FEISHU_APP_SECRET: required to start the Feishu bot");
  const log = redactingLog(opts.log ?? consoleLog, [appSecret, config.FEISHU_ENCRYPT_KEY, config.FEISHU_VERIFICATION_TOKEN]);
  const logger = sdkLogger(log);
  const loggerLevel = lark.LoggerLevel.info;
  // The SDK's shared axios instance has no timeout: a hung request would stall a chat's queue forever.
  if (!lark.defaultHttpInstance.defaults.timeout) lark.defaultHttpInstance.defaults.timeout = 20_000;

  // A cache of our own: the SDK's default token cache is process-global.
  const client = new lark.Client({ appId, appSecret, domain: config.FEISHU_DOMAIN, logger, loggerLevel, cache: new lark.DefaultCache() });
  const botOpenId = botIdentity(client, log, opts.identityRetryMs ?? 30_000);
  await botOpenId(); // learn it now; if Feishu is unreachable, group messages retry later

  const maxFile = opts.maxFileBytes ?? MAX_UPLOAD_BYTES;
  const retryDelays = opts.retryDelaysMs ?? [500, 2000];
  const handler = createMessageHandler({
    conversation,
    reply: (messageId, out, uuid) => withRetry(() => reply(client, messageId, out, uuid), retryDelays, log),
    send: (chatId, out, uuid) => withRetry(() => sendTo(client, chatId, out, uuid), retryDelays, log),
    download: (messageId, fileKey) => download(client, messageId, fileKey, maxFile),
    botOpenId,
    admins: new Set(config.FEISHU_ADMIN_OPEN_IDS),
    dedup: opts.seen ?? new TtlSet(opts.dedupTtlMs ?? 24 * 60 * 60 * 1000),
    ...(opts.dedupTtlMs ? { maxEventAgeMs: opts.dedupTtlMs } : {}),
    log,
  });

  const dispatcher = new lark.EventDispatcher({
    encryptKey: config.FEISHU_ENCRYPT_KEY,
    verificationToken: config.FEISHU_VERIFICATION_TOKEN,
    logger,
    loggerLevel,
  }).register({
    "im.message.receive_v1": (data) => {
      handler.onMessage(data);
    },
    // Button presses on our cards; the return value is the callback's response (no toast, no card change).
    "card.action.trigger": (data: CardActionEvent) => handler.onCardAction(data),
    "im.chat.member.bot.added_v1": (data: BotAddedEvent) => {
      handler.onBotAdded(data);
    },
  } as Parameters<lark.EventDispatcher["register"]>[0]);

  let close: () => Promise<void>;
  let url: string | undefined;
  if (config.FEISHU_MODE === "webhook") {
    const { FEISHU_ENCRYPT_KEY: encryptKey, FEISHU_VERIFICATION_TOKEN: verificationToken } = config;
    if (!encryptKey || !verificationToken) throw new ConfigError("invalid configuration:\n  FEISHU_ENCRYPT_KEY, FEISHU_VERIFICATION_TOKEN: both required when FEISHU_MODE=webhook");
    const server = createServer(
      createWebhookListener({ path: FEISHU_EVENTS_PATH, encryptKey, verificationToken, log, dispatch: (event) => dispatcher.invoke(event, { needCheck: false }) }),
    );
    await listen(server, opts.port ?? config.FEISHU_PORT, opts.host);
    const addr = server.address() as AddressInfo;
    url = `http://${addr.family === "IPv6" ? `[${addr.address}]` : addr.address}:${addr.port}${FEISHU_EVENTS_PATH}`;
    log.info(`webhook listening on ${url}`);
    close = () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
  } else {
    // WSClient.start() silently does nothing for an app id that is not cli_ + 16 hex digits.
    if (!/^cli_[0-9a-fA-F]{16}$/.test(appId)) log.warn("FEISHU_APP_ID does not look like cli_ + 16 hex digits; the long connection will not start");
    const ws = new lark.WSClient({
      appId,
      appSecret,
      domain: config.FEISHU_DOMAIN,
      logger,
      loggerLevel,
      // Off by default in the SDK; without it a silently dead connection is never replaced.
      wsConfig: { pingTimeout: 30 },
      handshakeTimeoutMs: 15_000,
      onReady: () => log.info("long connection ready"),
      onReconnecting: () => log.warn("long connection lost, reconnecting"),
      onReconnected: () => log.info("long connection re-established"),
      onError: (e) => log.error(`long connection failed: ${describeError(e)}`),
    });
    await ws.start({ eventDispatcher: dispatcher });
    close = () => {
      ws.close({ force: true });
      return Promise.resolve();
    };
  }

  return {
    async stop() {
      await close();
      await Promise.race([handler.idle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    },
    idle: () => handler.idle(),
    dispatcher,
    onMessage: (data) => handler.onMessage(data),
    ...(url ? { url } : {}),
  };
}

/** The bot's open_id from GET /open-apis/bot/v3/info, fetched once; after a failure, again at most every `retryMs`. */
function botIdentity(client: lark.Client, log: Log, retryMs: number): () => Promise<string | undefined> {
  let openId: string | undefined;
  let lastTry = -Infinity;
  let inFlight: Promise<string | undefined> | undefined;
  return () => {
    if (openId) return Promise.resolve(openId);
    if (inFlight) return inFlight;
    if (Date.now() - lastTry < retryMs) return Promise.resolve(undefined);
    lastTry = Date.now();
    inFlight = (async () => {
      try {
        const res = await client.request<{ code?: number; msg?: string; bot?: { open_id?: string; app_name?: string } }>({ method: "GET", url: "/open-apis/bot/v3/info" });
        if (res.code !== 0 || !res.bot?.open_id) throw new Error(`bot info: code ${String(res.code)}: ${String(res.msg)}`);
        openId = res.bot.open_id;
        log.info(`bot identity: ${res.bot.app_name ?? "?"} (${openId})`);
      } catch (e) {
        log.error(`cannot fetch the bot's identity, group @mentions are ignored until it is known: ${describeError(e)}`);
      } finally {
        inFlight = undefined;
      }
      return openId;
    })();
    return inFlight;
  };
}

class FeishuApiError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

async function reply(client: lark.Client, messageId: string, out: OutMessage, uuid: string): Promise<void> {
  let res: { code?: number; msg?: string };
  try {
    res = await client.im.v1.message.reply({ path: { message_id: messageId }, data: { msg_type: out.msg_type, content: out.content, uuid } });
  } catch (e) {
    const status = (e as { response?: { status?: number } }).response?.status;
    throw new FeishuApiError(`feishu: reply to ${messageId} failed: ${describeError(e)}`, status === undefined || status >= 500 || status === 429);
  }
  if (res.code !== 0) throw new FeishuApiError(`feishu: reply to ${messageId} refused: code ${String(res.code)}: ${String(res.msg)}`, false);
}

async function sendTo(client: lark.Client, chatId: string, out: OutMessage, uuid: string): Promise<void> {
  let res: { code?: number; msg?: string };
  try {
    res = await client.im.v1.message.create({ params: { receive_id_type: "chat_id" }, data: { receive_id: chatId, msg_type: out.msg_type, content: out.content, uuid } });
  } catch (e) {
    const status = (e as { response?: { status?: number } }).response?.status;
    throw new FeishuApiError(`feishu: message to ${chatId} failed: ${describeError(e)}`, status === undefined || status >= 500 || status === 429);
  }
  if (res.code !== 0) throw new FeishuApiError(`feishu: message to ${chatId} refused: code ${String(res.code)}: ${String(res.msg)}`, false);
}

/** Retry transient failures; the same uuid on every attempt lets Feishu drop a duplicate. */
async function withRetry(send: () => Promise<void>, delays: number[], log: Log): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (e) {
      const delay = delays[attempt];
      if (!(e instanceof FeishuApiError) || !e.retryable || delay === undefined) throw e;
      log.warn(`${e.message}; retrying in ${delay} ms`);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

async function download(client: lark.Client, messageId: string, fileKey: string, max: number): Promise<Uint8Array> {
  const res = await client.im.v1.messageResource.get({ path: { message_id: messageId, file_key: fileKey }, params: { type: "file" } });
  const declared = Number((res.headers as Record<string, unknown> | undefined)?.["content-length"]);
  const stream = res.getReadableStream();
  if (declared > max) {
    stream.destroy();
    throw new Error(`file is ${declared} bytes, more than the ${max} allowed`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > max) {
      stream.destroy();
      throw new Error(`file is more than the ${max} bytes allowed`);
    }
    chunks.push(buf);
  }
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * The Feishu adapter against the real Lark SDK Client, pointed at a fake open API on 127.0.0.1,
 * with encrypted, signed events posted to the adapter's own webhook server.
 */
import { createButtonTokens } from "../../src/bot/buttons.ts";
import { createCipheriv, createHash, randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { AESCipher } from "@larksuiteoapi/node-sdk";
import { startFeishu, type FeishuBot, type FeishuOptions } from "../../src/adapters/feishu.ts";
import type { Log } from "../../src/adapters/feishu/log.ts";
import type { Conversation, Incoming, Reply, Upload } from "../../src/bot/types.ts";
import { loadConfig } from "../../src/config.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { stubCore, xunyangFigure } from "../bot/stub-core.ts";
import { BOT_OPEN_ID, startFakeFeishu, type FakeFeishu } from "./fake-feishu.ts";

const APP_SECRET = "app-secret-DO-NOT-LOG-7f3a";
const ENCRYPT_KEY = "encrypt-key-DO-NOT-LOG-91c2";
const TOKEN = "verification-token-DO-NOT-LOG-5d8e";
const ADMIN = "ou_admin";

// ---------------------------------------------------------------- helpers

/** Feishu's format (see the SDK's AESCipher): AES-256-CBC, key = sha256(encryptKey), random IV prefixed, base64. */
function encrypt(payload: unknown, key = ENCRYPT_KEY): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv("aes-256-cbc", createHash("sha256").update(key).digest(), iv);
  return Buffer.concat([iv, cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]).toString("base64");
}

interface PostOptions {
  sign?: "valid" | "forged" | "none";
  encryptKey?: string;
  rawBody?: string;
}

async function post(url: string, payload: unknown, o: PostOptions = {}): Promise<{ status: number; body: unknown }> {
  const body = o.rawBody ?? JSON.stringify({ encrypt: encrypt(payload, o.encryptKey) });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = randomBytes(8).toString("hex");
  const headers: Record<string, string> = { "content-type": "application/json" };
  const sign = o.sign ?? "valid";
  if (sign !== "none") {
    headers["x-lark-request-timestamp"] = timestamp;
    headers["x-lark-request-nonce"] = nonce;
    headers["x-lark-signature"] =
      sign === "valid" ? createHash("sha256").update(timestamp + nonce + ENCRYPT_KEY + body).digest("hex") : createHash("sha256").update("forged").digest("hex");
  }
  const res = await fetch(url, { method: "POST", headers, body });
  return { status: res.status, body: await res.json().catch(() => undefined) };
}

interface EventOptions {
  eventId?: string;
  messageId?: string;
  chatType?: "p2p" | "group";
  text?: string;
  messageType?: string;
  content?: unknown;
  mentions?: { key: string; id: { open_id: string }; name: string }[];
  sender?: string;
  token?: string;
}

let seq = 0;
function messageEvent(o: EventOptions = {}) {
  seq++;
  return {
    schema: "2.0",
    header: {
      event_id: o.eventId ?? `ev_${seq}`,
      event_type: "im.message.receive_v1",
      create_time: String(Date.now()),
      token: o.token ?? TOKEN,
      app_id: "cli_0123456789abcdef",
      tenant_key: "tenant",
    },
    event: {
      sender: { sender_id: { open_id: o.sender ?? "ou_user" }, sender_type: "user", tenant_key: "tenant" },
      message: {
        message_id: o.messageId ?? `om_${seq}`,
        create_time: String(Date.now()),
        chat_id: o.chatType === "group" ? "oc_group" : "oc_p2p",
        chat_type: o.chatType ?? "p2p",
        message_type: o.messageType ?? "text",
        content: JSON.stringify(o.content ?? { text: o.text ?? "浔阳区 2023 年收到多少申请？" }),
        mentions: o.mentions,
      },
    },
  };
}

const ANSWER: Reply = {
  title: "浔阳区 2023 年新收申请",
  blocks: [
    { kind: "figure", label: "浔阳区 2023 年新收政府信息公开申请", value: "14 件", detail: "自然人 12 件" },
    { kind: "source", text: "浔阳区 2023 年报 · 三、收到和处理政府信息公开申请情况 · 新收申请 · 总计" },
    { kind: "quote", text: "本年新收政府信息公开申请 14 件" },
    { kind: "note", tone: "warning", text: "表内合计与各列之和不符（14 ≠ 13）" },
    { kind: "choices", items: ["浔阳区 2023 年有多少申请不予公开？", "浔阳区 2022 年新收申请多少？"] },
  ],
};
const HELP: Reply = {
  title: "用法",
  blocks: [
    { kind: "paragraph", spans: [{ text: "直接提问，例如：浔阳区 2023 年收到多少申请？" }] },
    { kind: "note", tone: "info", text: "管理员可以发送 /reload。" },
  ],
};

class StubConversation implements Conversation {
  asked: Incoming[] = [];
  uploads: { msg: Incoming; file: Upload }[] = [];
  /** When set, `handle` waits for it (to prove the adapter answers after acknowledging). */
  gate: Promise<void> | undefined;
  throwOn = "";
  async handle(msg: Incoming): Promise<Reply | null> {
    this.asked.push(msg);
    if (this.gate) await this.gate;
    if (this.throwOn && msg.text.includes(this.throwOn)) throw new Error("boom");
    if (msg.text === "/help") return HELP;
    if (msg.text === "silence") return null;
    return ANSWER;
  }
  async upload(msg: Incoming, file: Upload): Promise<Reply> {
    this.uploads.push({ msg, file });
    return { title: "已收到年报", blocks: [{ kind: "note", tone: "info", text: `${file.filename}：${file.data.byteLength} 字节` }] };
  }
  async inline(): Promise<never[]> {
    return [];
  }
  private tokens = createButtonTokens();
  buttonToken(chatId: string, text: string): string {
    return this.tokens.issue(chatId, text);
  }
  async press(msg: Incoming, token: string): Promise<Reply | null> {
    const text = this.tokens.resolve(msg.chatId, token);
    return text === undefined ? null : this.handle({ ...msg, text });
  }
}

function capture(): Log & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info ${m}`), warn: (m) => lines.push(`warn ${m}`), error: (m) => lines.push(`error ${m}`) };
}

// ---------------------------------------------------------------- setup

let fake: FakeFeishu;
let bot: FeishuBot | undefined;
let conv: StubConversation;
let log: ReturnType<typeof capture>;

beforeAll(async () => {
  fake = await startFakeFeishu();
});
afterAll(async () => {
  await fake.close();
});
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
  // Nothing the adapter or the SDK logged may carry a secret.
  for (const line of log.lines) for (const secret of [APP_SECRET, ENCRYPT_KEY, TOKEN]) expect(line).not.toContain(secret);
  fake.reset();
});

async function start(mode: "webhook" | "ws" = "webhook", opts: FeishuOptions = {}, conversation?: Conversation): Promise<FeishuBot> {
  conv = new StubConversation();
  log = capture();
  const config = loadConfig({
    FEISHU_APP_ID: "cli_0123456789abcdef",
    FEISHU_APP_SECRET: APP_SECRET,
    FEISHU_DOMAIN: fake.url,
    FEISHU_MODE: mode,
    FEISHU_ENCRYPT_KEY: ENCRYPT_KEY,
    FEISHU_VERIFICATION_TOKEN: TOKEN,
    FEISHU_ADMIN_OPEN_IDS: ADMIN,
  });
  bot = await startFeishu(config, conversation ?? conv, { log, host: "127.0.0.1", port: 0, retryDelaysMs: [10, 10], ...opts });
  return bot;
}

/** The i-th reply as a card JSON 2.0 (its header, if any, and body elements). */
function card(i = 0): { header?: { template: string; title: { content: string } }; elements: Record<string, unknown>[] } {
  const r = fake.replies[i];
  expect(r?.msg_type).toBe("interactive");
  const c = JSON.parse(r?.content ?? "{}");
  expect(c.schema).toBe("2.0");
  return { header: c.header, elements: c.body.elements };
}

// ---------------------------------------------------------------- webhook mode

describe("feishu webhook", () => {
  it("answers a p2p question with a card replying to that message, with an idempotency uuid", async () => {
    const b = await start();
    const res = await post(b.url ?? "", messageEvent({ messageId: "om_p2p_1", text: "浔阳区 2023 年收到多少申请？" }));
    expect(res.status).toBe(200);
    await b.idle();

    expect(fake.tokenRequests[0]).toEqual({ app_id: "cli_0123456789abcdef", app_secret: APP_SECRET });
    expect(fake.botInfoRequests).toBe(1);
    expect(conv.asked).toEqual([{ platform: "feishu", text: "浔阳区 2023 年收到多少申请？", userId: "ou_user", chatId: "oc_p2p", isAdmin: false }]);
    expect(fake.replies).toHaveLength(1);
    const r = fake.replies[0];
    expect(r?.messageId).toBe("om_p2p_1");
    expect(r?.authorization).toBe("Bearer t-fake-tenant-token");
    expect(r?.uuid).toMatch(/^nb-[0-9a-f]{32}$/);

    const c = card();
    expect(c.header?.title.content).toBe("浔阳区 2023 年新收申请");
    expect(c.header?.template).toBe("orange"); // the answer carries a warning
    const json = JSON.stringify(c.elements);
    expect(c.elements).toContainEqual({ tag: "markdown", content: "**14 件**", text_size: "heading" });
    expect(json).toContain("原文：“本年新收政府信息公开申请 14 件”");
    expect(c.elements).toContainEqual({ tag: "div", text: { tag: "plain_text", content: "出处：浔阳区 2023 年报 · 三、收到和处理政府信息公开申请情况 · 新收申请 · 总计", text_size: "notation", text_color: "grey" } });
    expect(c.elements).toContainEqual({ tag: "div", text: { tag: "plain_text", content: "⚠️ 表内合计与各列之和不符（14 ≠ 13）", text_color: "orange" } });
    // The choices are buttons whose callback carries a token, never the question itself.
    const buttons = c.elements.filter((e) => e["tag"] === "button");
    expect(buttons.map((b) => (b["text"] as { content: string }).content)).toEqual(["浔阳区 2023 年有多少申请不予公开？", "浔阳区 2022 年新收申请多少？"]);
    expect(json).not.toContain('"value":{"t":"浔阳区');
  });

  it("in a group answers only when @mentioned, and strips the bot's mention but keeps others as @name", async () => {
    const b = await start();
    const mentions = [
      { key: "@_user_1", id: { open_id: BOT_OPEN_ID }, name: "年报问答" },
      { key: "@_user_2", id: { open_id: "ou_zhang" }, name: "张三" },
    ];
    await post(b.url ?? "", messageEvent({ chatType: "group", messageId: "om_g_plain", text: "大家好" }));
    await post(b.url ?? "", messageEvent({ chatType: "group", messageId: "om_g_other", text: "@_user_2 你看看", mentions: mentions.slice(1) }));
    await post(b.url ?? "", messageEvent({ chatType: "group", messageId: "om_g_bot", text: "@_user_1 浔阳区 2023 年申请 @_user_2", mentions }));
    await b.idle();

    expect(conv.asked.map((m) => m.text)).toEqual(["浔阳区 2023 年申请 @张三"]);
    expect(conv.asked[0]?.chatId).toBe("oc_group");
    expect(fake.replies.map((r) => r.messageId)).toEqual(["om_g_bot"]);
  });

  it("answers an event delivered twice only once (same event_id, or same message_id under a new event_id)", async () => {
    const b = await start();
    const ev = messageEvent({ eventId: "ev_dup", messageId: "om_dup" });
    expect((await post(b.url ?? "", ev)).status).toBe(200);
    expect((await post(b.url ?? "", ev)).status).toBe(200);
    expect((await post(b.url ?? "", messageEvent({ eventId: "ev_dup_2", messageId: "om_dup" }))).status).toBe(200);
    await b.idle();
    expect(conv.asked).toHaveLength(1);
    expect(fake.replies).toHaveLength(1);
  });

  it("rejects a forged signature, a wrong verification token, an unsigned event and a plaintext body, answering none", async () => {
    const b = await start();
    expect((await post(b.url ?? "", messageEvent({ messageId: "om_forged" }), { sign: "forged" })).status).toBe(401);
    expect((await post(b.url ?? "", messageEvent({ messageId: "om_token", token: "WRONG" }))).status).toBe(401);
    expect((await post(b.url ?? "", messageEvent({ messageId: "om_unsigned" }), { sign: "none" })).status).toBe(401);
    expect((await post(b.url ?? "", undefined, { rawBody: JSON.stringify(messageEvent({ messageId: "om_plain" })) })).status).toBe(400);
    expect((await post(b.url ?? "", messageEvent({ messageId: "om_badkey" }), { encryptKey: "another-key" })).status).toBe(400);
    await b.idle();
    expect(conv.asked).toEqual([]);
    expect(fake.replyAttempts).toEqual([]);
    expect(log.lines.filter((l) => l.includes("rejected"))).toHaveLength(5);

    // …and the bot still answers a genuine event afterwards.
    await post(b.url ?? "", messageEvent({ messageId: "om_genuine" }));
    await b.idle();
    expect(fake.replies.map((r) => r.messageId)).toEqual(["om_genuine"]);
  });

  it("answers the url_verification challenge (encrypted), but not with a wrong token", async () => {
    const b = await start();
    const ok = await post(b.url ?? "", { type: "url_verification", challenge: "ch-123", token: TOKEN }, { sign: "none" });
    expect(ok).toEqual({ status: 200, body: { challenge: "ch-123" } });
    const signed = await post(b.url ?? "", { type: "url_verification", challenge: "ch-456", token: TOKEN });
    expect(signed.body).toEqual({ challenge: "ch-456" });
    const bad = await post(b.url ?? "", { type: "url_verification", challenge: "ch-789", token: "WRONG" }, { sign: "none" });
    expect(bad.status).toBe(401);
    expect(JSON.stringify(bad.body)).not.toContain("ch-789");
  });

  it("serves only POST /feishu/events", async () => {
    const b = await start();
    const base = (b.url ?? "").replace("/feishu/events", "");
    expect((await fetch(`${base}/other`, { method: "POST", body: "{}" })).status).toBe(404);
    expect((await fetch(b.url ?? "")).status).toBe(405);
  });

  it("acknowledges at once and answers afterwards (Feishu re-pushes events not acked within 3 s)", async () => {
    const b = await start();
    let open!: () => void;
    conv.gate = new Promise((r) => (open = r));
    const res = await post(b.url ?? "", messageEvent({ messageId: "om_slow" }));
    expect(res.status).toBe(200);
    expect(fake.replies).toEqual([]); // the conversation is still thinking
    open();
    await b.idle();
    expect(fake.replies.map((r) => r.messageId)).toEqual(["om_slow"]);
  });

  it("replies to an image with a short text hint, and to /help with plain text", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ messageId: "om_img", messageType: "image", content: { image_key: "img_v2_x" } }));
    await post(b.url ?? "", messageEvent({ messageId: "om_help", text: "/help" }));
    await b.idle();
    expect(conv.asked.map((m) => m.text)).toEqual(["/help"]);
    expect(fake.replies.map((r) => [r.messageId, r.msg_type])).toEqual([
      ["om_img", "text"],
      ["om_help", "text"],
    ]);
    expect(JSON.parse(fake.replies[0]?.content ?? "").text).toContain("我只能回答文字问题");
    expect(JSON.parse(fake.replies[1]?.content ?? "")).toEqual({ text: "用法\n\n直接提问，例如：浔阳区 2023 年收到多少申请？\n\nℹ️ 管理员可以发送 /reload。" });
  });

  it("maps /查 to /ask, and marks admins", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ text: "/查 浔阳区 2023 年不予公开多少", sender: ADMIN }));
    await b.idle();
    expect(conv.asked).toEqual([{ platform: "feishu", text: "/ask 浔阳区 2023 年不予公开多少", userId: ADMIN, chatId: "oc_p2p", isAdmin: true }]);
  });

  it("downloads a file an admin sends and hands it to conversation.upload; others get a hint, nothing downloaded", async () => {
    const b = await start();
    fake.files.set("om_file_admin/file_v2_k1", Buffer.from("浔阳区 2023 年政府信息公开工作年度报告"));
    await post(b.url ?? "", messageEvent({ messageId: "om_file_user", messageType: "file", content: { file_key: "file_v2_k0", file_name: "x.pdf" } }));
    await post(b.url ?? "", messageEvent({ messageId: "om_file_admin", sender: ADMIN, messageType: "file", content: { file_key: "file_v2_k1", file_name: "浔阳区2023.txt" } }));
    await b.idle();

    expect(fake.downloads).toEqual(["om_file_admin/file_v2_k1?type=file"]);
    expect(conv.uploads).toHaveLength(1);
    expect(conv.uploads[0]?.file.filename).toBe("浔阳区2023.txt");
    expect(Buffer.from(conv.uploads[0]?.file.data ?? []).toString("utf8")).toBe("浔阳区 2023 年政府信息公开工作年度报告");
    expect(conv.uploads[0]?.msg.isAdmin).toBe(true);
    expect(fake.replies.map((r) => [r.messageId, r.msg_type])).toEqual([
      ["om_file_user", "text"],
      ["om_file_admin", "text"],
    ]);
    expect(JSON.parse(fake.replies[0]?.content ?? "").text).toContain("只有管理员");
  });

  it("tells an admin which file types are accepted instead of downloading anything else", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ messageId: "om_zip", sender: ADMIN, messageType: "file", content: { file_key: "file_v2_z", file_name: "reports.zip" } }));
    await b.idle();
    expect(fake.downloads).toEqual([]);
    expect(JSON.parse(fake.replies[0]?.content ?? "").text).toContain("reports.zip");
  });

  it("keeps going after an error: a throwing conversation gets an apology, a failed send is retried with the same uuid", async () => {
    const b = await start();
    conv.throwOn = "坏";
    fake.fail.reply = 1;
    await post(b.url ?? "", messageEvent({ messageId: "om_bad", text: "坏问题" }));
    await post(b.url ?? "", messageEvent({ messageId: "om_next", text: "好问题" }));
    await b.idle();
    expect(fake.replyAttempts.map((r) => r.messageId)).toEqual(["om_bad", "om_bad", "om_next"]);
    expect(fake.replyAttempts[0]?.uuid).toBe(fake.replyAttempts[1]?.uuid);
    expect(JSON.parse(fake.replies[0]?.content ?? "").text).toContain("抱歉");
    expect(fake.replies[1]?.msg_type).toBe("interactive");
  });

  it("stays silent when the conversation returns null", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ text: "silence" }));
    await b.idle();
    expect(conv.asked).toHaveLength(1);
    expect(fake.replyAttempts).toEqual([]);
  });

  it("survives Feishu being down at start-up without logging secrets, and learns its identity later", async () => {
    fake.fail.token = 1;
    const b = await start("webhook", { identityRetryMs: 0 });
    expect(log.lines.some((l) => l.startsWith("error") && l.includes("identity"))).toBe(true);
    // p2p works without the identity; a group @mention triggers another look-up.
    await post(b.url ?? "", messageEvent({ chatType: "group", text: "@_user_1 浔阳区", mentions: [{ key: "@_user_1", id: { open_id: BOT_OPEN_ID }, name: "年报问答" }] }));
    await b.idle();
    expect(conv.asked.map((m) => m.text)).toEqual(["浔阳区"]);
    // The SDK logged the failed token request too (it hands its logger the raw AxiosError, whose
    // config holds the app secret); afterEach checks that no line carries a secret.
    expect(log.lines.some((l) => l.startsWith("error sdk:") && l.includes("HTTP 500"))).toBe(true);
  });
});

describe("feishu with the real conversation", () => {
  it("sends help as text, an answer as a card, and routes /reload through the conversation for admins only", async () => {
    const core = stubCore({ answers: { 浔阳区2023年依申请公开多少件: xunyangFigure } });
    const b = await start("webhook", {}, createConversation(core));
    await post(b.url ?? "", messageEvent({ messageId: "om_r_help", text: "/help" }));
    await post(b.url ?? "", messageEvent({ messageId: "om_r_ask", text: "/查 浔阳区2023年依申请公开多少件" }));
    await post(b.url ?? "", messageEvent({ messageId: "om_r_reload_user", text: "/reload" }));
    await post(b.url ?? "", messageEvent({ messageId: "om_r_reload_admin", text: "/reload", sender: ADMIN }));
    await b.idle();

    expect(fake.replies.map((r) => [r.messageId, r.msg_type])).toEqual([
      ["om_r_help", "interactive"],
      ["om_r_ask", "interactive"],
      ["om_r_reload_user", "text"],
      ["om_r_reload_admin", "text"],
    ]);
    // Help is a card whose examples are buttons.
    const help = card(0);
    expect(help.header?.title.content).toBe("年报问答 · 使用说明");
    expect(help.elements.filter((e) => e["tag"] === "button").length).toBeGreaterThan(1);
    // An answer card has no header repeating its first line, and blue would only be for a header.
    const c = card(1);
    expect(c.header).toBeUndefined();
    expect(c.elements).toContainEqual({ tag: "markdown", content: "**14 件**", text_size: "heading" });
    expect(JSON.stringify(c)).toContain("2023年共受理依申请公开14件，依法办结14件");
    expect(JSON.parse(fake.replies[2]?.content ?? "").text).toContain("只有管理员");
    expect(core.reloads).toBe(1);
  });
});

// ---------------------------------------------------------------- long connection

describe("feishu long connection", () => {
  it("handles events through the same dispatcher the WSClient is given, acking at once and deduplicating", async () => {
    const b = await start("ws");
    expect(b.url).toBeUndefined();
    let open!: () => void;
    conv.gate = new Promise((r) => (open = r));
    // What WSClient.handleEventData does with a pushed event:
    const ev = messageEvent({ eventId: "ev_ws", messageId: "om_ws" });
    await b.dispatcher.invoke(ev, { needCheck: false });
    await b.dispatcher.invoke(ev, { needCheck: false });
    open();
    await b.idle();
    expect(conv.asked).toHaveLength(1);
    expect(fake.replies.map((r) => r.messageId)).toEqual(["om_ws"]);
    // The fake refuses the long connection; that is logged, not thrown.
    await new Promise((r) => setTimeout(r, 50));
    expect(log.lines.some((l) => l.includes("fake: no long connection"))).toBe(true);
  });

  it("also takes an encrypted event pushed over the connection", async () => {
    const b = await start("ws");
    await b.dispatcher.invoke({ encrypt: encrypt(messageEvent({ messageId: "om_ws_enc" })) }, { needCheck: false });
    await b.idle();
    expect(fake.replies.map((r) => r.messageId)).toEqual(["om_ws_enc"]);
  });
});

describe("encryption format", () => {
  it("matches the SDK's AESCipher", () => {
    expect(JSON.parse(new AESCipher(ENCRYPT_KEY).decrypt(encrypt({ a: "年报" })))).toEqual({ a: "年报" });
  });
});

// ---------------------------------------------------------------- buttons and greetings

/** `card.action.trigger` as Feishu posts it: schema 2.0, the button's value, the card's message and chat. */
function cardAction(value: unknown, o: { eventId?: string; messageId?: string; chatId?: string; operator?: string } = {}) {
  seq++;
  return {
    schema: "2.0",
    header: { event_id: o.eventId ?? `ev_card_${seq}`, event_type: "card.action.trigger", create_time: String(Date.now()), token: TOKEN, app_id: "cli_0123456789abcdef", tenant_key: "tenant" },
    event: {
      operator: { open_id: o.operator ?? "ou_user", tenant_key: "tenant" },
      token: "c-card-token",
      action: { tag: "button", value },
      host: "im_message",
      context: { open_message_id: o.messageId ?? "om_card", open_chat_id: o.chatId ?? "oc_p2p" },
    },
  };
}

/** The callback value of the i-th button of a reply card. */
function buttonValue(reply: number, i: number): unknown {
  const b = card(reply).elements.filter((e) => e["tag"] === "button")[i] as { behaviors: { value: unknown }[] } | undefined;
  return b?.behaviors[0]?.value;
}

describe("feishu buttons (card.action.trigger, webhook mode)", () => {
  it("a pressed button asks its question in that chat and the answer replies to the card", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ messageId: "om_q1" }));
    await b.idle();
    const value = buttonValue(0, 1);
    conv.asked.length = 0;
    const res = await post(b.url ?? "", cardAction(value, { messageId: "om_reply_1" }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    await b.idle();
    expect(conv.asked.map((m) => [m.text, m.chatId, m.userId])).toEqual([["浔阳区 2022 年新收申请多少？", "oc_p2p", "ou_user"]]);
    expect(fake.replies.at(-1)?.messageId).toBe("om_reply_1");
  });

  it("gives a forged value, a token of another chat, or an unsigned callback nothing", async () => {
    const b = await start();
    await post(b.url ?? "", messageEvent({ messageId: "om_q2" }));
    await b.idle();
    const value = buttonValue(0, 0);
    conv.asked.length = 0;
    const replies = fake.replies.length;
    await post(b.url ?? "", cardAction({ t: "forged-token-000000000" }));
    await post(b.url ?? "", cardAction({ q: "浔阳区2023年依申请公开多少件" }));
    await post(b.url ?? "", cardAction(value, { chatId: "oc_group" }));
    expect((await post(b.url ?? "", cardAction(value), { sign: "none" })).status).toBe(401);
    await b.idle();
    expect(conv.asked).toEqual([]);
    expect(fake.replies).toHaveLength(replies);
  });

  it("greets a group it is added to with the help card", async () => {
    const b = await start("webhook", {}, createConversation(stubCore()));
    await post(b.url ?? "", {
      schema: "2.0",
      header: { event_id: "ev_added", event_type: "im.chat.member.bot.added_v1", create_time: String(Date.now()), token: TOKEN, app_id: "cli_0123456789abcdef", tenant_key: "tenant" },
      event: { chat_id: "oc_new_group", operator_id: { open_id: "ou_user" }, name: "年报小组", external: false },
    });
    await b.idle();
    expect(fake.created.map((m) => [m.messageId, m.msg_type])).toEqual([["oc_new_group", "interactive"]]);
    expect(fake.created[0]?.content).toContain("您好！我是年报问答机器人。");
    expect(fake.created[0]?.content).toContain('"tag":"button"');
  });
});

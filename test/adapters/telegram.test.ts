/**
 * The real grammY bot against a fake Bot API on 127.0.0.1 (client.apiRoot), with a stub Core.
 * Long polling for most tests (updates are handled one after another, so "nothing was sent for
 * update A" is proven by the answer to a later update B), a webhook server for the secret-token tests.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactor, startTelegram, type Logger, type TelegramHandle } from "../../src/adapters/telegram.ts";
import { renderHtml } from "../../src/adapters/telegram-html.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { loadConfig } from "../../src/config.ts";
import type { Answer } from "../../src/index/schema.ts";
import { stubCore, xunyangFigure, type StubCore } from "../bot/stub-core.ts";
import { decodePng } from "../bot/png.ts";
import { BOT_USER, FakeBotApi, type ApiCall } from "./fake-bot-api.ts";

const ADMIN = 7;
const QUESTION = xunyangFigure.question;
/** The quote carries markup-like text: it must arrive escaped. */
const ANSWER: Answer = {
  ...xunyangFigure,
  quotes: [{ text: "2023年共受理依申请公开14件 <b>依法</b> & 按时办结", report: "浔阳区人民政府2023年政府信息公开工作年度报告", section: "一、总体情况" }],
  notes: ["表二 自然人列：各项之和 15 与总计 14 不一致"],
};

/** A question the core asks back about, offering the real one as a choice. */
const VAGUE = "浔阳2023年申请";
const CLARIFY: Answer = { ...ANSWER, question: VAGUE, status: "clarify", figures: [], quotes: [], notes: [], choices: [QUESTION, "浔阳区2023年予以公开多少件"], text: "您问的是哪一个数字？" };

/** A ranking: it comes with a chart. */
const RANKQ = "2023年哪个地方收到的申请最多";
const rankFigure = (region: string, value: number) => ({
  agency: `${region}人民政府`,
  region,
  year: 2023,
  metric: "table2.new.total",
  label: "本年新收政府信息公开申请",
  value,
  unit: "件",
  source: `《${region}人民政府2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 总计`,
});
const RANKING: Answer = { ...ANSWER, question: RANKQ, kind: "ranking", figures: [rankFigure("赣州市", 1516), rankFigure("乐清市", 70)], quotes: [], notes: [], text: "排名：本年新收政府信息公开申请" };

const user = (id: number) => ({ id, is_bot: false, first_name: `用户${id}` });
const privateChat = (id: number) => ({ id, type: "private", first_name: `用户${id}` });
const group = { id: -100200, type: "supergroup", title: "年报群" };
let nextMsg = 1;
const message = (chat: object, from: number, text: string, extra: Record<string, unknown> = {}) => ({
  message: { message_id: nextMsg++, date: Math.floor(Date.now() / 1000), chat, from: user(from), text, ...extra },
});
const repliedTo = (c: ApiCall) => (c.payload?.reply_parameters?.message_id as number | undefined) ?? -1;

function setupLogs(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { lines, logger: { info: (m) => lines.push(m), error: (m) => lines.push(m) } };
}

describe("telegram adapter (long polling)", () => {
  let fake: FakeBotApi;
  let core: StubCore;
  let tg: TelegramHandle;
  const logs = setupLogs();

  beforeAll(async () => {
    fake = await new FakeBotApi().start();
    core = stubCore({ answers: { [QUESTION]: ANSWER, [VAGUE]: CLARIFY, [RANKQ]: RANKING } });
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, TELEGRAM_ADMIN_IDS: String(ADMIN) });
    tg = await startTelegram(config, createConversation(core, { onError: () => {} }), { logger: logs.logger });
  });

  afterAll(async () => {
    await tg?.stop();
    await fake?.close();
  });

  /** Push a message update and wait for the bot's reply to it. */
  async function ask(update: ReturnType<typeof message>): Promise<ApiCall> {
    fake.push(update);
    return fake.waitFor((c) => c.method === "sendMessage" && c.status === 200 && repliedTo(c) === update.message.message_id);
  }

  it("registers its commands and polls only for messages, inline queries, button presses and being added to groups", async () => {
    expect(tg.mode).toBe("polling");
    expect(fake.sent("setMyCommands")[0]?.payload.commands.map((c: { command: string }) => c.command)).toEqual(["ask", "reports", "check", "help"]);
    const poll = await fake.waitFor((c) => c.method === "getUpdates");
    expect(poll.payload.allowed_updates).toEqual(["message", "inline_query", "callback_query", "my_chat_member"]);
  });

  it("answers a private question in HTML, escaped, as a reply to the question", async () => {
    const update = message(privateChat(1001), 1001, QUESTION);
    const before = core.questions.length;
    const call = await ask(update);
    const text: string = call.payload.text;
    expect(call.payload.chat_id).toBe(1001);
    expect(call.payload.parse_mode).toBe("HTML");
    expect(call.payload.reply_parameters).toMatchObject({ message_id: update.message.message_id });
    expect(text).toContain("浔阳区 2023 年 · 本年新收政府信息公开申请：<b>14 件</b>");
    expect(text).toContain("<blockquote>2023年共受理依申请公开14件 &lt;b&gt;依法&lt;/b&gt; &amp; 按时办结</blockquote>");
    expect(text).toContain("<i>出处：浔阳区人民政府2023年政府信息公开工作年度报告 · 三、收到和处理政府信息公开申请情况");
    expect(text).toContain("⚠️ 表二 自然人列：各项之和 15 与总计 14 不一致");
    expect(core.questions[before]).toBe(QUESTION);
  });

  it("offers clarify choices as inline buttons; a press is answered, then asked, as a reply to the buttons' message", async () => {
    const update = message(privateChat(1003), 1003, VAGUE);
    const call = await ask(update);
    const keyboard = call.payload.reply_markup.inline_keyboard as { text: string; callback_data: string }[][];
    expect(keyboard.map((row) => row[0]?.text)).toEqual([QUESTION, "浔阳区2023年予以公开多少件"]);
    const data = keyboard[0]?.[0]?.callback_data ?? "";
    expect(data).toMatch(/^nb:[\w-]{22}$/); // a token, never the question (64-byte limit, forgeable)
    expect(call.payload.text).not.toContain(QUESTION);

    const before = core.questions.length;
    const buttonsMessage = { message_id: 9001, date: 0, chat: privateChat(1003), from: BOT_USER, text: "您问的是哪一个数字？" };
    fake.push({ callback_query: { id: "cb1", from: user(1003), chat_instance: "ci", data, message: buttonsMessage } });
    const answered = await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === 9001);
    expect(answered.payload.text).toContain("<b>14 件</b>");
    expect(core.questions[before]).toBe(QUESTION);
    const order = fake.calls.map((c) => c.method === "answerCallbackQuery" ? `ack:${String(c.payload.callback_query_id)}` : c === answered ? "answer" : "").filter(Boolean);
    expect(order.slice(-2)).toEqual(["ack:cb1", "answer"]);
  });

  it("answers a forged or foreign button press with nothing but the acknowledgement", async () => {
    const vague = await ask(message(privateChat(1004), 1004, VAGUE));
    const data = (vague.payload.reply_markup.inline_keyboard as { callback_data: string }[][])[0]?.[0]?.callback_data ?? "";
    const before = core.questions.length;
    const sent = fake.sent("sendMessage").length;
    // another chat presses a token issued to chat 1004; a made-up token; a question smuggled in the data
    fake.push({ callback_query: { id: "cb2", from: user(1005), chat_instance: "ci", data, message: { message_id: 9002, date: 0, chat: privateChat(1005), from: BOT_USER, text: "x" } } });
    fake.push({ callback_query: { id: "cb3", from: user(1004), chat_instance: "ci", data: "nb:AAAAAAAAAAAAAAAAAAAAAA", message: { message_id: 9003, date: 0, chat: privateChat(1004), from: BOT_USER, text: "x" } } });
    fake.push({ callback_query: { id: "cb4", from: user(1004), chat_instance: "ci", data: QUESTION, message: { message_id: 9004, date: 0, chat: privateChat(1004), from: BOT_USER, text: "x" } } });
    await fake.waitFor((c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === "cb4");
    expect(fake.sent("answerCallbackQuery").map((c) => c.payload.callback_query_id)).toEqual(expect.arrayContaining(["cb2", "cb3", "cb4"]));
    expect(core.questions.length).toBe(before);
    expect(fake.sent("sendMessage").length).toBe(sent);
  });

  it("sends a ranking as a photo of its chart (a PNG of the figures) with the compact answer as the caption", async () => {
    const update = message(privateChat(1006), 1006, RANKQ);
    fake.push(update);
    const call = await fake.waitFor((c) => c.method === "sendPhoto" && repliedTo(c) === update.message.message_id, 10_000);
    const png = Object.values(call.payload).find((v) => Buffer.isBuffer(v)) as Buffer;
    const { width, height } = decodePng(png);
    expect([width, height > 150]).toEqual([800, true]);
    expect(call.payload.parse_mode).toBe("HTML");
    expect(call.payload.caption).toContain("1. 赣州市：<b>1516 件</b>\n2. 乐清市：<b>70 件</b>");
    expect(String(call.payload.caption).length).toBeLessThanOrEqual(1024);
  });

  it("stays silent in a group unless mentioned, and strips the mention from the question", async () => {
    const silent = message(group, 2001, QUESTION);
    const before = core.questions.length;
    fake.push(silent);
    const mentioned = message(group, 2001, `@${BOT_USER.username} ${QUESTION}`, { entities: [{ type: "mention", offset: 0, length: BOT_USER.username.length + 1 }] });
    await ask(mentioned);
    expect(fake.sent("sendMessage").filter((c) => repliedTo(c) === silent.message.message_id)).toEqual([]);
    // Asked once, without the mention (later questions are the follow-up buttons being checked).
    expect(core.questions.slice(before).filter((q) => q.includes("依申请公开"))).toEqual([QUESTION]);
  });

  it("ignores mentions of somebody else and other bots' commands in a group, answers its own", async () => {
    const other = message(group, 2001, `@someone_else ${QUESTION}`, { entities: [{ type: "mention", offset: 0, length: 13 }] });
    const otherBot = message(group, 2001, "/start@other_bot", { entities: [{ type: "bot_command", offset: 0, length: 16 }] });
    const unknownBare = message(group, 2001, "/roll 6", { entities: [{ type: "bot_command", offset: 0, length: 5 }] });
    [other, otherBot, unknownBare].forEach((u) => fake.push(u));
    await ask(message(group, 2001, `/ask@${BOT_USER.username} ${QUESTION}`, { entities: [{ type: "bot_command", offset: 0, length: 5 + BOT_USER.username.length }] }));
    const ignored = new Set([other, otherBot, unknownBare].map((u) => u.message.message_id));
    expect(fake.sent("sendMessage").filter((c) => ignored.has(repliedTo(c)))).toEqual([]);
    const help = await ask(message(group, 2001, "/help", { entities: [{ type: "bot_command", offset: 0, length: 5 }] }));
    expect(help.payload.text).toContain("可以这样问");
  });

  it("answers a reply to one of its messages in a group", async () => {
    const botMessage = { message_id: 555, date: 0, chat: group, from: BOT_USER, text: "浔阳区 2023 年 …" };
    const call = await ask(message(group, 2002, QUESTION, { reply_to_message: botMessage }));
    expect(call.payload.text).toContain("<b>14 件</b>");
  });

  it("answers an inline query with articles in HTML, cached briefly; a hint for one character", async () => {
    fake.push({ inline_query: { id: "iq-1", from: user(3001), query: QUESTION, offset: "" } });
    const call = await fake.waitFor((c) => c.method === "answerInlineQuery" && c.payload.inline_query_id === "iq-1");
    expect(call.payload.cache_time).toBe(30);
    const results = call.payload.results as { type: string; title: string; input_message_content: { message_text: string; parse_mode: string } }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(10);
    expect(results[0]).toMatchObject({ type: "article", title: "浔阳区 2023 年 · 本年新收政府信息公开申请：14 件" });
    expect(results[0]?.input_message_content.parse_mode).toBe("HTML");
    expect(results[0]?.input_message_content.message_text).toContain("<b>14 件</b>");
    expect(results[1]?.input_message_content.message_text).toContain("&lt;b&gt;依法");

    fake.push({ inline_query: { id: "iq-2", from: user(3001), query: "浔", offset: "" } });
    const hint = await fake.waitFor((c) => c.method === "answerInlineQuery" && c.payload.inline_query_id === "iq-2");
    expect(hint.payload.results).toHaveLength(1);
    expect(hint.payload.results[0].title).toBe("请输入问题");
  });

  it("refuses a 10 000-character message politely without asking the core", async () => {
    const before = core.questions.length;
    const call = await ask(message(privateChat(1002), 1002, "问".repeat(10_000)));
    expect(call.payload.text).toContain("太长");
    expect(core.questions.length).toBe(before);
  });

  it("retries a send after a 429 (auto-retry) and delivers the answer", async () => {
    fake.failNext("sendMessage", 429, { ok: false, error_code: 429, description: "Too Many Requests: retry after 0", parameters: { retry_after: 0 } });
    const update = message(privateChat(1003), 1003, QUESTION);
    const call = await ask(update);
    const attempts = fake.sent("sendMessage").filter((c) => repliedTo(c) === update.message.message_id);
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(call.payload.text).toContain("<b>14 件</b>");
  });

  it("logs a failed send without the token and carries on with the next update", async () => {
    fake.failNext("sendMessage", 400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
    fake.push(message(privateChat(1004), 1004, QUESTION));
    await ask(message(privateChat(1004), 1004, QUESTION));
    expect(logs.lines.some((l) => l.includes("chat not found"))).toBe(true);
  });

  it("gives a short hint for a sticker in a private chat, and nothing in a group", async () => {
    const sticker = { sticker: { file_id: "s1", file_unique_id: "s1u", type: "regular", width: 512, height: 512, is_animated: false, is_video: false } };
    const inGroup = { message: { ...message(group, 2003, "").message, text: undefined, ...sticker } };
    fake.push(inGroup);
    const priv = { message: { ...message(privateChat(1005), 1005, "").message, text: undefined, ...sticker } };
    fake.push(priv);
    const call = await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === priv.message.message_id);
    expect(call.payload.text).toContain("请用文字提问");
    expect(fake.sent("sendMessage").filter((c) => repliedTo(c) === inGroup.message.message_id)).toEqual([]);
  });

  describe("documents", () => {
    const report = new TextEncoder().encode("濂溪区人民政府2023年政府信息公开工作年度报告\n一、总体情况 …");
    const doc = (fileId: string, name: string, size: number) => ({ document: { file_id: fileId, file_unique_id: `${fileId}u`, file_name: name, file_size: size } });
    const upload = (from: number, fileId: string, name: string, size = report.byteLength) => ({
      message: { ...message(privateChat(from), from, "").message, text: undefined, ...doc(fileId, name, size) },
    });

    it("downloads an admin's report through getFile and the file URL, and adds it", async () => {
      fake.files.set("doc-1", { path: "documents/file_1.txt", data: report });
      const u = upload(ADMIN, "doc-1", "濂溪区2023年报.txt");
      fake.push(u);
      const call = await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === u.message.message_id);
      expect(fake.fileRequests).toContain(`/file/bot${fake.token}/documents/file_1.txt`);
      expect(core.uploads.at(-1)?.filename).toBe("濂溪区2023年报.txt");
      expect(Buffer.from(core.uploads.at(-1)?.data ?? []).equals(Buffer.from(report))).toBe(true);
      expect(call.payload.text).toContain("已加入报告");
    });

    it("refuses a non-admin's file without downloading it", async () => {
      fake.files.set("doc-2", { path: "documents/file_2.txt", data: report });
      const before = fake.sent("getFile").length;
      const uploads = core.uploads.length;
      const u = upload(1006, "doc-2", "报告.txt");
      fake.push(u);
      const call = await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === u.message.message_id);
      expect(call.payload.text).toContain("只有管理员");
      expect(fake.sent("getFile").length).toBe(before);
      expect(core.uploads.length).toBe(uploads);
    });

    it("refuses an admin's file of the wrong type or over the size limit before downloading", async () => {
      const before = fake.sent("getFile").length;
      const xlsx = upload(ADMIN, "doc-3", "报告.xlsx");
      fake.push(xlsx);
      expect((await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === xlsx.message.message_id)).payload.text).toContain(".docx");
      const big = upload(ADMIN, "doc-4", "报告.pdf", 50 * 1024 * 1024);
      fake.push(big);
      expect((await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === big.message.message_id)).payload.text).toContain("MB");
      expect(fake.sent("getFile").length).toBe(before);
    });

    it("reports a failed download to the admin and logs it without the token", async () => {
      // getFile answers with a path the fake does not serve: the download itself gets a 404.
      fake.failNext("getFile", 200, { ok: true, result: { file_id: "doc-5", file_unique_id: "doc-5u", file_path: "documents/gone.txt" } });
      const u = upload(ADMIN, "doc-5", "gone.txt");
      fake.push(u);
      const call = await fake.waitFor((c) => c.method === "sendMessage" && repliedTo(c) === u.message.message_id);
      expect(call.payload.text).toContain("没能下载");
      expect(logs.lines.some((l) => l.includes("download of gone.txt failed") && l.includes("HTTP 404"))).toBe(true);
    });
  });

  it("never writes the token to the log, even when an error message carries the API URL", async () => {
    // Broken JSON makes node-fetch throw "invalid json response body at http://…/bot<token>/sendMessage".
    fake.failNext("sendMessage", 200, "{not json");
    fake.push(message(privateChat(1007), 1007, QUESTION));
    await ask(message(privateChat(1007), 1007, QUESTION));
    const log = logs.lines.join("\n");
    expect(log).toContain("invalid json response body");
    expect(log).toContain("/bot<token>/sendMessage");
    expect(log).not.toContain(fake.token);
    expect(log).not.toContain(fake.token.split(":")[1]);
  });
});

describe("telegram adapter (webhook)", () => {
  let fake: FakeBotApi;
  let tg: TelegramHandle;
  const secret = "s3cret_Token-1";

  beforeAll(async () => {
    fake = await new FakeBotApi().start();
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.url,
      TELEGRAM_WEBHOOK_URL: "https://bot.example.invalid/telegram",
      TELEGRAM_WEBHOOK_SECRET: secret,
    });
    const conv = createConversation(stubCore({ answers: { [QUESTION]: ANSWER } }), { onError: () => {} });
    tg = await startTelegram(config, conv, { host: "127.0.0.1", port: 0, logger: setupLogs().logger });
  });

  afterAll(async () => {
    await tg?.stop();
    await fake?.close();
  });

  const post = (body: unknown, token?: string) =>
    fetch(`http://127.0.0.1:${tg.port}/telegram`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { "X-Telegram-Bot-Api-Secret-Token": token } : {}) },
      body: JSON.stringify(body),
    });

  it("registers the webhook with the secret token and does not poll", () => {
    expect(tg.mode).toBe("webhook");
    expect(fake.sent("setWebhook")[0]?.payload).toMatchObject({ url: "https://bot.example.invalid/telegram", secret_token: secret });
    expect(fake.sent("getUpdates")).toEqual([]);
  });

  it("rejects a call with a wrong or missing secret (401) and sends nothing", async () => {
    const update = { update_id: 1, ...message(privateChat(4001), 4001, QUESTION) };
    expect((await post(update, "wrong")).status).toBe(401);
    expect((await post(update)).status).toBe(401);
    expect(fake.sent("sendMessage")).toEqual([]);
  });

  it("answers a call with the right secret", async () => {
    const update = { update_id: 2, ...message(privateChat(4002), 4002, QUESTION) };
    const res = await post(update, secret);
    expect(res.status).toBe(200);
    const call = await fake.waitFor((c) => c.method === "sendMessage");
    expect(call.payload).toMatchObject({ chat_id: 4002, parse_mode: "HTML", reply_parameters: { message_id: update.message.message_id } });
    expect(call.payload.text).toContain("<b>14 件</b>");
  });

  it("generates a secret when none is configured", async () => {
    const other = await new FakeBotApi().start();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: other.token, TELEGRAM_API_ROOT: other.url, TELEGRAM_WEBHOOK_URL: "https://bot.example.invalid/tg" });
    const h = await startTelegram(config, createConversation(stubCore()), { host: "127.0.0.1", port: 0, logger: setupLogs().logger });
    try {
      const s: string = other.sent("setWebhook")[0]?.payload.secret_token;
      expect(s).toMatch(/^[A-Za-z0-9_-]{32,256}$/);
      const res = await fetch(`http://127.0.0.1:${h.port}/tg`, { method: "POST", body: "{}", headers: { "X-Telegram-Bot-Api-Secret-Token": "guess" } });
      expect(res.status).toBe(401);
    } finally {
      await h.stop();
      await other.close();
    }
  });
});

describe("renderHtml", () => {
  it("splits a long reply into messages under 4096 characters, each with balanced tags", () => {
    const quote = Array.from({ length: 400 }, (_, i) => `第${i}行 <原文> & 数字 ${i}`).join("\n");
    const parts = renderHtml({
      title: "t",
      blocks: [
        { kind: "figure", label: "浔阳区 2023 年 · 新收", value: "14 件" },
        { kind: "quote", text: quote },
        { kind: "quote", text: "x".repeat(9000) },
        { kind: "note", tone: "warning", text: "不一致" },
      ],
    });
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(p.split("<blockquote>").length).toBe(p.split("</blockquote>").length);
      expect(p).not.toMatch(/<(?!\/?(b|i|code|blockquote)>)/);
    }
    const visible = parts.join("\n").replace(/<\/?blockquote>/g, "");
    expect(visible).toContain("第399行 &lt;原文&gt; &amp; 数字 399");
    expect(parts.at(-1)).toContain("⚠️ 不一致");
  });
});

describe("redactor", () => {
  it("hides the token whole, URL-encoded, and its secret part alone", () => {
    const r = redactor("123456:ABC-secret_part");
    expect(r("GET /bot123456:ABC-secret_part/getMe")).toBe("GET /bot<token>/getMe");
    expect(r("GET /bot123456%3AABC-secret_part/getMe")).toBe("GET /bot<token>/getMe");
    expect(r("key ABC-secret_part")).toBe("key <token>");
  });
});

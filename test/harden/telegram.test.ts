/**
 * Issue 14.4 and 14.10, Telegram: a webhook update is acknowledged before slow work and answered
 * once even when Telegram delivers it again; bodies over 1 MB are refused; GET /healthz answers;
 * long polling recovers from 409 Conflict instead of stopping for good. The real grammY against
 * the fake Bot API on 127.0.0.1.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startTelegram, type TelegramHandle } from "../../src/adapters/telegram.ts";
import type { Conversation, Reply } from "../../src/bot/types.ts";
import { loadConfig } from "../../src/config.ts";
import { FakeBotApi } from "../adapters/fake-bot-api.ts";

const SECRET = "hardening_secret-1";
const reply = (text: string): Reply => ({ title: text, blocks: [{ kind: "paragraph", spans: [{ text }] }] });

/** A conversation whose answers wait until `release()`; it counts the questions it was asked. */
function slowConversation() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const asked: string[] = [];
  const conv: Conversation = {
    async handle(msg) {
      asked.push(msg.text);
      await gate;
      return reply(`答：${msg.text}`);
    },
    upload: () => Promise.resolve(reply("no")),
    inline: () => Promise.resolve([]),
    buttonToken: () => "t",
    press: () => Promise.resolve(null),
  };
  return { conv, asked, release };
}

const update = (id: number, text: string) => ({
  update_id: id,
  message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: 5001, type: "private", first_name: "u" }, from: { id: 5001, is_bot: false, first_name: "u" }, text },
});

const quiet = { info: () => {}, error: () => {} };
let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.reverse()) await c();
  cleanup = [];
});

async function webhookBot(conv: Conversation): Promise<{ fake: FakeBotApi; tg: TelegramHandle; post: (body: string) => Promise<Response> }> {
  const fake = await new FakeBotApi().start();
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, TELEGRAM_WEBHOOK_URL: "https://bot.example.invalid/tg", TELEGRAM_WEBHOOK_SECRET: SECRET });
  const tg = await startTelegram(config, conv, { host: "127.0.0.1", port: 0, logger: quiet });
  cleanup.push(() => fake.close(), () => tg.stop());
  const post = (body: string) =>
    fetch(`http://127.0.0.1:${tg.port}/tg`, { method: "POST", headers: { "content-type": "application/json", "X-Telegram-Bot-Api-Secret-Token": SECRET }, body, signal: AbortSignal.timeout(5000) });
  return { fake, tg, post };
}

describe("telegram webhook", () => {
  it("acknowledges an update before answering it, and answers a re-delivered update_id once", async () => {
    const slow = slowConversation();
    const { fake, post } = await webhookBot(slow.conv);
    // The answer is still being worked out, yet Telegram already has its 200.
    expect((await post(JSON.stringify(update(7, "浔阳区2023年依申请公开多少件")))).status).toBe(200);
    expect((await post(JSON.stringify(update(7, "浔阳区2023年依申请公开多少件")))).status).toBe(200);
    slow.release();
    await fake.waitFor((c) => c.method === "sendMessage");
    // A later update proves the duplicate was not merely slower.
    await post(JSON.stringify(update(8, "赣州市2023年行政复议多少件")));
    await fake.waitFor((c) => c.method === "sendMessage" && c.payload.reply_parameters?.message_id === 8);
    expect(slow.asked).toEqual(["浔阳区2023年依申请公开多少件", "赣州市2023年行政复议多少件"]);
    expect(fake.sent("sendMessage")).toHaveLength(2);
  });

  it("refuses a body over 1 MB with 413 and answers nothing", async () => {
    const slow = slowConversation();
    slow.release();
    const { fake, post } = await webhookBot(slow.conv);
    const big = JSON.stringify(update(9, `浔阳${"区".repeat(2 * 1024 * 1024)}`));
    expect((await post(big)).status).toBe(413);
    expect(fake.sent("sendMessage")).toEqual([]);
    expect(slow.asked).toEqual([]);
  });

  it("answers GET /healthz", async () => {
    const { tg } = await webhookBot(slowConversation().conv);
    const res = await fetch(`http://127.0.0.1:${tg.port}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});

describe("telegram long polling", () => {
  it("polls again after a 409 Conflict and answers the next question", async () => {
    const fake = await new FakeBotApi().start();
    const lines: string[] = [];
    fake.failNext("getUpdates", 409, { ok: false, error_code: 409, description: "Conflict: terminated by other getUpdates request" });
    const slow = slowConversation();
    slow.release();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url });
    const tg = await startTelegram(config, slow.conv, { logger: { info: (m) => lines.push(m), error: (m) => lines.push(m) }, retryDelayMs: 50 });
    cleanup.push(() => fake.close(), () => tg.stop());
    fake.push({ message: update(1, "浔阳区2023年依申请公开多少件").message });
    await fake.waitFor((c) => c.method === "sendMessage");
    expect(lines.join("\n")).toMatch(/long polling stopped; polling again in 0\.1 s.*409/);
  });
});

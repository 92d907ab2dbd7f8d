/**
 * Issue 14.5, Feishu: a message beyond the per-chat queue is answered “busy, please resend” (it was
 * dropped silently and marked seen); deduplication survives a restart (on disk under the data
 * folder); an event dated long ago is refused as a replay (one dated 2001 was answered); the
 * webhook server answers GET /healthz. The real Lark SDK against the fake open API on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFeishu, type FeishuBot, type FeishuOptions } from "../../src/adapters/feishu.ts";
import { HINT_BUSY } from "../../src/adapters/feishu/handler.ts";
import { FileSeenStore } from "../../src/adapters/seen-store.ts";
import type { Conversation, Reply } from "../../src/bot/types.ts";
import { loadConfig } from "../../src/config.ts";
import { startFakeFeishu, type FakeFeishu } from "../adapters/fake-feishu.ts";

const ANSWER: Reply = { title: "答", blocks: [{ kind: "paragraph", spans: [{ text: "浔阳区 2023 年新收申请 14 件" }] }] };

class Gated implements Conversation {
  asked: string[] = [];
  private open!: () => void;
  private gate: Promise<void> = Promise.resolve();
  close(): void {
    this.gate = new Promise((r) => (this.open = r));
  }
  release(): void {
    this.open();
  }
  async handle(msg: { text: string }): Promise<Reply> {
    this.asked.push(msg.text);
    await this.gate;
    return ANSWER;
  }
  upload = () => Promise.resolve(ANSWER);
  inline = () => Promise.resolve([]);
  buttonToken = () => "t";
  press = () => Promise.resolve(null);
}

let n = 0;
function event(text: string, o: { messageId?: string; eventId?: string; created?: number } = {}) {
  n++;
  const created = String(o.created ?? Date.now());
  return {
    schema: "2.0",
    header: { event_id: o.eventId ?? `ev_h${n}`, event_type: "im.message.receive_v1", create_time: created, token: "tok", app_id: "cli_0123456789abcdef", tenant_key: "t" },
    event: {
      sender: { sender_id: { open_id: "ou_user" }, sender_type: "user", tenant_key: "t" },
      message: { message_id: o.messageId ?? `om_h${n}`, create_time: created, chat_id: "oc_p2p", chat_type: "p2p", message_type: "text", content: JSON.stringify({ text }) },
    },
  };
}

let fake: FakeFeishu;
let bots: FeishuBot[] = [];
const dirs: string[] = [];
const lines: string[] = [];
const log = { info: (m: string) => lines.push(m), warn: (m: string) => lines.push(m), error: (m: string) => lines.push(m) };
beforeAll(async () => {
  fake = await startFakeFeishu();
});
afterAll(async () => {
  await fake.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
afterEach(async () => {
  for (const b of bots.splice(0)) await b.stop();
  fake.reset();
  lines.length = 0;
});

async function start(conv: Conversation, mode: "ws" | "webhook" = "ws", opts: FeishuOptions = {}): Promise<FeishuBot> {
  const config = loadConfig({ FEISHU_APP_ID: "cli_0123456789abcdef", FEISHU_APP_SECRET: "secret-x", FEISHU_DOMAIN: fake.url, FEISHU_MODE: mode, FEISHU_ENCRYPT_KEY: "ek", FEISHU_VERIFICATION_TOKEN: "tok" });
  const bot = await startFeishu(config, conv, { log, host: "127.0.0.1", port: 0, retryDelaysMs: [10], ...opts });
  bots.push(bot);
  return bot;
}

describe("feishu hardening", () => {
  it("answers the 21st waiting message of a chat with 'busy, please resend', and answers it when it comes again", async () => {
    const conv = new Gated();
    const bot = await start(conv);
    conv.close();
    const events = Array.from({ length: 21 }, (_, i) => event(`问题${i}`));
    for (const e of events) await bot.dispatcher.invoke(e, { needCheck: false });
    // The busy reply goes out at once, while the 20 others still wait.
    await expect.poll(() => fake.replies.length).toBe(1);
    expect(fake.replies[0]?.messageId).toBe(events[20]?.event.message.message_id);
    expect(fake.replies[0]?.content).toContain(HINT_BUSY);
    conv.release();
    await bot.idle();
    // Not marked as seen: Feishu's re-delivery (or the user's resend) is answered.
    await bot.dispatcher.invoke(events[20], { needCheck: false });
    await bot.idle();
    expect(conv.asked).toHaveLength(21);
    expect(fake.replies).toHaveLength(22);
  });

  it("remembers delivered events across a restart (on disk): a replay after the restart is not answered", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-seen-"));
    dirs.push(dir);
    const file = join(dir, "feishu-seen.txt");
    const ev = event("浔阳区2023年依申请公开多少件");
    const first = await start(new Gated(), "ws", { seen: new FileSeenStore(file) });
    await first.dispatcher.invoke(ev, { needCheck: false });
    await first.idle();
    await first.stop();
    bots = [];
    const conv = new Gated();
    const second = await start(conv, "ws", { seen: new FileSeenStore(file) });
    await second.dispatcher.invoke(ev, { needCheck: false });
    await second.idle();
    expect(conv.asked).toEqual([]);
    expect(fake.replies).toHaveLength(1);
  });

  it("refuses an event dated 2001 as a replay", async () => {
    const conv = new Gated();
    const bot = await start(conv);
    await bot.dispatcher.invoke(event("浔阳区2023年依申请公开多少件", { created: Date.UTC(2001, 0, 1) }), { needCheck: false });
    await bot.idle();
    expect(conv.asked).toEqual([]);
    expect(lines.join("\n")).toContain("2001-01-01T00:00:00.000Z, longer ago than deduplication remembers; refused as a replay");
  });

  it("webhook mode answers GET /healthz", async () => {
    const bot = await start(new Gated(), "webhook");
    const res = await fetch(new URL("/healthz", bot.url));
    expect(res.status).toBe(200);
  });
});

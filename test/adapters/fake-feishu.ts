/**
 * A small fake of the Feishu open API on 127.0.0.1 for the adapter tests: the tenant token, the
 * bot's identity, message replies (recorded) and message resources (file downloads). The real SDK
 * Client talks to it through `domain`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const FAKE_TOKEN = "t-fake-tenant-token";
export const BOT_OPEN_ID = "ou_bot_self";

export interface RecordedReply {
  messageId: string;
  authorization: string | undefined;
  msg_type: string;
  content: string;
  uuid: string | undefined;
}

export interface FakeFeishu {
  url: string;
  /** Successful replies, in order. */
  replies: RecordedReply[];
  /** Every reply attempt, failed ones included. */
  replyAttempts: RecordedReply[];
  /** Messages sent to a chat (POST /im/v1/messages?receive_id_type=chat_id); `messageId` holds the chat id. */
  created: RecordedReply[];
  downloads: string[];
  tokenRequests: { app_id?: string; app_secret?: string }[];
  botInfoRequests: number;
  /** Files by `${messageId}/${fileKey}`. */
  files: Map<string, Buffer>;
  /** Make the next N calls of an endpoint fail with HTTP 500. */
  fail: { token: number; reply: number };
  reset(): void;
  close(): Promise<void>;
}

export async function startFakeFeishu(): Promise<FakeFeishu> {
  const fake: Omit<FakeFeishu, "url" | "close"> = {
    replies: [],
    replyAttempts: [],
    created: [],
    downloads: [],
    tokenRequests: [],
    botInfoRequests: 0,
    files: new Map(),
    fail: { token: 0, reply: 0 },
    reset() {
      fake.replies.length = 0;
      fake.replyAttempts.length = 0;
      fake.created.length = 0;
      fake.downloads.length = 0;
      fake.tokenRequests.length = 0;
      fake.botInfoRequests = 0;
      fake.fail = { token: 0, reply: 0 };
    },
  };
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
  };
  const authorized = (req: IncomingMessage) => req.headers.authorization === `Bearer ${FAKE_TOKEN}`;

  const server = createServer((req, res) => {
    void readJson(req).then((body) => {
      const url = new URL(req.url ?? "/", "http://x");
      const path = url.pathname;
      if (req.method === "POST" && path === "/open-apis/auth/v3/tenant_access_token/internal") {
        fake.tokenRequests.push(body as { app_id?: string; app_secret?: string });
        if (fake.fail.token > 0) {
          fake.fail.token--;
          return json(res, 500, { code: 99991, msg: "fake outage" });
        }
        return json(res, 200, { code: 0, msg: "ok", tenant_access_token: FAKE_TOKEN, expire: 7200 });
      }
      if (req.method === "GET" && path === "/open-apis/bot/v3/info") {
        fake.botInfoRequests++;
        if (!authorized(req)) return json(res, 401, { code: 99991663, msg: "invalid token" });
        return json(res, 200, { code: 0, msg: "ok", bot: { activate_status: 2, app_name: "年报问答", open_id: BOT_OPEN_ID } });
      }
      const reply = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/reply$/.exec(path);
      if (req.method === "POST" && reply?.[1]) {
        const b = body as { msg_type: string; content: string; uuid?: string };
        const rec: RecordedReply = { messageId: reply[1], authorization: req.headers.authorization, msg_type: b.msg_type, content: b.content, uuid: b.uuid };
        fake.replyAttempts.push(rec);
        if (fake.fail.reply > 0) {
          fake.fail.reply--;
          return json(res, 500, { code: 99991, msg: "fake outage" });
        }
        if (!authorized(req)) return json(res, 401, { code: 99991663, msg: "invalid token" });
        fake.replies.push(rec);
        return json(res, 200, { code: 0, msg: "success", data: { message_id: `om_reply_${fake.replies.length}` } });
      }
      if (req.method === "POST" && path === "/open-apis/im/v1/messages" && url.searchParams.get("receive_id_type") === "chat_id") {
        if (!authorized(req)) return json(res, 401, { code: 99991663, msg: "invalid token" });
        const b = body as { receive_id: string; msg_type: string; content: string; uuid?: string };
        fake.created.push({ messageId: b.receive_id, authorization: req.headers.authorization, msg_type: b.msg_type, content: b.content, uuid: b.uuid });
        return json(res, 200, { code: 0, msg: "success", data: { message_id: `om_created_${fake.created.length}` } });
      }
      const resource = /^\/open-apis\/im\/v1\/messages\/([^/]+)\/resources\/([^/]+)$/.exec(path);
      if (req.method === "GET" && resource?.[1] && resource[2]) {
        const key = `${resource[1]}/${resource[2]}`;
        fake.downloads.push(`${key}?type=${url.searchParams.get("type") ?? ""}`);
        const file = fake.files.get(key);
        if (!authorized(req) || !file) return json(res, 404, { code: 234003, msg: "file not found" });
        res.writeHead(200, { "content-type": "application/octet-stream", "content-length": String(file.length) });
        return res.end(file);
      }
      if (req.method === "POST" && path === "/callback/ws/endpoint") {
        // The long connection is not faked: refuse it with a code the SDK treats as final.
        return json(res, 200, { code: 403, msg: "fake: no long connection here", data: {} });
      }
      json(res, 404, { code: 404, msg: `fake: no route ${req.method ?? ""} ${path}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  });
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

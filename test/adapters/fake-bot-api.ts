/**
 * A small fake Telegram Bot API on 127.0.0.1 for adapter tests: enough of getMe, getUpdates (long
 * poll that returns as soon as an update is pushed), getFile and file download, sendMessage,
 * answerInlineQuery, setMyCommands, deleteWebhook and setWebhook. It records every call; failures
 * can be queued per method (e.g. a 429 with retry_after). Nothing leaves the machine.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ApiCall {
  method: string;
  // The JSON body grammY sent; tests inspect it loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  payload: any;
  /** HTTP status the fake answered with. */
  status: number;
}

interface Failure {
  status: number;
  body: unknown;
}

export const BOT_USER = {
  id: 42,
  is_bot: true as const,
  first_name: "年报问答",
  username: "nianbao_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
};

function readBytes(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * A call's parameters: JSON, or multipart/form-data when grammY uploads a file (sendPhoto); there
 * JSON-valued fields are parsed and a file field becomes its bytes.
 */
async function readPayload(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBytes(req);
  const type = req.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) {
    const text = body.toString("utf8");
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }
  // grammY writes part headers as “content-disposition:form-data;name=…”, which undici's FormData
  // parser refuses; the format is simple enough to split by hand.
  const boundary = /boundary=(.+)$/.exec(type)?.[1] ?? "";
  const payload: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const part = body.subarray(start + 2, next - 2); // the CRLF after the delimiter and before the next
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const content = part.subarray(split + 4);
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? "";
    if (/filename=/.test(head)) payload[name] = Buffer.from(content);
    else {
      const v = content.toString("utf8");
      try {
        payload[name] = JSON.parse(v);
      } catch {
        payload[name] = v;
      }
    }
    at = next;
  }
  return payload;
}

export class FakeBotApi {
  readonly token = "123456:TEST-token_abcdef";
  url = "";
  calls: ApiCall[] = [];
  fileRequests: string[] = [];
  readonly files = new Map<string, { path: string; data: Uint8Array }>();
  private server: Server | undefined;
  private updates: { update_id: number }[] = [];
  private nextUpdateId = 1;
  private nextMessageId = 1000;
  private wake: (() => void)[] = [];
  private failures = new Map<string, Failure[]>();

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.route(req, res).then(
        ({ status, body, raw }) => {
          if (raw) res.writeHead(status, { "content-type": "application/octet-stream" }).end(Buffer.from(raw));
          else res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
        },
        (e: unknown) => res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ ok: false, error_code: 500, description: String(e) })),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.wake.splice(0).forEach((w) => w());
    const s = this.server;
    if (!s) return;
    await new Promise<void>((resolve) => {
      s.close(() => resolve());
      s.closeAllConnections();
    });
  }

  /** Queue an update (update_id is assigned); a waiting getUpdates returns at once. */
  push(update: Record<string, unknown>): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    this.wake.splice(0).forEach((w) => w());
    return update_id;
  }

  /** Answer the next call(s) of `method` with this HTTP status and body (a string is sent as is, e.g. broken JSON). */
  failNext(method: string, status: number, body: unknown): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), { status, body }]);
  }

  sent(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Wait until a recorded call satisfies `pred`; fails after `ms` (generous: a loaded CI machine can take seconds to answer, and a hit returns at once). */
  async waitFor(pred: (c: ApiCall) => boolean, ms = 15_000): Promise<ApiCall> {
    const until = Date.now() + ms;
    for (;;) {
      const hit = this.calls.find(pred);
      if (hit) return hit;
      if (Date.now() > until) throw new Error(`no matching Bot API call within ${ms} ms; calls: ${this.calls.map((c) => c.method).join(", ")}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<{ status: number; body?: unknown; raw?: Uint8Array }> {
    const url = req.url ?? "";
    const filePrefix = `/file/bot${this.token}/`;
    if (req.method === "GET" && url.startsWith(filePrefix)) {
      this.fileRequests.push(url);
      const path = decodeURIComponent(url.slice(filePrefix.length));
      const file = [...this.files.values()].find((f) => f.path === path);
      return file ? { status: 200, raw: file.data } : { status: 404, body: { ok: false, error_code: 404, description: "Not Found" } };
    }
    const m = /^\/bot([^/]+)\/(\w+)$/.exec(url);
    if (!m || m[1] !== this.token) return { status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } };
    const method = m[2] ?? "";
    const payload = await readPayload(req);

    const failure = this.failures.get(method)?.shift();
    if (failure) {
      this.calls.push({ method, payload, status: failure.status });
      if (typeof failure.body === "string") return { status: failure.status, raw: new TextEncoder().encode(failure.body) };
      return { status: failure.status, body: failure.body };
    }
    if (method !== "getUpdates") this.calls.push({ method, payload, status: 200 });
    const ok = (result: unknown) => ({ status: 200, body: { ok: true, result } });

    switch (method) {
      case "getMe":
        return ok(BOT_USER);
      case "getUpdates":
        return ok(await this.getUpdates(payload, res));
      case "getFile": {
        const f = this.files.get(String(payload.file_id));
        if (!f) return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: invalid file_id" } };
        return ok({ file_id: payload.file_id, file_unique_id: `u-${String(payload.file_id)}`, file_size: f.data.byteLength, file_path: f.path });
      }
      case "sendPhoto":
        return ok({ message_id: this.nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: payload.chat_id, type: "private" }, from: BOT_USER, photo: [] });
      case "sendMessage":
        return ok({
          message_id: this.nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: payload.chat_id, type: "private" },
          from: BOT_USER,
          text: payload.text,
        });
      case "answerInlineQuery":
      case "answerCallbackQuery":
      case "setMyCommands":
      case "deleteWebhook":
      case "setWebhook":
        return ok(true);
      default:
        return { status: 404, body: { ok: false, error_code: 404, description: `Not Found: method ${method}` } };
    }
  }

  /** Long poll: confirm updates below `offset`, return the rest, or wait up to 1 s for one. */
  private async getUpdates(payload: Record<string, unknown>, res: ServerResponse): Promise<unknown[]> {
    this.calls.push({ method: "getUpdates", payload, status: 200 });
    const offset = typeof payload.offset === "number" ? payload.offset : 0;
    this.updates = this.updates.filter((u) => u.update_id >= offset);
    const timeout = typeof payload.timeout === "number" ? payload.timeout : 0;
    if (!this.updates.length && timeout > 0) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          clearTimeout(t);
          res.off("close", done);
          resolve();
        };
        const t = setTimeout(done, 1000);
        this.wake.push(done);
        // grammY aborts the pending getUpdates on stop(): the response closes early.
        res.once("close", done);
      });
    }
    return this.updates.slice(0, typeof payload.limit === "number" ? payload.limit : 100);
  }
}

/**
 * The Telegram webhook endpoint, on node:http. Not grammY's `webhookCallback`, because that one
 * answers Telegram only after the update was handled: a question that takes longer than its
 * 10-second timeout is answered with an error, Telegram delivers the update again, and the user
 * gets two answers. Here the update is acknowledged (200) as soon as it is accepted and handled
 * afterwards (the bot's middleware drops an update_id it has seen), bodies over a size limit are
 * refused (413) unread, and GET /healthz answers for load balancers and container checks.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

export interface TelegramWebhookOptions {
  /** The secret Telegram sends in X-Telegram-Bot-Api-Secret-Token. */
  secretToken: string;
  /** Handle one update (after the HTTP answer was sent). Errors are the caller's to log. */
  handle(update: { update_id: number }): Promise<void>;
  onError(message: string, error?: unknown): void;
  /** Largest body read (default 1 MB; Telegram updates are a few KB). */
  maxBodyBytes?: number;
}

export const HEALTH_PATH = "/healthz";

export function createTelegramWebhook(opts: TelegramWebhookOptions): { listener: (req: IncomingMessage, res: ServerResponse) => void; idle(): Promise<void> } {
  const max = opts.maxBodyBytes ?? 1024 * 1024;
  const running = new Set<Promise<void>>();

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === HEALTH_PATH) return send(res, 200, { ok: true });
    if (req.method !== "POST") return send(res, 405, { ok: false, error: "method not allowed" }, { Allow: "POST" });
    const token = req.headers["x-telegram-bot-api-secret-token"];
    if (typeof token !== "string" || !sameSecret(token, opts.secretToken)) {
      req.resume();
      return send(res, 401, { ok: false, error: "secret token invalid" });
    }
    if (Number(req.headers["content-length"] ?? 0) > max) {
      req.resume();
      return send(res, 413, { ok: false, error: "body too large" }, { Connection: "close" });
    }
    const body = await readBody(req, max);
    if (body === undefined) return send(res, 413, { ok: false, error: "body too large" }, { Connection: "close" });
    let update: unknown;
    try {
      update = JSON.parse(body);
    } catch {
      return send(res, 400, { ok: false, error: "not JSON" });
    }
    const id = (update as { update_id?: unknown } | null)?.update_id;
    if (typeof id !== "number" || !Number.isSafeInteger(id)) return send(res, 400, { ok: false, error: "no update_id" });
    // Acknowledge first: Telegram re-delivers an update whose request takes too long.
    send(res, 200, { ok: true });
    const task = opts
      .handle(update as { update_id: number })
      .catch((e: unknown) => opts.onError(`telegram: update ${id} failed`, e))
      .finally(() => running.delete(task));
    running.add(task);
  }

  return {
    listener: (req, res) => {
      serve(req, res).catch((e: unknown) => {
        opts.onError("telegram: webhook request failed", e);
        if (!res.headersSent) send(res, 500, { ok: false });
        else res.end();
      });
    },
    /** Resolves when the updates being handled are done. */
    idle: async () => {
      while (running.size) await Promise.allSettled([...running]);
    },
  };
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a === b;
}

/** The body as text, or undefined once it passes `max` bytes (the rest is not kept). */
function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= max) chunks.push(c);
      else if (chunks.length) chunks.length = 0;
    });
    req.on("end", () => resolve(size > max ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The event-subscription endpoint for webhook mode, on node:http.
 *
 * Not the SDK's `adaptDefault`, because on 1.74.0 it: leaves requests to other paths hanging
 * (never responds); checks the signature over `JSON.stringify(parsed body)` rather than the bytes
 * received; never compares the verification token; answers `url_verification` before any check; and
 * a body whose `encrypt` does not decrypt makes it throw inside the request handler.
 *
 * Here every request must be encrypted with the encrypt key; events must carry a valid
 * `x-lark-signature` = sha256(timestamp + nonce + encryptKey + raw body) and, once decrypted, the
 * verification token. Accepted events — card button callbacks included — go to `dispatch` (the SDK
 * EventDispatcher, which flattens them for our handler) and are acknowledged at once.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { AESCipher } from "@larksuiteoapi/node-sdk";
import { describeError, type Log } from "./log.ts";
import { parseJson } from "./message.ts";

export interface WebhookOptions {
  path: string;
  encryptKey: string;
  verificationToken: string;
  dispatch(event: Record<string, unknown>): Promise<unknown>;
  log: Log;
  maxBodyBytes?: number;
}

export function createWebhookListener(opts: WebhookOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const cipher = new AESCipher(opts.encryptKey);
  const maxBody = opts.maxBodyBytes ?? 1024 * 1024;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "GET" && path === "/healthz") return send(res, 200, { ok: true });
    if (path !== opts.path) return send(res, 404, { error: "not found" });
    if (req.method !== "POST") return send(res, 405, { error: "method not allowed" });
    const raw = await readBody(req, maxBody);
    if (raw === undefined) return send(res, 413, { error: "body too large" });

    const outer = parseJson(raw);
    if (!outer || typeof outer["encrypt"] !== "string") return reject(res, 400, "not an encrypted event body");
    const signed = hasSignature(req);
    if (signed && !verifySignature(req, raw, opts.encryptKey)) return reject(res, 401, "bad signature");

    let event: Record<string, unknown> | undefined;
    try {
      event = parseJson(cipher.decrypt(outer["encrypt"]));
    } catch {
      event = undefined;
    }
    if (!event) return reject(res, 400, "cannot decrypt the body");

    const token = eventToken(event);
    if (!token || !sameSecret(token, opts.verificationToken)) return reject(res, 401, "wrong verification token");

    if (event["type"] === "url_verification") {
      // Feishu sends the challenge when the request URL is saved; it proves itself by the encryption
      // and the token (a signature, when present, was checked above). Answered in plain JSON.
      opts.log.info("answered the url_verification challenge");
      return send(res, 200, { challenge: event["challenge"] });
    }
    // Events must be signed: the signature is what ties the body to this request.
    if (!signed) return reject(res, 401, "unsigned event");

    // Card callbacks (card.action.trigger) come here too, checked like any event; what the handler
    // returns (an object) is the callback's response.
    let result: unknown;
    try {
      result = await opts.dispatch(event);
    } catch (e) {
      opts.log.error(`dispatching an event failed: ${describeError(e)}`);
    }
    send(res, 200, result && typeof result === "object" ? result : {});
  }

  function reject(res: ServerResponse, status: number, why: string): void {
    opts.log.warn(`webhook request rejected: ${why}`);
    send(res, status, { error: why });
  }

  return (req, res) => {
    handle(req, res).catch((e: unknown) => {
      opts.log.error(`webhook request failed: ${describeError(e)}`);
      if (!res.headersSent) send(res, 500, { error: "internal error" });
    });
  };
}

function hasSignature(req: IncomingMessage): boolean {
  return typeof req.headers["x-lark-signature"] === "string";
}

/** sha256(timestamp + nonce + encryptKey + body) in hex, compared in constant time. */
export function verifySignature(req: IncomingMessage, rawBody: string, encryptKey: string): boolean {
  const ts = req.headers["x-lark-request-timestamp"];
  const nonce = req.headers["x-lark-request-nonce"];
  const sig = req.headers["x-lark-signature"];
  if (typeof ts !== "string" || typeof nonce !== "string" || typeof sig !== "string") return false;
  return sameSecret(sig, signature(ts, nonce, encryptKey, rawBody));
}

export function signature(timestamp: string, nonce: string, encryptKey: string, rawBody: string): string {
  return createHash("sha256").update(timestamp + nonce + encryptKey + rawBody).digest("hex");
}

/** v2 events carry the token in `header.token`; url_verification and v1 events at the top level. */
function eventToken(event: Record<string, unknown>): string | undefined {
  const header = event["header"];
  if (header && typeof header === "object") {
    const t = (header as Record<string, unknown>)["token"];
    if (typeof t === "string") return t;
  }
  return typeof event["token"] === "string" ? event["token"] : undefined;
}

function sameSecret(a: string, b: string): boolean {
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb) && a === b;
}

function readBody(req: IncomingMessage, max: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > max) tooBig = true;
      else chunks.push(c);
    });
    req.on("end", () => resolve(tooBig ? undefined : Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

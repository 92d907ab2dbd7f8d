/**
 * Button payloads. A button stands for a text to send back (a question, “/reports 第2页”), but
 * platforms carry little (Telegram: 64 bytes of callback_data) and anyone can forge a callback. So a
 * button carries a token: an HMAC of chat and text under a key made at start-up, remembered with
 * its text. A press is honoured only for a token issued to the same chat; anything else resolves to
 * nothing. Tokens live `ttlMs` (default 24 h) and at most `max` are kept (oldest dropped).
 */
import { createHmac, randomBytes } from "node:crypto";

export interface ButtonTokens {
  /** The token for `text` in `chatId` (the same text in the same chat gets the same token). */
  issue(chatId: string, text: string): string;
  /** The text a token stands for, or undefined when it was not issued to this chat (or expired). */
  resolve(chatId: string, token: string): string | undefined;
}

export function createButtonTokens(opts: { ttlMs?: number; max?: number; now?: () => number } = {}): ButtonTokens {
  const key = randomBytes(32);
  const ttl = opts.ttlMs ?? 24 * 3600_000;
  const max = opts.max ?? 50_000;
  const now = opts.now ?? Date.now;
  const issued = new Map<string, { chatId: string; text: string; at: number }>();
  return {
    issue(chatId, text) {
      const token = createHmac("sha256", key).update(`${chatId}\n${text}`).digest("base64url").slice(0, 22);
      issued.delete(token); // re-insert: the newest stay when the oldest are dropped
      issued.set(token, { chatId, text, at: now() });
      while (issued.size > max) issued.delete(issued.keys().next().value as string);
      return token;
    },
    resolve(chatId, token) {
      if (typeof token !== "string" || token.length > 64) return undefined;
      const hit = issued.get(token);
      if (!hit || hit.chatId !== chatId || now() - hit.at > ttl) return undefined;
      return hit.text;
    },
  };
}

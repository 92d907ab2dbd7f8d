/**
 * What the bot remembers of a conversation, per chat and user (in a group, each member has their
 * own): the last question as understood, for follow-ups, the last answer's figures and quotes, for
 * questions about it, and the choices last offered, so a bare
 * “2” picks the second. Forgotten after `ttlMs` (default 10 minutes); at most `max` entries.
 */
import type { Turn } from "./followup.ts";
import type { LastAnswer } from "./meta.ts";

export interface Memory {
  turn?: Turn;
  /** The last answer that gave something (原文呢, 为什么这么多 ask about it). */
  answer?: LastAnswer;
  choices?: string[];
  /** The choices answer a question asked back (which agency?): a reply naming one picks it. */
  askedBack?: boolean;
  at: number;
}

export interface ChatMemory {
  get(key: string): Memory | undefined;
  set(key: string, memory: Omit<Memory, "at">): void;
}

export function createChatMemory(opts: { ttlMs?: number; max?: number; now?: () => number } = {}): ChatMemory {
  const ttl = opts.ttlMs ?? 10 * 60_000;
  const max = opts.max ?? 10_000;
  const now = opts.now ?? Date.now;
  const entries = new Map<string, Memory>();
  return {
    get(key) {
      const m = entries.get(key);
      if (m && now() - m.at > ttl) {
        entries.delete(key);
        return undefined;
      }
      return m;
    },
    set(key, memory) {
      entries.delete(key);
      entries.set(key, { ...memory, at: now() });
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
  };
}

/** Chat and user: a group's members do not share a context. */
export function memoryKey(platform: string, chatId: string, userId: string): string {
  return `${platform}\n${chatId}\n${userId}`;
}

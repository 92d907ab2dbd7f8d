/**
 * Which platform deliveries (Telegram update_id, Feishu event_id / message_id) were already taken
 * in, so a re-delivery is never answered twice. `SeenStore` is the small interface the adapters
 * use; `TtlSet` (feishu/dedup.ts) keeps keys in memory, `FileSeenStore` also on disk, so a
 * delivery replayed after a restart is still recognised. A database-backed store only needs
 * `has` and `add`.
 */
import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { TtlSet } from "./feishu/dedup.ts";

export interface SeenStore {
  has(key: string): boolean;
  add(key: string): void;
}

/** True only if none of `keys` was seen; records them all. */
export function firstTime(store: SeenStore, keys: string[]): boolean {
  const seen = keys.some((k) => store.has(k));
  for (const k of keys) store.add(k);
  return !seen;
}

/**
 * A TtlSet mirrored in an append-only file (one `expiry<TAB>key` line per key). Opening it keeps
 * the keys not yet expired and rewrites the file with only those; it is rewritten again when it
 * has grown to twice the keys it holds. A file that cannot be written is reported once through
 * `onError` and the store goes on in memory.
 */
export class FileSeenStore implements SeenStore {
  private readonly set: TtlSet;
  private lines = 0;
  private failed = false;

  constructor(
    private readonly file: string,
    private readonly ttlMs: number = 24 * 60 * 60 * 1000,
    private readonly onError: (message: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {
    this.set = new TtlSet(ttlMs, 50_000, now);
    const live: [string, number][] = [];
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      // no file yet
    }
    const t = now();
    for (const line of text.split("\n")) {
      const tab = line.indexOf("\t");
      const expiry = Number(line.slice(0, tab));
      const key = line.slice(tab + 1);
      if (tab > 0 && key && Number.isFinite(expiry) && expiry > t) live.push([key, expiry]);
    }
    live.sort((a, b) => a[1] - b[1]);
    for (const [key, expiry] of live) this.set.restore(key, expiry);
    this.compact();
  }

  has(key: string): boolean {
    return this.set.has(key);
  }

  add(key: string): void {
    this.set.add(key);
    if (this.failed) return;
    try {
      appendFileSync(this.file, `${this.now() + this.ttlMs}\t${key.replace(/[\r\n]/g, " ")}\n`);
      if (++this.lines > 2 * Math.max(1000, this.set.size)) this.compact();
    } catch (e) {
      this.fail(e);
    }
  }

  private compact(): void {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      const entries = this.set.entries();
      writeFileSync(tmp, entries.map(([k, e]) => `${e}\t${k}\n`).join(""));
      renameSync(tmp, this.file);
      this.lines = entries.length;
    } catch (e) {
      this.fail(e);
    }
  }

  private fail(e: unknown): void {
    this.failed = true;
    this.onError(`cannot write ${this.file} (${e instanceof Error ? e.message : String(e)}); deliveries are deduplicated in memory only`);
  }
}

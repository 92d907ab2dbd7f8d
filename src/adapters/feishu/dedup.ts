/**
 * A bounded set of recently seen keys with a time-to-live, for event deduplication.
 *
 * Feishu re-delivers an event when it thinks the first delivery failed; one report saw retries
 * after ~5 min, ~1 h and ~6 h with the same event_id (iOfficeAI/AionCore#796), and the SDK does
 * not dedup (larksuite/node-sdk#10). So keys live for 24 h by default, and the set is bounded so
 * a flood cannot grow it without limit. No timers: expired keys are swept when a key is added.
 */
export class TtlSet {
  /** key → expiry time. Insertion order is expiry order, since every key gets the same TTL. */
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly ttlMs: number = 24 * 60 * 60 * 1000,
    private readonly maxEntries: number = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.expiries.size;
  }

  has(key: string): boolean {
    const expiry = this.expiries.get(key);
    if (expiry === undefined) return false;
    if (expiry <= this.now()) {
      this.expiries.delete(key);
      return false;
    }
    return true;
  }

  add(key: string): void {
    this.expiries.delete(key);
    this.expiries.set(key, this.now() + this.ttlMs);
    this.sweep();
  }

  /** Put back a key with the expiry it had (keys must come in expiry order), e.g. read from disk. */
  restore(key: string, expiry: number): void {
    this.expiries.delete(key);
    this.expiries.set(key, expiry);
  }

  /** Every live key with its expiry, oldest first. */
  entries(): [string, number][] {
    const now = this.now();
    return [...this.expiries].filter(([, e]) => e > now);
  }

  /**
   * Record all `keys`; true only if none of them was seen before. An event counts as a repeat when
   * either its event_id or its message_id is known (a re-sent message may carry a new event_id).
   */
  firstTime(keys: string[]): boolean {
    const seen = keys.some((k) => this.has(k));
    for (const k of keys) this.add(k);
    return !seen;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, expiry] of this.expiries) {
      if (expiry > now && this.expiries.size <= this.maxEntries) break;
      this.expiries.delete(key);
    }
  }
}

/**
 * The channel between pdf.js's API and its worker when both run in this thread (Node): pdf.js's
 * own (LoopbackPort) copies every message with `structuredClone`, which serialises and parses
 * each operator list and text chunk — ~10 ms of a report's ~100 ms read. This port copies them
 * in JavaScript instead, with the same result for what pdf.js sends: arrays, plain objects and
 * class instances become plain arrays and objects of their own enumerable properties, typed
 * arrays are copied (or handed over when the sender transferred their buffer, as it gives them
 * up), and anything else (Map, Error, Date, …) or a graph too deep goes through structuredClone.
 * As with LoopbackPort, listeners receive the copy on a microtask, so neither side ever sees the
 * other's later changes (pdf.js empties an operator list's arrays right after sending them).
 */

import type { TransferListItem } from "node:worker_threads";

type Listener = (event: { data: unknown }) => void;

/** Deeper than this, the message goes through structuredClone (which also handles cycles). */
const MAX_DEPTH = 100;

class TooDeep extends Error {}

function copyValue(value: unknown, moved: ReadonlySet<ArrayBufferLike>, depth: number): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > MAX_DEPTH) throw new TooDeep();
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyValue(value[i], moved, depth + 1);
    // (structuredClone keeps an array's other own properties too; pdf.js's arrays have none)
    return out;
  }
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    const view = value as Uint8Array;
    return moved.has(view.buffer) ? view : view.slice();
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null && isStructured(value)) return structuredClone(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = copyValue((value as Record<string, unknown>)[key], moved, depth + 1);
  return out;
}

/** Objects structuredClone treats as more than their own properties. */
function isStructured(value: object): boolean {
  return (
    value instanceof Map ||
    value instanceof Set ||
    value instanceof Date ||
    value instanceof RegExp ||
    value instanceof Error ||
    value instanceof ArrayBuffer ||
    value instanceof SharedArrayBuffer ||
    value instanceof DataView ||
    value instanceof Boolean ||
    value instanceof Number ||
    value instanceof String ||
    value instanceof BigInt ||
    (typeof Blob !== "undefined" && value instanceof Blob)
  );
}

/** A copy of a message as the receiving side may own it. */
export function copyMessage(message: unknown, transfer?: readonly unknown[]): unknown {
  const moved = new Set<ArrayBufferLike>();
  for (const t of transfer ?? []) if (t instanceof ArrayBuffer) moved.add(t);
  try {
    return copyValue(message, moved, 0);
  } catch (e) {
    if (!(e instanceof TooDeep)) throw e;
    return structuredClone(message, transfer?.length ? { transfer: transfer as TransferListItem[] } : undefined);
  }
}

/** A MessagePort-like pair of ends in one: what pdf.js's PDFWorker({ port }) and its worker's MessageHandler take. */
export class CopyingPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();

  postMessage(message: unknown, transfer?: unknown[]): void {
    const event = { data: copyMessage(message, transfer) };
    void Promise.resolve().then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    const signal = options?.signal;
    if (signal?.aborted) return;
    let stop: (() => void) | null = null;
    if (signal) {
      const onAbort = (): void => this.removeEventListener(_type, listener);
      signal.addEventListener("abort", onAbort);
      stop = () => signal.removeEventListener("abort", onAbort);
    }
    this.#listeners.set(listener, stop);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const stop of this.#listeners.values()) stop?.();
    this.#listeners.clear();
  }
}

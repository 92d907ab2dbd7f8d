import { describe, expect, it } from "vitest";
import { CopyingPort, copyMessage } from "../../../src/index/sources/pdfjs-port.ts";

class Glyph {
  constructor(
    readonly unicode: string,
    readonly width: number,
  ) {}
  get category(): string {
    return "letter";
  }
}

describe("pdfjs-port.ts: pdf.js's in-thread messages copied as structuredClone copies them", () => {
  it("gives what structuredClone gives for arrays, plain objects, class instances and typed arrays", () => {
    const message = {
      stream: 4,
      chunk: { fnArray: [44, 37], argsArray: [[[new Glyph("年", 1000), null, 3]], null], lastChunk: false },
      items: [{ str: "一", transform: [1, 0, 0, 1, 2, 3], hasEOL: false }],
      bytes: new Uint8Array([1, 2, 3]),
      floats: new Float32Array([0.5]),
      none: undefined,
      when: new Date(0),
      seen: new Map([["a", 1]]),
    };
    expect(copyMessage(message)).toStrictEqual(structuredClone(message));
  });

  it("copies what the sender keeps, and hands over the buffers it transferred", () => {
    const kept = new Uint8Array([1, 2]);
    const given = new Uint8Array([3, 4]);
    const fnArray = [1, 2, 3];
    const copy = copyMessage({ kept, given, fnArray }, [given.buffer]) as { kept: Uint8Array; given: Uint8Array; fnArray: number[] };
    expect(copy.kept).not.toBe(kept);
    expect(copy.given).toBe(given);
    fnArray.length = 0; // what pdf.js does to an operator list right after sending it
    kept[0] = 9;
    expect(copy.fnArray).toEqual([1, 2, 3]);
    expect(copy.kept[0]).toBe(1);
  });

  it("falls back to structuredClone for a graph deeper than it copies (or cyclic)", () => {
    const cyclic: { self?: unknown; n: number } = { n: 1 };
    cyclic.self = cyclic;
    const copy = copyMessage(cyclic) as typeof cyclic;
    expect(copy.n).toBe(1);
    expect(copy.self).toBe(copy);
  });

  it("delivers a copy to every listener on a microtask, and stops when the listener's signal aborts", async () => {
    const port = new CopyingPort();
    const got: unknown[] = [];
    const ac = new AbortController();
    port.addEventListener("message", (e) => got.push(e.data), { signal: ac.signal });
    const sent = { a: [1] };
    port.postMessage(sent);
    expect(got).toEqual([]);
    await Promise.resolve();
    expect(got).toEqual([{ a: [1] }]);
    expect(got[0]).not.toBe(sent);
    ac.abort();
    port.postMessage({ b: 2 });
    await Promise.resolve();
    expect(got).toHaveLength(1);
  });
});

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const mostReserved = (...args: string[]) => Number(execFileSync(process.execPath, ["bin/run-ts.mjs", "test/helpers/heap-churn.ts", ...args], { cwd: ROOT, encoding: "utf8" }).split(" ")[0]);

// A PostgreSQL replica's heap grows by a quarter past what a full collection kept (replica-heap.ts).
describe("a replica's heap growth", () => {
  it("keeps the heap V8 reserves near what is live, where V8's own factor lets it double", () => {
    const own = mostReserved();
    const limited = mostReserved("limit");
    expect(limited).toBeLessThan(own * 0.7);
  }, 120_000);
});

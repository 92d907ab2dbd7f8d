import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const churn = (...args: string[]) => execFileSync(process.execPath, ["bin/run-ts.mjs", "test/helpers/heap-churn.ts", ...args], { cwd: ROOT, encoding: "utf8" }).trim().split(" ").map(Number);
const mostReserved = (...args: string[]) => churn(...args)[0] as number;

// A PostgreSQL replica's heap grows by a quarter past what a full collection kept (replica-heap.ts).
describe("a replica's heap growth", () => {
  it("keeps the heap V8 reserves near what is live, where V8's own factor lets it double", () => {
    const own = mostReserved();
    const limited = mostReserved("limit");
    expect(limited).toBeLessThan(own * 0.7);
  }, 120_000);

  it("keeps the young generation from doubling, where V8 lets it grow to 2 x 16 MB", () => {
    const [, , own] = churn();
    const [, , limited] = churn("limit");
    expect(own).toBeGreaterThanOrEqual(16);
    expect(limited).toBeLessThanOrEqual(8);
  }, 120_000);
});

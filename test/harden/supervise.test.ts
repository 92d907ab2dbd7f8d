/**
 * Issue 14.4: each platform starts on its own; one that cannot start is retried with back-off and
 * logged, and does not keep the other from starting; a configuration error is not retried.
 */
import { describe, expect, it } from "vitest";
import { supervise } from "../../src/adapters/supervise.ts";
import { ConfigError } from "../../src/config.ts";

describe("supervise", () => {
  it("starts Feishu while Telegram is down, and Telegram once it comes back", async () => {
    const lines: string[] = [];
    let telegramTries = 0;
    const stopped: string[] = [];
    const s = supervise(
      [
        {
          name: "Telegram",
          start: async () => {
            telegramTries++;
            if (telegramTries < 3) throw new Error("getMe: Network request failed");
            return { stop: async () => void stopped.push("Telegram") };
          },
        },
        { name: "Feishu", start: async () => ({ stop: async () => void stopped.push("Feishu") }) },
      ],
      { log: (_l, m) => lines.push(m), firstDelayMs: 10 },
    );
    await s.firstAttempts;
    expect(lines).toContain("Feishu started");
    await expect.poll(() => lines.includes("Telegram started")).toBe(true);
    expect(lines.filter((l) => l.startsWith("Telegram failed to start (getMe: Network request failed); trying again"))).toHaveLength(2);
    await s.stop();
    expect(stopped.sort()).toEqual(["Feishu", "Telegram"]);
  });

  it("does not retry a configuration error, and stop() ends the retries of a platform that keeps failing", async () => {
    const lines: string[] = [];
    let tries = 0;
    const s = supervise(
      [
        { name: "Feishu", start: () => Promise.reject(new ConfigError("FEISHU_APP_SECRET: required")) },
        { name: "Telegram", start: () => (tries++, Promise.reject(new Error("down"))) },
      ],
      { log: (_l, m) => lines.push(m), firstDelayMs: 60_000 },
    );
    await s.firstAttempts;
    await s.stop();
    expect(lines).toContain("Feishu not started: FEISHU_APP_SECRET: required");
    expect(tries).toBe(1);
  });
});

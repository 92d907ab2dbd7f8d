/**
 * Issue 12.5: the command line on node:util parseArgs — an unknown flag is an error (`--jsn` used
 * to become part of the question), --help and --version work, a missing data folder is one clear
 * line (it was a stack trace); SIGTERM stops a running bot (the process ends).
 */
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../src/main.ts";
import { FakeBotApi } from "../adapters/fake-bot-api.ts";

const ROOT = new URL("../../", import.meta.url).pathname;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => (out.push(String(s)), true));
  return { out, err };
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe("command line", () => {
  it("refuses an unknown flag instead of asking a question with it", async () => {
    const io = capture();
    expect(await main(["ask", "--jsn", "浔阳区2023年依申请公开多少件"])).toBe(2);
    expect(io.err.join("\n")).toContain("Unknown option '--jsn'");
    expect(io.out.join("")).toBe("");
  });

  it("names a missing data folder in one line, without a stack trace", async () => {
    const io = capture();
    expect(await main(["ask", "--data", "/nonexistent", "浔阳区2023年依申请公开多少件"])).toBe(2);
    expect(io.err).toEqual(["data folder /nonexistent does not exist; set NIANBAO_DATA_DIR (or --data) to the folder holding the report files"]);
  });

  it("prints --version from package.json and --help", async () => {
    const io = capture();
    expect(await main(["--version"])).toBe(0);
    expect(io.out).toEqual([JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).version]);
    expect(await main(["--help"])).toBe(0);
    expect(io.out[1]).toContain("nianbao ask [--json] [--data DIR] [--batch]");
  });

  it("requires Node 20.19 or newer in package.json (dependencies need it)", () => {
    expect(JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).engines.node).toBe(">=20.19");
  });
});

describe("start --data", () => {
  it("opens the console chat on the folder given, as `ask --data` reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-start-"));
    try {
      copyFileSync(`${ROOT}data/reports/ganzhou-2023.txt`, join(dir, "ganzhou-2023.txt"));
      const child = spawn(process.execPath, ["bin/nianbao.mjs", "start", "--data", dir], {
        cwd: ROOT,
        env: { PATH: process.env["PATH"], HOME: process.env["HOME"], NIANBAO_DATA_DIR: "data/reports" },
        stdio: ["pipe", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (c: Buffer) => (out += c.toString()));
      child.stdin.end("/reports\n");
      expect(await new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))).toBe(0);
      expect(out).toContain("已读取 1 份报告");
      expect(out).toContain("赣州市人民政府 · 2023 年");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("signals", () => {
  it("SIGTERM stops `nianbao start` running a Telegram bot: the process exits 0", async () => {
    const fake = await new FakeBotApi().start();
    try {
      const child = spawn(process.execPath, ["bin/nianbao.mjs", "start"], {
        cwd: ROOT,
        env: { PATH: process.env["PATH"], HOME: process.env["HOME"], TELEGRAM_BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.url, NIANBAO_DATA_DIR: "data/reports" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let log = "";
      child.stderr.on("data", (c: Buffer) => (log += c.toString()));
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      await fake.waitFor((c) => c.method === "getUpdates", 60_000);
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      const lines = log.trim().split("\n").map((l) => JSON.parse(l) as { level: string; component: string; msg: string });
      expect(lines.map((l) => l.msg)).toEqual(expect.arrayContaining(["Telegram started", "SIGTERM: stopping", "stopped"]));
      expect(log).not.toContain(fake.token.split(":")[1]);
    } finally {
      await fake.close();
    }
  }, 90_000);
});

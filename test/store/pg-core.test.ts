/**
 * The bot over PostgreSQL knows the reports by their heads: /reports reads one page of reports,
 * /check one agency's, `nianbao check --stored` the same from the command line — and they say
 * what the in-memory core says over the same files.
 */
import { join } from "node:path";
import pgLib from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { checkCommand } from "../../src/adapters/cli.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { createCore } from "../../src/bot/core.ts";
import { createPgCore, type PgCore } from "../../src/bot/core-pg.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Core } from "../../src/bot/types.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const BUNDLED = new URL("../../data/reports/", import.meta.url).pathname;
let db: PgFixture;
let dir: string;
let url: string;
let pg: PgCore;
let memory: Core;

/** Rows the database sends to any pool of this process from now on (pg.Pool#query, counted as they arrive). */
function rowsRead(): { take(): number; restore(): void } {
  const original = pgLib.Pool.prototype.query;
  let rows = 0;
  pgLib.Pool.prototype.query = function (this: pgLib.Pool, ...args: unknown[]) {
    const r = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (r instanceof Promise) void r.then((x: { rowCount?: number | null; rows?: unknown[] }) => (rows += x?.rows?.length ?? 0), () => undefined);
    return r;
  } as typeof original;
  return {
    take: () => [rows, (rows = 0)][0] as number,
    restore: () => void (pgLib.Pool.prototype.query = original),
  };
}

async function say(core: Core, text: string): Promise<string> {
  const r = await createConversation(core, { ratePerMinute: 1000 }).handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false });
  return r ? plainText(r) : "";
}

describe.skipIf(!!PG_SKIPPED)(pgSuite("the bot over PostgreSQL"), () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(40, 5);
    db = await pgStoreOf({ folders: [BUNDLED, gen.dir], workers: 1 });
    ({ url, dir } = db);
    expect(db.imported).toMatchObject({ stored: 48, unreadable: [] });
    pg = await createPgCore(url);
    memory = await createCore(dir);
  }, 240_000);

  afterAll(async () => {
    await pg?.close();
    await db?.close();
  });

  it("holds no report's head: starting reads the agencies; help, /check and /reports read only what they show", async () => {
    const read = rowsRead();
    let other: PgCore | undefined;
    try {
      other = await createPgCore(url);
      // the names layer (each agency, its regions, each year) and the migrations' bookkeeping: fewer rows than the 48 reports
      expect(read.take()).toBeLessThan(48);
      expect(other.count()).toBe(48);
      // the first /help checks its examples: the heads of a few reports and the reports of the agencies it names
      await say(other, "/help");
      read.take();
      // kept: a second /help reads (almost) nothing
      await say(other, "/help");
      expect(read.take()).toBeLessThan(10);
      await createConversation(other, { ratePerMinute: 1000 }).handle({ platform: "telegram", text: "/check 柘远市", userId: "u", chatId: "c", isAdmin: false });
      // 柘远市's six reports, nothing else
      expect(read.take()).toBe(6);
      // a page of the list: the heads of the agencies it spans and its 20 reports' counts, no report whole (cells, passages …)
      await say(other, "/reports 第2页");
      expect(read.take()).toBeLessThan(100);
    } finally {
      read.restore();
      await other?.close();
    }
  });

  it("says what the in-memory bot says in help and the follow-up buttons", async () => {
    for (const text of ["/help", "/start", "/ask", "", "洪泽区2024年依申请公开多少件", "柘远市2023年依申请公开多少件", "沭德区2021年行政复议多少件"]) expect(await say(pg, text), text).toBe(await say(memory, text));
    // the buttons under an answer: its year before and its parent region (淮安市洪泽区 → 淮安市)
    expect(await say(pg, "洪泽区2024年依申请公开多少件")).toMatch(/洪泽区2023年依申请公开多少件[\s\S]*淮安市2024年依申请公开多少件/);
  });

  it("lists the reports a page at a time, as the in-memory bot does", async () => {
    for (const text of ["/reports", "/reports 第2页", "/reports 第3页", "/reports 第9页"]) expect(await say(pg, text), text).toBe(await say(memory, text));
    expect(await say(pg, "/reports 第2页")).toContain("（第 2/3 页）");
  });

  it("checks one report, with its year before, as the in-memory bot does", async () => {
    for (const text of ["/check 洪泽区 2024", "/check 浔阳区 2023", "/check 洪泽", "/check 不存在的地方", "/check 柘远市", "/check 柘远市 2030", "/check 岐谷县 2021", "/check 办公室 2020", "/check 年度报告 2024", "/check"]) expect(await say(pg, text), text).toBe(await say(memory, text));
    expect(await say(pg, "/check 洪泽区 2024")).toContain("2023");
  });

  it("nianbao check --stored gives what checking the file gives", async () => {
    const out = (argv: string[], env?: string) => {
      const lines: string[] = [];
      const saved = process.env["DATABASE_URL"];
      if (env) process.env["DATABASE_URL"] = env;
      return checkCommand(argv, { out: (l) => lines.push(l), err: (l) => lines.push(`! ${l}`) })
        .then((code) => ({ code, lines }))
        .finally(() => (saved === undefined ? delete process.env["DATABASE_URL"] : (process.env["DATABASE_URL"] = saved)));
    };
    const stored = await out(["--json", "--stored", "洪泽区", "2024"], url);
    const files = await out(["--json", join(dir, "hongze-2023.txt"), join(dir, "hongze-2024.txt")]);
    expect(stored.code).toBe(0);
    expect(stored.lines).toHaveLength(1);
    // the same figures, checks and cross-year results (files named as stored; key order aside)
    expect(JSON.parse(stored.lines[0] ?? "")).toEqual(JSON.parse((files.lines[1] ?? "").replaceAll(`${dir}/`, "")));
    expect((await out(["--stored", "洪泽区"], url)).lines.join("\n")).toContain("/check");
  });
});

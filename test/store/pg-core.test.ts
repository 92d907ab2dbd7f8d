/**
 * The bot over PostgreSQL knows the reports by their heads: /reports reads one page of reports,
 * /check one agency's, `nianbao check --stored` the same from the command line — and they say
 * what the in-memory core says over the same files.
 */
import { copyFile, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { checkCommand } from "../../src/adapters/cli.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { createCore } from "../../src/bot/core.ts";
import { createPgCore, type PgCore } from "../../src/bot/core-pg.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Core } from "../../src/bot/types.ts";
import { isReportFile } from "../../src/index/corpus.ts";
import { importDir } from "../../src/store/pg/import.ts";
import { openPgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, freshDatabase, pgSuite } from "../helpers/pg.ts";

const BUNDLED = new URL("../../data/reports/", import.meta.url).pathname;
let dir: string;
let url: string;
let drop: () => Promise<void>;
let pg: PgCore;
let memory: Core;

async function say(core: Core, text: string): Promise<string> {
  const r = await createConversation(core, { ratePerMinute: 1000 }).handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false });
  return r ? plainText(r) : "";
}

describe.skipIf(!!PG_SKIPPED)(pgSuite("the bot over PostgreSQL"), () => {
  beforeAll(async () => {
    const db = await freshDatabase();
    ({ url, drop } = db);
    dir = await mkdtemp(join(tmpdir(), "nianbao-pg-core-"));
    for (const f of await readdir(BUNDLED)) if (isReportFile(f)) await copyFile(join(BUNDLED, f), join(dir, f));
    const gen = await syntheticCorpus(40, 5);
    for (const f of await readdir(gen.dir)) if (isReportFile(f)) await copyFile(join(gen.dir, f), join(dir, f));
    const store = await openPgStore(url, { listen: false });
    expect(await importDir(store, dir, { workers: 1 })).toMatchObject({ stored: 48, unreadable: [] });
    await store.close();
    pg = await createPgCore(url);
    memory = await createCore(dir);
  }, 240_000);

  afterAll(async () => {
    await pg?.close();
    await drop?.();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("keeps only the reports' heads, no tables or text", () => {
    expect(pg.reports()).toHaveLength(48);
    expect(Object.keys(pg.reports()[0] ?? {}).sort()).toEqual(["agency", "file", "region", "template", "title", "year"]);
  });

  it("lists the reports a page at a time, as the in-memory bot does", async () => {
    for (const text of ["/reports", "/reports 第2页", "/reports 第3页", "/reports 第9页"]) expect(await say(pg, text), text).toBe(await say(memory, text));
    expect(await say(pg, "/reports 第2页")).toContain("（第 2/3 页）");
  });

  it("checks one report, with its year before, as the in-memory bot does", async () => {
    for (const text of ["/check 洪泽区 2024", "/check 浔阳区 2023", "/check 洪泽", "/check 不存在的地方"]) expect(await say(pg, text), text).toBe(await say(memory, text));
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

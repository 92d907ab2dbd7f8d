/**
 * `nianbao ask` and `nianbao check` start without the chat platforms' SDKs, the database client or
 * the chart renderer: they are imported by the commands that use them (measured at 0.3 s of a
 * 1.4 s start for the Feishu SDK alone).
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = new URL("../../", import.meta.url).pathname;
const HEAVY = ["grammy", "@larksuiteoapi", "node_modules/pg/", "@resvg"];
let dir: string;

async function importsOf(args: string[]): Promise<string[]> {
  const log = join(dir, `${args[0]}.log`);
  const env: NodeJS.ProcessEnv = { ...process.env, NIANBAO_IMPORT_LOG: log };
  delete env["DATABASE_URL"];
  await promisify(execFile)(process.execPath, ["--import", "./test/helpers/log-imports.mjs", "bin/nianbao.mjs", ...args], { cwd: ROOT, env });
  return (await readFile(log, "utf8")).split("\n");
}

describe("start-up of the one-shot commands", () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "nianbao-imports-"));
    // a copy: `ask` keeps its cache beside the reports, and data/reports is read by other tests meanwhile
    await cp(join(ROOT, "data/reports"), join(dir, "reports"), { recursive: true, filter: (p) => !p.includes(".cache") });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("ask imports no chat SDK, database client or chart renderer", async () => {
    const urls = await importsOf(["ask", "--data", join(dir, "reports"), "浔阳区2023年依申请公开多少件"]);
    // the sources, or the compiled build when it matches them (bin/entry.mjs)
    expect(urls.some((u) => /(src\/answers\/answerer\.ts|dist\/answers\/answerer\.js)$/.test(u))).toBe(true);
    expect(urls.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
  }, 180_000); // a cold start: 17 s alone, past 60 s on a busy 2-core machine (no time is asserted)

  it("check imports none of them either", async () => {
    const urls = await importsOf(["check", join(dir, "reports/xunyang-2023.txt")]);
    expect(urls.some((u) => /(src\/index\/corpus\.ts|dist\/index\/corpus\.js)$/.test(u))).toBe(true);
    expect(urls.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
  }, 180_000); // a cold start: 17 s alone, past 60 s on a busy 2-core machine (no time is asserted)
});

/**
 * Entry point: `nianbao start | check | ask | help`. `start` reads the configuration, loads the
 * reports once and starts the configured adapters, each on its own (see adapters/supervise.ts);
 * with no bot configured it opens the console chat. SIGTERM and SIGINT stop the bot.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { askCommand, checkCommand, importCommand, UsageError } from "./adapters/cli.ts";
import { runConsole } from "./adapters/console.ts";
import { FileSeenStore } from "./adapters/seen-store.ts";
import { supervise, type PlatformStart } from "./adapters/supervise.ts";
import { createConversation } from "./bot/conversation.ts";
import { createCore } from "./bot/core.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { DataDirError } from "./index/corpus.ts";
import { jsonLog, secretsOf } from "./log.ts";

export const USAGE = `nianbao — 政府信息公开工作年度报告问答

  nianbao start [--data DIR]          run the bot (Telegram / Feishu when configured, else a console chat)
  nianbao ask [--json] [--data DIR] [--batch] "<question>"
  nianbao check [--json] <file|dir>...  read reports and show their consistency checks
  nianbao import DIR                  read a folder's reports into the database (DATABASE_URL)
  nianbao --help | --version

Configuration comes from the environment (see .env.example); NIANBAO_DATA_DIR is the data folder.`;

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

export async function main(argv: string[]): Promise<number> {
  const [cmd = "start", ...rest] = argv;
  try {
    if (cmd === "check") return await checkCommand(rest);
    if (cmd === "ask") return await askCommand(rest);
    if (cmd === "import") return await importCommand(rest);
    if (cmd === "start") {
      const { values } = parseArgs({ args: rest, options: { data: { type: "string" } }, strict: true, allowPositionals: false });
      return await start(values.data);
    }
    if (cmd === "help" || cmd === "--help" || cmd === "-h") {
      console.log(USAGE);
      return 0;
    }
    if (cmd === "--version" || cmd === "-v" || cmd === "version") {
      console.log(version());
      return 0;
    }
    console.error(`unknown command: ${cmd}\n\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof DataDirError) {
      console.error(e.message);
      return 2;
    }
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    // parseArgs: an unknown flag or a missing value is the user's mistake, not a crash.
    if ((e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      console.error(`${(e as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

/** `data`: the reports' folder given on the command line (as `ask --data`), before NIANBAO_DATA_DIR. */
async function start(data?: string): Promise<number> {
  const config = loadConfig(data === undefined ? process.env : { ...process.env, NIANBAO_DATA_DIR: data });
  const secrets = secretsOf(config);
  const log = jsonLog("nianbao", secrets);
  const t0 = performance.now();
  const dataDir = config.NIANBAO_DATA_DIR;
  // The platform SDKs and the database client are imported only by the commands that use them:
  // `ask` and `check` start without them.
  const core = config.DATABASE_URL ? await (await import("./bot/core-pg.ts")).createPgCore(config.DATABASE_URL) : await createCore(dataDir);
  for (const e of core.loadErrors()) log.warn(e.message);
  const from = config.DATABASE_URL ? "the database" : dataDir;
  log.info(`${core.count()} reports loaded from ${from} in ${(performance.now() - t0).toFixed(0)} ms`);
  if (config.DATABASE_URL && core.count() === 0) log.warn("the database has no reports yet: nianbao import DIR");
  const conversation = createConversation(core, { onError: (e, where) => log.error(`${where} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`) });

  // Deliveries already taken in are remembered on disk, so a replay after a restart is not answered twice.
  const state = join(dataDir, ".state");
  const platforms: PlatformStart[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const tgLog = jsonLog("telegram", secrets);
    const seen = new FileSeenStore(join(state, "telegram-seen.txt"), undefined, (m) => tgLog.warn(m));
    const { startTelegram } = await import("./adapters/telegram.ts");
    platforms.push({ name: "Telegram", start: () => startTelegram(config, conversation, { logger: tgLog, seen }) });
  }
  if (config.FEISHU_APP_ID) {
    const fsLog = jsonLog("feishu", secrets);
    const seen = new FileSeenStore(join(state, "feishu-seen.txt"), undefined, (m) => fsLog.warn(m));
    const { startFeishu } = await import("./adapters/feishu.ts");
    platforms.push({ name: `Feishu (${config.FEISHU_MODE})`, start: () => startFeishu(config, conversation, { log: fsLog, seen }) });
  }
  const close = async () => {
    if ("close" in core && typeof core.close === "function") await (core.close as () => Promise<void>)();
  };
  if (!platforms.length) {
    await runConsole(conversation);
    await close();
    return 0;
  }
  const bots = supervise(platforms, { log: (level, m) => log[level](m) });
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  log.info(`${signal}: stopping`);
  // A second signal, or a stop that hangs, ends the process anyway.
  const force = () => process.exit(1);
  process.once("SIGINT", force);
  process.once("SIGTERM", force);
  setTimeout(force, 15_000).unref();
  await bots.stop();
  await close();
  log.info("stopped");
  // Client libraries may keep sockets and timers alive: the process must end with the bot.
  process.exit(0);
}

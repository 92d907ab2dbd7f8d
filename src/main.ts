/**
 * Entry point: `nianbao start | check | ask | help`. `start` reads the configuration, loads the
 * reports once and starts the configured adapters; with no bot configured it opens the console chat.
 */
import { startFeishu } from "./adapters/feishu.ts";
import { askCommand, checkCommand, importCommand } from "./adapters/cli.ts";
import { runConsole } from "./adapters/console.ts";
import { startTelegram } from "./adapters/telegram.ts";
import { createConversation } from "./bot/conversation.ts";
import { createCore } from "./bot/core.ts";
import { createPgCore } from "./bot/core-pg.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { DataDirError } from "./index/corpus.ts";

const USAGE = `nianbao — 政府信息公开工作年度报告问答

  nianbao start                       run the bot (Telegram / Feishu when configured, else a console chat)
  nianbao ask [--json] [--data DIR] [--batch] "<question>"
  nianbao check [--json] <file|dir>...  read reports and show their consistency checks
  nianbao import DIR                  read a folder's reports into the database (DATABASE_URL)`;

export async function main(argv: string[]): Promise<number> {
  const [cmd = "start", ...rest] = argv;
  try {
    if (cmd === "check") return await checkCommand(rest);
    if (cmd === "ask") return await askCommand(rest);
    if (cmd === "import") return await importCommand(rest);
    if (cmd === "start") return await start();
    if (cmd === "help" || cmd === "--help" || cmd === "-h") {
      console.log(USAGE);
      return 0;
    }
    console.error(`unknown command: ${cmd}\n\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof DataDirError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}

async function start(): Promise<number> {
  const config = loadConfig();
  const t0 = performance.now();
  const core = config.DATABASE_URL ? await createPgCore(config.DATABASE_URL) : await createCore(config.NIANBAO_DATA_DIR);
  for (const e of core.loadErrors()) console.error(`! ${e.message}`);
  const from = config.DATABASE_URL ? "the database" : config.NIANBAO_DATA_DIR;
  console.error(`[nianbao] ${core.reports().length} reports loaded from ${from} in ${(performance.now() - t0).toFixed(0)} ms`);
  if (config.DATABASE_URL && core.reports().length === 0) console.error("[nianbao] the database has no reports yet: nianbao import DIR");
  const conversation = createConversation(core);
  const stops: (() => Promise<void>)[] = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const tg = await startTelegram(config, conversation);
    stops.push(() => tg.stop());
    console.error("[nianbao] Telegram bot started");
  }
  if (config.FEISHU_APP_ID) {
    const fs = await startFeishu(config, conversation);
    stops.push(() => fs.stop());
    console.error(`[nianbao] Feishu bot started (${config.FEISHU_MODE})`);
  }
  const close = async () => {
    if ("close" in core && typeof core.close === "function") await (core.close as () => Promise<void>)();
  };
  if (!stops.length) {
    await runConsole(conversation);
    await close();
    return 0;
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await Promise.allSettled(stops.map((s) => s()));
  await close();
  return 0;
}

/**
 * The bot's log: one JSON object per line on stderr ({"time","level","component","msg"}), so a
 * service manager or a log shipper can filter by level and component. Every line passes through
 * the redactor of adapters/feishu/log.ts with the configured secrets (tokens, app secret, keys),
 * and the adapters redact their own lines before they get here as well.
 */
import type { Config } from "./config.ts";
import { redactor } from "./adapters/feishu/log.ts";

export type Level = "info" | "warn" | "error";

export interface JsonLog {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

/** The configured secrets, for the redactor. */
export function secretsOf(config: Config): (string | undefined)[] {
  const token = config.TELEGRAM_BOT_TOKEN;
  return [token, token?.slice(token.indexOf(":") + 1), config.TELEGRAM_WEBHOOK_SECRET, config.FEISHU_APP_SECRET, config.FEISHU_ENCRYPT_KEY, config.FEISHU_VERIFICATION_TOKEN];
}

export function jsonLog(component: string, secrets: (string | undefined)[], write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): JsonLog {
  const redact = redactor(secrets);
  const line = (level: Level, msg: string) => write(JSON.stringify({ time: new Date().toISOString(), level, component, msg: redact(msg) }));
  return { info: (m) => line("info", m), warn: (m) => line("warn", m), error: (m) => line("error", m) };
}

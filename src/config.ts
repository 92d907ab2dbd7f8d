/**
 * Configuration from the environment, validated with zod. A wrong variable is named in the error;
 * secrets (tokens, app secrets, keys) are never printed.
 */
import { z } from "zod";

const list = z
  .string()
  .optional()
  .transform((s) => (s ?? "").split(/[\s,]+/).filter(Boolean));

export const ConfigSchema = z.object({
  NIANBAO_DATA_DIR: z.string().min(1).default("data/reports"),
  /** postgres://… selects the PostgreSQL store (src/store/pg/) instead of the data folder. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "expected postgres://user@host:port/database").optional(),

  TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[\w-]+$/, "expected the token @BotFather gave, like 123456:ABC-def").optional(),
  TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
  TELEGRAM_WEBHOOK_URL: z.url().optional(),
  TELEGRAM_WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/).optional(),
  TELEGRAM_PORT: z.coerce.number().int().positive().default(8443),
  TELEGRAM_ADMIN_IDS: list,

  FEISHU_APP_ID: z.string().min(1).optional(),
  FEISHU_APP_SECRET: z.string().min(1).optional(),
  FEISHU_DOMAIN: z.url().default("https://open.feishu.cn"),
  FEISHU_MODE: z.enum(["ws", "webhook"]).default("ws"),
  FEISHU_PORT: z.coerce.number().int().positive().default(3000),
  FEISHU_ENCRYPT_KEY: z.string().min(1).optional(),
  FEISHU_VERIFICATION_TOKEN: z.string().min(1).optional(),
  FEISHU_ADMIN_OPEN_IDS: list,
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    // Name the variable and the problem, never the value (it may be a secret).
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  if (c.FEISHU_APP_ID && !c.FEISHU_APP_SECRET) throw new ConfigError("invalid configuration:\n  FEISHU_APP_SECRET: required when FEISHU_APP_ID is set");
  if (c.FEISHU_MODE === "webhook" && c.FEISHU_APP_ID && (!c.FEISHU_ENCRYPT_KEY || !c.FEISHU_VERIFICATION_TOKEN)) {
    throw new ConfigError("invalid configuration:\n  FEISHU_ENCRYPT_KEY, FEISHU_VERIFICATION_TOKEN: both required when FEISHU_MODE=webhook");
  }
  return c;
}

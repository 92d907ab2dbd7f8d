/**
 * Logging for the Feishu adapter. Everything the adapter and the Lark SDK log passes through a
 * redactor that blanks the app secret, the encrypt key, the verification token and bearer tokens.
 *
 * Why not the SDK's own logger: on a failed token request the SDK calls `logger.error(axiosError)`
 * with the raw AxiosError, whose `config.data` is `{"app_id": …, "app_secret": …}` and whose
 * `config.headers` carry `Authorization: Bearer …`; its default logger prints that object whole.
 */

/** Where the adapter writes. Lines are already redacted. */
export interface Log {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
}

export const consoleLog: Log = {
  info: (m) => console.log(`[feishu] ${m}`),
  warn: (m) => console.warn(`[feishu] ${m}`),
  error: (m) => console.error(`[feishu] ${m}`),
};

/** Wrap `log` so that no line can carry one of `secrets` (or any bearer token). */
export function redactingLog(log: Log, secrets: (string | undefined)[]): Log {
  const redact = redactor(secrets);
  return {
    info: (m) => log.info(redact(m)),
    warn: (m) => log.warn(redact(m)),
    error: (m) => log.error(redact(m)),
  };
}

export function redactor(secrets: (string | undefined)[]): (s: string) => string {
  // Longest first, so a secret that contains another is blanked whole.
  const list = secrets.filter((s): s is string => typeof s === "string" && s.length >= 4).sort((a, b) => b.length - a.length);
  return (s) => {
    let out = s;
    for (const secret of list) out = out.split(secret).join("***");
    return out.replace(/(Bearer\s+)[\w.-]+/gi, "$1***").replace(/("?(?:app_secret|AppSecret|encrypt_key|tenant_access_token)"?\s*[:=]\s*"?)[^",}\s]+/g, "$1***");
  };
}

/**
 * A short, safe description of an error: message, HTTP status and the Feishu `code`/`msg` when the
 * error is an HTTP error. Never the request config (it holds the app secret or the bearer token).
 */
export function describeError(e: unknown): string {
  if (!(e instanceof Error)) return typeof e === "string" ? e : safeJson(e);
  const parts = [e.message];
  const resp = (e as { response?: { status?: unknown; data?: unknown } }).response;
  if (resp && typeof resp === "object") {
    if (typeof resp.status === "number") parts.push(`HTTP ${resp.status}`);
    const data = resp.data as { code?: unknown; msg?: unknown } | undefined;
    if (data && typeof data === "object" && (data.code !== undefined || data.msg !== undefined)) {
      parts.push(`code ${String(data.code)}: ${String(data.msg)}`);
    }
  }
  return parts.join(" · ");
}

function safeJson(v: unknown): string {
  try {
    const s = JSON.stringify(v);
    return s === undefined ? String(v) : s.length > 2000 ? `${s.slice(0, 2000)}…` : s;
  } catch {
    return String(v);
  }
}

/** The SDK's Logger shape (error/warn/info/debug/trace with any arguments). */
export interface SdkLogger {
  error: (...msg: unknown[]) => void;
  warn: (...msg: unknown[]) => void;
  info: (...msg: unknown[]) => void;
  debug: (...msg: unknown[]) => void;
  trace: (...msg: unknown[]) => void;
}

/** A logger for the Lark SDK that routes into `log` (already redacting); debug and trace are dropped. */
export function sdkLogger(log: Log): SdkLogger {
  // The SDK's LoggerProxy hands its arguments over as one array (possibly nested): flatten it.
  const flat = (args: unknown[]): unknown[] => args.flatMap((a) => (Array.isArray(a) ? flat(a) : [a]));
  const line = (args: unknown[]) => `sdk: ${flat(args).map((a) => (typeof a === "string" ? a : describeError(a))).join(" ")}`;
  return {
    error: (...a) => log.error(line(a)),
    warn: (...a) => log.warn(line(a)),
    info: (...a) => log.info(line(a)),
    debug: () => {},
    trace: () => {},
  };
}

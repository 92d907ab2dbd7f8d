/**
 * Start each platform on its own: a Telegram outage at start-up must not keep Feishu from
 * starting (main used to await them one after the other, so one failure ended the process).
 * A platform that fails to start is logged and tried again after a wait that doubles from
 * `firstDelayMs` up to `maxDelayMs`; a configuration error is logged once and not retried.
 */
import { ConfigError } from "../config.ts";

export interface PlatformStart {
  name: string;
  start(): Promise<{ stop(): Promise<void> }>;
}

export interface SuperviseOptions {
  log(level: "info" | "error", message: string): void;
  firstDelayMs?: number;
  maxDelayMs?: number;
}

export interface Supervisor {
  /** Resolves once every platform has been tried once (started or failed). */
  firstAttempts: Promise<void>;
  /** Stop retrying, then stop every platform that is running. */
  stop(): Promise<void>;
}

export function supervise(platforms: PlatformStart[], opts: SuperviseOptions): Supervisor {
  const first = opts.firstDelayMs ?? 5_000;
  const max = opts.maxDelayMs ?? 5 * 60_000;
  let stopping = false;
  const running: { stop(): Promise<void> }[] = [];
  const wakers = new Set<() => void>();
  const firsts: Promise<void>[] = [];

  const loops = platforms.map((p) => {
    let tried!: () => void;
    firsts.push(new Promise<void>((r) => (tried = r)));
    return (async () => {
      for (let delay = first; !stopping; delay = Math.min(delay * 2, max)) {
        try {
          const handle = await p.start();
          tried();
          if (stopping) await handle.stop();
          else {
            running.push(handle);
            opts.log("info", `${p.name} started`);
          }
          return;
        } catch (e) {
          tried();
          const why = e instanceof Error ? e.message : String(e);
          if (e instanceof ConfigError) {
            opts.log("error", `${p.name} not started: ${why}`);
            return;
          }
          opts.log("error", `${p.name} failed to start (${why}); trying again in ${Math.round(delay / 1000)} s`);
        }
        await new Promise<void>((resolve) => {
          const wake = () => {
            wakers.delete(wake);
            resolve();
          };
          wakers.add(wake);
          setTimeout(wake, delay).unref();
        });
      }
    })();
  });

  return {
    firstAttempts: Promise.all(firsts).then(() => undefined),
    async stop() {
      stopping = true;
      for (const w of [...wakers]) w();
      await Promise.allSettled(loops);
      await Promise.allSettled(running.map((h) => h.stop()));
    },
  };
}

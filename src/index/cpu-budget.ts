/**
 * Time budgets that count a thread's own processor time, not the clock on the wall: on a busy
 * machine a read is slowed, not made over budget (round 17 lost 90 of 274 answers at load 20+ when
 * PDFs were refused on wall time). Linux tells a thread's CPU time in /proc; elsewhere, or when it
 * cannot be read, the budget is wall time. Wall time is capped all the same at WALL_FACTOR × the
 * budget, so a thread that stops using the processor (blocked for good) is stopped too.
 */
import { readFileSync, readlinkSync } from "node:fs";

/** A budget is over after this many times its length in wall time, whatever the CPU time. */
export const WALL_FACTOR = 6;

/** The kernel's clock ticks per second for /proc times (USER_HZ): 100 on every Linux port Node runs on. */
const CLOCK_TICKS = 100;

/** The calling thread's id in the kernel (Linux), or undefined where the system does not tell it. */
export function ownThreadId(): number | undefined {
  try {
    const tid = Number(/task\/(\d+)$/.exec(readlinkSync("/proc/thread-self"))?.[1]);
    return Number.isInteger(tid) && tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system, ms) a thread of this process has used, from /proc; undefined elsewhere. */
export function threadCpuMs(tid: number | undefined): number | undefined {
  if (tid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
    // The fields after the command name, which may hold spaces: split after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * (1000 / CLOCK_TICKS) : undefined;
  } catch {
    return undefined;
  }
}

export interface Budget {
  /** Stops watching (the work finished in time). */
  cancel(): void;
}

/**
 * Calls `over` once the thread `tid` (this process's) has used `budgetMs` of CPU time since now, or
 * WALL_FACTOR × budgetMs of wall time has passed. The checks run on the calling thread's timers, so
 * a budget on another thread (a worker stuck in a loop) is kept all the same.
 */
export function startBudget(tid: number | undefined, budgetMs: number, over: () => void): Budget {
  const startCpu = threadCpuMs(tid);
  const startWall = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const check = () => {
    const wall = Date.now() - startWall;
    const now = threadCpuMs(tid);
    const used = startCpu === undefined || now === undefined ? wall : now - startCpu;
    if (used < budgetMs && wall < budgetMs * WALL_FACTOR) {
      timer = setTimeout(check, Math.max(budgetMs - used, Math.min(1000, budgetMs / 4)));
      return;
    }
    timer = undefined;
    over();
  };
  timer = setTimeout(check, budgetMs);
  return { cancel: () => clearTimeout(timer) };
}

/**
 * A worker thread of `nianbao import`: reads and parses the files it is sent, so that several
 * cores parse while the main thread writes to the database. Files whose bytes are already stored
 * (by hash) are not parsed again.
 */
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { readReport } from "../../index/corpus.ts";
import { fileHash } from "./write.ts";

export type ParseJob = { seq: number; path: string; name: string };
export type ParseResult =
  | { seq: number; name: string; hash: string; known: true }
  | { seq: number; name: string; hash: string; known: false; report: Awaited<ReturnType<typeof readReport>> }
  | { seq: number; name: string; error: string };

const known = new Set<string>((workerData as { known: string[] }).known);
const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread");

port.on("message", (job: ParseJob) => {
  void parse(job).then((r) => port.postMessage(r));
});

async function parse(job: ParseJob): Promise<ParseResult> {
  try {
    const data = await readFile(job.path);
    const hash = fileHash(data);
    if (known.has(hash)) return { seq: job.seq, name: job.name, hash, known: true };
    return { seq: job.seq, name: job.name, hash, known: false, report: await readReport(job.name, data) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { seq: job.seq, name: job.name, error: msg.includes(job.name) ? msg : `${job.name}: ${msg}` };
  }
}

/**
 * A worker thread of the reader pool (reader-pool.ts): reads the report files it is sent, one at a
 * time, so that a slow or hostile file takes this thread's time and memory, not the bot's.
 */
import { parentPort } from "node:worker_threads";
import { readReport } from "./corpus.ts";
import type { FromWorker, ToWorker } from "./reader-pool.ts";

const port = parentPort;
if (!port) throw new Error("read-worker.ts runs as a worker thread");
const post = (m: FromWorker) => port.postMessage(m);

port.on("message", (job: ToWorker) => {
  readReport(job.name, job.data).then(
    (report) => post({ type: "report", id: job.id, report }),
    (e: unknown) => post({ type: "error", id: job.id, message: e instanceof Error ? e.message : String(e) }),
  );
});
// Imports are done: the pool starts a file's time budget only from here.
post({ type: "ready" });

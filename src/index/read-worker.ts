/**
 * A worker thread of the reader pool (reader-pool.ts): reads the report files it is sent, one at a
 * time, so that a slow or hostile file takes this thread's time and memory, not the bot's.
 */
import { parentPort } from "node:worker_threads";
import { ownThreadId } from "./cpu-budget.ts";
import { readReport } from "./corpus.ts";
import { SourceError } from "./sources/errors.ts";
import { loadPdfEngine } from "./sources/pdf.ts";
import type { FromWorker, ToWorker } from "./reader-pool.ts";

const port = parentPort;
if (!port) throw new Error("read-worker.ts runs as a worker thread");
const post = (m: FromWorker) => port.postMessage(m);

port.on("message", (job: ToWorker) => {
  readReport(job.name, job.data).then(
    (report) => post({ type: "report", id: job.id, report }),
    (e: unknown) => post({ type: "error", id: job.id, message: e instanceof Error ? e.message : String(e), ...(e instanceof SourceError ? { problem: e.problem } : {}) }),
  );
});
// The first read of a thread builds what the reader loads on first use (the gazetteer, the
// traditional-to-simplified dictionary: ~0.4 s, several seconds on a busy machine). Pay it here,
// on a small report of our own, so that a file's time budget — which starts at "ready" — measures
// reading that file, not the thread warming up.
const WARM_UP = "某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n本年度主动公开政府信息10条，收到政府信息公开申请2件，全縣辦結2件。\n";
await readReport("warm-up.txt", new TextEncoder().encode(WARM_UP)).catch(() => undefined);
// Likewise the PDF engine, which a .txt does not load (PDFium compiling: ~0.3 s of CPU; pdf.js
// importing: ~0.1 s), so an upload's first PDF is timed for reading it alone.
await loadPdfEngine().catch(() => undefined);
post({ type: "ready", tid: ownThreadId() });


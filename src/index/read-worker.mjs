/* global URL */
// Worker-thread entry of the reader pool, run as the main thread runs (bin/entry.mjs): in the
// compiled build, the compiled worker beside this file; among the sources, TypeScript through tsx.
import { existsSync } from "node:fs";

const compiled = new URL("./read-worker.js", import.meta.url);
if (existsSync(compiled)) await import(compiled.href);
else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./read-worker.ts");
}

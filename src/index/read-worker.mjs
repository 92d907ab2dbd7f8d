// Worker-thread entry of the reader pool: TypeScript through tsx, as bin/nianbao.mjs runs the main thread.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");

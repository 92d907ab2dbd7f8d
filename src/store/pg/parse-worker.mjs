// Worker-thread entry: TypeScript through tsx, as bin/nianbao.mjs runs the main thread.
import { register } from "tsx/esm/api";

register();
await import("./parse-worker.ts");

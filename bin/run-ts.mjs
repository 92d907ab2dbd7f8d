#!/usr/bin/env node
// Runs a TypeScript file (e.g. bench/bench.ts) through tsx: `node bin/run-ts.mjs file.ts [args]`.
import { register } from "tsx/esm/api";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

register();
const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error("usage: run-ts.mjs <file.ts> [args]");
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(resolve(file)).href);

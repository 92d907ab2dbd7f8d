#!/usr/bin/env node
// The `nianbao` command: runs the compiled build when it matches the sources (`npm run build`),
// else src/main.ts through tsx, so no build step is needed (bin/entry.mjs).
import { load } from "./entry.mjs";

const { main } = await load("main");
process.exitCode = await main(process.argv.slice(2));

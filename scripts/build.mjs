/* global process */
// `npm run build`: the compiled build a server runs (bin/entry.mjs): dist/ made afresh by tsc from
// src/, the files the code reads beside itself (name tables, the reader pool's worker entry)
// copied, and the hash of the sources it was made from written last, so that an interrupted
// build is never taken for a good one.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { ROOT, STAMP, sourceHash } from "../bin/entry.mjs";

const hash = sourceHash();
const dist = join(ROOT, "dist");
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
const run = spawnSync(process.execPath, [tsc, "-p", join(ROOT, "tsconfig.build.json")], { stdio: "inherit" });
if (run.status !== 0) {
  process.stderr.write("build: tsc failed; dist/ is not used until a build succeeds\n");
  process.exit(run.status ?? 1);
}
const copy = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) copy(p);
    else if (/\.(json|mjs)$/.test(e.name)) {
      const to = join(dist, relative(join(ROOT, "src"), p));
      mkdirSync(dirname(to), { recursive: true });
      copyFileSync(p, to);
    }
  }
};
copy(join(ROOT, "src"));
writeFileSync(STAMP, `${hash}\n`);
process.stderr.write(`build: dist/ made from the sources (${hash.slice(0, 12)})\n`);

// Where the code runs from. The compiled build (dist/, made by `npm run build`) when it was built
// from the sources as they are now; else the TypeScript sources through tsx, so that no build step
// is needed and an edited source is never shadowed by an old build. The build is what a server
// runs: tsx compiles each module when first imported, on a loader thread of its own that stays for
// the life of the process (~31 MB of a bot replica's resident set, measured at 100 000 reports).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
/** What the build was made from: the hash of the sources and the compiler settings (sourceHash). */
export const STAMP = join(ROOT, "dist", ".source-hash");

/** A hash of every file under src/ (path and bytes) and of the TypeScript settings the build uses. */
export function sourceHash(root = ROOT) {
  const h = createHash("sha256");
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else h.update(`${relative(root, p)}\0`).update(readFileSync(p)).update("\0");
    }
  };
  walk(join(root, "src"));
  for (const f of ["tsconfig.json", "tsconfig.build.json"]) h.update(`${f}\0`).update(readFileSync(join(root, f)));
  return h.digest("hex");
}

let chosen = null;

/**
 * The compiled build if it matches the sources (NIANBAO_FROM_SOURCES=1 forces the sources), else
 * the sources with tsx registered. Decided once per process.
 */
export async function codeBase() {
  if (chosen) return chosen;
  let compiled = false;
  if (process.env.NIANBAO_FROM_SOURCES !== "1" && existsSync(STAMP)) {
    try {
      compiled = readFileSync(STAMP, "utf8").trim() === sourceHash();
    } catch {
      compiled = false;
    }
  }
  if (!compiled) {
    const { register } = await import("tsx/esm/api");
    register();
  }
  chosen = { compiled, dir: pathToFileURL(join(ROOT, compiled ? "dist" : "src") + "/"), ext: compiled ? ".js" : ".ts" };
  return chosen;
}

/** Import a module of the code by its path under src/ without extension: load("bot/core-pg"). */
export async function load(path) {
  const base = await codeBase();
  return import(new URL(`${path}${base.ext}`, base.dir).href);
}

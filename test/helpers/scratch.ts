/**
 * A scratch copy of the bundled reports (without their cache) and an empty cache folder, removed
 * after each test: for the tests that write to, damage or time the report cache.
 */
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

export function scratch(prefix = "nianbao-scratch-"): { data: string; cache: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  roots.push(root);
  const data = join(root, "reports");
  cpSync(DATA, data, { recursive: true, filter: (p) => !p.includes(".cache") });
  return { data, cache: join(root, "cache") };
}

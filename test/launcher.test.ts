/**
 * bin/nianbao.mjs runs the compiled build (dist/, `npm run build`) only when it was made from the
 * sources as they are now, else the sources through tsx: an edited source is never shadowed by an
 * old build. Checked on a copy of the launcher over a tiny tree of its own.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { sourceHash } from "../bin/entry.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const tree = mkdtempSync(join(tmpdir(), "nianbao-launcher-"));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

for (const d of ["bin", "src", "dist"]) mkdirSync(join(tree, d));
for (const f of ["package.json", "bin/nianbao.mjs", "bin/entry.mjs", "tsconfig.json", "tsconfig.build.json"]) copyFileSync(join(ROOT, f), join(tree, f));
symlinkSync(join(ROOT, "node_modules"), join(tree, "node_modules"), "dir");
const mainOf = (from: string) => `export async function main(argv: string[]): Promise<number> { console.log("${from}", argv.join(" ")); return 0; }\n`;
writeFileSync(join(tree, "src", "main.ts"), mainOf("sources"));
writeFileSync(join(tree, "dist", "main.js"), mainOf("build").replace(/: string\[\]|: Promise<number>/g, ""));
const run = (env: NodeJS.ProcessEnv = {}) => execFileSync(process.execPath, [join(tree, "bin", "nianbao.mjs"), "ask", "x"], { encoding: "utf8", env: { ...process.env, NIANBAO_FROM_SOURCES: "", ...env } }).trim();

describe("the launcher", () => {
  it("runs the sources when there is no build", () => {
    expect(run()).toBe("sources ask x");
  });

  it("runs the build made from the sources as they are", () => {
    writeFileSync(join(tree, "dist", ".source-hash"), `${sourceHash(tree)}\n`);
    expect(run()).toBe("build ask x");
    expect(run({ NIANBAO_FROM_SOURCES: "1" })).toBe("sources ask x");
  });

  it("runs the sources again once one of them changed after the build", () => {
    writeFileSync(join(tree, "src", "other.ts"), "export const edited = 1;\n");
    expect(run()).toBe("sources ask x");
  });
});

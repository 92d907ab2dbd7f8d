/**
 * The Docker image holds every file the running bot opens: each `new URL("…", import.meta.url)` in
 * src/ and bin/ that leaves its own folder (the chart font in assets/, package.json) must be copied
 * by the Dockerfile. Docker itself is not run here (no daemon on CI, and its base-image registry is
 * out of reach): this is the part of the image that changes with the code.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const copied = [...readFileSync(join(ROOT, "Dockerfile"), "utf8").matchAll(/^COPY\s+(.+?)\s+\S+\s*$/gmu)].flatMap((m) => (m[1] ?? "").split(/\s+/u));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.(?:ts|mjs|js)$/u.test(f) ? [p] : [];
  });
}

describe("Dockerfile", () => {
  const opened = files(join(ROOT, "src"))
    .concat(files(join(ROOT, "bin")))
    .flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/new URL\("([^"]+)", import\.meta\.url\)/gu)].map((m) => relative(ROOT, resolve(dirname(file), m[1] ?? ""))),
    );

  it("finds the files the code opens beside it", () => {
    expect(opened).toContain(join("assets", "fonts", "NotoSansSC-chart.ttf"));
  });

  it("copies every one of them into the image", () => {
    const missing = opened.filter((p) => !copied.some((c) => p === c.replace(/\/$/u, "") || p.startsWith(`${c.replace(/\/$/u, "")}/`)));
    expect(missing).toEqual([]);
  });
});

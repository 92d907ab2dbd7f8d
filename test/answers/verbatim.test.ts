/**
 * Quotes are verbatim from the file, also for reports printed in traditional characters (read in
 * simplified ones): each quote must stand in the file as printed (whitespace aside), whether the
 * report was just parsed or loaded back from the report cache. The reports are the bundled samples
 * converted to traditional characters, the way such reports are printed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";

const require = createRequire(import.meta.url);
const opencc = require("opencc-js/cn2t") as { Converter(o: { from: string; to: string }): (s: string) => string };
const toTraditional = opencc.Converter({ from: "cn", to: "tw" });
const squash = (s: string) => s.replace(/\s+/gu, "");

const FILES = ["xunyang-2023.txt", "hongze-2024.txt", "leping-2023.txt"];
const QUESTIONS: Record<string, string[]> = {
  "xunyang-2023.txt": ["浔阳区2023年依申请公开多少件", "浔阳区2023年开展政务公开培训几次", "浔阳区2023年公开了多少条招投标信息"],
  "hongze-2024.txt": ["洪泽区2024年依申请公开多少件", "洪泽区2024年行政复议多少件"],
  "leping-2023.txt": ["乐平市2023年市长信箱收到多少信件", "乐平市2023年予以公开多少件"],
};

describe("quotes of a traditional-character report are as printed", () => {
  const dir = mkdtempSync(join(tmpdir(), "nianbao-verbatim-"));
  const printed = new Map<string, string>();
  for (const f of FILES) {
    const text = toTraditional(readFileSync(new URL(`../../data/reports/${f}`, import.meta.url), "utf8"));
    writeFileSync(join(dir, f), text);
    printed.set(f, squash(text));
  }
  const all = [...printed.values()].join("\n");

  it.each([["parsed", false], ["from the cache", true]] as const)("%s", async (_, cached) => {
    const cache = join(dir, ".cache");
    if (cached) await loadCorpus(dir, { cacheDir: cache });
    const { reports } = await loadCorpus(dir, cached ? { cacheDir: cache } : {});
    const answerer = createAnswerer(reports);
    let quoted = 0;
    for (const q of Object.values(QUESTIONS).flat()) {
      const a = answerer.answer(q);
      for (const quote of a.quotes) {
        quoted++;
        expect(all, `${q}: “${quote.text}”`).toContain(squash(quote.text));
        // the answer's text shows the same words
        expect(squash(a.text)).toContain(squash(quote.text));
      }
    }
    expect(quoted).toBeGreaterThan(5);
  });
});

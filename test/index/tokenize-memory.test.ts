import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// What jieba keeps for as long as a bot runs (issue 13 item 5: a replica's resident set).
describe("jieba's memory in a long-running process", () => {
  it("sets mimalloc to commit as used and return freed pages at once, keeping values set in the environment", async () => {
    delete process.env["MIMALLOC_ARENA_EAGER_COMMIT"];
    process.env["MIMALLOC_PURGE_DELAY"] = "7";
    const { tokens } = await import("../../src/index/tokenize.ts");
    expect(tokens("浔阳区2023年依申请公开")).toContain("依申请公开");
    expect(process.env["MIMALLOC_ARENA_EAGER_COMMIT"]).toBe("0");
    expect(process.env["MIMALLOC_PURGE_DELAY"]).toBe("7");
  });

  it("does not keep the package's dictionary and keyword-weight buffers (11 MB) once the dictionary is loaded", async () => {
    const { words } = await import("../../src/index/tokenize.ts");
    expect(words("市长信箱信件211条")).toEqual(["市长信箱", "信件", "211"]);
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).filter((k) => /@node-rs[\\/]jieba[\\/]dict\.js$/.test(k))).toEqual([]);
  });
});

/**
 * /help's examples are questions the loaded reports answer (outside round 12): the first report in
 * load order had an image-only table, so example 3 answered “表格未能读出”. Examples now come from
 * reports whose tables the example asks of were read, under a name that finds the report again.
 * Invented reports.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runConsole } from "../../src/adapters/console.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { createCore } from "../../src/bot/core.ts";
import { plainText } from "../../src/bot/render.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { createReaderPool } from "../../src/index/reader-pool.ts";
import type { Report } from "../../src/index/schema.ts";
import { memoryCore } from "../helpers/core.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const made = (agency: string, year: number, seed: number): Report => parseReport(renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" }), `${seed}.txt`);
const blank = (t: Report["table2"]) => Object.fromEntries(Object.entries(t).map(([k, row]) => [k, row && Object.fromEntries(Object.keys(row).map((c) => [c, null]))]));

describe("/help's examples are answered by the loaded reports", () => {
  it("a report whose tables were not read gives no example; the next one does, and each example is answered", async () => {
    const unread = made("岫川经济开发区管理委员会", 2024, 91);
    const imageTable3 = { ...made("泠江县人民政府", 2023, 92), table3: null };
    const readable = made("泠江县教育局", 2023, 93);
    const other = made("棠溪县人民政府", 2023, 94);
    const reports = [{ ...unread, table1: blank(unread.table1), table2: blank(unread.table2), table3: null }, imageTable3, readable, other];
    const core = memoryCore(reports, () => new Date("2026-11-30"));
    const conv = createConversation(core, { ratePerMinute: 1000 });
    const help = plainText((await conv.handle({ platform: "telegram", text: "/help", userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    expect(help).not.toContain("岫川");
    // 泠江县 has no readable table 3: its 行政复议 example would be a dead end
    expect(help).not.toContain("泠江县2023年行政复议");
    expect(help).toContain("泠江县教育局2023年依申请公开多少件");
    expect(help).toContain("泠江县教育局2023年行政复议多少件");
    const examples = help.split("\n").filter((l) => /^\d+\. /u.test(l)).map((l) => l.replace(/^\d+\. /u, ""));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const q of examples) expect((await core.answer(q)).status, q).toBe("answered");
  });

  it("the two-year comparison names one body with both years read (a region's years may be of different bodies)", async () => {
    const help = async (reports: Report[]) => {
      const core = memoryCore(reports, () => new Date("2026-11-30"));
      const conv = createConversation(core, { ratePerMinute: 1000 });
      const text = plainText((await conv.handle({ platform: "telegram", text: "/help", userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
      const examples = text.split("\n").filter((l) => /^\d+\. /u.test(l)).map((l) => l.replace(/^\d+\. /u, ""));
      for (const q of examples) expect((await core.answer(q)).status, q).toBe("answered");
      return examples;
    };
    // 泠江县: its government 2023, its 教育局 2024 — “泠江县2023年和2024年…对比” has no 2024 to compare
    const split = await help([made("泠江县人民政府", 2023, 95), made("泠江县教育局", 2024, 96)]);
    expect(split.some((q) => q.includes("对比"))).toBe(false);
    // with the government's 2022 report too, the comparison is the government's two years
    const both = await help([made("泠江县人民政府", 2022, 97), made("泠江县人民政府", 2023, 95), made("泠江县教育局", 2024, 96)]);
    expect(both).toContain("泠江县2022年和2023年收到的申请对比");
  });

  it("the greeting, /help's /check line, /check's usage and the too-long hint name a loaded report, not an absent 浔阳区", async () => {
    const core = memoryCore([made("泠江县教育局", 2023, 93)], () => new Date("2026-11-30"));
    const conv = createConversation(core, { ratePerMinute: 1000, maxLength: 40 });
    const say = async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    expect(await say("/help")).toContain("/check 泠江县教育局 2023");
    expect(await say("/check")).toContain("例如 /check 泠江县教育局 2023");
    expect(await say("多".repeat(50))).toContain("例如“泠江县教育局2023年依申请公开多少件”");
    const input = new PassThrough();
    const output = new PassThrough();
    let out = "";
    output.on("data", (d: Buffer) => (out += d.toString()));
    const done = runConsole(conv, input, output);
    input.end("/quit\n");
    await done;
    expect(out).toContain("输入问题，例如：泠江县教育局2023年依申请公开多少件");
    expect(out).not.toContain("浔阳区");
  });

  it("a file replaced and reloaded gives the new report's examples, the report count unchanged", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nianbao-help-reload-"));
    const reader = createReaderPool({ workers: 1, budgetMs: 120_000 });
    const text = (agency: string, seed: number) => renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" });
    try {
      writeFileSync(join(dir, "a.txt"), text("泠江县教育局", 93));
      const core = await createCore(dir, { reader });
      const conv = createConversation(core, { ratePerMinute: 1000 });
      const help = async () => plainText((await conv.handle({ platform: "telegram", text: "/help", userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
      expect(await help()).toContain("泠江县教育局2023年依申请公开多少件");
      writeFileSync(join(dir, "a.txt"), text("棠溪县人民政府", 94));
      expect(await core.reload()).toMatchObject({ reports: 1, errors: [] });
      const after = await help();
      expect(after).toContain("棠溪县2023年依申请公开多少件");
      expect(after).not.toContain("泠江县");
    } finally {
      await reader.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

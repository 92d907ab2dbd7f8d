/**
 * After a comparison of a department with its county's government (和县政府比呢), 那县政府呢 swaps the
 * department for the government the comparison already holds: that government alone, never “对比乙岭县人民政府和
 * 乙岭县人民政府…” (outside round 17's console chat). Invented counties (test/helpers/two-counties-towns.ts).
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";
import { twoCountyTownReports } from "../helpers/two-counties-towns.ts";

const core = memoryCore(twoCountyTownReports(), () => new Date("2026-11-30"));

describe("a follow-up naming the other body of a comparison", () => {
  it("那县政府呢 after 和县政府比呢 is the government alone", async () => {
    const conv = createConversation(core, { ratePerMinute: 1000, now: () => 0 });
    const say = async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    await say("乙岭县财政局2024年依申请公开多少件");
    expect(await say("和县政府比呢")).toContain("乙岭县财政局：26 件");
    const r = await say("那县政府呢");
    expect(r).toContain("乙岭县 2024 年 · 本年新收政府信息公开申请：62 件");
    expect(r).not.toContain("乙岭县人民政府和乙岭县人民政府");
  });
});

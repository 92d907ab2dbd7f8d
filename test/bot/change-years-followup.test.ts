/**
 * A change between two years in a chat (invented counties, test/helpers/two-counties-towns.ts): its
 * title names the year compared with — 比上年 only for the year before — and 那2024年呢 after
 * 跟去年比呢 moves the comparison to 2024 against 2023, so that 那乙县呢 then gives that county's
 * change from its year before, never 2024 against 2022 headed as the change from last year.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";
import { twoCountyTownReports } from "../helpers/two-counties-towns.ts";

const core = memoryCore(twoCountyTownReports(), () => new Date("2026-11-30"));

function chat(): (text: string) => Promise<string> {
  const conv = createConversation(core, { ratePerMinute: 1000, now: () => 0 });
  return async (text) => {
    const r = await conv.handle({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false });
    return r ? plainText(r) : "";
  };
}

describe("a change between years in a chat", () => {
  it("2024 against 2022 asked at once is titled 比 2022 年, not 比上年", async () => {
    const r = await chat()("甲溪县2024年依申请公开比2022年增加多少");
    expect(r).toContain("比 2022 年增减：24 件");
    expect(r).not.toContain("比上年");
  });

  it("跟去年比呢 → 那2024年呢 → 那乙岭县呢: each the change from its own year before", async () => {
    const say = chat();
    await say("甲溪县2023年依申请公开多少件");
    expect(await say("跟去年比呢")).toContain("比上年增减：13 件");
    const later = await say("那2024年呢");
    expect(later).toContain("按“甲溪县2024年依申请公开比2023年增加多少”回答");
    expect(later).toContain("比上年增减：11 件");
    const other = await say("那乙岭县呢");
    expect(other).toContain("比上年增减：7 件");
    expect(other).not.toContain("-28");
  });

  it("no report of the year before: refused, and 那2024年呢 then compares 2024 with 2023", async () => {
    const say = chat();
    await say("乙岭县财政局2023年依申请公开多少件");
    expect(await say("跟去年比呢")).toContain("没有乙岭县财政局 2022 年的报告");
    const r = await say("那2024年呢");
    expect(r).toContain("比上年增减：5 件");
  });

  it("和乙岭县比呢 after a change: each county's change from its year before, side by side — not refused", async () => {
    const say = chat();
    await say("甲溪县2023年依申请公开多少件");
    await say("跟去年比呢");
    const r = await say("和乙岭县比呢");
    expect(r).not.toContain("请一次问一个地区");
    expect(r).toContain("甲溪县：13 件");
    expect(r).toContain("乙岭县：-35 件");
    expect(r).toContain("乙岭县：按公式计算：2023 年 55 − 2022 年 90");
  });

  it("a department's change, then another county's: that county's department, each year against its year before", async () => {
    const say = chat();
    await say("乙岭县财政局2024年依申请公开比2023年增加多少");
    const r = await say("和甲溪县比呢");
    expect(r).toContain("乙岭县财政局：5 件");
    expect(r).toContain("甲溪县财政局：-23 件");
  });
});

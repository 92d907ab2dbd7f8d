/**
 * Follow-ups that ask about the answer just given (invented counties, test/helpers/two-counties-towns.ts):
 * 前三是哪几个 / 前三名呢 / 排前三的是谁 after a ranking are the top of that ranking (its figure kept), never
 * “按哪一个数字排名” with other figures offered; 结果纠正呢 after a 行政复议 figure is that column of the
 * same row, place and year; a body alone after a ranking (石埠镇呢) is that body's figure for the ranking's
 * quantity and year — never a ranking with the body in the place's stead (2024年石埠镇哪个乡镇…).
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

describe("after a ranking, its top", () => {
  it.each(["前三是哪几个", "前三名呢", "排前三的是谁"])("%s keeps the ranking's figure and field", async (top) => {
    const say = chat();
    expect(await say("2024年甲溪县哪个乡镇予以公开最多")).toContain("予以公开");
    const r = await say(top);
    expect(r).not.toContain("按哪一个数字排名");
    expect(r).toContain("按“2024年甲溪县哪个乡镇予以公开最多，");
    expect(r).toMatch(/1\. 甲溪县青杉镇人民政府[^\n]*3 件/u);
  });
});

describe("a table-3 column after a 行政复议 figure", () => {
  it("结果纠正呢 is the same row's column", async () => {
    const say = chat();
    expect(await say("甲溪县2023年行政复议多少件")).toContain("3 件");
    const r = await say("结果纠正呢");
    expect(r).toContain("按“甲溪县2023年行政复议结果纠正”回答");
    expect(r).toContain("1 件");
    expect(r).not.toContain("没有找到");
  });
});

describe("a body alone after a ranking", () => {
  it.each([
    ["2024年甲溪县哪个乡镇予以公开最多", "石埠镇呢", "石埠镇2024年予以公开多少", "0 件"],
    ["2023年甲溪县哪个乡镇收到申请最多", "那青杉镇呢", "青杉镇2023年", "2 件"],
    ["2024年甲溪县各乡镇依申请公开排名", "柘塘镇呢", "柘塘镇2024年", "9 件"],
  ])("%s, then %s: that body's figure, same quantity and year", async (first, then, read, value) => {
    const say = chat();
    await say(first);
    const r = await say(then);
    expect(r).toContain(`按“${read}`);
    expect(r).not.toContain("哪个乡镇");
    expect(r).not.toMatch(/^\s*排名/mu);
    expect(r).toContain(value);
  });
});

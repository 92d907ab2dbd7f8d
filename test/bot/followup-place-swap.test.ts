/**
 * A follow-up that names another place alone after a question about a department (invented
 * counties, test/helpers/three-counties.ts): the same department of the new place, said in the
 * reply's “按…回答”, never the new place's government; when that place has no such report, the
 * answer says so.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";
import { threeCountyReports } from "../helpers/three-counties.ts";

const core = memoryCore(threeCountyReports(), () => new Date("2026-11-30"));

function chat(): (text: string) => Promise<string> {
  const conv = createConversation(core, { ratePerMinute: 1000, now: () => 0 });
  return async (text) => {
    const r = await conv.handle({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false });
    return r ? plainText(r) : "";
  };
}

describe("那乙县呢 after a question about 甲县's department", () => {
  it("is 乙县's department, and the reply says so", async () => {
    const say = chat();
    expect(await say("枫溪县教育局2023年依申请公开多少件")).toContain("21 件");
    const r = await say("那鹭门县呢");
    expect(r).toContain("按“鹭门县教育局2023年依申请公开多少件”回答");
    expect(r).toContain("24 件");
    expect(r).not.toContain("108 件");
  });

  it("a short place name too; 和乙县比呢 compares the two departments", async () => {
    const say = chat();
    await say("枫溪县财政局2023年依申请公开多少件");
    expect(await say("那桐岑呢")).toContain("9 件");
    const r = await say("和鹭门县比呢");
    expect(r).toContain("14 件");
    expect(r).not.toContain("108 件");
  });

  it("乙县 without that department's report: said so, not its government's figure", async () => {
    const say = chat();
    expect(await say("枫溪县水利局2023年依申请公开多少件")).toContain("5 件");
    const r = await say("那桐岑县呢");
    expect(r).toContain("没有桐岑县的水利部门");
    expect(r).not.toContain("99 件");
  });

  it("a government asked after a government stays a government; 那乙县政府呢 is the government", async () => {
    const say = chat();
    await say("枫溪县2023年依申请公开多少件");
    expect(await say("那鹭门县呢")).toContain("108 件");
    await say("枫溪县教育局2023年依申请公开多少件");
    expect(await say("那鹭门县人民政府呢")).toContain("108 件");
  });
});

/**
 * The chat across a body's rename (test/helpers/renamed-city.ts: 澄岚市卫计委 2019–2020 → 卫健委
 * 2021–2024): the year before is offered as a button when it is under the other name, and 那2020年呢
 * answers the report the body printed that year under its old name, said so.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Reply } from "../../src/bot/types.ts";
import { memoryCore } from "../helpers/core.ts";
import { renamedCityReports } from "../helpers/renamed-city.ts";

describe("the chat across a rename", () => {
  it("offers the year before under the old name and answers 那2020年呢 from it", async () => {
    const conv = createConversation(memoryCore(renamedCityReports(), () => new Date("2026-11-30")), { ratePerMinute: 1000 });
    const say = async (text: string): Promise<Reply> => (await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] };
    const first = await say("澄岚市卫健委2021年依申请公开多少件");
    expect(first.blocks).toContainEqual(expect.objectContaining({ kind: "choices", labels: expect.arrayContaining(["2020 年同一数字"]) }));
    const next = plainText(await say("那2020年呢"));
    expect(next).toContain("澄岚市卫生和计划生育委员会 2020 年");
    expect(next).toContain("27 件");
    expect(next).toContain("按同一机关改名前后的报告回答");
  });
});

/**
 * After a change between two years (…2023年依申请公开比2022年增加多少), outside round 13 found
 * “为什么这么多” giving “作为参照：2022 年为 -4 件（增加 5 件）” (the change a year earlier, read as a
 * figure) and the button “…2022年…比2022年增加多少” (a year against itself). Now the why gives the two
 * years' figures, and the year-earlier button moves both years. Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { memoryCore } from "../helpers/core.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const years: [number, number][] = [[2021, 101], [2022, 102], [2023, 103]];
const agency = "汀澜县市场监督管理局";
const core = memoryCore(years.map(([y, seed]) => parseReport(renderReport(randomFigures(seed, "2021", agency, y), { layout: "tabs" }), `${seed}.txt`)), () => new Date("2026-11-30"));
const received = (y: number) => randomFigures((years.find(([x]) => x === y) as [number, number])[1], "2021", agency, y).table2["new"]?.["total"] ?? -1;

describe("a change's follow-ups", () => {
  it("为什么这么多 gives the two years' figures, not the change a year earlier; the year-earlier button moves both years", async () => {
    const conv = createConversation(core, { ratePerMinute: 1000 });
    const say = async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    const change = await say("汀澜县市场监督管理局2023年依申请公开比2022年增加多少");
    expect(change).toContain(`${received(2023) - received(2022)} 件`);
    expect(change).not.toMatch(/2022年[^\n]*比2022年/u);
    expect(change).toContain("汀澜县市场监督管理局2022年依申请公开比2021年增加多少");
    const why = await say("为什么这么多");
    expect(why).not.toContain("作为参照");
    expect(why).toContain(`两年的数字：2023 年 ${received(2023)} 件，2022 年 ${received(2022)} 件`);
  });
});

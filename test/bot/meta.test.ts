/**
 * Questions about the last answer in a chat: 原文在哪 / 原文呢 (its quotes and where they stand),
 * 为什么这么多 (what the report says of it, the year before for scale, never a guessed reason),
 * 为什么正文和表格不一样 (the report's broken text-vs-table rule, explained). Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { memoryCore } from "../helpers/core.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const made = (year: number, narrative: "agrees" | "disagrees") =>
  parseReport(renderReport(randomFigures(900 + year, "2021", "青岚县人民政府", year), { layout: "tabs", narrative }), `qinglan-${year}.txt`);
const reports = [made(2022, "agrees"), made(2023, "disagrees")];
const received = (year: number) => randomFigures(900 + year, "2021", "青岚县人民政府", year).table2["new"]?.["total"] ?? -1;

function chat() {
  const conv = createConversation(memoryCore(reports), { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("questions about the last answer", () => {
  it("原文在哪 / 原文呢: the last answer's quote and where it stands, not a search for 原文", async () => {
    const say = chat();
    expect(await say("青岚县2023年依申请公开多少件")).toContain(`${received(2023)} 件`);
    for (const ask of ["原文在哪", "原文呢"]) {
      const r = await say(ask);
      expect(r).not.toContain("没有找到与“原文”相关的内容");
      expect(r).toContain("本年新收政府信息公开申请数量");
      expect(r).toContain("《青岚县人民政府2023年政府信息公开工作年度报告》");
    }
  });

  it("为什么正文和表格不一样: the broken rule with both numbers, and what it can and cannot tell", async () => {
    const say = chat();
    await say("青岚县2023年依申请公开多少件");
    const r = await say("为什么正文和表格不一样");
    expect(r).toContain(`${received(2023) + 3}`);
    expect(r).toContain(`${received(2023)}`);
    expect(r).toContain("只能由发布机关确认");
  });

  it("为什么这么多: no reason made up; the year before for scale", async () => {
    const say = chat();
    await say("青岚县2023年依申请公开多少件");
    const r = await say("为什么这么多");
    expect(r).not.toContain("没有找到与");
    expect(r).toContain("没有写明原因");
    expect(r).toContain(`2022 年为 ${received(2022)} 件`);
  });

  it("with no answer before, says there is nothing to show", async () => {
    const r = await chat()("原文呢");
    expect(r).toContain("还没有");
    expect(r).not.toContain("没有找到与“原文”相关的内容");
  });
});

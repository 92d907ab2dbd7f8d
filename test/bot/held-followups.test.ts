/**
 * The follow-ups' ask-backs (那县政府呢 after a district, 那市局呢 after a county's department) offer the
 * bodies with a report for the year asked, name the others with the years they have, and take the one
 * left — as the core's ask-backs do (test/answers/held-choices.test.ts). Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { memoryCore } from "../helpers/core.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const body = (agency: string, year: number, n: number) => makeReport({ agency, region: identify(agency).region, year, file: `${agency}-${year}.txt`, table2: { new: t2row(n) } });
const core = memoryCore(
  [
    body("苕溪市人民政府", 2023, 99),
    body("苕溪市枫岭区人民政府", 2023, 10),
    body("苕溪市苇渡县人民政府", 2023, 20),
    body("苕溪市石门县人民政府", 2022, 30),
    body("枫桥县教育局", 2023, 5),
    body("茗州市教育局", 2023, 6),
    body("苕溪市教育局", 2022, 7),
  ],
  () => new Date("2026-11-30"),
);

function chat() {
  const conv = createConversation(core, { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("a follow-up's ask-back and the year asked", () => {
  it("那县政府呢 after a district: the governments with a 2023 report offered, the other named with its year", async () => {
    const say = chat();
    await say("枫岭区2023年依申请公开多少件");
    const r = await say("那县政府呢");
    expect(r).toContain("1. 苕溪市枫岭区人民政府2023年依申请公开多少件");
    expect(r).toContain("2. 苕溪市苇渡县人民政府2023年依申请公开多少件");
    expect(r).not.toContain("苕溪市石门县人民政府2023年");
    expect(r).toContain("没有 2023 年报告的：苕溪市石门县人民政府（2022 年）");
    expect(await say("2")).toContain("苇渡县 2023 年 · 本年新收政府信息公开申请：20 件");
  });

  it("那市局呢: the one city bureau with a 2023 report is taken, said so", async () => {
    const say = chat();
    await say("枫桥县教育局2023年依申请公开多少件");
    const r = await say("那市局呢");
    expect(r).toContain("按“茗州市教育局2023年依申请公开多少件”回答");
    expect(r).toContain("有 2023 年报告的只有茗州市教育局");
    expect(r).toContain("苕溪市教育局（2022 年）");
    expect(r).toContain("茗州市教育局 2023 年 · 本年新收政府信息公开申请：6 件");
  });

  it("none has the year: every body still a choice, with the years each has", async () => {
    const say = chat();
    await say("枫桥县教育局2020年依申请公开多少件");
    const r = await say("那市局呢");
    expect(r).toContain("它们都没有 2020 年的报告；各自已有：茗州市教育局（2023 年）、苕溪市教育局（2022 年）");
    expect(r).toContain("2. 苕溪市教育局2020年依申请公开多少件");
  });
});

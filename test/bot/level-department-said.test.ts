/**
 * 那市局呢 / 那县里的呢 after a department: the same department at the level said —
 *  - right after the city's own bureau: it is the one of that level (never “no city-level body”);
 *  - 县里 is a 县's when one is loaded, not a 区's (a district is county-level, but not 县里).
 * Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { memoryCore } from "../helpers/core.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const body = (agency: string, n: number) => makeReport({ agency, region: identify(agency).region, year: 2024, file: `${agency}.txt`, table2: { new: t2row(n) } });
const core = memoryCore(
  [body("苕溪市人民政府", 99), body("苕溪市医疗保障局", 38), body("苕溪市住房和城乡建设局", 50), body("苕溪市苇渡县住房和城乡建设局", 21), body("苕溪市枫岭区住房和城乡建设局", 12)],
  () => new Date("2026-11-30"),
);

function chat() {
  const conv = createConversation(core, { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("the same department at the level said", () => {
  it("那市局呢 right after the city's bureau: said to be that one", async () => {
    const say = chat();
    await say("苕溪市医保局2024年依申请公开多少件");
    const r = await say("那市局呢");
    expect(r).toContain("上一个问题问的就是苕溪市医疗保障局");
    expect(r).not.toContain("已收录的报告中没有市级的");
  });

  it("那县里的呢: the county's, not a district's", async () => {
    const say = chat();
    await say("苕溪市住建局2024年依申请公开多少件");
    const r = await say("那县里的呢");
    expect(r).toContain("21 件");
    expect(r).not.toContain("枫岭区");
  });
});

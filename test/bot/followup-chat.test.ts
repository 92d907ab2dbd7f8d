/**
 * Follow-ups outside round 10 found answered as something else: 和去年比呢 gave the year before's
 * figure alone (now this year against last year, with the change); 为什么 gave a breakdown and a
 * chart (now what the report says of a reason, or that it gives none); 那县政府呢 after a district
 * gave unrelated quotes (now the county-level governments near it: one is taken, several asked back).
 * Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { memoryCore } from "../helpers/core.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const bodies: [string, number, number][] = [
  ["苕溪市人民政府", 2023, 41],
  ["苕溪市枫岭区人民政府", 2022, 42],
  ["苕溪市枫岭区人民政府", 2023, 43],
  ["苕溪市苇渡县人民政府", 2023, 44],
];
const made = ([agency, year, seed]: [string, number, number]) => parseReport(renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" }), `${seed}-${year}.txt`);
const received = (seed: number, agency: string, year: number) => randomFigures(seed, "2021", agency, year).table2["new"]?.["total"] ?? -1;
const core = memoryCore(bodies.map(made), () => new Date("2026-11-30"));

function chat() {
  const conv = createConversation(core, { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("follow-ups that compare, ask why, or name a government by its level", () => {
  it("和去年比呢 / 跟2022年比: both years and the change, not the year before alone", async () => {
    const [now, before] = [received(43, "苕溪市枫岭区人民政府", 2023), received(42, "苕溪市枫岭区人民政府", 2022)];
    for (const follow of ["和去年比呢", "跟2022年比"]) {
      const say = chat();
      await say("枫岭区2023年依申请公开多少件");
      const r = await say(follow);
      expect(r, follow).toContain("按“枫岭区2023年依申请公开比2022年增加多少”回答");
      expect(r, follow).toContain(`增减：${now - before} 件`);
      expect(r, follow).toContain(`2023 年 ${now} − 2022 年 ${before}`);
    }
  });

  it("为什么: what the report says of a reason or that it gives none — never a breakdown of the main figures", async () => {
    const say = chat();
    await say("枫岭区2023年依申请公开多少件");
    for (const why of ["为什么", "原因是什么"]) {
      const r = await say(why);
      expect(r, why).not.toContain("主要数字");
      expect(r, why).toMatch(/没有写明原因|说到原因的原文/u);
    }
  });

  it("那县政府呢 after a district: the district itself and the county near it are asked back; after the city the one county is taken", async () => {
    const say = chat();
    await say("枫岭区2023年依申请公开多少件");
    const r = await say("那县政府呢");
    expect(r).not.toContain("相关原文");
    expect(r).toContain("苕溪市枫岭区人民政府2023年依申请公开多少件");
    expect(r).toContain("苕溪市苇渡县人民政府2023年依申请公开多少件");
    expect(await say("2")).toContain(`${received(44, "苕溪市苇渡县人民政府", 2023)} 件`);

    const city = chat();
    await city("苕溪市2023年依申请公开多少件");
    const taken = await city("那县政府呢");
    expect(taken).toContain("按“苕溪市苇渡县人民政府2023年依申请公开多少件”回答");
    expect(taken).toContain(`${received(44, "苕溪市苇渡县人民政府", 2023)} 件`);

    // the only county-level government near is the district just answered: said so, not asked again
    const alone = memoryCore([made(["苕溪市枫岭区人民政府", 2023, 43])], () => new Date("2026-11-30"));
    const conv = createConversation(alone, { ratePerMinute: 1000 });
    const ask = async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    await ask("枫岭区2023年依申请公开多少件");
    const same = await ask("那县政府呢");
    expect(same).toContain("上一个问题问的就是苕溪市枫岭区人民政府");
    expect(same).not.toContain("接着上一个问题");
  });
});

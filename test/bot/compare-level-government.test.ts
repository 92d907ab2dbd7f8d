/**
 * 和县政府比呢 after a department of a district (澹浦区财政局: the place has no 县 in it): never asked as it
 * stands (a heading of an unrelated report came back as the answer) — the governments it may mean are
 * offered, each as the comparison with the department. Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { memoryCore } from "../helpers/core.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const body = (agency: string, n: number) => makeReport({ agency, region: identify(agency).region, year: 2024, file: `${agency}.txt`, table2: { new: t2row(n) } });
const core = memoryCore(
  [body("苕溪市人民政府", 99), body("苕溪市枫岭区人民政府", 10), body("苕溪市苇渡县人民政府", 20), body("苕溪市枫岭区财政局", 4), body("苕溪市苇渡县财政局", 3)],
  () => new Date("2026-11-30"),
);

function chat() {
  const conv = createConversation(core, { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("和县政府比呢 after a district's department", () => {
  it("offers the district's own government and the county's, each compared with the department", async () => {
    const say = chat();
    await say("枫岭区财政局2024年依申请公开多少件");
    const r = await say("和县政府比呢");
    expect(r).not.toContain("相关原文");
    expect(r).toContain("对比枫岭区财政局和苕溪市枫岭区人民政府2024年依申请公开多少件");
    expect(r).toContain("对比枫岭区财政局和苕溪市苇渡县人民政府2024年依申请公开多少件");
    const picked = await say("1");
    expect(picked).toContain("枫岭区");
    expect(picked).toMatch(/10 件/u);
    expect(picked).toMatch(/4 件/u);
  });

  it("after a county's department it is that county's government, as before", async () => {
    const say = chat();
    await say("苇渡县财政局2024年依申请公开多少件");
    const r = await say("和县政府比呢");
    expect(r).toContain("20 件");
    expect(r).toContain("3 件");
  });
});

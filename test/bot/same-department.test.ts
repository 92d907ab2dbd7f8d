/**
 * A follow-up naming another place or level after a department's question (outside round 12): the
 * same department there, named by that level's word (a province's 厅 is a city's 局; 委员会 at both;
 * 自然资源厅 → 自然资源和规划局), never the place's government. Where the place has no such body the
 * reply says so and offers the government; 那省厅呢 finds the province's body of the function.
 * Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { memoryCore } from "../helpers/core.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const bodies: [string, number, number][] = [
  ["澜川省人民政府", 2022, 51],
  ["澜川省教育厅", 2022, 52],
  ["澜川省教育厅", 2023, 53],
  ["江澄省教育厅", 2023, 61],
  ["澜川省自然资源厅", 2022, 59],
  ["澜川省卫生健康委员会", 2022, 57],
  ["茗州市人民政府", 2022, 54],
  ["茗州市教育局", 2022, 55],
  ["茗州市卫生健康委员会", 2022, 56],
  ["苕溪市人民政府", 2022, 58],
  ["苕溪市自然资源和规划局", 2022, 60],
  ["茗州市云栖镇人民政府", 2022, 62],
  ["枫桥县人民政府", 2022, 63],
  ["枫桥县教育局", 2022, 64],
];
const made = ([agency, year, seed]: [string, number, number]) => parseReport(renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" }), `${seed}-${year}.txt`);
const figure = (agency: string, row: string) => {
  const [, year, seed] = bodies.find(([a, y]) => a === agency && y === 2022) as [string, number, number];
  return randomFigures(seed, "2021", agency, year).table2[row]?.["total"] ?? -1;
};
const core = memoryCore(bodies.map(made), () => new Date("2026-11-30"));

function chat() {
  const conv = createConversation(core, { ratePerMinute: 1000 });
  return async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
}

describe("a department's follow-up at another place keeps the department", () => {
  it("那茗州市呢 after 教育厅 (named ambiguously, answered by the year): 茗州市教育局, not 茗州市人民政府", async () => {
    const say = chat();
    await say("澜川省教育厅2023年依申请公开多少件");
    await say("那2022年呢");
    expect(await say("教育厅2022年予以公开")).toContain(`予以公开：${figure("澜川省教育厅", "granted")} 件`);
    const r = await say("那茗州市呢");
    expect(r).toContain("按“茗州市教育局2022年予以公开”回答");
    expect(r).toContain(`茗州市教育局 2022 年 · 予以公开：${figure("茗州市教育局", "granted")} 件`);
    expect(r).not.toContain(`${figure("茗州市人民政府", "granted")} 件`);
  });

  it("a reform's name at one level: 自然资源厅 → 苕溪市自然资源和规划局", async () => {
    const say = chat();
    await say("澜川省自然资源厅2022年依申请公开多少件");
    const r = await say("那苕溪市呢");
    expect(r).toContain("按“苕溪市自然资源和规划局2022年依申请公开多少件”回答");
    expect(r).toContain(`${figure("苕溪市自然资源和规划局", "new")} 件`);
  });

  it("a place without that department: said so, its government offered and answered when picked", async () => {
    const say = chat();
    await say("澜川省自然资源厅2022年依申请公开多少件");
    const r = await say("那茗州市呢");
    expect(r).toContain("没有茗州市的自然资源部门");
    expect(r).toContain("1. 茗州市人民政府2022年依申请公开多少件");
    expect(r).not.toContain(`${figure("茗州市人民政府", "new")} 件`);
    expect(await say("1")).toContain(`茗州市 2022 年 · 本年新收政府信息公开申请：${figure("茗州市人民政府", "new")} 件`);
    // a town has no such department: its own figure is offered
    await say("茗州市教育局2022年依申请公开多少件");
    const town = await say("那云栖镇呢");
    expect(town).toContain("没有云栖镇的教育部门");
    expect(town).toContain("1. 茗州市云栖镇人民政府2022年依申请公开多少件");
    expect(await say("1")).toContain(`${figure("茗州市云栖镇人民政府", "new")} 件`);
  });

  it("那省厅呢 / 那省里呢 after a city's department: the province's body of that function", async () => {
    const say = chat();
    await say("茗州市卫生健康委员会2022年予以公开多少件");
    const r = await say("那省厅呢");
    expect(r).toContain("按“澜川省卫生健康委员会2022年予以公开多少件”回答");
    expect(r).toContain(`${figure("澜川省卫生健康委员会", "granted")} 件`);
    // two provinces have an education department: asked back, each named (no year asked)
    await say("茗州市教育局予以公开多少件");
    const two = await say("那省里呢");
    expect(two).toContain("1. 澜川省教育厅予以公开多少件");
    expect(two).toContain("2. 江澄省教育厅予以公开多少件");
    expect(await say("1")).toContain("澜川省教育厅 2023 年 · 予以公开");
    // 2022 asked: only 澜川省's has a report of that year — taken, the other named with its year (held-followups.ts)
    await say("茗州市教育局2022年予以公开多少件");
    const held = await say("那省里呢");
    expect(held).toContain("按“澜川省教育厅2022年予以公开多少件”回答");
    expect(held).toContain("没有 2022 年报告的：江澄省教育厅（2023 年）");
    expect(held).toContain(`澜川省教育厅 2022 年 · 予以公开：${figure("澜川省教育厅", "granted")} 件`);
  });

  it("和县政府比呢 after a county's department compares it with its own county's government (outside round 13: a text search)", async () => {
    const say = chat();
    await say("枫桥县教育局2022年依申请公开多少件");
    const r = await say("和县政府比呢");
    expect(r).toContain("按“对比枫桥县教育局和枫桥县人民政府2022年依申请公开多少件”回答");
    expect(r).toContain(`${figure("枫桥县教育局", "new")} 件`);
    expect(r).toContain(`${figure("枫桥县人民政府", "new")} 件`);
  });
});

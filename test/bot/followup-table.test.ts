/**
 * Follow-ups after each kind of answer, through the whole chat with the real answerer (invented
 * county 沅桥县, test/helpers/followup-county.ts): the quantity, body and year carried are the ones
 * asked before. Figures the text states only (微信公众号发布信息) are carried as table figures are:
 * - after a ranking by a text figure with no place named (2025年哪个镇微信公众号发布最多), 禾坪镇呢 is that
 *   town's 微信公众号 count for 2025 — not its main table figures (the ranking was not kept as context);
 * - 第二名呢 / 前三是哪几个 after a ranking are the top of that ranking, by its own figure;
 * - 那微信公众号呢 / 换成主动公开呢 after a single figure is that figure of the same body and year;
 * - 趋势呢 after a single figure is that body's figure over the years;
 * - a place above a ranking's bodies (泷阳县呢 after 哪个镇 / 哪个财政局) is the field in that place, never the
 *   place's own figure; a bare department name after a place's ranking is that place's department.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";
import { followupCountyReports } from "../helpers/followup-county.ts";

const core = memoryCore(followupCountyReports(), () => new Date("2026-11-30"));

function chat(): (text: string) => Promise<string> {
  const conv = createConversation(core, { ratePerMinute: 1000, now: () => 0 });
  return async (text) => {
    const r = await conv.handle({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false });
    return r ? plainText(r) : "";
  };
}

/** [what is said in turn, what the last reply must hold, what it must not] */
const CASES: [string, string[], (string | RegExp)[], (string | RegExp)[]][] = [
  // a ranking by a text figure, no place named
  ["ranking by a text figure, a town alone", ["2025年哪个镇微信公众号发布最多", "禾坪镇呢"], ["按“禾坪镇2025年微信公众号发布多少", /微信公众号发布信息：94 条/u], ["主要数字", "本年新收"]],
  ["…then 去年呢 keeps the town and the quantity", ["2025年哪个镇微信公众号发布最多", "芦湾镇呢", "去年呢"], ["按“芦湾镇2024年微信公众号发布多少", /微信公众号发布信息：67 条/u], [/：40 条/u, "主要数字"]],
  ["…then 前年的呢", ["2025年哪个镇微信公众号发布最多", "禾坪镇呢", "前年的呢"], ["按“禾坪镇2023年微信公众号发布多少", /微信公众号发布信息：71 条/u], ["主要数字"]],
  ["ranking by a text figure, 第二名呢", ["2025年哪个镇微信公众号发布最多", "第二名呢"], [/2\. 沅桥县禾坪镇人民政府 微信公众号发布信息：94 条/u], ["没有找到", "都没有"]],
  ["ranking by a text figure in a place, 前三是哪几个", ["2025年沅桥县哪个镇微信公众号发布最多", "前三是哪几个"], [/1\. 沅桥县石溆镇人民政府 微信公众号发布信息：136 条/u, /3\. 沅桥县芦湾镇人民政府 通过微信公众号发布信息：75 条/u], ["都没有"]],
  ["…then 第二名呢 after the top three", ["2025年沅桥县哪个镇微信公众号发布最多", "前三是哪几个", "第二名呢"], ["按“2025年沅桥县哪个镇微信公众号发布最多，前二名”", /2\. 沅桥县禾坪镇人民政府/u], ["前三名，", "都没有"]],
  ["ranking by a table figure, 第二名呢", ["2024年沅桥县哪个镇予以公开最多", "排第二的是谁"], [/排名：予以公开/u, /2\. 沅桥县/u], ["没有找到", "没有读懂"]],
  // a place above the ranking's bodies: the field there, never the place's own figure
  ["ranking of a department by name, a county alone", ["2025年哪个财政局微信公众号发布最多", "泷阳县的呢"], ["按“泷阳县财政局2025年微信公众号发布多少", /泷阳县财政局 2025 年 · 微信公众号发布信息：44 条/u], ["沅桥县教育局", "402"]],
  ["ranking of a county's towns, another county alone", ["2024年沅桥县哪个镇予以公开最多", "泷阳县呢"], ["按“2024年泷阳县哪个镇予以公开最多”", /没有泷阳县乡镇（街道）的报告/u], [/泷阳县 2024 年 · 予以公开/u]],
  ["ranking of a text figure's towns, another county alone", ["2024年沅桥县哪个镇微信公众号发布最多", "那泷阳县呢"], ["按“2024年泷阳县哪个镇微信公众号发布最多”"], ["377 条"]],
  ["ranking of a place's departments, a bare department name: in that place", ["沅桥县2024年各部门微信公众号发布多少条", "那财政局呢"], ["按“沅桥县财政局2024年微信公众号发布多少", /微信公众号发布信息：61 条/u], ["回复序号或名称"]],
  ["ranking of counties, a county alone: its own figure", ["2024年各县予以公开排名", "泷阳县呢"], ["按“泷阳县2024年予以公开多少", /泷阳县 2024 年 · 予以公开/u], []],
  // a single figure, then another figure named alone
  ["a table figure, then a text figure alone", ["沅桥县2024年予以公开多少件", "那微信公众号呢"], ["按“沅桥县2024年微信公众号”", /微信公众号发布信息：455 条/u], ["相关原文"]],
  ["…then 换成主动公开呢", ["沅桥县2024年予以公开多少件", "那微信公众号呢", "换成主动公开呢"], ["按“沅桥县2024年主动公开”", /主动公开政府信息：1620 条/u], ["相关原文"]],
  ["a department's text figure, then another text figure", ["沅桥县财政局2025年微信公众号发布多少条", "换成主动公开呢"], [/主动公开政府信息：93 条/u], ["57 条"]],
  // trend
  ["a text figure, then 趋势呢", ["沅桥县禾坪镇2024年微信公众号发布多少条", "趋势呢"], ["按“沅桥县禾坪镇历年微信公众号发布", /2023 年：71 条/u, /2024 年：83 条/u, /2025 年：94 条/u], ["回复序号或名称"]],
  ["a table figure, then 历年呢", ["沅桥县2024年予以公开多少件", "那历年的变化呢"], ["按“沅桥县历年予以公开", /历年变化：予以公开/u, /2023 年/u, /2025 年/u], ["回复序号或名称"]],
  // a comparison
  ["a text figure compared with a place without that year's report", ["沅桥县禾坪镇2023年微信公众号发布多少条", "和泷阳县比呢"], [/微信公众号发布信息：71 条/u, /泷阳县 2023 年：没有这一年的报告/u], ["比较哪一个数字", "依申请公开数量"]],
  ["a table comparison, then 和去年比呢: each body's change", ["沅桥县禾坪镇2024年予以公开多少件", "和泷阳县比呢", "和去年比呢"], ["按“对比沅桥县禾坪镇和泷阳县2024年予以公开比2023年增加多少”", /比上年增减/u, /没有泷阳县 2023 年的报告/u], []],
  // a kind of body alone
  ["a place's text figure, then 那乡镇呢: its towns', not the place's own", ["沅桥县2024年微信公众号发布多少条", "那乡镇呢"], [/1\. 沅桥县石溆镇人民政府 微信公众号发布信息：129 条/u, /2\. 沅桥县禾坪镇人民政府/u], [/沅桥县 2024 年 · 微信公众号发布信息：455 条/u]],
  ["…then a town alone: that town's, the field's word not carried", ["沅桥县2024年微信公众号发布多少条", "那乡镇呢", "石溆镇呢"], ["按“石溆镇2024年微信公众号发布多少", /微信公众号发布信息：129 条/u], ["各乡镇"]],
  // already right before: kept so
  ["a text figure, another town", ["沅桥县芦湾镇2025年微信公众号发布多少条", "禾坪镇呢", "去年呢"], [/微信公众号发布信息：83 条/u], []],
  ["a text figure, compared with a town", ["沅桥县禾坪镇2025年微信公众号发布多少条", "和石溆镇比呢"], [/沅桥县禾坪镇人民政府：94 条/u, /沅桥县石溆镇人民政府：136 条/u], []],
  ["an ask-back answered by name", ["财政局2025年微信公众号发布多少条", "泷阳县", "去年呢"], [/泷阳县财政局 2024 年 · 微信公众号发布信息：39 条/u], []],
  ["an ask-back answered by number", ["财政局2025年微信公众号发布多少条", "1", "那主动公开呢"], [/沅桥县财政局 2025 年 · 本局主动公开政府信息：93 条/u], []],
];

describe("follow-ups carry the quantity, body and year asked before", () => {
  it.each(CASES)("%s", async (_name, said, holds, never) => {
    const say = chat();
    let last = "";
    for (const text of said) last = await say(text);
    for (const h of holds) expect(last).toMatch(h);
    for (const n of never) expect(last).not.toMatch(n);
  });
});

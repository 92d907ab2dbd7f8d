/**
 * Follow-ups and choices, through the real conversation over the bundled reports: a question after
 * a question keeps what it does not say (place, year, figure) for 10 minutes, per chat and user.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { partsOf } from "../../src/bot/core.ts";
import { followUp } from "../../src/bot/followup.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Conversation, Core, Incoming } from "../../src/bot/types.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { memoryCore } from "../helpers/core.ts";
import type { Report } from "../../src/index/schema.ts";

const DIR = new URL("../../data/reports/", import.meta.url).pathname;
let reports: Report[];
let core: Core;

beforeAll(async () => {
  reports = (await loadCorpus(DIR)).reports;
  core = memoryCore(reports);
});

function chat(now = () => 0): { conv: Conversation; say: (text: string, who?: Partial<Incoming>) => Promise<string> } {
  const conv = createConversation(core, { ratePerMinute: 1000, now });
  return {
    conv,
    say: async (text, who = {}) => {
      const r = await conv.handle({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false, ...who });
      return r ? plainText(r) : "";
    },
  };
}

describe("follow-up questions", () => {
  it("“予以公开呢” keeps the place and the year", async () => {
    const { say } = chat();
    expect(await say("赣州市2023年收到多少政府信息公开申请")).toContain("1516 件");
    const r = await say("予以公开呢");
    expect(r).toContain("按“赣州市2023年予以公开”回答");
    expect(r).toContain("赣州市 2023 年 · 予以公开：716 件");
  });

  it("“那2024年呢” and “去年呢” keep the place and the figure", async () => {
    const { say } = chat();
    expect(await say("洪泽区2023年行政许可处理决定数量")).toContain("550 件");
    expect(await say("那2024年呢")).toContain("洪泽区 2024 年 · 行政许可 · 本年处理决定数量：9487 件");
    expect(await say("去年呢")).toContain("550 件");
  });

  it("“和乐清市比呢” turns the last question into a comparison; “那浔阳区呢” swaps the place", async () => {
    const { say } = chat();
    await say("赣州市2023年收到多少政府信息公开申请");
    const r = await say("和乐清市比呢");
    expect(r).toContain("对比");
    expect(r).toContain("赣州市：1516 件");
    expect(r).toContain("乐清市人民政府办公室：70 件");
    const { say: say2 } = chat();
    await say2("赣州市2023年收到多少政府信息公开申请");
    expect(await say2("那浔阳区呢")).toContain("浔阳区 2023 年 · 本年新收政府信息公开申请：14 件");
  });

  it("a new full question replaces the context", async () => {
    const { say } = chat();
    await say("赣州市2023年收到多少政府信息公开申请");
    await say("乐清市2023年部分公开多少件");
    expect(await say("那浔阳区呢")).toContain("浔阳区 2023 年 · 部分公开");
  });

  it("keeps each group member's context apart, and forgets after 10 minutes", async () => {
    let t = 0;
    const { say } = chat(() => t);
    await say("赣州市2023年收到多少政府信息公开申请", { userId: "alice", chatId: "group" });
    await say("洪泽区2023年行政许可处理决定数量", { userId: "bob", chatId: "group" });
    expect(await say("予以公开呢", { userId: "alice", chatId: "group" })).toContain("赣州市 2023 年 · 予以公开：716 件");
    t += 11 * 60_000;
    expect(await say("那2024年呢", { userId: "bob", chatId: "group" })).not.toContain("9487");
  });

  it("a bare number picks one of the choices last offered (the console's buttons)", async () => {
    const { say } = chat();
    const first = await say("乐2023年依申请公开多少件");
    const options = first.split("\n").filter((l) => /^\d+\. /.test(l));
    expect(options.length).toBeGreaterThan(1);
    const picked = options[0]?.replace(/^\d+\. /, "") ?? "";
    const viaNumber = await say("1");
    const { say: fresh } = chat();
    expect(viaNumber).toBe(await fresh(picked));
  });
});

describe("follow-up buttons", () => {
  it("offer the same figure a year earlier and for the region above, each checked to be answered", async () => {
    const conv = createConversation(core, { ratePerMinute: 1000 });
    const r = await conv.handle({ platform: "feishu", text: "洪泽区2024年行政许可处理决定数量", userId: "u", chatId: "c", isAdmin: false });
    const choices = r?.blocks.find((b) => b.kind === "choices");
    expect(choices).toMatchObject({ items: ["洪泽区2023年行政许可处理决定数量", "淮安市2024年行政许可处理决定数量"] });
    // a press of the first answers it
    const token = conv.buttonToken("c", "洪泽区2023年行政许可处理决定数量");
    const pressed = await conv.press({ platform: "feishu", text: "", userId: "u", chatId: "c", isAdmin: false }, token);
    expect(pressed && plainText(pressed)).toContain("550 件");
    // the same token pressed in another chat, or a made-up one, gets nothing
    expect(await conv.press({ platform: "feishu", text: "", userId: "u", chatId: "other", isAdmin: false }, token)).toBeNull();
    expect(await conv.press({ platform: "feishu", text: "", userId: "u", chatId: "c", isAdmin: false }, "made-up")).toBeNull();
  });
  it("a body's breakdown button names the body as asked, not its region (which means the government)", async () => {
    const { say } = chat();
    const text = await say("乐清市政府办2023年依申请公开多少件");
    expect(text).toContain("接着问");
    expect(text).toContain("乐清市政府办2023年本年新收政府信息公开申请按申请人类型");
  });
});

describe("followUp (the rewrite alone)", () => {
  const names = [{ agency: "赣州市人民政府", region: "赣州市" }, { agency: "乐清市人民政府办公室", region: "乐清市" }];
  const turn = { ...partsOf("赣州市2023年予以公开多少件", names), answeredYear: 2023 };
  it.each([
    ["那2022年呢", "赣州市2022年予以公开多少件"],
    ["不予公开呢", "赣州市2023年不予公开"],
    ["和乐清市比呢", "对比赣州市和乐清市2023年予以公开多少件"],
    ["乐清市呢", "乐清市2023年予以公开多少件"],
  ])("%s → %s", (text, expected) => {
    expect(followUp(turn, text, partsOf(text, names))).toBe(expected);
  });
  it.each(["乐清市2023年部分公开多少件", "2023年哪个地方收到的申请最多", "你好", "乐清市2023年"])("leaves a question that stands on its own: %s", (text) => {
    expect(followUp(turn, text, partsOf(text, names))).toBeNull();
  });
});

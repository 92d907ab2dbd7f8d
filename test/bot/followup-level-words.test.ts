/**
 * A level said alone in a follow-up (invented: 棠溪市 and 岚桥区, each with its 人社局 and 农业农村局):
 * 和市里比呢 compares the body last asked about with the city's body of that name; 市里的呢 after an
 * ask-back is the city's body — never “市里 not understood”.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { memoryCore } from "../helpers/core.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const reports = (
  [
    ["棠溪市人民政府", 300],
    ["棠溪市人力资源和社会保障局", 150],
    ["棠溪市农业农村局（棠溪市乡村振兴局）", 31],
    ["岚桥区人民政府", 200],
    ["岚桥区人力资源和社会保障局", 65],
    ["岚桥区农业农村局", 9],
  ] as const
).map(([agency, n]) => makeReport({ agency, region: identify(agency).region, year: 2023, file: `${agency}-2023.txt`, table2: { new: t2row(n) } }));
const core = memoryCore(reports, () => new Date("2026-11-30"));

function chat(): (text: string) => Promise<string> {
  const conv = createConversation(core, { ratePerMinute: 1000, now: () => 0 });
  return async (text) => {
    const r = await conv.handle({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false });
    return r ? plainText(r) : "";
  };
}

describe("a level said alone after a department", () => {
  it("和市里比呢: the district's 人社局 against the city's", async () => {
    const say = chat();
    expect(await say("岚桥区人社局2023年依申请公开多少件")).toContain("65 件");
    const r = await say("和市里比呢");
    expect(r).toContain("65 件");
    expect(r).toContain("150 件");
    expect(r).not.toContain("300 件");
  });

  it("市里的呢 after an ask-back: the city's body of the name asked", async () => {
    const say = chat();
    expect(await say("农业农村局2023年依申请")).toContain("可以指 2 个机关");
    const r = await say("市里的呢");
    expect(r).toContain("31 件");
    expect(r).not.toContain("没有读懂");
  });
});

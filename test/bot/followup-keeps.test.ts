/**
 * Follow-ups keep what the user did not change: 那住建局罚没金额呢 keeps the year and the amount asked
 * (not the last question's count), in the last question's place when the bare name fits several;
 * 那怎么改进 keeps the body and year of the text question before it (never another body's text);
 * 那行政许可呢 after a ranking ranks the same field by the new figure. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { partsOf } from "../../src/bot/core.ts";
import { followUp } from "../../src/bot/followup.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";
import { textReport } from "../helpers/text-report.ts";

const names = [
  { agency: "甲州市人民政府", region: "甲州市" },
  { agency: "甲州市住房和城乡建设局", region: "甲州市" },
  { agency: "甲州市人力资源和社会保障局", region: "甲州市" },
  { agency: "乙水县住房和城乡建设局", region: "乙水县" },
];
const fits = (name: string) => Boolean(partsOf(name, names).agencies?.[0]);
const after = (question: string, year?: number) => ({ ...partsOf(question, names), ...(year ? { answeredYear: year } : {}) });
const rewrite = (prev: string, text: string, withFits = true) => followUp(after(prev), text, partsOf(text, names), withFits ? fits : undefined);

describe("a follow-up naming a body and its own figure keeps the year and that figure", () => {
  it("那住建局罚没金额呢 → the amount, the last year, in the last question's place", () => {
    expect(rewrite("甲州市人社局2022年行政处罚多少件", "那住建局罚没金额呢")).toBe("甲州市住建局2022年罚没金额");
  });
  it("without a way to check the place, the bare name is kept, and still the amount", () => {
    expect(rewrite("甲州市人社局2022年行政处罚多少件", "那住建局罚没金额呢", false)).toBe("住建局2022年罚没金额");
  });
  it("那住建局呢 swaps the body into the last place; 去年 counts from the last year", () => {
    expect(rewrite("甲州市人社局2022年行政处罚多少件", "那住建局呢")).toBe("甲州市住建局2022年行政处罚多少件");
    expect(rewrite("甲州市人社局2022年行政处罚多少件", "那住建局去年罚没金额呢")).toBe("甲州市住建局2021年罚没金额");
  });
  it("a name that already names one body is left as typed", () => {
    expect(rewrite("甲州市人社局2022年行政处罚多少件", "那乙水县住建局罚没金额呢")).toBe("乙水县住建局2022年罚没金额");
  });
});

describe("a ranking's follow-up ranks the same field", () => {
  it("那行政许可呢 → the same field by 行政许可; 那2022年呢 then keeps it", () => {
    const q = rewrite("2023年甲州市哪个部门行政处罚最多", "那行政许可呢");
    expect(q).toBe("2023年甲州市哪个部门行政许可最多");
    expect(followUp(after(q as string), "那2022年呢", partsOf("那2022年呢", names), fits)).toBe("2022年甲州市哪个部门行政许可最多");
  });
});

describe("a follow-up about the text keeps the body and the year", () => {
  it.each([
    ["那怎么改进", "甲州市人社局2024年怎么改进"],
    ["那改进措施呢", "甲州市人社局2024年改进措施"],
  ])("%s → %s", (text, expected) => {
    expect(rewrite("甲州市人社局2024年存在什么问题", text)).toBe(expected);
  });
  it.each(["你好", "谢谢"])("talk is not a follow-up: %s", (text) => {
    expect(rewrite("甲州市人社局2024年存在什么问题", text)).toBeNull();
  });

  it("in the chat: the improvements of the body and year asked before, not another body's", async () => {
    const five = (who: string) => `2023年，${who}政务公开仍存在不足：一是${who}目录更新慢；二是${who}解读单一。\n下一步，${who}将重点做好以下工作：一是${who}按季巡查目录；二是${who}推行图解解读。`;
    const reports = [textReport(five("青岚县"), "", "青岚县人民政府", 2023, 1), textReport(five("白沙县"), "", "白沙县人民政府", 2023, 2), textReport(five("白沙县"), "", "白沙县人民政府", 2024, 3)];
    const conv = createConversation(memoryCore(reports), { ratePerMinute: 1000 });
    const say = async (text: string) => plainText((await conv.handle({ platform: "telegram", text, userId: "u", chatId: "c", isAdmin: false })) ?? { title: "", blocks: [] });
    expect(await say("青岚县存在什么问题")).toContain("一是青岚县目录更新慢");
    const r = await say("那怎么改进");
    expect(r).toContain("按“青岚县2023年怎么改进”回答");
    expect(r).toContain("一是青岚县按季巡查目录");
    expect(r).toContain("二是青岚县推行图解解读");
    expect(r).not.toContain("白沙县");
  });
});

describe("a ranking by a figure only the text states keeps its field too", () => {
  it("那依申请呢 after 哪个部门主动公开信息最多 → the same field by 依申请, not the field's bodies asked back", () => {
    expect(rewrite("2023年甲州市哪个部门主动公开信息最多", "那依申请呢")).toBe("2023年甲州市哪个部门依申请最多");
  });
  it("那依申请呢 after 哪个住建局…最多 (the field a body's name)", () => {
    expect(rewrite("2023年哪个住建局主动公开信息最多", "那依申请呢")).toBe("2023年哪个住建局依申请最多");
  });
  it("那微信公众号呢: a new text figure for the same field", () => {
    expect(rewrite("2023年哪个住建局主动公开信息最多", "那微信公众号发布信息呢")).toBe("2023年哪个住建局微信公众号发布信息最多");
  });
  it("guard: 那怎么改进 after a ranking is no ranking", () => {
    expect(rewrite("2023年哪个住建局主动公开信息最多", "那怎么改进")).not.toContain("最多");
  });
});

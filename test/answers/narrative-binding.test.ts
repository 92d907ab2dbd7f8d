/**
 * A narrative number belongs to its verb and noun (src/answers/narrative-binding.ts). Each case is
 * a sentence as these reports write it, read by the reader (narrativeFigures), and a question: the
 * number bound must be the one that belongs to what is asked — or none, or a question back when a
 * from…to pair is asked by its verb alone. Before: zhangshu-2020 “清理政务新媒体注销了几个” → 16.
 */
import { describe, expect, it } from "vitest";
import { bindNarrative, focusOf, slotOf } from "../../src/answers/narrative-binding.ts";
import { understand } from "../../src/answers/understand.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";

const NAMES = [{ agency: "永和县人民政府", region: "永和县" }];

function bind(sentence: string, question: string) {
  const figures = narrativeFigures([{ id: "p0", section: 1, text: sentence, start: 0, end: sentence.length }]);
  const q = understand(question, NAMES, new Date("2026-11-23"));
  return bindNarrative(figures, q.text, q.keywords, ["永和县", ...q.years.map(String)]);
}

const valueOf = (b: ReturnType<typeof bind>) => (b === null ? null : "figure" in b ? b.figure.value : "ask" in b ? b.ask.map((f) => f.value) : b.choose.map((f) => f.value));

const XINMEITI = "截止目前，我市政府系统政务新媒体由 46 个清理至 16 个，注销 30 个。";
const CASES: [string, string, number | number[] | null][] = [
  // from … to, then a verb of its own
  [XINMEITI, "永和县2020年清理政务新媒体注销了几个", 30],
  [XINMEITI, "永和县2020年政务新媒体注销多少个", 30],
  [XINMEITI, "永和县2020年政务新媒体清理后还有几个", 16],
  [XINMEITI, "永和县2020年政务新媒体清理前有多少个", 46],
  [XINMEITI, "永和县2020年清理了多少个政务新媒体", [46, 16]],
  // every content word but the verb is the other number's: the verb still decides (pattern 5)
  ["全市政务新媒体微博微信账号由46个清理至16个，注销30个。", "永和县2020年政务新媒体微博微信账号清理注销了几个", 30],
  ["微信工作群由 209 个清理至 154 个，解散 55 个。", "永和县2020年解散了多少个微信工作群", 55],
  ["政府网站由原来的12个整合为3个。", "永和县2023年政府网站整合后还有几个", 3],
  ["政府网站由原来的12个整合为3个。", "永和县2023年政府网站整合前有几个", 12],
  ["政务服务事项从20项精简到15项。", "永和县2023年政务服务事项精简后剩几项", 15],
  // 次 (sessions) is not 人次 (attendances)
  ["开展政务公开专题培训6次，培训各单位工作人员340人次。", "永和县2024年培训了多少人次", 340],
  ["开展政务公开专题培训6次，培训各单位工作人员340人次。", "永和县2024年培训了几次", 6],
  ["组织开展信息公开业务培训3次。", "永和县2024年培训了多少人次", null],
  // a head verb over 其中 …
  ["全年共发布政府信息1234条，其中政策解读56条，图解23篇。", "永和县2023年发布了多少条政策解读", 56],
  ["全年共发布政府信息1234条，其中政策解读56条，图解23篇。", "永和县2023年共发布政府信息多少条", 1234],
  ["全年共发布政府信息1234条，其中政策解读56条，图解23篇。", "永和县2023年发布了多少篇图解", 23],
  // words + number, number + words
  ["全年收到市长信箱信件211条，答复211条，答复率100%。", "永和县2023年市长信箱收到多少信件", 211],
  ["创新开展政务公开云直播41场次，录制在线访谈主题9个。", "永和县2023年开展了多少场政务公开云直播", 41],
  ["创新开展政务公开云直播41场次，录制在线访谈主题9个。", "永和县2023年录制在线访谈主题多少个", 9],
  ["全市累计550人参加，占全市公职人员人数91.7%。", "永和县2023年多少人参加", 550],
  ["举办政务公开业务培训3期，培训人员260人次。", "永和县2023年举办了几期培训", 3],
  ["举办政务公开业务培训3期，培训人员260人次。", "永和县2023年培训了多少人次", 260],
  // several numbers in one clause, separated by 、
  ["办理人大代表建议45件、政协提案62件。", "永和县2023年政协提案多少件", 62],
  ["办理人大代表建议45件、政协提案62件。", "永和县2023年办理人大代表建议多少件", 45],
  ["新增政务服务事项12项，取消8项，调整5项。", "永和县2023年取消了几项", 8],
  ["新增政务服务事项12项，取消8项，调整5项。", "永和县2023年调整多少项", 5],
  ["新增政务服务事项12项，取消8项，调整5项。", "永和县2023年新增了多少项政务服务事项", 12],
  ["受理群众各类诉求104.63万件，按期办结率99.46%。", "永和县2023年受理了多少件诉求", 1046300],
  // the measure word asked decides between numbers of the same verb
  ["召开新闻发布会12场，发布信息300条。", "永和县2023年发布了多少条信息", 300],
  ["召开新闻发布会12场，发布信息300条。", "永和县2023年召开了多少场新闻发布会", 12],
  // nothing of what is asked belongs to a number: no number
  ["全年收到市长信箱信件211条。", "永和县2023年注销了几个政务新媒体", null],
  [XINMEITI, "永和县2020年关停了几个网站", null],
];

describe("a narrative number belongs to the verb and noun asked", () => {
  it.each(CASES)("%s | %s → %j", (sentence, question, want) => {
    expect(valueOf(bind(sentence, question))).toEqual(want);
  });
});

describe("the patterns", () => {
  it("reads from … to as the count before and after the verb", () => {
    const figures = narrativeFigures([{ id: "p0", section: 1, text: XINMEITI, start: 0, end: XINMEITI.length }]);
    expect(figures.map((f) => [f.value, slotOf(f)?.role, slotOf(f)?.verb])).toEqual([
      [46, "from", "清理"],
      [16, "to", "清理"],
      [30, "plain", ""],
    ]);
  });

  it("finds the verb before the quantity word, the noun after it, the measure word and the role", () => {
    expect(focusOf("政务新媒体注销了几个")).toEqual({ verb: "注销", noun: null, unit: "个", role: null, qualifier: null });
    expect(focusOf("政务动态类信息多少条")).toMatchObject({ verb: "信息", qualifier: "动态", unit: "条" });
    expect(focusOf("多少人参加培训")).toMatchObject({ verb: null, noun: "参加", unit: "人" });
    expect(focusOf("政务新媒体清理后还有几个")).toMatchObject({ verb: "清理", role: "to" });
    expect(focusOf("清理前有多少个")).toMatchObject({ verb: "清理", role: "from" });
  });
});

describe("zhangshu-2020, answered end to end", () => {
  it("注销了几个 is 30, under words that hold no other number; 清理了多少个 asks back with two questions that each bind", async () => {
    const { readFileSync } = await import("node:fs");
    const { parseReport } = await import("../../src/index/read/report.ts");
    const { createAnswerer } = await import("../../src/answers/answerer.ts");
    const file = new URL("../../data/reports/zhangshu-2020.txt", import.meta.url);
    const answerer = createAnswerer([parseReport(readFileSync(file, "utf8"), "zhangshu-2020.txt")], { today: () => new Date("2026-11-23") });
    const a = answerer.answer("樟树市2020年清理政务新媒体注销了几个");
    expect(a.figures.map((f) => f.value)).toEqual([30]);
    expect(a.figures[0]?.label).not.toMatch(/46|16/);
    const back = answerer.answer("樟树市2020年清理了多少个政务新媒体");
    expect(back).toMatchObject({ status: "clarify", figures: [] });
    expect(back.choices.map((c) => answerer.answer(c).figures.map((f) => f.value))).toEqual([[46], [16]]);
  });
});

/**
 * Two narrative numbers that both fit a question. The one whose own words hold the question's
 * words unbroken wins (a place word in the question is part of them: “永和融媒发布信息88条” over
 * “通过永和融媒、永和政务微博等渠道发布信息900余条”); when they fit alike and differ (two channels
 * each “收到评论”), the bot asks back with both, each choice binding to one.
 */
import { describe, expect, it } from "vitest";
import { bindNarrative } from "../../src/answers/narrative-binding.ts";
import { chooseAnswer } from "../../src/answers/narrative.ts";
import { understand } from "../../src/answers/understand.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import type { Report } from "../../src/index/schema.ts";

const NAMES = [{ agency: "永和县人民政府", region: "永和县" }];

function bind(sentences: string[], question: string) {
  const figures = narrativeFigures(sentences.map((text, i) => ({ id: `p${i}`, section: 1, text, start: 0, end: text.length })));
  const q = understand(question, NAMES, new Date("2026-11-23"));
  return { q, figures, bound: bindNarrative(figures, q.text, q.keywords, [...q.agencies.map((a) => a.text), ...q.years.map(String)]) };
}

const valueOf = (b: ReturnType<typeof bind>["bound"]) => (b === null ? null : "figure" in b ? b.figure.value : "ask" in b ? b.ask.map((f) => f.value) : b.choose.map((f) => f.value));

const CHANNELS = ["全年我县通过永和融媒、永和政务微博等渠道发布信息900余条，回应关切60件。", "永和融媒发布信息88条，其中政策解读9条，工作动态40条。"];
const TWO_ACCOUNTS = "全年在永和发布微信公众号推送信息410条，收到评论1302条，点赞8800次；在永和发布抖音号发布视频75条，收到评论966条。";

describe("two narrative numbers fit one question", () => {
  it("the one holding the question's words unbroken wins, the place word included", () => {
    expect(valueOf(bind(CHANNELS, "永和县2023年永和融媒发布信息多少条").bound)).toBe(88);
  });

  it("alike and different: both are returned to choose from", () => {
    expect(valueOf(bind([TWO_ACCOUNTS], "永和县2023年收到评论多少条").bound)).toEqual([1302, 966]);
  });

  it("the ask-back names each with the words that tell them apart, and each choice binds to one", () => {
    const { q, figures, bound } = bind([TWO_ACCOUNTS], "永和县2023年收到评论多少条");
    if (!bound || !("choose" in bound)) throw new Error("expected a choice");
    const report = { agency: "永和县人民政府", region: "永和县", year: 2023, title: "永和县人民政府2023年政府信息公开工作年度报告", file: "x.txt", original: TWO_ACCOUNTS, text: TWO_ACCOUNTS, passages: [], sections: [], narrative: figures } as unknown as Report;
    const a = chooseAnswer("永和县2023年收到评论多少条", report, q, bound.choose);
    expect(a.status).toBe("clarify");
    expect(a.text).toContain("1302");
    expect(a.text).toContain("966");
    expect(a.choices).toHaveLength(2);
    expect(a.choices.map((c) => valueOf(bind([TWO_ACCOUNTS], c).bound))).toEqual([1302, 966]);
  });

  it("a number in brackets is an aside on the one before it, not a rival", () => {
    expect(valueOf(bind(["全年受理申请520件，办结498件（含上年结转12件，另有22件延期至次年办结）。"], "永和县2023年办结多少件").bound)).toBe(498);
  });

  it("one number stated twice alike is no choice", () => {
    expect(valueOf(bind(["收到来信12件，答复12件；收到来信12件。"], "永和县2023年收到来信多少件").bound)).toBe(12);
  });
});

/**
 * A question that asks for a rate, a share, a change or an average is never answered with the
 * plain count its words also name (issue 10 item 7): the quantity is detected in question
 * understanding, and the answer is that quantity (unit %, or a signed change) or not_found.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { detectQuantity } from "../../src/answers/quantity.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema, type Answer } from "../../src/index/schema.ts";

const RATIO = [
  "贛州市2023年自然人申請佔比",
  "赣州市2023年公开率是多少",
  "赣州市2023年依申请公开的公开率",
  "赣州2023年政府信息公开申请的公开比例",
  "赣州市2023年不予公开率",
  "赣州市2023年不予公开占比多少",
  "赣州市2023年不予公开的比例是多少？",
  "赣州市2023年自然人申请占比",
  "赣州市2023年自然人申请占多少",
  "赣州市2023年自然人申请所占的比重",
  "赣州市2023年法人或其他组织申请占总数的百分之几",
  "赣州市2023年予以公开的百分比",
  "赣州市2023年予以公开占百分之多少",
  "赣州市2023年予以公开的有几成",
  "赣州市2023年办结率",
  "赣州市2023年申请办结率多少",
  "赣州市2023年行政复议纠错率",
  "赣州市2023年行政诉讼败诉率",
  "赣州市2023年行政复议被纠错的比率",
  "赣州市2023年公开律多少", // slip: 律 for 率
  "赣州市2023年自然人申请站比", // slip: 站 for 占
  "赣州市2023年自然人申請佔比", // traditional
  "赣州市2023年行政復議糾錯率", // traditional
  "赣州市2023年行政訴訟敗訴率是多少",
  "赣州市2023年无法提供的占几%",
  "赣州市2023年不予处理的％",
  "2023年哪个地方公开率最高",
  "2023年公开率排名",
  "对比赣州市和乐清市2023年的办结率",
  "赣州市依申请公开的公开率是不是很高",
];
const CHANGE_RATE = [
  "洪泽区2024年依申请公开同比增长多少",
  "洪泽区2024年申请数量同比",
  "洪泽区2024年依申请同比变化",
  "洪泽区2024年依申请环比增长",
  "洪泽区2024年依申請環比增長",
  "洪泽区2024年申请量的增幅",
  "洪泽区2024年申请量增长率",
  "洪泽区2024年申请量增長率",
  "洪泽区2024年行政许可降幅多大",
  "洪泽区2024年依申请公开比上年增长了百分之几",
  "洪泽区2024年申请增速",
];
const CHANGE = [
  "洪泽区2024年依申请比上年多了多少",
  "洪泽区2024年依申请公开比去年多多少件",
  "洪泽区2024年收到的申请比2023年多了几件",
  "洪泽区2024年行政许可较上年减少了多少",
  "洪泽区2024年行政许可較上年減少了多少",
  "洪泽区2024年与上年相比依申请公开数量",
  "洪泽区2024年和去年比申请多了多少",
  "洪泽区2024年依申请公开增加了多少",
  "洪泽区2024年行政许可下降了几件",
  "洪泽区2024年依申请公开同比增加多少件",
  "洪泽区2024年申请数量增长了吗",
];
const AVERAGE = ["赣州市2023年平均每月收到多少申请", "赣州市2023年月均申请量", "2023年各地平均公开率"];
const OUTCOME = ["赣州市2023年行政复议被纠错几件", "赣州市2023年行政诉讼败诉多少件", "赣州市2023年行政诉讼胜诉几件"];

/** Counts: the dev questions' shapes, and words that only look like a quantity. */
const COUNTS = [
  "浔阳区2023年依申请公开多少件",
  "赣州市2023年上年结转的申请有多少",
  "赣州市2023年新收和上年结转的申请一共多少",
  "赣州市2023年行政复议结果纠正几件",
  "赣州市2023年现行有效的行政规范性文件有多少件",
  "乐清市2023年本年制发行政规范性文件多少件",
  "樟树市2020年行政许可本年增减",
  "樟树市2020年行政许可本年增/减多少项",
  "樟树市2020年行政许可上一年项目数量",
  "赣州市2023年新增规范性文件多少件",
  "对比赣州市和乐清市2023年依申请公开数量",
  "对比2022年和2023年洪泽区依申请公开数量",
  "赣州市率先开展了哪些工作",
  "赣州市2023年其他法律行政法规禁止公开的有几件",
  "赣州市2023年政务公开工作效率",
  "2023年哪个地方收到的政府信息公开申请最多",
];

describe("detectQuantity: what is asked, in the ways people ask it", () => {
  it.each(RATIO)("ratio: %s", (q) => expect(detectQuantity(q.normalize("NFKC"))?.kind).toBe("ratio"));
  it.each(CHANGE_RATE)("change rate: %s", (q) => expect(detectQuantity(q)?.kind).toBe("change_rate"));
  it.each(CHANGE)("change: %s", (q) => expect(detectQuantity(q)?.kind).toBe("change"));
  it.each(AVERAGE)("average: %s", (q) => expect(detectQuantity(q)?.kind).toBe("average"));
  it.each(OUTCOME)("outcome: %s", (q) => expect(detectQuantity(q)?.kind).toBe("outcome"));
  it.each(COUNTS)("a count, not another quantity: %s", (q) => expect(detectQuantity(q)).toBeNull());

  it("a bare change word is a change only about a named figure", () => {
    expect(detectQuantity("赣州市2023年依申请增长情况", true)?.kind).toBe("change");
    expect(detectQuantity("赣州市2023年公开栏目增加情况", false)).toBeNull();
  });

  it("names the asked words for the reply", () => {
    expect(detectQuantity("赣州市2023年公开率是多少")?.phrase).toBe("公开率");
    expect(detectQuantity("2023年哪个地方公开率最高")?.phrase).toBe("公开率");
    expect(detectQuantity("洪泽区2024年依申请比上年多了多少")?.phrase).toBe("比上年");
  });
});

describe("answers: the quantity asked, or not_found — never a plain count", () => {
  let answerer: Answerer;
  beforeAll(async () => {
    const corpus = await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname);
    answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-23") });
  });
  const ask = (q: string): Answer => AnswerSchema.parse(answerer.answer(q));

  /** A count is a figure in 件/条/项… read off one table cell or sentence: not an indicator. */
  const isIndicator = (a: Answer) => a.figures[0] !== undefined && /^(?:indicator|change|change_rate)\./u.test(a.figures[0].metric);

  it.each([...RATIO, ...CHANGE_RATE, ...CHANGE, ...AVERAGE])("%s", (q) => {
    const a = ask(q);
    if (a.status === "answered") expect(isIndicator(a), a.text).toBe(true);
    else expect(a.figures).toEqual([]);
    // Whatever the outcome, the reply says which quantity it is about (names are h-names' side:
    // 贛州 may not be resolved yet, and then the reply is about the name).
    if (a.status === "not_found" && !a.text.startsWith("没有找到“")) expect(a.text).toMatch(/率|比|变化|平均|同比|增|减|多|少/u);
  });

  it("says which quantity was asked and offers the printed figures instead", () => {
    const a = ask("赣州市2023年政务公开满意率");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("满意率");
    expect(a.text).toMatch(/可以计算的有/u);
  });

  it("a why-question about a rate gets the rate or nothing, never the count", () => {
    const a = ask("赣州市2023年为什么不予公开率高");
    if (a.status === "answered") expect(isIndicator(a)).toBe(true);
    else expect(a.figures).toEqual([]);
  });
});

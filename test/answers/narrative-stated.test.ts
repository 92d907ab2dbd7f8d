/**
 * Reports whose tables were not read answer from what their narrative states — in comparisons,
 * trends and changes from the year before too, not only single figures — with the sentence quoted
 * and a note that the figure comes from the text. Each report here is a bundled sample cut before
 * its tables, its own sentences on applications removed, and one sentence written in.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const withoutStatements = (text: string) =>
  text
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼/.test(s)).join(""))
    .join("\n");
/** The sample without its tables and its own statements, with `sentence` written in. */
const narrativeOnly = (file: string, sentence: string) => {
  // hongze-2023's title leaves out 淮安市 (the corpus joins the two years by name; here the title says it)
  const text = sample(file).replace(/^洪泽区人民政府/u, "淮安市洪泽区人民政府");
  return parseReport(`${withoutStatements(text.slice(0, text.search(TABLES)))}\n${sentence}\n`, file);
};
/** The sample with its tables, `sentence` written in before them. */
const withTables = (file: string, sentence: string) => {
  const text = sample(file);
  const at = text.search(TABLES);
  return parseReport(`${withoutStatements(text.slice(0, at))}\n${sentence}\n${text.slice(at)}`, file);
};
const fromText = (a: Answer) => a.figures.every((f) => f.source.endsWith("（正文）"));

describe("comparisons and trends of reports whose tables were not read", () => {
  it("对比 two such reports: each figure from its narrative, quoted", () => {
    const answerer = createAnswerer([
      narrativeOnly("xunyang-2023.txt", "2023年度，本机关共收到信息公开申请22起，答复22起。"),
      narrativeOnly("ganzhou-2023.txt", "全年共办理回复依申请公开事项23件，其中网上申请22件。"),
    ]);
    const a = answerer.answer("对比浔阳区和赣州市2023年依申请公开数量");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("comparison");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["浔阳区", 22], ["赣州市", 23]]);
    expect(fromText(a)).toBe(true);
    expect(a.quotes.map((q) => q.text).join("")).toMatch(/22起.*23件/u);
    expect(a.notes.join("")).toContain("数字取自正文");
  });

  it("历年: one agency's two years, each from its narrative", () => {
    const answerer = createAnswerer([
      narrativeOnly("hongze-2023.txt", "全年共收到政府信息公开申请31件。"),
      narrativeOnly("hongze-2024.txt", "全年共收到政府信息公开申请40件。"),
    ]);
    const a = answerer.answer("洪泽区2023年和2024年依申请公开数量");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2023, 31], [2024, 40]]);
    expect(fromText(a)).toBe(true);
  });

  it("同比 computed from two narratives when both years are loaded", () => {
    const answerer = createAnswerer([
      narrativeOnly("hongze-2023.txt", "全年共收到政府信息公开申请31件。"),
      narrativeOnly("hongze-2024.txt", "全年共收到政府信息公开申请40件。"),
    ]);
    const a = answerer.answer("洪泽区2024年依申请公开比上年多了多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(9);
  });
});

describe("a change from the year before that the report prints beside the figure", () => {
  const cases: [string, string, number][] = [
    ["2023年度，我局共收到信息公开申请22起，比2022年(31起)下降29%，答复22起。", "依申请公开同比下降多少", 29],
    ["2023年，共受理依申请公开信函31件，较2022年增长63%。", "依申请公开较上年增长多少", 63],
    ["全年共收到政府信息公开申请45件，同比增长12.5%。", "依申请公开同比增长百分之几", 12.5],
  ];
  it.each(cases)("“%s” → %s = %d%%, quoted, said to be printed", (sentence, what, value) => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[value, "%"]]);
    expect(a.quotes[0]?.text).toContain(sentence.slice(8, 20));
    expect(a.notes.join("")).toContain("照录原文");
  });

  it("a count asked (多了多少件) is never answered with the printed percentage", () => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", cases[0]?.[0] as string)]).answer("浔阳区2023年依申请公开比上年多了多少件");
    expect(a.figures.map((f) => f.unit)).not.toContain("%");
  });

  it("a printed count (“与去年相比减少4件”) answers 比上年减少多少件, signed, in its unit; never a rate asked", () => {
    const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年共收到政府信息公开申请17件，与去年相比减少4件，办结数15件，办结率88.2%。")]);
    const a = answerer.answer("浔阳区2023年依申请公开比上年减少多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[-4, "件"]]);
    expect(a.notes.join("")).toContain("照录原文");
    expect(answerer.answer("浔阳区2023年依申请公开同比变化率").figures.map((f) => f.unit)).not.toContain("件");
  });

  it("a rate the tables cannot give, printed in the text (办结率88.2%), is answered as printed", () => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年共收到政府信息公开申请17件，与去年相比减少4件，办结数15件，办结率88.2%。")]).answer("浔阳区2023年办结率");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[88.2, "%"]]);
    expect(a.text).toContain("不是由表格计算的");
  });

  it("a percentage of another clause is not the change (“…22起，答复率100%”)", () => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年共收到政府信息公开申请22起，答复率100%。")]).answer("浔阳区2023年依申请公开同比下降多少");
    expect(a.status).not.toBe("answered");
  });
});

describe("a label with a bracketed alternative (“市长（县长）信箱”)", () => {
  const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年市长（县长）信箱收到群众来信318件，均已按期办结。")]);
  it.each(["市长信箱收到多少来信", "县长信箱来信多少件"])("%s → 318, read either way", (what) => {
    const a = answerer.answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([318]);
  });
});

describe("a count stated on behalf of another body is not the report's total", () => {
  it("“区政府办代表区政府受理…17件” is not compared with the table; the same count stated as the report's own is", () => {
    const total = (r: ReturnType<typeof withTables>) => r.checks.filter((c) => c.rule === "text_vs_table" && !c.holds);
    expect(total(withTables("hongze-2024.txt", "区政府办代表区政府受理政府信息公开申请17件。"))).toEqual([]);
    expect(total(withTables("hongze-2024.txt", "区政府办受理政府信息公开申请17件。")).map((c) => [c.printed, c.expected])).toEqual([[17, 95]]);
  });
});

describe("results of the applications stated in the narrative (其中予以公开…, 部分予以公开…)", () => {
  const sentence = "今年收到线上依申请公开信件20条，线下信件4条。其中予以公开的申请14条，部分予以公开5条，不予公开3条，其他情况2条。";
  const answerer = createAnswerer([narrativeOnly("ganzhou-2023.txt", sentence)]);
  it.each([
    ["予以公开多少件", 14],
    ["部分公开多少件", 5],
  ])("%s → %d, as printed (条), from the text", (what, value) => {
    const a = answerer.answer(`赣州市2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[value, "条"]]);
    expect(fromText(a)).toBe(true);
  });
  it("不予公开 is neither", () => {
    const a = createAnswerer([narrativeOnly("ganzhou-2023.txt", "全年不予公开3条。")]).answer("赣州市2023年予以公开多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(3);
  });
});

describe("行政复议 outcomes stated in the narrative, number first or last", () => {
  it.each([
    ["因不服答复引起行政复议3件，1件结果维持，2件结果纠正。", { 行政复议结果纠正几件: 2, 行政复议结果维持几件: 1, 行政复议多少件: 3 }],
    ["全年发生行政复议4件，其中结果维持3件、结果纠正1件。", { 行政复议结果纠正几件: 1, 行政复议结果维持几件: 3 }],
  ] as const)("“%s”", (sentence, asked) => {
    const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]);
    for (const [what, value] of Object.entries(asked)) {
      const a = answerer.answer(`浔阳区2023年${what}`);
      expect(a.status, `${what}: ${a.text}`).toBe("answered");
      expect(a.figures.map((f) => f.value), what).toEqual([value]);
      expect(fromText(a)).toBe(true);
    }
  });

  it("an outcome of 行政诉讼 is not the 复议's", () => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", "行政复议2件，行政诉讼3件，2件结果纠正。")]).answer("浔阳区2023年行政复议结果纠正几件");
    expect(a.figures.map((f) => f.value)).not.toContain(2);
  });
});

describe("比上年 of a count only the narrative states (no table has it)", () => {
  // hongze-2023 states “我区在政府网站平台主动公开政府信息 1136 条”; the 2024 sentence is written in.
  const with2024 = (sentence: string) => createAnswerer([narrativeOnly("hongze-2023.txt", ""), narrativeOnly("hongze-2024.txt", sentence)]);

  it("主动公开信息比上年多多少条: each year's sentence bound, subtracted, both quoted", () => {
    const a = with2024("全年主动公开政府信息4175条，其中通过门户网站发布2650条。").answer("洪泽区2024年主动公开信息比上年多多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.year, f.value, f.unit])).toEqual([[2024, 3039, "条"], [2024, 4175, "条"], [2023, 1136, "条"]]);
    expect(a.quotes.map((q) => q.text).join("")).toMatch(/4175条.*1136 条/u);
    expect(a.notes.join("")).toContain("取自报告正文");
  });

  it("a round figure (5500余条) or another unit is not subtracted", () => {
    const round = with2024("全年主动公开政府信息5500余条。").answer("洪泽区2024年主动公开信息比上年多多少条");
    expect(round.status, round.text).toBe("not_found");
    expect(round.text).toContain("约数");
    const unit = with2024("全年主动公开政府信息4175件。").answer("洪泽区2024年主动公开信息比上年多多少条");
    expect(unit.status, unit.text).toBe("not_found");
    expect(unit.figures).toEqual([]);
  });

  it("a change that names no figure is still asked back", () => {
    const a = with2024("全年主动公开政府信息4175条。").answer("洪泽区2024年比上年多多少");
    expect(a.status).toBe("clarify");
  });
});

describe("a table figure read with a doubt that the narrative states as the same number", () => {
  // xunyang-2023 with table 2's 上年结转 row lost: the row above may sit one row off. Its text says “共受理依申请公开14件”.
  const lines = sample("xunyang-2023.txt").split("\n");
  const at = lines.findIndex((l) => l.startsWith("二、上年结转政府信息公开申请数量"));
  const rowLost = (text: string) => parseReport(text, "xunyang-2023.txt");
  const cut = [...lines.slice(0, at), ...lines.slice(at + 15)].join("\n");

  it("is stated, from the table, with a note that the text says the same", () => {
    const a = createAnswerer([rowLost(cut)]).answer("浔阳区2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([14]);
    expect(a.notes.join("")).toMatch(/读取有疑问.*正文写的是同一个数/u);
  });

  it("a text stating another number leaves the doubt", () => {
    const a = createAnswerer([rowLost(cut.replace("共受理依申请公开14件", "共受理依申请公开15件"))]).answer("浔阳区2023年依申请公开多少件");
    expect(a.status).not.toBe("answered");
  });
});

describe("result groups, reasons and table-1 cells the narrative states (the table lacks them)", () => {
  const results = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年新收政府信息公开申请30件，予以公开8件，部分公开6件，无法提供11件，不予处理2件，其他处理3件。")]);
  it.each([
    ["无法提供多少件", 11],
    ["不予处理几件", 2],
    ["其他处理多少件", 3],
  ])("%s → %d, from the text", (what, value) => {
    const a = results.answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(fromText(a)).toBe(true);
  });

  it("a reason listed after 其中 of the replies: 属于行政执法案卷 → 4 (起, as printed)", () => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年共收到信息公开申请19起，答复19起。其中公开2起，不存在6起，属于行政执法案卷4起。")]).answer("浔阳区2023年属于行政执法案卷的有几起");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[4, "起"]]);
  });

  it.each([
    ["区政府办代表区政府受理政府信息公开申请40件，无法提供9件。", "无法提供多少件"],
    ["12345热线工单中无法提供材料的3件。", "无法提供多少件"],
    ["全年收到申请20件，不予公开5件，其中属于行政执法案卷3件。", "无法提供多少件"],
  ])("not this body's, or not about applications: “%s” %s → no figure from it", (sentence, what) => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]).answer(`浔阳区2023年${what}`);
    expect(a.figures.map((f) => f.value).filter((v) => /\d/u.test(String(v)) && sentence.includes(String(v)))).toEqual([]);
  });

  it("table 1: 现行有效 of the item named last before it", () => {
    const one = createAnswerer([narrativeOnly("xunyang-2023.txt", "对主动公开的规范性文件进行清理，本年度制发0件，废止1件，现行有效7件。")]);
    expect(one.answer("浔阳区2023年现行有效规范性文件几件").figures.map((f) => f.value)).toEqual([7]);
    const two = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年规章现行有效2件，规范性文件制发3件。")]);
    expect(two.answer("浔阳区2023年规章现行有效几件").figures.map((f) => f.value)).toEqual([2]);
    expect(two.answer("浔阳区2023年现行有效规范性文件几件").figures.map((f) => f.value)).toEqual([]);
  });

  it.each([
    ["对行政规范性文件开展清理，制发行政规范性文件3件，废止行政规范性文件12件，现行有效件数41件。", [["制发规范性文件几件", 3], ["废止规范性文件几件", 12], ["现行有效规范性文件几件", 41]]],
    ["在门户网站公布本级现行有效行政规范性文件27件。", [["现行有效行政规范性文件多少件", 27]]],
    ["本年度现行有效的规范性文件19件，均已集中公开。", [["现行有效的规范性文件几件", 19]]],
    ["全年作出行政处罚决定8件，作出行政复议决定3件。", [["行政处罚多少件", 8]]],
  ] as const)("table 1 by its clause's scope: column word, then the item or 件数 (“%s”)", (sentence, asked) => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]);
    for (const [what, value] of asked) {
      const got = a.answer(`浔阳区2023年${what}`);
      expect(got.figures.map((f) => f.value), `${what}: ${got.text}`).toEqual([value]);
      expect(got.figures[0]?.source).toContain("正文");
    }
  });

  it.each([
    ["加强行政处罚信息公开，全年作出行政复议决定3件。", ["行政处罚多少件"]],
    ["公开各类信息120条，其中有效规范性文件4件。", ["现行有效规范性文件几件"]],
    ["经清理，确认有效行政规范性文件61件，确认予以废止行政规范性文件5件。", ["现行有效规范性文件几件", "废止规范性文件几件"]],
  ] as const)("table 1: another thing's count, a part of another count, a review's finding are no cell (“%s”)", (sentence, asked) => {
    const a = createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]);
    for (const what of asked) {
      const got = a.answer(`浔阳区2023年${what}`);
      expect(got.figures.map((f) => f.value).filter((v) => sentence.includes(String(v))), `${what}: ${got.text}`).toEqual([]);
    }
  });
});

describe("parts of one body's text figures added up (一共)", () => {
  it("予以公开和部分公开一共: each part stated, the sum said to be the bot's, each part beside it", () => {
    const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年共收到政府信息公开申请34件，其中，予以公开7件、部分公开5件，无法提供20件、不予公开2件。")]);
    const a = answerer.answer("浔阳区2023年予以公开和部分公开一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([12, 7, 5]);
    expect(a.notes.some((n) => n.includes("报告没有印出这一合计") && n.includes("7 + ") && n.includes("5 = 12"))).toBe(true);
    expect(fromText(a)).toBe(true);
  });

  it("官方网站和微信公众号一共发布: the verb shared by both parts, each part's own number", () => {
    const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年主动公开政府信息2170条，其中官方网站发布1531条，官方微博发布141条，微信公众号发布374条。")]);
    const a = answerer.answer("浔阳区2023年官方网站和微信公众号一共发布多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[1905, "条"], [1531, "条"], [374, "条"]]);
  });

  it("guard: a part the text does not state gives no sum (not the other part alone)", () => {
    const answerer = createAnswerer([narrativeOnly("xunyang-2023.txt", "全年主动公开政府信息2170条，其中官方网站发布1531条。")]);
    const a = answerer.answer("浔阳区2023年官方网站和抖音一共发布多少条");
    expect(a.status, a.text).not.toBe("answered");
    expect(a.figures.map((f) => f.value)).not.toContain(1531);
  });
});

describe("a ranking reads a figure as the single answer does (a doubt the text settles is none)", () => {
  const lines = readFileSync(new URL("../../data/reports/xunyang-2023.txt", import.meta.url), "utf8").split("\n");
  const at = lines.findIndex((l) => l.startsWith("二、上年结转政府信息公开申请数量"));
  const cut = [...lines.slice(0, at), ...lines.slice(at + 15)].join("\n");
  it("the body whose table-2 doubt its text settles is ranked, not left out as unsure", () => {
    const answerer = createAnswerer([parseReport(cut, "xunyang-2023.txt"), parseReport(sample("leping-2023.txt"), "leping-2023.txt"), parseReport(sample("ganzhou-2023.txt"), "ganzhou-2023.txt")]);
    const single = answerer.answer("浔阳区2023年依申请公开多少件");
    expect(single.status, single.text).toBe("answered");
    const ranked = answerer.answer("2023年哪个地方依申请公开最多");
    expect(ranked.text).not.toContain("存疑，未列出");
    expect(ranked.figures.map((f) => [f.agency, f.value])).toContainEqual([single.figures[0]?.agency, 14]);
  });
});

/**
 * Coverage guard (src/answers/coverage.ts): a figure is stated only when it accounts for every
 * word of the question. A noun or verb the figure does not cover (工作人员, 培训, 发布) or a
 * department the answering agency is not (公安局, 区政府办) means the figure answers another
 * question: the narrative figure bound to those words answers instead, or not_found says what
 * was not understood. Colloquial ways of asking for a table figure must still get it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { carries, leftover } from "../../src/answers/coverage.ts";
import { answersTo } from "../../src/answers/narrative-binding.ts";
import { understand } from "../../src/answers/understand.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema, type NarrativeFigure } from "../../src/index/schema.ts";

const DIR = new URL("../../data/reports/", import.meta.url);
const squash = (s: string) => s.replace(/\s+/g, "");
const corpusText = readdirSync(DIR).filter((f) => !f.startsWith(".")).map((f) => squash(readFileSync(new URL(f, DIR), "utf8"))).join("\n");

let answerer: Answerer;
beforeAll(async () => {
  const corpus = await loadCorpus(DIR.pathname);
  answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-30") });
});
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

/** Ways of asking for a table figure, with words of asking around it: the figure, as before. */
const STILL_ANSWERED: [string, number][] = [
  ["请问一下赣州市2023年一共收到了多少份政府信息公开申请呢", 1516],
  ["浔阳区2023年依申请公开的政府信息有多少件", 14],
  ["洪泽区政府2024年受理了几件信息公开申请", 95],
  ["洪泽区人民政府2024年本年新收政府信息公开申请数量是多少呢", 95],
  ["乐清府办2023年依申请公开多少件", 70],
  ["乐清市2023年府办依申请公开多少件", 70],
  ["乐清市政府办公室2023年结转下年度的有几件", 1],
  ["赣州市2023年行政复议结果纠正的案件有几件", 4],
  ["赣州市2023年的行政诉讼案件数", 57],
  ["淮安市2024年全市行政复议一共多少件", 351],
  ["帮我查一下洪泽区2024年行政复议的数量", 2],
  ["浔阳区2023年不掌握相关信息的有多少件", 3],
  ["赣州2023年依申清公开多少件", 1516],
  ["想知道浔阳区2023年老百姓申请公开了多少次", 14],
  ["赣州市2023年企业申请了几件", 18],
  ["赣州市2023年依申请公开中予以公开的有多少件啊", 716],
  ["赣州市2023年收到的政府信息公开申请里面不予公开的有多少", 84],
  ["赣州市2023年信访举报投诉类的申请不予处理了几件", 4],
  ["赣州市23年重复申请几件", 11],
  ["赣州市2023年本年办结了多少件申请", 1504],
  ["赣州市2023年的政府信息公开年度报告里依申请公开多少件", 1516],
  ["赣州市2023年度依申请公开件数", 1516],
  ["赣州市2023年主动公开规范性文件多少件", 1316],
  ["樟树市2020年政府集中采购的项目有多少个", 156],
  ["淮安市2024年答复多少件", 3050],
  ["赣州市2023年开展了多少场政务公开云直播", 41],
  ["乐平市2023年市长信箱收到多少信件", 211],
];

describe("words of asking around a figure: still answered", () => {
  it.each(STILL_ANSWERED)("%s → %d", (q, value) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(value);
  });

  it("rankings, comparisons and trends asked with “哪个地方” or plain words keep their figures", () => {
    expect(ask("2023年哪个地方收到的政府信息公开申请最多").figures[0]).toMatchObject({ region: "赣州市", value: 1516 });
    expect(ask("对比洪泽区和浔阳区2023年依申请公开数量").figures.map((f) => f.value)).toEqual([21, 14]);
    expect(ask("洪泽区2023年和2024年依申请公开数量").figures.map((f) => f.value)).toEqual([21, 95]);
  });
});

describe("a word the figure does not cover: the figure is not stated", () => {
  it("a noun nothing in the report counts (工作人员) → not_found naming it, no figure", () => {
    for (const q of ["赣州市2023年政府信息公开工作机构有多少工作人员", "浔阳区2023年依申请公开的工作人员多少人"]) {
      const a = ask(q);
      expect(a.status, a.text).toBe("not_found");
      expect(a.figures).toEqual([]);
      expect(a.text).toContain("工作人员");
      expect(a.text).not.toMatch(/1516|14 件/u);
    }
  });

  it("a department of a place whose government alone is loaded → no report of it, the government's offered", () => {
    const a = ask("赣州市2023年公安局依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("没有“赣州市公安局”的年度报告");
    expect(a.text).toContain("赣州市人民政府");
    expect(a.choices).toContain("赣州市2023年依申请公开多少件");
    for (const q of ["赣州市2023年教育局行政复议多少件", "乐清市2023年公安局依申请公开多少件", "赣州市2023年政务服务中心依申请公开多少件"]) {
      const b = ask(q);
      expect(b.status, `${q}: ${b.text}`).toBe("not_found");
      expect(b.figures).toEqual([]);
    }
  });

  it("a department asked of a ranking is not answered with the governments' ranking", () => {
    const a = ask("2023年哪个地方的公安局收到申请最多");
    expect(a.figures).toEqual([]);
    expect(a.status).not.toBe("answered");
  });

  it("the office asked about something its sentence does not say → not_found, not the office's 17 nor the government's table", () => {
    const a = ask("洪泽区2024年区政府办行政复议多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.figures).toEqual([]);
  });

  it("a topic only mentioned in words (培训 without a number) → the sentences quoted, no figure", () => {
    const a = ask("赣州市2023年开展政务公开培训多少次");
    expect(a.figures).toEqual([]);
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.quotes.some((qt) => qt.text.includes("培训"))).toBe(true);
  });
});

describe("the narrative figure bound to the asked words answers instead", () => {
  // [question, value, the number's words in its sentence, whether a table figure was claimed first]
  const cases: [string, number, string, boolean][] = [
    ["浔阳区2023年全年发布各类信息多少条", 9831, "全年发布各类信息9831条", true],
    ["洪泽区2024年区政府办受理政府信息公开申请多少件", 17, "区政府办代表区政府受理政府信息公开申请17件", true],
    // 4 次 is the 自查整改 beside it
    ["浔阳区2023年开展政务公开培训几次", 2, "2次政务公开培训", false],
    // 81 项 is 行政备案事项 in the same sentence; the table's 行政许可 decisions are another figure
    ["乐平市2023年确定行政许可事项多少项", 252, "确定行政许可事项252项", true],
  ];
  it.each(cases)("%s → %d", (q, value, words, claimed) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures).toHaveLength(1);
    expect(a.figures[0]).toMatchObject({ metric: "narrative", value });
    expect(a.figures[0]?.source).toContain("（正文）");
    expect(squash(a.quotes[0]?.text ?? "")).toContain(words);
    expect(corpusText).toContain(squash(a.quotes[0]?.text ?? ""));
    if (claimed) expect(a.notes.join("")).toContain("不是表格中的一项");
  });
});

describe("leftover: what understanding did not explain", () => {
  const names = [
    { agency: "赣州市人民政府", region: "赣州市" },
    { agency: "淮安市洪泽区人民政府", region: "洪泽区" },
    { agency: "乐清市人民政府办公室", region: "乐清市" },
  ];
  const left = (q: string) => leftover(understand(q, names, new Date("2026-11-30")));

  it("names, years, figure phrases and words of asking are all explained", () => {
    for (const q of ["赣州市2023年依申请公开多少件", "请问一下赣州市2023年一共收到了多少份政府信息公开申请呢", "赣州2023年行政复议结果维持几件", "2023年哪个地方收到的申请最多"]) {
      expect(left(q), q).toEqual({ words: [], organs: [] });
    }
  });

  it("content nouns and verbs are left over", () => {
    expect(left("赣州市2023年政府信息公开工作机构有多少工作人员").words).toEqual(["机构", "工作人员"]);
    expect(left("赣州市2023年全年发布各类信息多少条").words).toEqual(["发布", "信息"]);
    expect(left("赣州市2023年开展政务公开培训几次").words).toContain("培训");
  });

  it("departments and offices outside the name are organs, with the words that name them", () => {
    expect(left("赣州市2023年公安局依申请公开多少件").organs).toEqual(["公安局"]);
    expect(left("洪泽区2024年区政府办受理政府信息公开申请多少件").organs).toEqual(["区政府办"]);
    expect(left("赣州市2023年政务服务中心依申请公开多少件")).toEqual({ words: [], organs: ["政务服务中心"] });
    // 网站, 举办 end like offices but are not
    expect(left("赣州市2023年政府网站举办访谈多少期").organs).toEqual([]);
  });

  it("an office word is the agency's when its characters stand in the name in order", () => {
    expect(carries("乐清市人民政府办公室", "府办")).toBe(true);
    expect(carries("赣州市发展和改革委员会", "发改委")).toBe(true);
    expect(carries("淮安市洪泽区人民政府", "区政府办")).toBe(false);
    expect(carries("赣州市人民政府", "公安局")).toBe(false);
  });

  it("a narrative number answers to its own words and earlier clauses' words, never a later number's", () => {
    const sentence = "全年累计开展4次政务公开自查整改,2次政务公开培训,对检查情况进行通报。";
    const f = (says: string, value: number): NarrativeFigure => ({ read: "narrative", value, unit: "次", says, sentence, section: 1, start: 0, end: 0 });
    const [four, two] = [f("全年累计开展4次", 4), f("2次", 2)];
    expect(answersTo([four, two], four)).toContain("自查整改");
    expect(answersTo([four, two], four)).not.toContain("培训");
    expect(answersTo([four, two], two)).toContain("培训");
    expect(answersTo([four, two], two)).toContain("开展");
  });
});

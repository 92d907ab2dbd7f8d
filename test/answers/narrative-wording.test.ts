/**
 * Narrative figures in the wording real reports use, not the template's sentence: the number before
 * its noun (“共收到9件信息依申请公开”), the fate of the applications after 其中 (“其中7件已按期完成
 * 答复，余下2件结转下年度继续办理”), one applicant's count as the only one (“共收到自然人申请5件”),
 * counts in Chinese numerals (“培训一百二十人次”), the channel in a clause before the number or named
 * by its account (“浔阳在线”官方微信公众号), an adverb shared by listed verbs, and a change from the
 * year before printed in a clause of its own. Every
 * sentence here is invented and written into a bundled sample (data/reports) cut before its tables,
 * its own sentences on applications removed. Each binding has its guard: a part, another count's
 * 其中, another channel, another applicant is never given as the figure asked.
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
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼|同比|上年/.test(s)).join(""))
    .join("\n");
/** xunyang-2023 without its tables and its own statements, with `sentence` written in. */
const narrativeOnly = (sentence: string) => {
  const text = sample("xunyang-2023.txt");
  return parseReport(`${withoutStatements(text.slice(0, text.search(TABLES)))}\n${sentence}\n`, "xunyang-2023.txt");
};
const ask = (sentence: string, what: string): Answer => createAnswerer([narrativeOnly(sentence)]).answer(`浔阳区2023年${what}`);
const values = (a: Answer) => a.figures.map((f) => f.value);
const expectFigure = (a: Answer, value: number, unit?: string) => {
  expect(a.status, a.text).toBe("answered");
  expect(values(a)).toEqual([value]);
  if (unit) expect(a.figures[0]?.unit).toBe(unit);
  expect(a.figures[0]?.source).toContain("正文");
};

describe("table-2 counts with the number before its words, and the results after 其中", () => {
  const sentence = "本年度，本机关共收到9件政府信息依申请公开，其中7件已按期完成答复，余下2件结转下年度继续办理。";
  it.each([
    ["收到多少件依申请公开", 9],
    ["办结多少件", 7],
    ["结转下年度多少件", 2],
  ])("%s → %d", (what, value) => expectFigure(ask(sentence, what), value));

  it("“转下年度办理3件” is 结转 (without 结)", () => {
    expectFigure(ask("全年共收到政府信息公开申请11件，上年结转1件，公开答复9件，转下年度办理3件。", "结转下年度多少件"), 3);
  });

  it("“其中公开4件” right after the applications received is 予以公开", () => {
    expectFigure(ask("全年共收到政府信息公开申请6件，其中公开4件，不予公开2件。", "予以公开几件"), 4);
  });

  it("“其中2件结转下年度继续办理” right after the applications received is 结转; the sentence still gives the year's count", () => {
    const sentence = "全年依法受理答复政府信息公开申请12件,其中2件结转下年度继续办理,因政府信息公开引起的行政诉讼0件。";
    expectFigure(ask(sentence, "结转下年度继续办理多少件"), 2);
    expectFigure(ask(sentence, "收到多少件依申请公开"), 12);
  });

  it("guard: 其中…结转 after another count is that count's part — not 结转", () => {
    const a = ask("全年共收到网上申请5件，其中1件结转下年度继续办理。", "结转下年度多少件");
    expect(values(a)).not.toContain(1);
  });

  it("guard: 其中 after another count lists that count's parts — not 办结, not 予以公开", () => {
    const online = ask("全年共收到网上申请5件，其中4件已完成答复。", "办结多少件");
    expect(values(online)).not.toContain(4);
    expect(online.status).not.toBe("answered");
    const active = ask("全年主动公开政府信息120条，其中公开规范性文件8件。", "予以公开几件");
    expect(values(active)).not.toContain(8);
  });

  it.each(["全年共收到政府信息公开申请30件，其中按期办结25件，延期办结5件。", "全年共收到政府信息公开申请30件，按期办结25件，延期办结5件。"])(
    "guard: 按期 / 延期 items split the results — neither is 办结 (%s)",
    (sentence) => {
      const a = ask(sentence, "办结多少件");
      expect(values(a)).not.toContain(25);
      expect(values(a)).not.toContain(5);
    },
  );
});

describe("one applicant's count stated alone", () => {
  const sentence = "全年共收到自然人申请5件，均已按时答复。";
  it("asked for that applicant: its figure", () => {
    const a = ask(sentence, "自然人申请多少件");
    expectFigure(a, 5);
    expect(a.figures[0]?.label).not.toContain("其中");
  });

  it("asked for all applications: the part, labelled and said to be one (the total is not printed)", () => {
    const a = ask(sentence, "收到多少申请");
    expectFigure(a, 5);
    expect(a.figures[0]?.label).toContain("其中自然人");
    expect(a.notes.join("")).toContain("没有写申请的总数");
  });

  it("guard: two applicants' counts stated — neither is given as the total", () => {
    const a = ask("全年共收到自然人申请5件，收到法人或其他组织申请2件。", "收到多少申请");
    expect(values(a)).not.toContain(5);
    expect(values(a)).not.toContain(2);
  });

  it("guard: a part is never ranked as a total", () => {
    const a = createAnswerer([narrativeOnly(sentence)]).answer("2023年哪个地方依申请公开最多");
    expect(values(a)).not.toContain(5);
  });
});

describe("applications counted in 份", () => {
  it("“受理和答复政府信息公开申请共计48份” → 48 份, as printed", () => {
    expectFigure(ask("2023年受理和答复政府信息公开申请共计48份，均按期办结。", "收到多少申请"), 48, "份");
  });
});

describe("applicants listed under the year's count (其中…)", () => {
  const sentence = "本年度共受理政府信息公开申请12件，其中自然人9件，法人及其他组织3件，均已按期答复。";
  it.each([
    ["自然人申请多少件", 9],
    ["法人或其他组织申请多少件", 3],
    ["收到多少申请", 12],
  ] as const)("%s → %i", (what, value) => {
    expectFigure(ask(sentence, what), value);
  });

  it("guard: applicants listed under another count (予以公开…，其中自然人…) are that count's parts", () => {
    const a = ask("共收到政府信息公开申请12件，予以公开7件，其中自然人5件。", "自然人申请多少件");
    expect(values(a)).not.toContain(5);
  });
});

describe("counts in Chinese numerals, channels and shared adverbs", () => {
  it.each([
    ["组织开展业务培训三次，培训一百二十人次。", "培训多少人次", 120, "人次"],
    ["组织开展业务培训三次，培训一百二十人次。", "业务培训几次", 3, "次"],
  ])("“%s” → %s = %d %s", (sentence, what, value, unit) => expectFigure(ask(sentence, what), value, unit));

  it("the channel in the clause before the number is its own (“依托…微信公众号，发布信息350条”)", () => {
    expectFigure(ask("此外，依托“浔阳发布”微信公众号，发布信息350条。", "微信公众号发布信息多少条"), 350, "条");
  });

  it("guard: each channel keeps its own number", () => {
    const sentence = "通过门户网站，发布信息120条，通过微信公众号，发布信息350条。";
    expectFigure(ask(sentence, "微信公众号发布信息多少条"), 350);
    expectFigure(ask(sentence, "门户网站发布信息多少条"), 120);
  });

  it("an account introduced by name with its channel (“浔阳在线”官方微信公众号) is that channel where a later sentence names it", () => {
    const sentence = "通过“浔阳在线”官方微信公众号及时发布政务信息。截至年底，浔阳在线关注人数3.2万，全年推送文章418篇。";
    expectFigure(ask(sentence, "公众号推送文章多少篇"), 418, "篇");
    expect(values(ask(sentence, "微博推送文章多少篇"))).not.toContain(418);
  });

  it("an adverb before listed verbs is each one's (“主动更新、公开各类信息”)", () => {
    expectFigure(ask("全年在政府网站栏目主动更新、公开各类信息416条。", "主动公开各类信息多少条"), 416, "条");
  });
});

describe("a change from the year before printed in a clause of its own", () => {
  it("“申请量同比增长25%” → 同比 answered as printed, said so", () => {
    const a = ask("全年共收到政府信息公开申请40件。受政策调整影响，申请量同比增长25%，主要集中在征收领域。", "依申请公开同比增长多少");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[25, "%"]]);
    expect(a.notes.join("")).toContain("照录原文");
  });

  it("“共受理52件政府信息公开申请（…），同比上升30%” → the change after the count's own words and a remark", () => {
    const a = ask("全年共受理52件政府信息公开申请（均由自然人提出），同比上升30%，均已办结。", "依申请公开同比增长多少");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[30, "%"]]);
  });

  it("guard: a change stated for a part after the count (其中网上申请同比上升30%) is not the count's", () => {
    const a = ask("全年共受理52件政府信息公开申请，其中网上申请同比上升30%。", "依申请公开同比增长多少");
    expect(values(a)).not.toContain(30);
  });

  it("a count only the text states, its change printed right after it (“…发布各类政务信息149条,较上年增长31.5%”) → as printed", () => {
    const sentence = "本年度通过门户网站共发布各类政务信息149条,较上年增长31.5%。通过微信公众号发布信息80条。";
    const a = ask(sentence, "门户网站发布信息比上年增长多少");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[31.5, "%"]]);
    expect(a.notes.join("")).toContain("照录原文");
    // guards: a count asked is never answered with the percentage; another channel's count has no printed change
    expect(values(ask(sentence, "门户网站发布信息比上年增加了多少条"))).not.toContain(31.5);
    expect(values(ask(sentence, "微信公众号发布信息比上年增长多少"))).not.toContain(31.5);
  });

  it("guard: a part's change (网上申请量) is not the applications'", () => {
    const a = ask("全年共收到政府信息公开申请40件。网上申请量同比增长25%。", "依申请公开同比增长多少");
    expect(values(a)).not.toContain(25);
  });
});

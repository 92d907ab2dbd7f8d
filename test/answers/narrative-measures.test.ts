/**
 * What a narrative count counts, as readers ask it (outside rounds 17 and 18): its measure word
 * said as a noun (培训人次, 培训次数), the noun after its measure word (“7个政务新媒体账号”), and
 * a 政务新媒体 channel's number (“微信公众号全年发布信息62条”) asked as 政务新媒体 or 政务公众号. A
 * number is never given for another measure (人次 for 次), nor one channel's for all 政务新媒体.
 * Reports here are written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { bindNarrative } from "../../src/answers/narrative-binding.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import { words } from "../../src/index/tokenize.ts";

const report = (body: string) => parseReport(`永和县教育局2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, "yonghe-jyj-2023.txt");
const ask = (body: string, question: string) => createAnswerer([report(body)]).answer(`永和县教育局2023年${question}`);
const values = (a: ReturnType<typeof ask>) => a.figures.map((f) => f.value);

const TRAINING = "全年组织开展政务公开专题培训2次，参训人员290人次。";
const SESSIONS = "举办政务公开业务培训班3期，有效提升了业务能力。";

describe("training counted by its measure word", () => {
  it.each([
    [TRAINING, "培训了多少人次", 290],
    [TRAINING, "培训人次", 290],
    [TRAINING, "培训人次是多少", 290],
    [TRAINING, "培训次数", 2],
    [TRAINING, "培训了几次", 2],
    [SESSIONS, "培训了几次", 3],
    [SESSIONS, "培训次数", 3],
  ])("“%s” %s → %d", (body, q, value) => {
    const a = ask(body, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("培训人次 is never the 次 of sessions held", () => {
    for (const q of ["培训人次", "培训了多少人次", "培训人次是多少"]) {
      const a = ask(SESSIONS, q);
      expect(values(a), `${q}: ${a.text}`).toEqual([]);
      expect(a.text).not.toMatch(/：3\s*期/u);
    }
  });
});

describe("the noun after a count's measure word is what it counts", () => {
  const ACCOUNTS = "通过门户网站及7个政务新媒体账号发布信息3409条，及时回应社会关切。";
  it.each([
    [ACCOUNTS, "政务新媒体账号有几个", 7],
    [ACCOUNTS, "政务新媒体账号数量", 7],
    [ACCOUNTS, "政务新媒体发布信息多少条", 3409],
    ["开设政务新媒体账号10个，及时发布政务信息。", "政务新媒体账号有几个", 10],
  ])("“%s” %s → %d", (body, q, value) => {
    const a = ask(body, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("the accounts are labelled as such, not with the portal before 及", () => {
    const a = ask(ACCOUNTS, "政务新媒体账号有几个");
    expect(a.figures[0]?.label).not.toContain("门户网站");
    expect(a.figures[0]?.label).toContain("政务新媒体账号");
  });
});

describe("a 政务新媒体 channel's figure", () => {
  const ONE = "“永和教育”微信公众号全年发布信息62条，有效扩大了政务信息传播覆盖面。";
  const TWO = "“永和教育”微信公众号全年发布信息62条，官方微博全年发布信息30条。";
  const TOTAL = "政务新媒体全年发布信息120条，其中微信公众号发布信息62条。";

  it.each(["政务公众号发布信息多少条", "公众号发布信息多少条"])("%s → the 公众号's 62", (q) => {
    const a = ask(ONE, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([62]);
  });

  it("政务新媒体 asked of one channel's number: that channel's, said to be one channel's, not the total", () => {
    const a = ask(ONE, "政务新媒体发布信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([62]);
    expect(a.figures[0]?.label).toContain("微信公众号");
    expect(a.text).toContain("不是全部政务新媒体的合计");
  });

  it("several channels: asked back with each, never one given as all", () => {
    const a = ask(TWO, "政务新媒体发布信息多少条");
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.text).toMatch(/62[\s\S]*30|30[\s\S]*62/u);
  });

  it("a total the text states of its 政务新媒体 is the answer", () => {
    const a = ask(TOTAL, "政务新媒体发布信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([120]);
    expect(a.text).not.toContain("其中一个渠道");
  });
});

describe("a count under its sub-heading (round 16: 资阳区's 6327 left out of a ranking)", () => {
  const gov = (agency: string, body: string) => parseReport(`${agency}2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, `${agency}-2023.txt`);
  const UNDER = "(一)主动公开政府信息方面\n定期发布重点项目等新闻动态。新增7个全新基层政务公开领域。全年通过政府门户网站累计公开信息6327条,政府公告公示231条,政府微信公众号累计发布112条。";
  const OTHER = "一是2023年区政府门户网站主动公开政府信息5656条,其中,公开重点信息2609条。";
  const both = () => createAnswerer([gov("澄溪区人民政府", UNDER), gov("柳塘区人民政府", OTHER)], { today: () => new Date("2026-11-30") });

  it("主动公开多少条 is the 公开 count under the 主动公开 heading, labelled as printed", async () => {
    const a = await both().answer("澄溪区2023年主动公开多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([6327]);
    expect(a.figures[0]?.label).toContain("累计公开信息");
  });

  it("a ranking of 主动公开 counts it", async () => {
    const a = await both().answer("2023年哪个区政府主动公开政府信息最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["澄溪区人民政府", 6327], ["柳塘区人民政府", 5656]]);
  });

  it("guard: a kind of thing published under the heading is a part, not the 主动公开 count", async () => {
    const r = gov("澄溪区人民政府", "(一)主动公开政府信息方面\n定期发布重点项目等新闻动态。全年发布政策文件及解读15件;公开政协委员提案14件。");
    const a = await createAnswerer([r]).answer("澄溪区2023年主动公开多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(14);
  });

  it("guard: a 累计 count whose clause does not say the year is not the year's 主动公开, and is quoted as not read surely", async () => {
    const r = gov("澄溪区人民政府", "(一)主动公开政府信息方面\n定期发布重点项目等新闻动态。政府门户网站累计公开信息96327条。");
    const a = await createAnswerer([r]).answer("澄溪区2023年主动公开多少条");
    expect(a.figures.map((f) => f.value)).not.toContain(96327);
    expect(a.text).toContain("读不出能确定是");
    expect(a.text).toContain("累计公开信息96327条");
  });
});

describe("two counts of one verb, each of its own noun (“4个领域250余家公共企事业单位”)", () => {
  const FIELDS = "披露卫生健康、公共交通、生态环境、供水供气4个领域250余家公共企事业单位。";
  it.each([
    ["披露了多少个领域", 4],
    ["披露了多少家公共企事业单位", 250],
    ["公共企事业单位有多少家", 250],
  ])("%s → %d", (q, value) => {
    const figures = narrativeFigures([{ id: "p0", section: 1, text: FIELDS, start: 0, end: FIELDS.length }]);
    const b = bindNarrative(figures, `永和县2023年${q}`, words(q).filter((w) => w.length >= 2), ["永和县", "2023"]);
    expect(b && "figure" in b ? b.figure.value : b).toBe(value);
  });
});

describe("a number that lost its measure word lost the comma after it too", () => {
  it("“对外公开基本信息15修改完善12条”: 修改完善信息多少条 → 12, the 15 not given", async () => {
    const a = await ask("2023年,通过政府门户网站对外公开基本信息15修改完善12条", "修改完善信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([12]);
  });
});

describe("a ranking asked by words the keywords pass over (发布信息)", () => {
  const body = (agency: string, text: string) => parseReport(`${agency}2024年政府信息公开工作年度报告\n一、总体情况\n${text}\n`, `${agency}-2024.txt`);
  const reports = () => [
    body("澄溪区人民政府", "全年主动公开政府信息12494条。通过门户网站及3个政务新媒体账号发布信息869条。"),
    body("澄溪区财政局", "全年主动公开政府信息4853条。通过门户网站及2个政务新媒体账号发布信息4286条。"),
    body("澄溪区教育局", "全年主动公开政府信息9000条。通过门户网站及5个政务新媒体账号发布信息2795条。"),
  ];
  it("哪个部门发布信息最多 ranks the departments' 发布信息, not their 主动公开", async () => {
    const a = await createAnswerer(reports(), { today: () => new Date("2026-11-30") }).answer("澄溪区哪个部门2024年发布信息最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["澄溪区财政局", 4286], ["澄溪区教育局", 2795]]);
  });
});

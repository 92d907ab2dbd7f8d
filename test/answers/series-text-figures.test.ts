/**
 * Rankings, comparisons and trends of a figure only the text states, over reports cut before their
 * tables: each body's number is found as the single question “…多少条” about that body finds it — a
 * question with no 多少 (哪个镇…最多, …对比, …数量趋势) binds the same number; the whole a sentence of
 * parts (其中…) follows, not one of its parts; 主动发布 under a 主动公开 heading; 公布 for 发布. A body whose
 * figure cannot be read is named, and then the first place is not stated as sure; figures worded
 * differently are said to be. The reports are invented (栖枫县 and its towns and departments), written as
 * real narrative-only pages are: a title, 一、总体情况, its sub-headings and sentences, nothing after.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Report } from "../../src/index/schema.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { countyReports } from "../helpers/county.ts";
import { makeReport } from "../helpers/report.ts";

const today = () => new Date("2026-11-30");

/** A page cut before its tables: title, the intro, section 一's sub-headings with their sentences. */
function page(agency: string, year: number, paragraphs: string[]): Report {
  const title = `${agency}${year}年政府信息公开工作年度报告`;
  const intro = `本报告根据《中华人民共和国政府信息公开条例》规定编制。报告中所列数据统计期为${year}年1月1日至${year}年12月31日。`;
  return parseReport([title, "", intro, "一、总体情况", ...paragraphs].join("\n"), `${agency}-${year}.txt`);
}

const shiwan = page("栖枫县石湾镇人民政府", 2024, [
  "(一)主动公开情况",
  "截至2024年12月31日,我镇累计公开政府信息312条。",
  "其中,门户网站公开150条,政务新媒体公开162条。",
  "(二)依申请公开情况",
  "2024年,石湾镇共受理政府信息依申请公开2件,均已按期答复。",
]);
const liuxi = page("栖枫县柳溪镇人民政府", 2024, ["(一)主动公开情况", "2024年,我镇主动公开政府信息共计205条,圆满完成公开任务。"]);
const xingping = page("栖枫县杏坪乡人民政府", 2024, [
  "(一)主动公开情况。",
  "2024年我乡累计主动公开信息98条。其中,通过“乡村之声”微信公众号主动公开政府信息80条、通过其他平台主动公开政府信息18条。",
]);

describe("a ranking asked with no 多少 binds each body's number as its single question does", () => {
  const answerer = createAnswerer([shiwan, liuxi, xingping], { today });

  it("哪个镇主动公开信息最多: each town's whole, not a part listed after 其中, the first 312", () => {
    const a = answerer.answer("2024年栖枫县哪个乡镇主动公开信息最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("ranking");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([
      ["栖枫县石湾镇人民政府", 312],
      ["栖枫县柳溪镇人民政府", 205],
      ["栖枫县杏坪乡人民政府", 98],
    ]);
    // each single question gives the same number
    for (const [q, v] of [["石湾镇2024年主动公开信息多少条", 312], ["杏坪乡2024年主动公开信息多少条", 98]] as const) expect(answerer.answer(q).figures[0]?.value).toBe(v);
  });

  it("the texts word their figures differently (累计…, …共计): said, each one's words given", () => {
    const a = answerer.answer("2024年栖枫县哪个乡镇主动公开信息最多");
    const note = a.notes.find((n) => n.startsWith("各报告正文的说法不同")) ?? "";
    expect(note).toContain("累计公开政府信息");
    expect(note).toContain("主动公开政府信息共计");
    expect(a.text).not.toMatch(/^排名：我镇累计公开政府信息/mu);
  });

  it("对比 with no 多少: the whole before a sentence opened by 其中 (98), not its parts 80 and 18", () => {
    const a = answerer.answer("石湾镇、柳溪镇、杏坪乡2024年公开政府信息对比");
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("comparison");
    expect(a.figures.map((f) => f.value)).toEqual([312, 205, 98]);
    expect(answerer.answer("杏坪乡2024年公开政府信息多少条").figures.map((f) => f.value)).toEqual([98]);
  });

  it("guard: the count of applications (依申请公开2件) never stands for 主动公开 in a town whose text states no 主动公开 count", () => {
    const quiet = page("栖枫县石湾镇人民政府", 2024, ["(二)依申请公开情况", "2024年,石湾镇共受理政府信息依申请公开2件,均已按期答复。"]);
    const a = createAnswerer([quiet, liuxi, xingping], { today }).answer("2024年栖枫县哪个乡镇主动公开信息最多");
    expect(a.figures.map((f) => f.value)).toEqual([205, 98]);
    expect(a.notes.some((n) => n.includes("栖枫县石湾镇人民政府") && n.includes("未参加排名"))).toBe(true);
  });

  it("a town left out (its figure unread) may be above the first: the first place is not stated as sure", () => {
    const unread = page("栖枫县石湾镇人民政府", 2024, ["(一)主动公开情况", "我镇依托门户网站和政务新媒体持续做好信息发布。", "(三)政府信息管理", "全年组织政务公开业务培训2次。"]);
    const a = createAnswerer([unread, liuxi, xingping], { today }).answer("2024年栖枫县哪个乡镇主动公开信息最多");
    expect(a.figures[0]?.value).toBe(205);
    expect(a.text.split("\n")[0]).toMatch(/^第一名不能确定：栖枫县石湾镇人民政府的数字未能确定地读出/u);
    // its one count (培训2次) is no count of information, in a ranking of it or in a note
    expect(a.text).not.toMatch(/2 次/u);
  });

  it("no body left out: no such lead", () => {
    expect(answerer.answer("2024年栖枫县哪个乡镇主动公开信息最多").text).not.toContain("第一名不能确定");
  });
});

describe("the sub-heading's 主动公开 said as 主动发布, and a 累计 the sentence dates", () => {
  const yunshan = page("栖枫县云山乡人民政府", 2023, [
    "(一)重点工作开展情况",
    "全年围绕人居环境、安全生产等工作,共公开各类重点工作信息640条。",
    "(二)政府信息主动公开情况",
    "2023年,我乡通过政府信息公开网站、公开栏、“栖枫通”等平台主动发布各类信息640条,其中政府信息公开网发布40条,公开栏发布600条。",
  ]);
  const hekou = page("栖枫县河口镇人民政府", 2023, ["1.主动公开政府信息的情况", "本镇对政府信息进行了梳理和编目,2023年新增主动公开政府信息120条,具体包括机构职能1条,政务活动30条。"]);

  it("哪个乡镇主动公开最多: 云山乡's 主动发布 640 under its 主动公开 heading is its 主动公开", () => {
    const answerer = createAnswerer([yunshan, hekou], { today });
    const a = answerer.answer("栖枫县2023年哪个乡镇主动公开信息最多");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["栖枫县云山乡人民政府", 640], ["栖枫县河口镇人民政府", 120]]);
    expect(answerer.answer("云山乡和河口镇2023年主动公开对比").figures.map((f) => f.value)).toEqual([640, 120]);
    expect(answerer.answer("云山乡2023年主动公开信息多少条").figures.map((f) => f.value)).toEqual([640]);
  });

  it("“2022年,累计公开政府信息430条” is the year's: compared as the whole, not asked back among its channels", () => {
    const taoyuan = page("栖枫县桃源镇人民政府", 2022, [
      "(一)主动公开政府信息情况",
      "1.信息发布情况。2022年,累计公开政府信息430条。",
      "从公开渠道来看,政府网站公开信息100条,占比23.26%;政务新媒体公开信息330条,占比76.74%。",
    ]);
    const lushui = page("栖枫县芦水乡人民政府", 2022, ["(一)主动公开情况", "通过县政府网站芦水乡栏目主动公开政府信息75条。"]);
    const answerer = createAnswerer([taoyuan, lushui], { today });
    const a = answerer.answer("桃源镇和芦水乡2022年主动公开对比");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([430, 75]);
    expect(answerer.answer("桃源镇2022年主动公开多少条").figures.map((f) => f.value)).toEqual([430]);
  });
});

describe("two departments compared by what their websites published", () => {
  const education = page("栖枫县教育局", 2023, ["(一)主动公开情况", "2023年全年通过政府信息公开网站发布信息共900条,栖枫教育微信公众号发布信息420条。"]);
  const sports = page("栖枫县文化体育局", 2023, [
    "(一)主动公开情况",
    "2023年,本局通过栖枫文体微信公众号向社会公开工作信息104条;通过县人民政府网站文体局子站向社会公布各类政府信息75条,其中通知公告30条、政策文件10条。",
  ]);

  it("对比…网站发布信息: 公布 is the same act as 发布 (75), as the single question reads it", () => {
    const answerer = createAnswerer([education, sports], { today });
    const a = answerer.answer("对比栖枫县教育局和栖枫县文化体育局2023年网站发布信息");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["栖枫县教育局", 900], ["栖枫县文化体育局", 75]]);
  });
});

describe("a table ranking with a body whose figure was not read", () => {
  it("哪个镇收到的申请最多 / 最少: the first place is not stated as sure, the body left out named first", () => {
    const agency = "柘川县石门镇人民政府";
    const unread = makeReport({ agency, region: identify(agency).region, file: `${agency}-2023.txt`, table2: { granted: { total: 1 } } as never });
    const answerer = createAnswerer([...countyReports(), unread], { today });
    const most = answerer.answer("柘川县2023年哪个乡镇收到的申请最多");
    expect(most.figures[0]?.value).toBe(15);
    expect(most.text.split("\n")[0]).toBe("第一名不能确定：柘川县石门镇人民政府的数字未能确定地读出，未参加排名，可能比下列第一名（柘川县东城街道办事处 15 件）更多。");
    expect(answerer.answer("柘川县2023年哪个乡镇收到的申请最少").text.split("\n")[0]).toContain("更少");
    // 前三 asked: the first three are not stated as sure
    expect(answerer.answer("柘川县2023年乡镇收到申请前三").text.split("\n")[0]).toMatch(/^前 3 名不能确定：柘川县石门镇人民政府.*或排进前 3 名。$/u);
    // every body read: no such lead
    expect(createAnswerer(countyReports(), { today }).answer("柘川县2023年哪个乡镇收到的申请最多").text).not.toContain("第一名不能确定");
  });
});

/**
 * A number printed beside the one asked that is another quantity (outside round 23 §a, the five confidently wrong
 * answers): a count over all years beside the year's (历年累计), a count in another measure word than the one asked
 * (4期 for 多少本), a whole over several channels listed before it for one channel asked (3173 for 微博), a channel
 * named by an account whose name holds another channel's word (““…人民政府网”微信平台” for 门户网站), and a count of a
 * whole system of bodies (全省各级…部门) for the reporting body's own table-1 figure. Every report and question here is
 * invented; the reports are cut before their tables, as published pages often are.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const cut = (agency: string, year: number, body: string) => parseReport(`${agency}${year}年政府信息公开工作年度报告\n一、总体情况\n${body}\n二、存在的主要问题及改进情况\n工作仍有不足。\n`, `${agency}-${year}.txt`);
const ask = (agency: string, year: number, body: string, q: string) => createAnswerer([cut(agency, year, body)]).answer(q);
const values = (a: Answer) => a.figures.map((f) => f.value);

describe("a count over all years (历年累计) is not the year's", () => {
  const body = "(一)主动公开政府信息情况\n2022年,乡政府主动公开信息数为58条。内容涵盖政策文件、公告公示等。历年累计主动公开信息为311条。";
  it.each(["岷溪县蔓塘乡2022年主动公开信息多少条", "蔓塘乡2022年主动公开了几条信息"])("%s → 58", (q) => {
    const a = ask("岷溪县蔓塘乡人民政府", 2022, body, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([58]);
  });

  it("the 历年累计 count alone is not given as the year's", () => {
    const a = ask("岷溪县蔓塘乡人民政府", 2022, "(一)主动公开政府信息情况\n全乡政务公开工作有序推进。截至目前累计主动公开信息311条。", "蔓塘乡2022年主动公开信息多少条");
    expect(values(a), a.text).not.toContain(311);
  });

  it("guard: asked 历年累计, it is the answer", () => {
    const a = ask("岷溪县蔓塘乡人民政府", 2022, body, "蔓塘乡历年累计主动公开信息多少条");
    expect(values(a), a.text).toEqual([311]);
  });
});

describe("the measure word asked (本) is the number's", () => {
  const body = "2021年,全县印发《岑江县人民政府公报》6期共1200本,均已发放至各单位和村(社区)。";
  it.each([
    ["岑江县2021年政府公报印了多少本", 1200],
    ["岑江县2021年政府公报一共印发多少册", 1200],
    ["岑江县2021年政府公报印发了几期", 6],
  ])("%s → %d", (q, value) => {
    const a = ask("岑江县人民政府", 2021, body, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("a count in another measure word is never given for 多少本", () => {
    const a = ask("岑江县人民政府", 2021, "2021年,全县编印《岑江县人民政府公报》6期,均已发放至各单位。", "岑江县2021年政府公报印了多少本");
    expect(values(a), a.text).not.toContain(6);
  });
});

describe("one channel asked: not the whole over the channels listed before it", () => {
  const body = "(一)主动公开情况:我局以门户网站、政务微博、微信公众号为主要平台,共主动公开政府信息2604条,其中局门户网站公开1377条,政务微博“涪岭交通”公开815条,微信公众号“涪岭交通发布”公开412条。";
  it.each([
    ["涪岭市交通运输局2024年官方微博公开多少条", 815],
    ["涪岭市交通运输局2024年微博发了多少条", 815],
    ["涪岭市交通运输局2024年网站公开信息多少条", 1377],
    ["涪岭市交通运输局2024年主动公开多少条", 2604],
  ])("%s → %d", (q, value) => {
    const a = ask("涪岭市交通运输局", 2024, body, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });
});

describe("an account named after the website is the channel its kind says", () => {
  const body = "沅湄县通过政府门户网站、微信公众号等平台,发布各类政府信息3306条。“沅湄县人民政府网”微信平台发布信息87条。";
  it("门户网站 asked: not the 微信平台 named “…人民政府网”", () => {
    const a = ask("沅湄县人民政府", 2022, body, "沅湄县2022年门户网站发布信息多少条");
    expect(values(a), a.text).not.toContain(87);
  });

  it("guard: the 微信平台 asked is the account's", () => {
    const a = ask("沅湄县人民政府", 2022, body, "沅湄县2022年微信平台发布信息多少条");
    expect(values(a), a.text).toEqual([87]);
  });
});

describe("a count of the whole system (全省各级…部门) is not the body's own", () => {
  const body = "2023年,全省各级自然资源部门共办理行政处罚案件617件,罚没款3100万元。我厅在官方网站设立政策专栏。";
  it("the 厅's 行政处罚 is not read from it", () => {
    const a = ask("滇岑省自然资源厅", 2023, body, "滇岑省自然资源厅2023年行政处罚多少件");
    expect(values(a), a.text).not.toContain(617);
    expect(a.status).not.toBe("answered");
  });

  it("guard: asked of the system, the printed count, labelled as printed", () => {
    const a = ask("滇岑省自然资源厅", 2023, body, "滇岑全省各级自然资源部门2023年办理行政处罚案件多少件");
    expect(values(a), a.text).toEqual([617]);
    expect(a.figures[0]?.label).toContain("全省各级");
  });
});

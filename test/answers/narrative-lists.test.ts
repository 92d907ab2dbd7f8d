/**
 * Numbers listed in one sentence of the narrative (pages cut before the tables, answered from the text
 * alone), bound to the item they are printed with — never a neighbour's:
 *  - a share printed after its item (“政府网站公开信息476条,占比60.56%;政务新媒体公开信息0条、占比0%,其中…”) is
 *    that item's, not the next item's (whose 其中 lists counts, not parts of a share);
 *  - a part listed under its whole (“公开政府信息98条,…其中,…在门户网站公开信息32条”) answers only a question
 *    naming what sets it apart (门户网站); asked by words the whole answers to, alone or in a comparison, the whole;
 *  - a sum asked of two listed items (人大代表建议和政协提案一共) is their sum, said to be the bot's, or — one
 *    part unread — no figure, never the other part.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const HEAD = "本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项6个部分。";
/** A report whose page stops inside section 一 (as a crawled page cut after ~2 000 characters). */
const cut = (body: string, year: number, ...paragraphs: string[]) =>
  parseReport(`${body}${year}年政府信息公开工作年度报告\n${HEAD}\n一、总体情况\n${paragraphs.join("\n")}\n`, `${body}-${year}.txt`);
const ask = (reports: ReturnType<typeof cut>[], q: string) => createAnswerer(reports, { today: () => new Date("2026-11-30") }).answer(q);

const SHARES = cut(
  "青岚县石门街道办事处",
  2021,
  "(一)主动公开政府信息情况。",
  "2021年,累计公开政府信息700条。政府网站公开信息420条,占比60%;政务新媒体公开信息0条、占比0%,其中开设政务微信0个、公开信息0条,开设政务微博0个、公开信息0条;通过报刊、电视、广播等传统公开载体公开信息280条,占比40%。",
);

describe("a printed share is its own item's", () => {
  it.each([
    ["政府网站公开信息占比多少", 60],
    ["政务新媒体公开信息占比多少", 0],
    ["传统公开载体公开信息占比多少", 40],
  ])("石门街道2021年%s → %d %%", (what, value) => {
    const a = ask([SHARES], `石门街道2021年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[value, "%"]]);
  });
});

const PARTS = cut("青岚县农业局", 2021, "2021年以来公开政府信息98条,公开信息主要包括机构职能、财政预决算等内容,其中,微信等新媒体发布66条,在门户网站公开信息32条。");
const OTHER = cut("白石县农业局", 2021, "我局对本年度本单位信息公开工作认真梳理,主动公开政府信息已达300条。");

describe("a part listed under its whole", () => {
  it.each([
    ["青岚县农业局2021年公开信息多少条", 98],
    ["青岚县农业局2021年公开政府信息多少条", 98],
    ["青岚县农业局2021年在门户网站公开多少条", 32],
    ["青岚县农业局2021年微信等新媒体发布多少条", 66],
  ])("%s → %d", (q, value) => {
    const a = ask([PARTS], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  const CHANNELS = cut("青岚县石门乡人民政府", 2023, "2023年,我乡通过政府信息公开网站、公开栏、“青岚通”等平台主动发布各类信息811条,其中政府信息公开网发布21条,青岚通“乡镇发布”70条,公开栏发布720条。");
  it.each([
    ["石门乡2023年公开栏发布多少条", 720],
    ["石门乡2023年政府信息公开网发布多少条", 21],
    ["石门乡2023年主动发布各类信息多少条", 811],
  ])("a channel the whole lists is its part's: %s → %d", (q, value) => {
    const a = ask([CHANNELS], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  it("in a comparison the whole, not the part", () => {
    const a = ask([PARTS, OTHER], "白石县和青岚县农业局2021年公开信息对比");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.find((f) => f.agency === "青岚县农业局")?.value, a.text).toBe(98);
  });
});

describe("a sum of two listed items", () => {
  const BOTH = cut("青岚县人民政府", 2022, "2022年,办理书记县长信箱112件、12345政务服务热线8391件、人大代表建议123件、政协提案151件,开展在线访谈9次。");
  const ONE = cut("青岚县人民政府", 2022, "2022年,办理书记县长信箱112件、12345政务服务热线8391件、政协提案151件,开展在线访谈9次,认真办理人大代表建议。");

  it("both parts stated: their sum, said to be the bot's, each part shown", () => {
    const a = ask([BOTH], "青岚县2022年人大代表建议和政协提案一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(274);
    expect(a.figures.slice(1).map((f) => f.value)).toEqual([123, 151]);
    expect(a.text).toContain("报告没有印出这一合计");
  });

  it("a total printed for the items asked is the report's, not a part", () => {
    const TOTAL = cut("青岚县人民政府", 2022, "2022年,审查规范性和其他政策措施文件共计3个,清理文件12件。");
    const a = ask([TOTAL], "青岚县2022年审查规范性和其他政策措施文件共计几个");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([3]);
  });

  it("one part not stated: no figure, never the other part as the sum", () => {
    const a = ask([ONE], "青岚县2022年人大代表建议和政协提案一共多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("人大代表");
  });
});

/**
 * A number of the narrative answers only for what it is printed with (round 25, confidently wrong answers):
 *  - a noun that is part of a longer listed noun binds to its own count, never the other item's
 *    (“7篇审计工作报告和3篇审计整改工作报告” asked 审计工作报告 → 7), also when its own number lost its measure word;
 *  - a count printed without measure word before a list comma (“其中文字解读427、图文解读162件”) is said unsure,
 *    never given the next item's figure;
 *  - a part of a whole-system count (“全系统共录用新闻报道1071篇,其中国家级媒体95篇”) is no more the body's own than the whole;
 *  - a printed change is against the year it names: another base year asked is never answered with it.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const HEAD = "本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况,主动公开政府信息情况,收到和处理政府信息公开申请情况,政府信息公开行政复议、行政诉讼情况,存在的主要问题及改进情况,其他需要报告的事项6个部分。";
const cut = (body: string, year: number, ...paragraphs: string[]) =>
  parseReport(`${body}${year}年政府信息公开工作年度报告\n${HEAD}\n一、总体情况\n${paragraphs.join("\n")}\n`, `${body}-${year}.txt`);
const ask = (reports: ReturnType<typeof cut>[], q: string) => createAnswerer(reports, { today: () => new Date("2026-11-30") }).answer(q);

describe("a noun inside a longer listed noun binds to its own count", () => {
  const AUDIT = cut("汀兰县审计局", 2023, "2023年,我局主动公开政府信息65条,其中审计信息10条,政策解读4条,7篇审计工作报告和3篇审计整改工作报告,信息公开指南、制度、年报各1条。");
  it.each([
    ["汀兰县审计局2023年公开了几篇审计工作报告", 7],
    ["汀兰县审计局2023年审计工作报告公开多少篇", 7],
    ["汀兰县审计局2023年公开了几篇审计整改工作报告", 3],
  ])("%s → %d", (q, value) => {
    const a = ask([AUDIT], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  it("the longer item's count is never given when the word asked is printed for an unread number", () => {
    const r = cut("芦湾区统计局", 2023, "2023年,我局主动公开政府信息80条,其中统计公报5、统计分析公报3篇,其他信息72条。");
    const a = ask([r], "芦湾区统计局2023年统计公报发布了多少篇");
    expect(a.figures.map((f) => f.value), a.text).not.toContain(3);
    expect(a.status).not.toBe("answered");
  });
});

describe("a number without measure word before a list comma is unsure, never the next item's", () => {
  const R = cut("芦湾区", 2024, "切实提升政策文件解读质量,累计公开发布各类形式的政策解读600件,其中文字解读311、图文解读120件、视频解读90件,媒体解读79件。");
  it("文字解读 → 311 said unsure, never 120", () => {
    const a = ask([R], "芦湾区2024年文字解读多少");
    expect(a.figures.map((f) => f.value), a.text).not.toContain(120);
    expect(a.status).not.toBe("answered");
    expect(a.text).toContain("311");
    expect(a.text).toContain("没有量词");
  });
  it.each([
    ["芦湾区2024年图文解读多少件", 120],
    ["芦湾区2024年视频解读多少件", 90],
  ])("%s → %d", (q, value) => {
    const a = ask([R], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.text.split("\n")[0]).not.toContain("文字解读311");
  });
});

describe("a part of a whole-system count is not the body's own", () => {
  const R = cut("汀兰县卫生健康局", 2023, "2023年,我局主动公开政府信息120条。全系统共录用新闻报道880篇,其中国家级媒体41篇,省级媒体230篇。");
  it.each(["汀兰县卫健局2023年国家级媒体录用多少篇", "汀兰县卫生健康局2023年省级媒体录用了几篇"])("%s → no figure", (q) => {
    const a = ask([R], q);
    expect(a.figures.map((f) => f.value), a.text).toEqual([]);
  });
  it("asked of the system, the part is given", () => {
    const a = ask([R], "汀兰县卫健局2023年全系统国家级媒体录用多少篇");
    expect(a.figures.map((f) => f.value), a.text).toEqual([41]);
  });
});

describe("a printed change answers only the base year it names", () => {
  const R = cut("汀兰街道办事处", 2024, "2024年,收到申请信息公开件共6件,申请数量与2023年相比增加了5件。");
  it("asked against 2022: not the change against 2023", () => {
    const a = ask([R], "汀兰街道2024年依申请比2022年多了多少件");
    expect(a.figures.map((f) => f.value), a.text).not.toContain(5);
    expect(a.status).not.toBe("answered");
  });
  it.each(["汀兰街道2024年依申请比2023年多了多少件", "汀兰街道2024年依申请比上年多了多少件"])("%s → 5 as printed", (q) => {
    const a = ask([R], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([5]);
  });
});

describe("the applications' count said verb first or with 依申请公开 as the verb (tables unread)", () => {
  it.each([
    ["芦湾区卫生健康局", "2023年我局共收到申请信息公开件共9件,均按有关规定进行了回复处理。", "芦湾区卫健局2023年收到多少依申请", 9],
    ["芦湾区人民政府", "2023年共办理申请信息公开312件,其中,完成申请答复300件。", "芦湾区2023年依申请公开多少件", 312],
    ["芦湾区民政局", "2.依申请公开方面。全年依申请公开政府信息3条;无投诉等情况。", "芦湾区民政局2023年依申请公开多少件", 3],
    ["芦湾区芦东街道办事处", "(二)收到和处理政府信息公开申请情况。截止12月31日,收到申请信息公开件共2件。", "芦东街道2023年收到几件信息公开申请", 2],
  ])("%s: %s → %s", (body, text, q, value) => {
    const a = ask([cut(body, 2023, text)], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.text).toContain("取自正文");
  });

  it("two years' counts said so are compared, not a printed change against another year", () => {
    const y22 = cut("芦湾区芦东街道办事处", 2022, "截止12月31日,收到申请信息公开件共2件。");
    const y24 = cut("芦湾区芦东街道办事处", 2024, "收到申请信息公开件共9件,申请数量与2023年相比增加了4件。");
    const a = ask([y22, y24], "芦东街道2024年依申请比2022年多了多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toContain(7);
    expect(a.figures.map((f) => f.value)).not.toContain(4);
  });
});

describe("the applications' results counted in 项 in the text (tables unread)", () => {
  const R = cut("芦湾区统计局", 2024, "截至2024年12月31日,共收到政府信息公开申请6件,其中予以公开2项,部分予以公开3项,本部门不掌握信息1项,全部事项均在规定时限答复办结。");
  it.each([
    ["芦湾区统计局2024年予以公开几项", 2],
    ["芦湾区统计局2024年部分公开多少件", 3],
    ["芦湾区统计局2024年本机关不掌握的有几件", 1],
  ])("%s → %d", (q, value) => {
    const a = ask([R], q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });
});

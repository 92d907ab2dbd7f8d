/**
 * Questions about the web page a report was saved from (outside round 12, class E): its 浏览次数,
 * 发布时间, 网站标识码 and footer 联系电话 are the site's, not the report's. The answer says so —
 * never “no such number” over a quote that shows one, never an unrelated sentence sharing a word
 * (发布 in 发布信息…条) — while what the report itself prints stays answerable: a contact number in
 * its text is quoted, a 访问量 it states goes the normal way. Invented report and chrome (漪水县).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { noFigureAnswer } from "../../src/answers/no-figure.ts";
import { looksLikePageChrome } from "../../src/answers/page-furniture.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const body = renderReport(randomFigures(81, "2021", "漪水县人民政府", 2023), { layout: "tabs" });
const lines = body.split("\n");
const title = lines.findIndex((l) => /年度报告\s*$/u.test(l));
const HEAD = ["漪水县人民政府门户网站 无障碍 | 长者模式 | 登录", "当前位置：首页 > 政务公开 > 年度报告"];
const META = "发布时间：2024-01-19 09:30  来源：漪水县人民政府办公室  浏览次数：6182";
const TAIL = ["【打印本页】 【关闭窗口】", "主办单位：漪水县人民政府办公室  网站标识码：4399120001  漪ICP备11223344号", "联系电话：0755-3344556  您是第2211998位访客"];
const page = [...HEAD, ...lines.slice(0, title + 1), META, ...lines.slice(title + 1), ...TAIL].join("\n");
const report = parseReport(page, "yishui-2023.html.txt");
const CHROME_NUMBERS = /6182|4399120001|11223344|0755-3344556|2211998|2024-01-19/u;
const answerer = createAnswerer([report], { today: () => new Date("2026-11-30") });

describe("the page's furniture is said to be the site's", () => {
  it.each([
    ["漪水县2023年报告的浏览次数是多少", "浏览次数"],
    ["漪水县2023年报告是哪天发布的", "发布时间"],
    ["漪水县2023年网站标识码", "网站标识码"],
    ["漪水县2023年联系电话是多少", "联系电话"],
  ])("%s", async (q, word) => {
    const a = await answerer.answer(q);
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain(word);
    expect(a.text).toContain("不是年度报告的内容");
    expect(a.text).not.toMatch(CHROME_NUMBERS);
    expect(a.text).not.toContain("其中没有这一数字");
  });
});

describe("what the report itself prints stays the report's", () => {
  const own = lines.map((l, i) => (i === title + 2 ? `${l}\n申请人可通过信函或当面提出申请，受理机构联系电话：0755-7788990。全年县政府门户网站访问量达126万人次。` : l)).join("\n");
  const r = parseReport(own, "yishui-own-2023.txt");
  const ask = (q: string) => createAnswerer([r], { today: () => new Date("2026-11-30") }).answer(q);
  it("a contact number in the report's text is quoted", async () => {
    const a = await ask("漪水县2023年联系电话是多少");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("0755-7788990");
  });
  it("a telephone the opening paragraph prints without the words 联系电话 is quoted, its place said", async () => {
    const opening = lines.map((l, i) => (i === title ? `${l}\n如对本报告有任何疑问，请与漪水县人民政府办公室联系（电话：0755-6086052）。` : l)).join("\n");
    const a = createAnswerer([parseReport(opening, "yishui-opening-2023.txt")], { today: () => new Date("2026-11-30") }).answer("漪水县2023年联系电话是多少");
    expect(a.status).toBe("answered");
    expect(a.text).toContain("0755-6086052");
    expect(a.text).not.toContain("（）");
    expect(a.text).not.toContain("没有写");
  });
  it("a 访问量 the report states is not called the site's", async () => {
    const a = await ask("漪水县2023年门户网站访问量是多少");
    expect(a.text).not.toContain("不是年度报告的内容");
  });
});

describe("a no-figure answer never quotes the page's furniture as the report's", () => {
  it("a metadata line left in the text is dropped from the quotes", () => {
    expect(looksLikePageChrome(META)).toBe(true);
    expect(looksLikePageChrome("全年县政府门户网站访问量达126万人次。")).toBe(false);
    const a = noFigureAnswer("q", report, "浏览次数", [META]);
    expect(a.quotes).toEqual([]);
    expect(a.text).not.toContain("6182");
  });
});

describe("sentences quoted under a refusal", () => {
  const sentence = (digits: boolean) => report.passages.map((p) => p.text).find((t) => /\d/u.test(t) === digits && !looksLikePageChrome(t) && t.length > 10) as string;
  it("holding numbers (参训人员290人次 under 培训人次) are not said to hold none: the number could not be read as the one asked", () => {
    const a = noFigureAnswer("漪水县2023年培训了多少人次", report, "培训、人次", [sentence(true)]);
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("读不出能确定是“培训、人次”的数字");
    expect(a.text).not.toContain("其中没有这一数字");
    expect(a.text).not.toContain("中没有“培训、人次”的数字");
  });
  it("holding no number say so", () => {
    const a = noFigureAnswer("漪水县2023年培训了多少人次", report, "培训、人次", [sentence(false)]);
    expect(a.text).toContain("中没有“培训、人次”的数字；正文中说到它的原文如下，其中没有这一数字：");
  });
});

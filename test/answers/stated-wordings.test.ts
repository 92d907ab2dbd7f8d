/**
 * Counts the text states in the wordings real reports use when their tables are cut (outside round
 * 14): applications counted in 条 with the noun after the number (“共收到58条依申请事项”) or before the
 * verb (“依申请公开收到申请23条”), 办结 of a long noun, 转接下年度, 结转上年度, 公开率 from the parts the
 * text prints, 行政处罚 … listed under one verb of deciding, a category of 信息 (“工作动态类”), the
 * subject a sentence opens with (“局微信公众号…”), and 答复意见 never read as 复议. Every sentence is
 * invented and written into a bundled sample cut before its tables, its own sentences on
 * applications removed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { repairSlips } from "../../src/answers/slips.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const withoutStatements = (text: string) =>
  text
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/申请|复议|诉讼|处罚|许可|强制|信息\d|微信/.test(s)).join(""))
    .join("\n");
/** The sample without its tables and its own statements, with `sentence` written in. */
const narrativeOnly = (file: string, sentence: string) => {
  const text = sample(file);
  return parseReport(`${withoutStatements(text.slice(0, text.search(TABLES)))}\n${sentence}\n`, file);
};
const xunyang = (sentence: string) => createAnswerer([narrativeOnly("xunyang-2023.txt", sentence)]);
const values = (a: Answer) => a.figures.map((f) => f.value);
const fromText = (a: Answer) => a.figures.length > 0 && a.figures.every((f) => f.source.endsWith("（正文）"));

describe("本年新收 stated in 条, the noun after the number or before the verb", () => {
  it.each([
    ["2023年，浔阳区人民政府共收到58条依申请事项。", 58],
    ["全年共受理依申请公开事项12条，均按时答复。", 12],
    ["2023年政府信息依申请公开收到申请23条，及时回复23条。", 23],
    ["依申请公开工作中，全年受理申请6件，均已办结。", 6],
  ])("“%s” → %d", (sentence, value) => {
    const a = xunyang(sentence).answer("浔阳区2023年收到多少政府信息公开申请");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(a.figures[0]?.label).toContain("本年新收");
    expect(fromText(a)).toBe(true);
  });

  it("ranked as 本年新收 beside a report that words it the usual way (the 条 count is not left out)", () => {
    const a = createAnswerer([
      narrativeOnly("xunyang-2023.txt", "2023年，浔阳区人民政府共收到58条依申请事项。"),
      narrativeOnly("ganzhou-2023.txt", "全年共收到政府信息公开申请40件。"),
    ]).answer("2023年哪个地方收到的政府信息公开申请最多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["浔阳区", 58], ["赣州市", 40]]);
  });

  it.each([
    ["2023年全区共办结政府信息依申请公开300件，其中予以公开120件。"],
    ["全年收到群众来信48条，依申请公开咨询电话均已答复。"],
    ["依申请公开工作中，答复申请9件。"],
  ])("guard: done, not received, or another thing received: “%s” states no 本年新收", (sentence) => {
    const a = xunyang(sentence).answer("浔阳区2023年收到多少政府信息公开申请");
    expect(values(a).filter((v) => sentence.includes(String(v))), a.text).toEqual([]);
  });
});

describe("the other table-2 counts in these wordings, and 公开率 from the parts the text prints", () => {
  const hub = xunyang(
    "2023年全区共办结政府信息依申请公开300件，其中予以公开120件，部分公开30件，不予公开20件，无法提供90件，不予处理10件，其他处理30件，转接下年度办理17件。",
  );

  it.each([
    ["办结依申请公开多少件", 300],
    ["结转下年度办理多少件", 17],
    ["予以公开多少件", 120],
  ])("%s → %d, from the text", (what, value) => {
    const a = hub.answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(fromText(a)).toBe(true);
  });

  it("公开率 = (予以公开 + 部分公开) ÷ 办理结果总计, each input cited from the text", () => {
    const a = hub.answer("浔阳区2023年公开率是多少");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)[0]).toBe(50);
    expect(a.text).toContain("（予以公开 120 + 部分公开 30） ÷ 办理结果总计 300");
    expect(a.figures.slice(1).every((f) => f.source.endsWith("（正文）"))).toBe(true);
  });

  it("a text that states no part leaves 公开率 uncomputed", () => {
    const a = xunyang("全年共收到政府信息公开申请40件，均已按时答复。").answer("浔阳区2023年公开率是多少");
    expect(a.status, a.text).not.toBe("answered");
  });

  it("结转上年度办理 is 上年结转", () => {
    const a = xunyang("新收到依申请公开政府信息41件，结转上年度办理4件。").answer("浔阳区2023年上年结转多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([4]);
  });
});

describe("table 1's 本年处理决定数量 of 行政许可/处罚/强制, listed under one verb of deciding", () => {
  const listed = xunyang("截至12月31日，我局共办结行政许可事项4120件、行政处罚87件、实施行政强制9件，并通过门户网站公示行政许可31条。");

  it.each([
    ["行政处罚多少件", 87],
    ["行政许可多少件", 4120],
    ["行政强制多少件", 9],
  ])("%s → %d, from the text", (what, value) => {
    const a = listed.answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(fromText(a)).toBe(true);
  });

  it.each([
    ["在信用网站公示行政处罚87件，行政许可信息均已上传。", "行政处罚多少件"],
    ["全年立案查办的案件中，涉及行政处罚的信访件87件。", "行政处罚多少件"],
    ["通过门户网站公示行政许可31条。", "行政许可多少件"],
  ])("guard: published, recorded or another thing: “%s” %s → no figure from it", (sentence, what) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(values(a).filter((v) => sentence.includes(String(v))), a.text).toEqual([]);
  });
});

describe("narrative counts asked the way people ask them", () => {
  it("a category of 信息: 工作动态类信息多少条 → the 工作动态类 count, not the list's total", () => {
    const a = xunyang("2023年通过门户网站主动公开各类政务信息2410条，通知公告类188条，工作动态类1360条，信息公开目录862条。").answer("浔阳区2023年工作动态类信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([1360]);
  });

  it("guard: 各类信息 asked of a total whose own words name 信息 only in brackets still binds that total", () => {
    const a = xunyang("我局通过电子屏和公众号定期发布预警信息、工作动态等内容，2023年本级累计发布各类信息（包括：预报、预警、服务信息）共912条。").answer("浔阳区2023年累计发布各类信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([912]);
  });

  it("the subject a sentence opens with: 微信推送信息多少条 → the count of that account's posts", () => {
    const a = xunyang("局微信公众号于2018年3月开通，目前关注人数41200人，2023年推送信息236条。").answer("浔阳区2023年微信推送信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([236]);
  });

  it("答复意见 is not 复议: 公开人大建议、政协提案答复意见多少件 → the text's count, not table 3", () => {
    const a = xunyang("全年共主动公开人大建议、政协提案答复意见26件。").answer("浔阳区2023年公开人大建议、政协提案答复意见多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([26]);
    expect(repairSlips("政协提案答复意见多少件")).toBe("政协提案答复意见多少件");
    expect(repairSlips("行政附议多少件")).toBe("行政复议多少件");
  });
});

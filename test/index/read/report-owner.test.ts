/**
 * Whose report a page is (outside round 25, real pages cut before the tables): the page's contact
 * line or publisher is the weakest evidence. A district's report posted by the district's office
 * (“发布机构：区府办”, “如对报告有任何疑问，请与X区人民政府办公室政务公开科联系”) that speaks of 我区 / 全区
 * is the district's, not the office's — and the office's own report, posted the same way, stays the
 * office's, each answered with its own figures. A title line in the form “X审计厅2025年政务信息公开工作
 * 开展年度报告” names its body; a sentence about other reports (“完成县政府及31个部门、22个乡镇街区政府信息
 * 公开工作年度报告发布”) names none. Places and texts are invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport, ReportError } from "../../../src/index/read/report.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";

const PAGE = (no: string) => `索 引 号: | 339902/2025-${no} | 成文日期: | 2025-02-12 |\n公开方式: | 主动公开 | 公开时限: | 长期公开 |\n文件编号: | 无 | 发布机构: | 区府办 |`;
const LEAD = (contact: string) =>
  `根据《中华人民共和国政府信息公开条例》规定编制本报告。本年度报告中所列数据的统计期限为2024年1月1日至2024年12月31日。本报告的电子版可在蕙阳区人民政府门户网站上下载。如对报告有任何疑问,请与${contact}联系(地址:蕙阳大道9号,电话:0572-0000000)。`;

/** The district's report: 我区, 全区, never 我办. */
const DISTRICT = [
  PAGE("00373"),
  LEAD("蕙阳区人民政府办公室政务公开科"),
  "一、总体情况",
  "(一)主动公开方面",
  "2024年,我区持续深化政务公开。全年主动公开政府信息18250条,其中,行政规范性文件14件。",
  "(二)依申请公开方面",
  "2024年,全区共收到依申请公开政府信息286件,上年度结转5件,完成申请答复284件,结转下年度继续办理7件。因政府信息公开提起行政复议41件、因政府信息公开提起行政诉讼12件。",
  "(三)政府信息管理方面",
  "2024年,我区严格执行信息公开发布审核机制,整改信息2100条。",
].join("\n");

/** The office's own report: it names itself and says 我办. */
const OFFICE = [
  PAGE("00293"),
  LEAD("菁州市蕙阳区人民政府办公室"),
  "一、总体情况",
  "2024年,蕙阳区人民政府办公室全面贯彻落实国家、省市有关决策部署,不断夯实政务公开工作基础。",
  "(一)主动公开情况",
  "通过门户网站发布政务信息2316条。",
  "(二)依申请公开情况",
  "2024年我办共办理申请信息公开31件,其中,完成申请答复29件(包含上年度结转的2件),另有2件结转至下一年度办理。因政府信息公开提起行政复议3件,因政府信息公开提起行政诉讼4件。",
].join("\n");

describe("a page posted by an office: the report's own words decide whose it is", () => {
  it("我区 / 全区 and the office only as contact and publisher: the district's report", () => {
    const r = parseReport(DISTRICT, "page-00373.txt");
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: "蕙阳区人民政府", year: 2024 });
    expect(r.warnings.join("；")).toContain("联系方式");
  });

  it("the office naming itself (我办, its name in the text): the office's own report", () => {
    const r = parseReport(OFFICE, "page-00293.txt");
    expect(r.agency).toMatch(/蕙阳区人民政府办公室$/u);
  });

  it("both loaded: each question gets its own body's figure, never the other's", () => {
    const answerer = createAnswerer([parseReport(DISTRICT, "page-00373.txt"), parseReport(OFFICE, "page-00293.txt")]);
    const cases: [string, number][] = [
      ["蕙阳区政府办2024年行政复议多少件", 3],
      ["蕙阳区人民政府办公室2024年行政诉讼几件", 4],
      ["蕙阳区2024年行政复议多少件", 41],
      ["蕙阳区2024年结转下年度继续办理多少件", 7],
    ];
    for (const [q, value] of cases) {
      const a = answerer.answer(q);
      expect(a.status, `${q}\n${a.text}`).toBe("answered");
      expect(a.figures[0]?.value, `${q}\n${a.text}`).toBe(value);
    }
  }, 60_000);
});

describe("two reports read as one body's for one year", () => {
  it("are never collapsed silently: the answer names both and says which it reads", () => {
    const other = OFFICE.replace("提起行政复议3件", "提起行政复议9件").replace("00293", "00411");
    const answerer = createAnswerer([parseReport(OFFICE, "page-00293.txt"), parseReport(other, "page-00411.txt")]);
    const a = answerer.answer("蕙阳区政府办2024年行政复议多少件");
    expect(a.text).toContain("page-00293.txt");
    expect(a.text).toContain("page-00411.txt");
    expect(a.text).toMatch(/收录了 2 份报告/u);
  }, 60_000);
});

describe("title lines and sentences naming reports", () => {
  const TABLE_LESS = ["一、总体情况", "2025年,我厅全年主动公开政府信息65条,其中政策文件12条。", "二、依申请公开情况", "2025年,我厅共收到政府信息公开申请3件,均按时答复。"].join("\n");

  it.each([
    "标      题 澜峤自治区审计厅2025年政务信息公开工作开展年度报告",
    "标题：澜峤自治区审计厅2025年政务信息公开工作开展年度报告",
    "澜峤自治区审计厅2025年政府信息公开工作开展年度报告",
  ])("“%s” names the 审计厅, never the region's government", (title) => {
    const r = parseReport(`${title}\n索引号 000014349/2026-00021 文      号\n发布机构 发布日期 2026-01-16\n${TABLE_LESS}`, "t20260116.txt");
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: "澜峤自治区审计厅", year: 2025 });
  });

  it("“完成县政府及31个部门、22个乡镇街区政府信息公开工作年度报告发布” is no title: no body is named “个乡镇…”", () => {
    const text = [
      "根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。",
      "一、总体情况",
      "2025年,县政府网站共发布信息3000余条。按时完成2024年度县政府及31个部门、22个乡镇街区政府信息公开工作年度报告发布,公开2025年度部门预算68条。",
      "2025年,县政府办公室收到依申请公开9件,均在规定时限内办结答复。",
    ].join("\n");
    // with no other name and no table the page is refused (“no reporting agency”), or loaded under the name it gives
    const agency = (t: string) => {
      try {
        return parseReport(t, "0176869810066763.html.txt").agency;
      } catch (e) {
        expect(e).toBeInstanceOf(ReportError);
        return null;
      }
    };
    expect(agency(text) ?? "").not.toMatch(/个|乡镇/u);
    // the same for bodies counted in words
    expect(agency(text.replace("31个部门、22个乡镇街区", "三个部门、二十二个乡镇")) ?? "").not.toMatch(/个|乡镇/u);
    // a name of its own before the count stands: “槿屏县2025年…”
    expect(agency(text.replace("2025年,县政府网站", "2025年,槿屏县政府网站").replace("县政府办公室收到", "槿屏县人民政府办公室收到")) ?? "").not.toMatch(/个|乡镇/u);
  });
});

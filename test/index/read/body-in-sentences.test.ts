/**
 * A report's body named only inside a sentence (outside round 20, real pages cut before the tables):
 * the name never takes the sentence's words along (“如有疑问请与苍溪县农业农村局办公室联系” is 苍溪县
 *农业农村局, not “如有疑问请与苍溪县农业农村局”). Texts are written for these tests; the places are
 * real divisions (the gazetteer must know them), the bodies' texts invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport, ReportError } from "../../../src/index/read/report.ts";

const read = (text: string, file = "t20190307_4455.html.txt") => {
  const r = parseReport(text, file);
  return { agency: r.agency, region: r.region, year: r.year, title: r.title };
};

const BODY = [
  "一、政务公开情况",
  "(一)主动公开政府信息情况。2018年,我局在县人民政府门户网站主动公开政府信息143条。其中:概况类信息9条,工作动态类信息98条。",
  "(二)依申请公开政府信息情况。2018年,我局未收到政府信息公开申请。",
  "二、存在的问题及改进措施",
  "2018年,我局信息公开工作还存在公开还不全面等问题。",
].join("\n");

describe("a body named inside a sentence", () => {
  it("the contact sentence's words are not the name (如有疑问请与X办公室联系)", () => {
    const text = `根据《中华人民共和国政府信息公开条例》及上级有关文件要求,编制本局2018年度政府信息公开报告,并向社会公开。如有疑问请与旺苍县林业局办公室联系(地址:旺苍县东河镇滨河路8号,电话:0839-4200000)。\n${BODY}`;
    expect(read(text)).toMatchObject({ agency: "旺苍县林业局", region: "旺苍县", year: 2018 });
    expect(read(`${text}\n旺苍县林业局\n2019年3月7日\n`)).toMatchObject({ agency: "旺苍县林业局", region: "旺苍县" });
  });

  it("other sentence words glued before the place are not the name either", () => {
    const text = `依据《条例》要求编制本局2018年度政府信息公开报告,对报告内容有疑问的可咨询剑阁县林业局办公室(电话:0839-6600000)。\n${BODY}`;
    expect(read(text)).toMatchObject({ agency: "剑阁县林业局", region: "剑阁县" });
  });
});

/** Section 一 of a page cut before the tables: `subject` is how the text calls the body. */
const overview = (subject: string) =>
  [
    "(一)主动公开情况。",
    `本年度,${subject}通过政府网站累计主动公开信息130条,微信公众号发布信息147条。`,
    "(二)依申请公开情况。",
    `${subject}共收到政府信息公开申请12件,均已按期答复。`,
    "(三)政府信息管理。",
    "严格执行信息发布审核制度。",
  ].join("\n");

describe("a real report whose body is named only in its text is loaded as that body's", () => {
  it("a byline in prose: “X结合…有关统计数据编制本报告” under a title naming no body", () => {
    const text = ["2024年政府信息公开工作年度报告", "一、总体情况", "依据《中华人民共和国政府信息公开条例》要求,剑阁县水利局结合2024年1月1日至2024年12月31日有关统计数据编制本报告。", overview("我局")].join("\n");
    expect(read(text)).toMatchObject({ agency: "剑阁县水利局", region: "剑阁县", year: 2024 });
  });

  it("a title naming the body without its place (住建局 2025 年…): the place the text names it with", () => {
    const text = ["住建局 2025 年政府信息公开工作年度报告", "一、总体情况", overview("2025年旺苍县住建局")].join("\n");
    expect(read(text)).toMatchObject({ agency: "旺苍县住建局", region: "旺苍县", year: 2025 });
    // the text never names it with a place: not guessed
    expect(() => read(["住建局 2025 年政府信息公开工作年度报告", "一、总体情况", overview("本局")].join("\n"))).toThrow(ReportError);
  });

  it("no title, the body the subject of the opening sentence, section 一's sub-headings below", () => {
    const text = ["2025年,大足区人民政府龙岗街道办事处坚持以习近平新时代中国特色社会主义思想为指导,紧扣《中华人民共和国政府信息公开条例》要求,现将本年度工作情况汇报如下。", overview("街道")].join("\n");
    expect(read(text)).toMatchObject({ agency: "大足区龙岗街道办事处", year: 2025 });
  });

  it("the county's report compiled by its office (由X县人民政府办公室组织编制, 全县 figures) is the county's", () => {
    const lead = "本年度报告根据《中华人民共和国政府信息公开条例》要求,由剑阁县人民政府办公室组织编制。所列数据统计时间为2022年1月1日起至2022年12月31日止。";
    expect(read(["一、总体情况", lead, overview("全县")].join("\n"))).toMatchObject({ agency: "剑阁县人民政府", region: "剑阁县", year: 2022 });
    // the office's own report calls itself 我办
    expect(read(["一、总体情况", lead, overview("我办")].join("\n"))).toMatchObject({ agency: "剑阁县人民政府办公室" });
  });
});

describe("a page that is not a report", () => {
  it("a 解读 of a report (quoting its title and figures) is refused, not loaded as the body's report", () => {
    const text = [
      "《剑阁县白龙镇人民政府2023年政府信息公开工作年度报告》已经编制完成并向社会公开,为方便群众看懂年报信息,现就年报内容进行如下解读。",
      "一、编制背景",
      "政府信息公开工作年度报告是《中华人民共和国政府信息公开条例》确立的法定制度安排。",
      overview("白龙镇"),
    ].join("\n");
    expect(() => read(text)).toThrow(/解读/u);
  });
});

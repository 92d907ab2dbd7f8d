/**
 * Who wrote a report, read as real pages print it (outside round 14: 9 of 37 real openings lost or
 * misread their body): the 政府 of “X人民政府信息公开工作年度报告” is the body's; a body named without
 * its place (“区人力社保局”, “现公开区人民政府办公室…”, “县乡村振兴局”) takes the place the text names,
 * never the government whose site's name stands above the title; a 街道办事处 formally named after
 * its district's government is that district's 街道; a government's site names the body only when
 * the report calls itself by that government's word (我县); and a report whose text states “no
 * applications” in words is a report. Texts are written for these tests (page openings cut before
 * the tables); the places are real divisions (the gazetteer must know them), the bodies' texts invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport, ReportError } from "../../../src/index/read/report.ts";
import { bareBody, placeNamed } from "../../../src/index/read/bare-body.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { zeroStatements } from "../../../src/index/read/zero-statements.ts";

/** A page's opening, cut in section 一 before the tables: `head` above it, `applications` its (二). */
function opening(head: string, lead: string, applications = "全年共收到政府信息公开申请6件，均已按期答复。") {
  return [
    head,
    lead,
    "一、总体情况",
    "（一）主动公开情况",
    "2023年，通过门户网站和政务新媒体主动公开政府信息312条，其中政策文件14件。",
    "（二）依申请公开情况",
    applications,
    "（三）政府信息管理情况",
    "严格执行信息发布审核制度，做到先审后发。",
  ].join("\n");
}

const read = (text: string, file = "t20240125_1234567.shtml.txt") => parseReport(text, file);
const who = (text: string) => {
  const r = read(text);
  return { agency: r.agency, region: r.region, kind: r.body?.kind, year: r.year };
};

describe("the reporting body, read as real openings print it", () => {
  it("“X人民政府信息公开工作年度报告（2023年度）”: the 政府 is the body's, a government", () => {
    const text = opening("青蒲县人民政府信息公开工作年度报告（2023年度）", "根据《条例》要求，特向社会公布2023年度青蒲县人民政府信息公开工作年度报告。");
    expect(who(text)).toEqual({ agency: "青蒲县人民政府", region: "青蒲县", kind: "government", year: 2023 });
    expect(read(text).title, "the title as printed").toMatch(/^青蒲县人民政府信息公开工作年度报告[(（]2023年度[)）]$/u);
  });

  it("a site's name over a title naming a bare department: the department, placed by the text, not the site's government", () => {
    const text = opening("桐庐县人民政府\n2023年县人力社保局政府信息公开工作年度报告", "2023年，我局按照《2023年桐庐县政务公开工作要点》要求，做好政府信息公开工作。");
    expect(who(text)).toEqual({ agency: "桐庐县人力社保局", region: "桐庐县", kind: "department", year: 2023 });
    expect(read(text).warnings.join("\n"), "how the name was completed is said").toContain("标题中的机关“县人力社保局”未写地名：按正文所写的地名读作“桐庐县人力社保局”");
    // with no place of that level named anywhere, the bare name is not completed by guess
    const nowhere = opening("门户网站\n2023年县人力社保局政府信息公开工作年度报告", "2023年，我局按照政务公开工作要点要求，做好政府信息公开工作。");
    expect(() => read(nowhere)).toThrow(ReportError);
  });

  it("a government's site name over a title naming no body, the text saying 我局: the body the text names, never the government", () => {
    const head = "桐庐县人民政府\n2023年政府信息公开工作年度报告";
    const contact = "如对本报告有疑问，请联系：桐庐县人力资源和社会保障局办公室，电话：0571-0000000。";
    const department = opening(head, `2023年，我局按照县政务公开工作要点要求做好信息公开工作。${contact}`);
    expect(who(department)).toEqual({ agency: "桐庐县人力资源和社会保障局", region: "桐庐县", kind: "department", year: 2023 });
    expect(read(department).warnings.join("\n")).toMatch(/标题处的“桐庐县人民政府”不是报告机关/);
    // no body named anywhere: not the government's report either (its tables unread, nothing to answer from)
    expect(() => read(opening(head, "2023年，我局按照县政务公开工作要点要求做好信息公开工作。"))).toThrow(/no reporting agency/);
    // guard: the government's own report (我县) keeps its title's government
    expect(who(opening(head, `2023年，我县按照政务公开工作要点要求做好信息公开工作。`))).toMatchObject({ agency: "桐庐县人民政府", kind: "government" });
  });

  it("“现公开区人民政府办公室2023年…报告” in the opening sentence: the office, its district from the contact line", () => {
    const lead =
      "2023年，区人民政府办公室按照要求推动政府信息公开。根据《中华人民共和国政府信息公开条例》规定，现公开区人民政府办公室2023年政府信息公开工作年度报告。如本报告有疑问，请联系：江宁区政府办公室秘书科，地址：江宁区上元大街1号。";
    expect(who(opening("", lead))).toEqual({ agency: "江宁区人民政府办公室", region: "江宁区", kind: "office", year: 2023 });
  });

  it("a contact line naming the 政府办公室 (short form) is the office, never the government", () => {
    const lead = "本报告所列数据的统计期限为2023年1月1日至2023年12月31日。如本报告有疑问，请联系：青蒲县政府办公室信息科，电话：0000-1234567。";
    expect(who(opening("", lead))).toEqual({ agency: "青蒲县政府办公室", region: "青蒲县", kind: "office", year: 2023 });
  });

  it("an opening whose subject is a bare department (“县乡村振兴局严格按照…”): placed by “以X县门户网站为…平台”", () => {
    const text = opening("", "2023年，县乡村振兴局严格按照县委县政府要求，认真贯彻落实《条例》。本局以桐庐县门户网站为主要公开平台。");
    expect(who(text)).toEqual({ agency: "桐庐县乡村振兴局", region: "桐庐县", kind: "department", year: 2023 });
  });

  it("“X区人民政府Y街道办事处” (its formal name, title or contact line): the district's 街道, a township", () => {
    const titled = opening("江宁区人民政府梧岙街道办事处2023年\n政府信息公开工作年度报告", "依据《条例》规定，编制本报告。");
    const r = read(titled);
    expect({ agency: r.agency, region: r.region, kind: r.body?.kind, parents: r.body?.parents }).toEqual({ agency: "江宁区梧岙街道办事处", region: "梧岙街道", kind: "township", parents: ["江苏省", "南京市", "江宁区"] });
    const contact = opening("", "所列统计数据时间范围为2023年1月1日至2023年12月31日。如本报告有疑问，请联系：江宁区人民政府梧岙街道办事处，电话：025-0000000。");
    expect(who(contact)).toMatchObject({ agency: "江宁区梧岙街道办事处", kind: "township" });
    // guard: a navigation run of separate bodies is still read as its last name
    expect(who(opening("南京市人民政府南京市公安局2023年政府信息公开工作年度报告", "依据《条例》编制本报告。"))).toMatchObject({ agency: "南京市公安局" });
  });

  it("the government whose site posts the report names it only when the report says 我县, not 我局", () => {
    const posted = "本报告中使用数据统计期限为2023年1月1日至12月31日。本报告的电子版可在青蒲县人民政府(http://www.qingpu.example.cn)政府信息公开年度报告专栏获取。";
    const county = opening("", `2023年，我县认真贯彻落实《条例》。${posted}`);
    expect(who(county)).toEqual({ agency: "青蒲县人民政府", region: "青蒲县", kind: "government", year: 2023 });
    // a department posted on the county's site is not the county's government
    const department = opening("", `2023年，我局认真贯彻落实《条例》。${posted}`);
    expect(() => read(department)).toThrow(/no reporting agency/);
  });

  it("placeNamed: the division of that level named most often; none, or a tie, is no place", () => {
    expect(placeNamed("区", "江宁区政府办公室，地址：江宁区上元大街；鼓楼区")).toBe("江宁区");
    expect(placeNamed("区", "江宁区与鼓楼区")).toBeNull();
    expect(placeNamed("县", "全县各乡镇")).toBeNull();
    // a district whose name starts with a level word is a place, not a bare body
    expect(bareBody("市中区人民政府")).toBeNull();
    expect(bareBody("区人力社保局")).toEqual({ level: "区", body: "人力社保局" });
  });
});

describe("a report whose text states no applications in words is a report", () => {
  it.each([
    "2023年梧岙街道办事处未接收到依申请公开，尚未发现应主动公开而未公开的情况。",
    "2023年，我街未收到依申请公开的政府信息。",
    "本年度未曾收到政府信息公开申请。",
    "全年依申请公开数量为零。",
    "2023年度本机关没有收到公民、法人和其他组织提出的政府信息公开申请。",
  ])("“%s” → loads, 本年新收 0 from the text", (applications) => {
    const text = opening("江宁区梧岙街道办事处2023年政府信息公开工作年度报告", "依据《条例》规定，编制本报告。", applications).replace(/通过门户网站.*件。/u, "通过门户网站和政务新媒体做好主动公开。");
    const r = read(text);
    expect(r.agency).toBe("江宁区梧岙街道办事处");
    const a = createAnswerer([r]).answer("梧岙街道2023年依申请公开多少件");
    expect({ status: a.status, value: a.figures[0]?.value }).toEqual({ status: "answered", value: 0 });
  });

  it("guard: none from one kind of applicant is a part, not the year's count", () => {
    const passage = (text: string) => [{ id: "p1", text, section: 1, start: 0, end: text.length }];
    expect(zeroStatements({ passages: passage("2023年未收到自然人提出的政府信息公开申请。") })).toEqual([]);
    expect(zeroStatements({ passages: passage("2023年未收到法人或其他组织提出的政府信息公开申请。") })).toEqual([]);
  });

  it("guard: an opening stating nothing at all is still no filled-in report", () => {
    const text = opening("江宁区梧岙街道办事处2023年政府信息公开工作年度报告", "依据《条例》规定，编制本报告。", "依法依规做好依申请公开工作。").replace(/通过门户网站.*件。/u, "通过门户网站和政务新媒体做好主动公开。");
    expect(() => read(text)).toThrow(/not a filled-in report/);
  });
});

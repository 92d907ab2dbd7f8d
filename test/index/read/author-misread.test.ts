/**
 * Who wrote a report, as real pages print what is around it (outside round 21): a page's metadata
 * label before the title it gives (“标   题 县政府办2022年度…”) is never part of the name; a body
 * named only in the contact line (“请与澜山县数字化发展局联系”) of a report whose opening's subject is
 * the place itself (“2024年澜山县坚持…”, 全县) answers for the place's government — the report is the
 * government's, not the contact's. Places and texts are invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";

function opening(head: string, lead: string, subject: string) {
  return [
    head,
    lead,
    "一、总体情况",
    subject,
    "（一）主动公开情况",
    "2024年，通过门户网站和政务新媒体主动公开政府信息312条，其中政策文件14件。",
    "（二）依申请公开情况",
    "全年共收到政府信息公开申请6件，均已按期答复。",
  ].join("\n");
}
const who = (text: string) => {
  const r = parseReport(text, "t20250125_1234567.shtml.txt");
  return { agency: r.agency, region: r.region, year: r.year };
};

describe("a page's metadata label before the title", () => {
  // 澄城县 is a county the gazetteer knows (a bare 县政府办 takes its place from the text); 澜山县 is not
  it.each([
    ["标   题 县政府办2024年度政府信息公开工作年度报告", "澄城县"],
    ["标题：县政府办2024年度政府信息公开工作年度报告", "澄城县"],
    ["名    称 县政府办2024年度政府信息公开工作年度报告", "澄城县"],
    ["标   题 县政府办2024年度政府信息公开工作年度报告", "澜山县"],
    ["名    称 县政府办2024年度政府信息公开工作年度报告", "澜山县"],
  ])("“%s” (%s): the body of the text's place, never the label's", (line, place) => {
    const text = opening(`索引号 bgs01/2025-00011 发文字号\n成文日期 2025-01-18 发布日期 2025-01-18\n${line}\n发布机构 县政府办公室`, `本报告电子版通过${place}人民政府网站全文公开。`, `2024年，${place}人民政府办公室严格贯彻落实《条例》。`);
    const r = who(text);
    expect(r.region).toBe(place);
    expect(r.agency).toMatch(new RegExp(`^${place}(?:人民)?政府办`, "u"));
  });
});

describe("a body named only in the contact line", () => {
  it("the place's report (its opening's subject is the place, 全县): the government's, not the contact's", () => {
    const lead = "本报告通过澜山县人民政府网站公布，如对本报告有任何疑问，请与澜山县数字化发展局联系。联系电话：0999-3022363。";
    const r = who(opening("", lead, "2024年澜山县坚持以人民为中心的发展思想，全县政府信息公开工作水平得到进一步提升。"));
    expect([r.agency, r.region, r.year]).toEqual(["澜山县人民政府", "澜山县", 2024]);
  });

  it("guard: a body's own report (我局) keeps the contact's name", () => {
    const lead = "如对本报告有任何疑问，请与澜山县数字化发展局联系。联系电话：0999-3022363。";
    const r = who(opening("", lead, "2024年澜山县坚持以人民为中心的发展思想，我局政府信息公开工作水平得到进一步提升。"));
    expect(r.agency).toBe("澜山县数字化发展局");
  });
});

describe("a title naming a body without its place, under a page's navigation bar", () => {
  it("the body the text names (由澜州市统计局编制), never the bar read as a place (走进澜州)", () => {
    const head = "首页 | 走进澜州 | 政务公开 | 政务服务 | 互动交流\n当前位置：首页 > 政务公开 > 政府信息公开年度报告 > 正文\n发布日期：2025-01-13 阅读量：156 【打印】【关闭】\n统计局2024年政府信息公开工作年度报告";
    const r = who(opening(head, "本报告根据《条例》要求，由澜州市统计局编制。如对本报告有任何疑问，请与澜州市统计局联系。", "2024年，我局坚持以公开为常态。"));
    expect([r.agency, r.region, r.year]).toEqual(["澜州市统计局", "澜州市", 2024]);
  });
});

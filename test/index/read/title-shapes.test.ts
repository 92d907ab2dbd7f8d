/**
 * Titles in the other shapes real bodies write them (outside round 12: 16 reports lost their
 * agency, 7 became 机关不明 and were left out of rankings and sums without a word):
 * «X关于2023年度政府信息公开工作情况的报告», «2023年度X信息公开工作报告» (the year never part of
 * the name), «X的2023年度…报告», a body naming itself only in the sentence that announces the
 * report (“X特编制2023年…报告”), and a zone read from its contact office. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { differences } from "../../helpers/compare.ts";
import { randomFigures } from "../../helpers/figures.ts";
import { renderReport, type Layout } from "../../helpers/render-report.ts";

const LAYOUTS: Layout[] = ["tabs", "html", "collapsed", "pdf-raw"];

/** A generated report of `printed` (its one-line title) with the title line replaced by `title`. */
function titled(printed: string, title: string, layout: Layout, seed = 71) {
  const f = randomFigures(seed, "2021", printed, 2023);
  const text = renderReport(f, { layout, title: "one-line" });
  const old = `${printed}2023年政府信息公开工作年度报告`;
  expect(text, "the generated title is where it is replaced").toContain(old);
  return { f, text: text.replace(old, title) };
}

describe("title shapes", () => {
  it.each([
    ["青蒲县发展和改革局关于2023年度政府信息公开工作情况的报告", "青蒲县发展和改革局", "青蒲县"],
    ["青蒲县卫生健康局关于2023年度政府信息公开工作的报告", "青蒲县卫生健康局", "青蒲县"],
    ["青蒲县人民政府2023年度政府信息公开工作情况报告", "青蒲县人民政府", "青蒲县"],
    ["青蒲县教育局的2023年度政府信息公开工作报告", "青蒲县教育局", "青蒲县"],
    ["2023年度梧岙路街道信息公开工作报告", "梧岙路街道办事处", "梧岙路街道"],
    ["2023年度青蒲县市场监督管理局政务公开工作情况的报告", "青蒲县市场监督管理局", "青蒲县"],
  ])("“%s” → %s (%s), every layout, the title as printed, same figures", (title, agency, region) => {
    for (const layout of LAYOUTS) {
      const { f, text } = titled(agency, title, layout);
      const r = parseReport(text, "content_8812.txt");
      expect({ layout, agency: r.agency, region: r.region, year: r.year, title: r.title }).toEqual({ layout, agency, region, year: 2023, title });
      expect(r.warnings.join("\n"), layout).not.toMatch(/没有标题行/);
      // collapsed text may leave a table unread (as test/index/layouts.test.ts allows), never a wrong figure
      expect(differences(r, { ...f, agency }, { unknownOk: layout === "collapsed" ? [1, 2, 3] : [] }), layout).toEqual([]);
    }
  });

  it("a body named only in the sentence that announces the report (“X特编制2023年…报告”)", () => {
    const { f, text } = titled("青蒲市梧岙街道办事处", "", "tabs");
    const announced = text.replace("一、总体情况", "一、总体情况\n根据《中华人民共和国政府信息公开条例》的要求，青蒲市梧岙街道特编制2023年政府信息公开年度报告。");
    const r = parseReport(announced, "art_1229.txt");
    expect({ agency: r.agency, region: r.region, year: r.year, kind: r.body?.kind }).toEqual({ agency: "青蒲市梧岙街道办事处", region: "梧岙街道", year: 2023, kind: "township" });
    expect(differences(r, { ...f, agency: r.agency })).toEqual([]);
  });

  it("a zone whose report names only its contact office is the zone's 管委会, a zone (not a department)", () => {
    const contact = (office: string) => {
      const { text } = titled("青蒲县人民政府", "", "tabs");
      return parseReport(text.replace("一、总体情况", `本报告依据《条例》要求撰写，统计期限为2023年1月1日至2023年12月31日。如对本报告有任何疑问，请与${office}联系（电话：0000-8665530）。\n一、总体情况`), "38194.txt");
    };
    const zone = contact("青蒲经济开发区综合办公室");
    expect({ agency: zone.agency, kind: zone.body?.kind }).toEqual({ agency: "青蒲经济开发区管理委员会", kind: "zone" });
    // guard: a county's 政府办公室 is a body that reports, kept as printed
    const office = contact("青蒲县人民政府办公室");
    expect({ agency: office.agency, kind: office.body?.kind }).toEqual({ agency: "青蒲县人民政府办公室", kind: "office" });
  });
});

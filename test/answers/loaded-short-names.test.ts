/**
 * A loaded body asked by the short name people write (outside round 21): a banner named by its
 * league's wing by the contraction (察哈尔右翼前旗 → 察右前旗); a town titled without its county, whose
 * text prints it under a two-character county the gazetteer knows (“滑县柳湾镇”), by its county and
 * name; a body titled with 自治区 alone (“自治区乡村振兴办”) as its region's (广西…). Banners and
 * counties are the gazetteer's; towns, bodies and figures are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { statedParents } from "../../src/index/read/stated-parents.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

function report(agency: string, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-2023.txt`);
}

describe("the short names of loaded bodies", () => {
  const reports = [
    report("察哈尔右翼前旗人民政府", "", 31),
    report("柳湾镇人民政府", "如对本报告有疑问，请与滑县柳湾镇人民政府党政办联系。", 32),
    report("自治区乡村振兴办", "本年度报告由广西壮族自治区乡村振兴办公室（以下简称自治区乡村振兴办）编制。", 33),
    report("澜山县人民政府", "", 34),
  ];
  const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
  const whose = (q: string) => {
    const a = answerer.answer(q);
    return [a.status, a.figures[0]?.agency];
  };

  it("察右前旗: the banner of the wing", () => {
    expect(whose("察右前旗2023年收到多少申请")).toEqual(["answered", "察哈尔右翼前旗人民政府"]);
  });

  it("滑县柳湾镇: the town its text prints under 滑县", () => {
    expect(reports[1]?.body?.parents.at(-1)).toBe("滑县");
    expect(whose("滑县柳湾镇2023年收到多少申请")).toEqual(["answered", reports[1]?.agency]);
  });

  it("自治区乡村振兴办: the body of the region its text names", () => {
    expect([reports[2]?.agency, reports[2]?.region]).toEqual(["广西壮族自治区乡村振兴办", "广西壮族自治区"]);
    expect(whose("广西乡村振兴办2023年收到多少申请")).toEqual(["answered", "广西壮族自治区乡村振兴办"]);
  });

  it("guard: a two-character unit the gazetteer does not know states no parent", () => {
    expect(statedParents("澜县柳湾镇位于县城东部。", "柳湾镇人民政府")).toEqual([]);
    expect(statedParents("滑县柳湾镇位于县城东部。", "柳湾镇人民政府")).toEqual(["滑县"]);
  });
});

/**
 * A place no report has, said with a body's word (维西县住建局, 溪桐县财政局): that place's body, which
 * has no report — never the same body of another place (a county-level city's 住建局, a city's 财政局,
 * another county's 县财政局). Round 20 (weixi-zhujianju-2025 names only “县住建局”): 维西县住建局 was
 * answered with 开平市住房和城乡建设局's 41.
 */
import { describe, expect, it } from "vitest";
import { type AgencyName, understand } from "../../src/answers/understand.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { isKnownDivision, levelOf } from "../../src/index/agency/gazetteer.ts";
import { makeReport } from "../helpers/report.ts";

const TODAY = new Date("2026-11-15T12:00:00");
const names = (...agencies: string[]): AgencyName[] => agencies.map((agency) => ({ agency, region: "" }));
const who = (q: string, list: AgencyName[]) => understand(q, list, TODAY).agencies.map((m) => [m.text, m.matches.map((a) => a.agency)]);

// 开平市 is a county-level city; 安吉县's 财政局 is also written 县财政局
const CORPUS = names("开平市住房和城乡建设局", "株洲市财政局", "安吉县财政局", "安吉县人民政府");

describe("a county no report names, with a body's word", () => {
  it("knows an autonomous county by the name people write (维西县 for 维西傈僳族自治县)", () => {
    expect(isKnownDivision.longestPrefix("维西县住建局")).toBe("维西县");
    expect(levelOf("维西县", [])).toBe("county");
    expect(levelOf("鄂伦春旗", [])).toBe("county");
  });

  it("is that county's body, not loaded — never another county's or a city's body of that name", () => {
    expect(who("维西县住建局2025年收到几件申请", CORPUS)).toEqual([["维西县住建局", []]]);
    expect(who("维西县财政局2025年收到几次申请", CORPUS)).toEqual([["维西县财政局", []]]);
  });

  it("holds for a county the gazetteer does not know at all", () => {
    expect(who("溪桐县住建局2025年收到几件申请", CORPUS)).toEqual([["溪桐县住建局", []]]);
    // 县财政局 is a form of 安吉县财政局: the 县 here ends 溪桐县
    expect(who("溪桐县财政局2025年收到几次申请", CORPUS)).toEqual([["溪桐县财政局", []]]);
  });

  it("still finds the loaded bodies by their own place, and by the level word alone", () => {
    expect(who("开平市住建局2025年收到几件申请", CORPUS)).toEqual([["开平市住建局", ["开平市住房和城乡建设局"]]]);
    expect(who("县财政局2025年收到几次申请", CORPUS)).toEqual([["县财政局", ["安吉县财政局"]]]);
    expect(who("维西县住建局2025年收到几件申请", names("维西傈僳族自治县住房和城乡建设局", "开平市住房和城乡建设局"))).toEqual([["维西县住建局", ["维西傈僳族自治县住房和城乡建设局"]]]);
  });

  it("is answered as not loaded, with no figure of another place", () => {
    const r = (agency: string, region: string, total: number) =>
      makeReport({ agency, region, year: 2025, file: `${agency}.txt`, table2: { new: { total }, carried_in: { total: 0 }, results_total: { total } } });
    const answerer = createAnswerer([r("开平市住房和城乡建设局", "开平市", 41), r("株洲市财政局", "株洲市", 33)], { today: () => TODAY });
    for (const q of ["维西县住建局2025年收到几件申请", "维西县财政局2025年收到几次申请", "溪桐县住建局2025年依申请多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, `${q}: ${a.text}`).toBe("not_found");
      expect(a.figures, q).toEqual([]);
      expect(a.text, q).toMatch(/(?:维西县|溪桐县)没有已收录的报告/u);
    }
  });
});

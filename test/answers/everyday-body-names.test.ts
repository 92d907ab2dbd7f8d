/**
 * Names as people say them (outside round 25, B7): a banner or county named after its people by its
 * everyday name (鄂温克旗 for 鄂温克族自治旗 — 族 and 自治 left out), a county named by a league's wing
 * by its official abbreviation (喀左县 for 喀喇沁左翼蒙古族自治县); a body asked by its full name whose
 * report prints its everyday name (X区交通运输局 asked, “X区交通局” printed; 人力资源和社会保障局 /
 * “人力社保局”); a 街道 typed with a character of the same sound (街到). Places of the gazetteer are
 * real (the short names come from it); the bodies under them and the districts are invented.
 */
import { describe, expect, it } from "vitest";
import { type AgencyName, understand } from "../../src/answers/understand.ts";
import { isKnownDivision, levelOf } from "../../src/index/agency/gazetteer.ts";
import { regionShortNames } from "../../src/index/agency/forms.ts";

const TODAY = new Date("2026-11-15T12:00:00");
const names = (...agencies: string[]): AgencyName[] => agencies.map((agency) => ({ agency, region: "" }));
const who = (q: string, list: AgencyName[]) => understand(q, list, TODAY).agencies.map((m) => m.matches.map((a) => a.agency));

describe("autonomous places by their everyday names", () => {
  it("a banner named after its people: 族 and 自治 left out, the level kept (鄂温克旗)", () => {
    expect(regionShortNames("鄂温克族自治旗")).toContain("鄂温克旗");
    // the people's name alone is no place
    expect(regionShortNames("鄂温克族自治旗")).not.toContain("鄂温克");
    expect(isKnownDivision.longestPrefix("鄂温克旗生态环境分局")).toBe("鄂温克旗");
    expect(levelOf("鄂温克旗", [])).toBe("county");
    const list = names("鄂温克族自治旗人民政府", "呼伦贝尔市生态环境局鄂温克族自治旗分局", "阿荣旗人民政府");
    // read as the full name is
    expect(who("鄂温克旗2025年旗政府门户网站发布信息多少条", list)).toEqual(who("鄂温克族自治旗2025年旗政府门户网站发布信息多少条", list));
    expect(who("鄂温克旗2025年旗政府门户网站发布信息多少条", list)[0]).toContain("鄂温克族自治旗人民政府");
    expect(who("鄂温克旗生态环境分局2023年微信公众号发布多少条", list)).toEqual([["呼伦贝尔市生态环境局鄂温克族自治旗分局"]]);
  });

  it("a county named by a league's wing: its first character and the wing (喀左县)", () => {
    expect(regionShortNames("喀喇沁左翼蒙古族自治县")).toEqual(expect.arrayContaining(["喀喇沁左翼", "喀左县"]));
    expect(isKnownDivision.longestPrefix("喀左县人民政府")).toBe("喀左县");
    const list = names("喀喇沁左翼蒙古族自治县人民政府", "喀喇沁旗人民政府");
    expect(who("喀左县2025年召开新闻发布会几期", list)).toEqual([["喀喇沁左翼蒙古族自治县人民政府"]]);
  });
});

describe("a body asked by its full name, its report printing the everyday one", () => {
  const list = names("杉屿区交通局", "杉屿区人力社保局", "杉屿区人民政府", "杉屿区财政局");

  it("交通运输局 asked, 交通局 printed", () => {
    expect(who("杉屿区交通运输局2024年主动公开多少条", list)).toEqual([["杉屿区交通局"]]);
    expect(who("杉屿区交通局2024年主动公开多少条", list)).toEqual([["杉屿区交通局"]]);
  });

  it("人力资源和社会保障局 (or 人社局) asked, 人力社保局 printed", () => {
    // the whole name read as the body's (not 杉屿区人力 read, 资源和社会保障局 left over as words not understood)
    const q = understand("杉屿区人力资源和社会保障局2023年门户网站公开信息多少条", list, TODAY);
    expect(q.agencies.map((m) => [m.text, m.matches.map((a) => a.agency)])).toEqual([["杉屿区人力资源和社会保障局", ["杉屿区人力社保局"]]]);
    expect(who("杉屿区人社局2023年门户网站公开信息多少条", list)).toEqual([["杉屿区人力社保局"]]);
  });
});

describe("a name typed with a character of the same sound after its short form", () => {
  it("槐东街到 is 槐东街道 (槐东 alone names it too; 到 sounds as 道)", () => {
    const list = names("槐东街道办事处", "杉屿区人民政府");
    const q = understand("槐东街到2024年主动公开多少条", list, TODAY);
    expect(q.agencies.map((m) => m.matches.map((a) => a.agency))).toEqual([["槐东街道办事处"]]);
    expect(q.readAs ?? []).toContainEqual(["槐东街到", "槐东街道"]);
  });
});

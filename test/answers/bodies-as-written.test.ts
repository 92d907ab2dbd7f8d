/**
 * Bodies as people write them (outside round 20): 合江县生态环境局 for the city bureau's 泸州市合江生态环境局,
 * 教育局 for a county's 教育体育局 or 教体局, a town with 和 in its name (永和镇) found by its short name,
 * 生态环境局 for the city bureaus' branches in counties.
 */
import { describe, expect, it } from "vitest";
import { type AgencyName, understand } from "../../src/answers/understand.ts";
import { identify } from "../../src/index/agency/identity.ts";

const TODAY = new Date("2026-11-15T12:00:00");
const names = (...agencies: string[]): AgencyName[] => agencies.map((agency) => ({ agency, region: "" }));
const who = (q: string, list: AgencyName[]) => understand(q, list, TODAY).agencies.map((m) => [m.text, m.matches.map((a) => a.agency).sort()]);

describe("bodies as people write them", () => {
  it("a town whose name holds 和 is a town (永和镇), not a body word", () => {
    expect(identify("乐山市金口河区永和镇人民政府")).toMatchObject({ kind: "township", region: "永和镇" });
    expect(identify("和平镇人民政府")).toMatchObject({ kind: "township", region: "和平镇" });
    // 住房和城乡 and a 和 joining two places stay no place
    expect(identify("九江市住房和城乡建设局")).toMatchObject({ kind: "department", region: "九江市" });
    expect(identify("南平市和邵武市人社局").region).toBe("南平市");
    expect(who("永和镇2025年主动公开信息总计多少条", names("乐山市金口河区永和镇人民政府", "乐山市金口河区文化广播电视体育和旅游局"))).toEqual([["永和镇", ["乐山市金口河区永和镇人民政府"]]]);
  });

  it("a city bureau named after a county (泸州市合江生态环境局) is that county's, found as 合江县生态环境局", () => {
    expect(identify("泸州市合江生态环境局")).toMatchObject({ region: "合江县", branchOf: "生态环境局" });
    const list = names("泸州市合江生态环境局", "合江县人民政府", "合江县信访局");
    expect(who("合江县生态环境局2023年政府网站公开了多少条", list)).toEqual([["合江县生态环境局", ["泸州市合江生态环境局"]]]);
    expect(who("合江生态环境局2023年主动公开多少条", list)).toEqual([["合江生态环境局", ["泸州市合江生态环境局"]]]);
  });

  it("生态环境局 alone fits the bureaus' branches in counties", () => {
    expect(who("生态环境局2023年主动公开多少条", names("泸州市合江生态环境局", "衢州市生态环境局龙游分局", "合江县人民政府"))).toEqual([["生态环境局", ["泸州市合江生态环境局", "衢州市生态环境局龙游分局"]]]);
  });

  it("教育局 fits each county's education bureau, however it is named (教育局, 教育体育局, 教体局)", () => {
    const list = names("清水县教育局", "泾县教育体育局", "岐山县教体局", "清水县人民政府");
    expect(who("教育局2023年主动公开了多少条", list)).toEqual([["教育局", ["岐山县教体局", "泾县教育体育局", "清水县教育局"]]]);
    expect(who("岐山县教育体育局2023年主动公开了多少条", list)).toEqual([["岐山县教育体育局", ["岐山县教体局"]]]);
    // in one place the exact name beats the looser one
    expect(who("交通局2023年主动公开了多少条", names("柘川县交通局", "柘川县交通运输局"))).toEqual([["交通局", ["柘川县交通局"]]]);
  });
});

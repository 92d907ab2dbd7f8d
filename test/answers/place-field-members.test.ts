/**
 * A place's field holds only that place's bodies (outside round 21: “济宁市2025年哪个部门…最多”
 * ranked another province's county office first). A place named alone with no government's report
 * stands for its office in the names; as a ranking's place it still scopes the field (its
 * departments, the townships under it — through a county-level city, placed by the gazetteer or
 * by its own report), and a body of the field's kind that nothing places is left out and named.
 * 瑞金市 is a county-level city of 赣州市 in the gazetteer; 澄州市, 棠溪市 and every body's
 * figures are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

function report(agency: string, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-2023.txt`);
}

const reports = [
  report("赣州市人民政府办公室", "", 11),
  report("赣州市财政局", "", 12),
  report("瑞金市人民政府办公室", "", 13),
  report("瑞金市民政局", "", 14),
  report("瑞金市云石镇人民政府", "", 15),
  report("漳溪镇人民政府", "", 16),
  report("澄州市人民政府办公室", "", 17),
  report("澄州市教育局", "", 18),
  report("棠溪市人民政府办公室", "我市隶属澄州市，辖6镇2街道。", 19),
  report("棠溪市桂湾镇人民政府", "", 20),
  report("棠溪市水利局", "", 21),
];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ranked = (q: string) => {
  const a = answerer.answer(q);
  return { status: a.status, agencies: [...new Set(a.figures.map((f) => f.agency))].sort(), text: a.text };
};

describe("a place's field, the place having no government's report", () => {
  it.each([
    ["赣州市2023年哪个部门收到的申请最多", ["赣州市人民政府办公室", "赣州市财政局"]],
    ["瑞金市各部门2023年依申请公开排名", ["瑞金市人民政府办公室", "瑞金市民政局"]],
    ["2023年澄州市所有单位新收申请分别多少", ["澄州市人民政府办公室", "澄州市教育局"]],
  ])("%s: the place's own bodies only", (q, own) => {
    const a = ranked(q);
    expect(a.status).toBe("answered");
    expect(a.agencies.length).toBeGreaterThan(0);
    expect(a.agencies.filter((x) => !own.includes(x))).toEqual([]);
  });

  it("a total over the place's departments adds only theirs", () => {
    const a = answerer.answer("赣州市各部门2023年收到的申请一共多少件");
    const parts = a.figures.slice(1).map((f) => f.agency);
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.filter((x) => !/^赣州市/u.test(x ?? ""))).toEqual([]);
  });

  it("赣州市各乡镇: the town of its county-level city (瑞金市, the gazetteer's), no other place's; the unplaced town named", () => {
    const a = ranked("赣州市各乡镇2023年收到的申请排名");
    expect([a.status, a.agencies]).toEqual(["answered", ["瑞金市云石镇人民政府"]]);
    expect(a.text).toContain("漳溪镇人民政府的名称、地名表和报告都没有写明属于哪里");
  });

  it("澄州市哪个镇: the town of the county-level city its own report places under 澄州市 (我市隶属澄州市)", () => {
    const a = ranked("2023年澄州市哪个镇收到的申请最多");
    expect([a.status, a.agencies]).toEqual(["answered", ["棠溪市桂湾镇人民政府"]]);
  });
});

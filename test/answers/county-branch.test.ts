/**
 * A city bureau's 分局 in a county (invented: 漱玉市生态环境局苇川分局, in 苇川县, a county no gazetteer
 * lists): named by the county (苇川县环保局, 苇川县生态环境局), by itself (苇川分局), listed among the
 * county's bodies, never taken for the city's bureau nor for the city's government. And a place's
 * report list (苇川县有哪些报告) is that place's, not the corpus's.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { directory, resolveName } from "../../src/index/agency/resolve.ts";
import { branchCityReports } from "../helpers/renamed-city.ts";

const reports = branchCityReports();
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const figure = (q: string) => {
  const a = answerer.answer(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.value];
};

describe("a city bureau's 分局 named after a county", () => {
  it("is named by the county and the bureau's names, and by itself", () => {
    expect(figure("苇川县环保局2023年依申请公开多少件")).toEqual(["answered", "漱玉市生态环境局苇川分局", 4]);
    expect(figure("苇川县生态环境局2024年依申请公开多少件")).toEqual(["answered", "漱玉市生态环境局苇川分局", 6]);
    expect(figure("苇川分局2024年依申请公开多少件")).toEqual(["answered", "漱玉市生态环境局苇川分局", 6]);
    const names = reports.map((r) => ({ agency: r.agency, region: r.region }));
    expect(resolveName(directory(names), "苇川县环保局 2023")?.matches.map((m) => m.agency)).toEqual(["漱玉市生态环境局苇川分局"]);
  });

  it("is not the city's bureau, and the city alone is still its government", () => {
    expect(figure("漱玉市生态环境局2024年依申请公开多少件")).toEqual(["answered", "漱玉市生态环境局", 15]);
    expect(figure("漱玉市2024年依申请公开多少件")).toEqual(["answered", "漱玉市人民政府", 130]);
    expect(figure("苇川县2024年依申请公开多少件")).toEqual(["answered", "苇川县人民政府", 8]);
  });

  it("is listed among the county's bodies", () => {
    const a = answerer.answer("苇川县公安局2023年依申请公开多少件");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("苇川县已收录的是：苇川县人民政府、");
    expect(a.text).toContain("漱玉市生态环境局苇川分局");
  });
});

describe("a place's report list", () => {
  it("苇川县有哪些报告 lists the reports of the bodies in 苇川县, the 分局 among them", () => {
    const a = answerer.answer("苇川县有哪些报告");
    expect(a.kind).toBe("reports");
    expect(a.text.split("\n")[0]).toBe("苇川县已收录 6 份报告：");
    expect(a.text).toContain("漱玉市生态环境局苇川分局 2024 年");
    expect(a.text).not.toContain("漱玉市人民政府");
    expect(answerer.answer("苇川县2024年有哪些报告").text.split("\n")[0]).toBe("苇川县 2024 年已收录 3 份报告：");
    expect(answerer.answer("有哪些报告").text.split("\n")[0]).toBe("已收录 12 份报告：");
  });
});

describe("a county's departments added up, a city bureau's 分局 among them", () => {
  it("says the 分局 is the city's, with the sum without it", () => {
    const a = answerer.answer("苇川县2024年各部门依申请公开一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(9);
    expect(a.notes.join("")).toContain("其中含漱玉市生态环境局苇川分局（上级部门设在本地的分局，不是本级政府的部门）；不含的合计为 3");
  });
});

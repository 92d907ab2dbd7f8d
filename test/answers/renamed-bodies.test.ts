/**
 * Bodies renamed by an institutional reform (test/helpers/renamed-city.ts: 澄岚市's 卫计委 → 卫健委,
 * 城市管理局 → 城市管理综合执法局, 环境保护局 → 生态环境局), asked by either name: the latest of the line,
 * a year under the name that reported it (said so), trends and 比上年 across the rename. Never joined:
 * bodies of the line that reported in the same year (农业局 and 农业农村局 both 2021; 工商局 and 质监局
 * both 2019 before 市场监督管理局), or of another place.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { renamedCityReports } from "../helpers/renamed-city.ts";

const reports = renamedCityReports();
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);
const figure = (q: string) => {
  const a = ask(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.year, a.figures[0]?.value];
};

describe("a body renamed by a reform is one body under both names", () => {
  it("no year: the latest report of the line, under its new name, said so", () => {
    const a = ask("澄岚市城管局依申请公开多少件");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.year, a.figures[0]?.value]).toEqual(["answered", "澄岚市城市管理综合执法局", 2024, 6]);
    expect(a.text).toContain("按最新的 2024 年报告");
    expect(a.text).toContain("澄岚市城市管理局（2019—2021 年报告）与澄岚市城市管理综合执法局（2022—2024 年报告）按同一机关改名前后的报告回答");
  });

  it("a year asked: the name that reported that year, either way round, with the note", () => {
    expect(figure("澄岚市城管局2022年依申请公开多少件")).toEqual(["answered", "澄岚市城市管理综合执法局", 2022, 12]);
    expect(figure("澄岚市城市管理综合执法局2020年依申请公开多少件")).toEqual(["answered", "澄岚市城市管理局", 2020, 21]);
    const a = ask("澄岚市卫健委2020年依申请公开多少件");
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual(["answered", "澄岚市卫生和计划生育委员会", 27]);
    expect(a.text).toContain("澄岚市卫生和计划生育委员会（2019—2020 年报告）与澄岚市卫生健康委员会（2021—2024 年报告）");
    // a year no name of the line reported: the years there are, each under its name
    const none = ask("澄岚市卫健委2018年依申请公开多少件");
    expect(none.status).toBe("not_found");
    expect(none.text).toContain("已有：2019 年（澄岚市卫生和计划生育委员会）、2020 年（澄岚市卫生和计划生育委员会）、2021 年、");
    // the body's own report needs no note
    expect(ask("澄岚市卫健委2023年依申请公开多少件").text).not.toContain("改名");
  });

  it("a short name fitting both names of the body (环保局: 环境保护局 and 生态环境局) is that body, not a choice", () => {
    expect(figure("澄岚市环保局依申请公开多少件")).toEqual(["answered", "澄岚市生态环境局", 2024, 19]);
    expect(figure("澄岚市环保局2019年依申请公开多少件")).toEqual(["answered", "澄岚市环境保护局", 2019, 14]);
    // among other bodies of the name, the renamed body is one choice
    const ask2 = ask("环保局2024年依申请公开多少件");
    expect([ask2.status, ask2.choices.length]).toEqual(["clarify", 2]);
    expect(ask2.text).toContain("澄岚市生态环境局");
    expect(ask2.text).not.toContain("澄岚市环境保护局");
  });

  it("a trend and 比上年 run across the rename", () => {
    const t = ask("澄岚市卫健委2019到2024年依申请公开数量");
    expect(t.figures.map((f) => [f.year, f.value])).toEqual([[2019, 41], [2020, 27], [2021, 22], [2022, 35], [2023, 38], [2024, 31]]);
    expect(t.text).toContain("按同一机关改名前后的报告回答");
    expect(ask("澄岚市城管局历年依申请公开").figures.map((f) => f.value)).toEqual([8, 21, 19, 12, 9, 6]);
    const c = ask("澄岚市卫健委2021年依申请比上年多了多少");
    expect([c.status, c.figures[0]?.value]).toEqual(["answered", -5]);
  });

  it("never joined: bodies of one line reporting in the same year, or in another place", () => {
    // 农业局 and 农业农村局 both reported 2021: two bodies
    expect(ask("澄岚市农业局2023年依申请公开多少件").status).toBe("not_found");
    expect(figure("澄岚市农业局依申请公开多少件")).toEqual(["answered", "澄岚市农业局", 2021, 7]);
    // 工商局 and 质监局 both reported 2019: which one became 市场监督管理局 is not one answer
    expect(ask("澄岚市市场监督管理局2019年依申请公开多少件").status).toBe("not_found");
    // 溪口县's 卫生健康局 is not the city's 卫计委
    expect(ask("澄岚市溪口县卫生健康局2020年依申请公开多少件").status).toBe("not_found");
    expect(figure("澄岚市溪口县卫生健康局依申请公开多少件")).toEqual(["answered", "澄岚市溪口县卫生健康局", 2024, 12]);
  });
});

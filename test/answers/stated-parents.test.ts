/**
 * A county's parent stated in its own report (outside round 12 class 3: “设立楠州市柏坪区” was not
 * used, and 2021年楠州市哪个县…最多 ranked a county of another city first, counted under 楠州市 by
 * assumption). The reader takes the units printed right before the place's own name, or after 隶属
 * in the body's own words (index/read/stated-parents.ts), when the name and the gazetteer place it
 * nowhere; the same body before 撤县设区 takes them too; a county nothing places is then left out
 * of the city's ranking and named. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { statedParents } from "../../src/index/read/stated-parents.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

/** A generated report of the agency and year whose 总体情况 opens with `said`. */
function report(agency: string, year: number, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-${year}.txt`);
}

describe("the parents a report states for its own place", () => {
  it.each([
    ["琅坪区人民政府", "2022年6月，经国务院批准，撤销琅坪县，设立澄州市琅坪区，原琅坪县人民政府更名为琅坪区人民政府。", ["澄州市"]],
    ["琅坪区人民政府", "澄州市琅坪区人民政府高度重视政务公开工作。", ["澄州市"]],
    ["岭溪县人民政府", "我县隶属澄州市，辖8镇3乡。", ["澄州市"]],
    ["苇川镇人民政府", "岭溪县苇川镇位于县城东部。", ["岭溪县"]],
    // nothing stated, or statements that disagree, or a pronoun: nothing
    ["琅坪区人民政府", "琅坪区人民政府高度重视政务公开工作。", []],
    ["琅坪区人民政府", "澄州市琅坪区与溧川市琅坪区同名。", []],
    ["琅坪区人民政府", "全市琅坪区等地推进公开。", []],
    // a place the gazetteer knows needs no statement (and takes none)
    ["洪泽区人民政府", "澄州市洪泽区人民政府", []],
  ])("%s: “%s” → %j", (agency, said, want) => {
    expect(statedParents(said, agency)).toEqual(want);
  });
});

describe("a city's counties: those placed by their own report, the rest left out and named", () => {
  const reports = [
    report("澄州市人民政府", 2021, "", 1),
    report("琅坪县人民政府", 2021, "", 2),
    report("琅坪区人民政府", 2022, "2022年6月，经国务院批准，撤销琅坪县，设立澄州市琅坪区。", 3),
    report("岭溪县人民政府", 2021, "我县隶属澄州市。", 4),
    report("砾屏县人民政府", 2021, "", 5),
  ];
  const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

  it("the reader records the stated parent in the report's body", () => {
    expect(reports.map((r) => [r.agency, r.body?.parents])).toEqual([
      ["澄州市人民政府", []],
      ["琅坪县人民政府", []],
      ["琅坪区人民政府", ["澄州市"]],
      ["岭溪县人民政府", ["澄州市"]],
      ["砾屏县人民政府", []],
    ]);
  });

  it("2021年澄州市哪个县…最多: 琅坪县 (the same body as 琅坪区, placed by its 2022 report) and 岭溪县; 砾屏县 named, not ranked", () => {
    const a = answerer.answer("2021年澄州市哪个县收到的申请最多");
    const want = reports.filter((r) => r.year === 2021 && /^(?:琅坪县|岭溪县)/u.test(r.agency)).map((r) => [r.agency, r.table2.new?.total]);
    want.sort((x, y) => Number(y[1]) - Number(x[1]));
    expect([a.status, a.figures.map((f) => [f.agency, f.value])]).toEqual(["answered", want]);
    expect(a.text).toContain("砾屏县人民政府的名称、地名表和报告都没有写明上级，不知是否在澄州市下辖，未参加比较");
    expect(a.text).not.toContain("下辖计入");
  });
});

describe("a township titled without its county", () => {
  it("is named as its own text prints it in full (as the townships titled with their county are)", () => {
    expect(report("苇川镇人民政府", 2023, "本报告由岭溪县苇川镇人民政府编制。", 7).agency).toBe("岭溪县苇川镇人民政府");
  });

  it("guard: a county stated but the full name never printed leaves the title's name", () => {
    const r = report("苇川镇人民政府", 2023, "岭溪县苇川镇位于县城东部。", 8);
    expect(r.agency).toBe("苇川镇人民政府");
    expect(r.body?.parents).toEqual(["岭溪县"]);
  });
});

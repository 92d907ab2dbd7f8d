/**
 * A sub-row named inside its group is answered as that row, never with the group's sum:
 * 其他处理中的“其他” is （六）其他处理 · 3.其他 (outside round 11 got the group's 5 for a row of 2);
 * a 2019-template report, whose （六）其他处理 is one row, has no such row (not its group's sum either);
 * a bare 其他 is asked back. Invented reports, rendered and read as files are.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures, type Figures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const total = (f: Figures, row: string) => f.table2[row]?.["total"] ?? -1;
/** The first seed whose figures fit (deterministic: the same report every run). */
function figuresWhere(template: "2019" | "2021", agency: string, year: number, fits: (f: Figures) => boolean): Figures {
  for (let seed = 1; ; seed++) {
    const f = randomFigures(seed, template, agency, year);
    if (fits(f)) return f;
  }
}
// 3.其他 > 0 and the group's sum larger than it, so the two answers differ
const f21 = figuresWhere("2021", "苕溪县人民政府", 2023, (f) => total(f, "other.other") > 0 && total(f, "other.no_correction") + total(f, "other.unpaid_fee") > 0 && total(f, "refused.security_stability") > 0);
const f19 = figuresWhere("2019", "苕溪县人民政府", 2020, (f) => total(f, "other") > 0);
const answerer = createAnswerer(
  [parseReport(renderReport(f21, { layout: "tabs" }), "tiaoxi-2023.txt"), parseReport(renderReport(f19, { layout: "tabs" }), "tiaoxi-2020.txt")],
  { today: () => new Date("2026-11-30") },
);
const groupSum = ["other.no_correction", "other.unpaid_fee", "other.other"].reduce((s, r) => s + total(f21, r), 0);

describe("a sub-row named inside its group", () => {
  it("其他处理中的“其他”, （六）其他处理中3.其他, 其他处理·其他 → the row 3.其他, not the group", () => {
    for (const q of ["苕溪县2023年其他处理中的“其他”有几件", "苕溪县2023年（六）其他处理中3.其他有几件", "苕溪县2023年其他处理·其他多少件", "苕溪县2023年其他处理里面的其他情形多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, `${q}: ${a.text}`).toBe("answered");
      expect(a.figures.map((x) => x.value), q).toEqual([total(f21, "other.other")]);
      expect(a.figures[0]?.label).toBe("其他处理（其他）");
    }
    // the group itself is still the group
    expect(answerer.answer("苕溪县2023年其他处理多少件").figures.map((x) => x.value)).toEqual([groupSum]);
  });

  it("a sub-row by its number: 不予公开第3项 → 3.危及“三安全一稳定”", () => {
    const a = answerer.answer("苕溪县2023年不予公开中第3项多少件");
    expect(a.figures.map((x) => [x.label, x.value])).toEqual([["不予公开（危及“三安全一稳定”）", total(f21, "refused.security_stability")]]);
  });

  it("a 2019-template report has no 3.其他 or 逾期不补正 row: not_found, the group offered, never its sum as the row", () => {
    for (const q of ["苕溪县2020年其他处理中的“其他”有几件", "苕溪县2020年逾期不补正多少件"]) {
      const a = answerer.answer(q);
      expect(a.status, `${q}: ${a.text}`).toBe("not_found");
      expect(a.figures).toEqual([]);
      expect(a.text).toContain("2019 版模板");
      expect(a.choices).toEqual(["苕溪县2020年其他处理多少件"]);
    }
    expect(answerer.answer("苕溪县2020年其他处理多少件").figures.map((x) => x.value)).toEqual([total(f19, "other")]);
  });

  it("a bare 其他 is asked back with the rows and the column it may be", () => {
    const a = answerer.answer("苕溪县2023年其他有几件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.choices).toEqual(["苕溪县2023年其他处理多少件", "苕溪县2023年其他处理中的“其他”多少件", "苕溪县2023年其他组织提出的申请多少件"]);
    const refused = answerer.answer("苕溪县2023年不予公开中的其他有几件");
    expect(refused.status, refused.text).toBe("clarify");
    expect(refused.text).toContain("2.其他法律行政法规禁止公开");
    expect(refused.choices[0]).toBe("苕溪县2023年不予公开中的其他法律行政法规禁止公开多少件");
    // every choice is answered with one figure
    for (const c of [...a.choices, ...refused.choices]) expect(answerer.answer(c).figures, c).toHaveLength(1);
  });
});

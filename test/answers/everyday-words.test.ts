/**
 * Bodies and text figures asked in the words people use:
 *  - a 机关事务服务中心 (管理中心, 保障中心) is called 机关事务局 / 机管局, like the 机关事务管理局 it replaced
 *    (abbreviations.json everyday);
 *  - 市长信箱收到群众来信: 群众 (市民, 个人) is an applicant's word of table 2 only beside 申请 — with a
 *    narrative topic (信箱, 来信) the text's sentence answers.
 * Reports written for the test.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";
import { textReport } from "../helpers/text-report.ts";

describe("机关事务局 for a 机关事务…中心", () => {
  const reports = ["青岚县机关事务服务中心", "白石县机关事务保障中心", "青岚县人民政府"].map((agency, i) =>
    makeReport({ agency, region: agency.slice(0, 3), file: `${i}.txt`, table2: { new: { total: 5 + i } } }),
  );
  const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
  it.each([
    ["青岚县机关事务局2023年依申请公开多少件", "青岚县机关事务服务中心", 5],
    ["青岚县机管局2023年收到多少申请", "青岚县机关事务服务中心", 5],
    ["白石县机关事务局2023年依申请公开多少件", "白石县机关事务保障中心", 6],
  ])("%s → %s", (q, agency, value) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect([a.figures[0]?.agency, a.figures[0]?.value]).toEqual([agency, value]);
  });
});

describe("群众 with a narrative topic", () => {
  const report = textReport("政务公开工作仍存在一些不足。", "全年市长信箱收到群众来信747件，均已按期办结。\n", "青岚市人民政府", 2024);
  const answerer = createAnswerer([report], { today: () => new Date("2026-11-30") });
  it.each(["青岚市2024年市长信箱收到群众来信多少件", "青岚市2024年市民来信多少件"])("%s → 747 from the text", (q) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([747]);
  });

  it("群众申请 is still table 2's 自然人", () => {
    const a = answerer.answer("青岚市2024年群众申请多少件");
    expect(a.figures[0]?.label, a.text).toContain("自然人");
  });
});

/**
 * A why-question about a figure (…为什么增加了, …为什么这么多) keeps its figures and adds what the report
 * says of a reason — its sentence that gives one about the figure's subject, quoted — or says the report
 * gives none; never a guessed reason. Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const REASON = "本年度政府信息公开申请数量上升，主要是由于城区改造项目集中，群众对征收补偿信息的关注度提高。";
const made = (agency: string, seed: number, reason: boolean) => {
  const text = renderReport(randomFigures(seed, "2021", agency, 2023), { layout: "tabs" });
  return parseReport(reason ? text.replace("（二）依申请公开\n\n", `（二）依申请公开\n\n${REASON}\n\n`) : text, `${seed}.txt`);
};
const answerer = createAnswerer([made("苕溪县人民政府", 61, true), made("桐岑县人民政府", 62, false)], { today: () => new Date("2026-11-30") });
const received = (seed: number, agency: string) => randomFigures(seed, "2021", agency, 2023).table2["new"]?.["total"];

describe("why asked of a figure", () => {
  it("the report's sentence giving a reason is quoted with the figure", () => {
    const a = answerer.answer("苕溪县2023年依申请公开为什么这么多");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value).toBe(received(61, "苕溪县人民政府"));
    expect(a.quotes.map((q) => q.text)).toContain(REASON);
    expect(a.text).toContain("报告中说到原因的原文");
  });

  it("a report that gives none: the figure, and a note that no reason is given or guessed", () => {
    const a = answerer.answer("桐岑县2023年依申请公开的原因是什么");
    expect(a.figures[0]?.value).toBe(received(62, "桐岑县人民政府"));
    expect(a.notes.join()).toContain("没有写明原因，这里不推测原因");
    // a plain question gets no such note
    expect(answerer.answer("桐岑县2023年依申请公开多少件").notes.join()).not.toContain("原因");
  });
});

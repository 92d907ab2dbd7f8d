/**
 * 占全县部门合计的多少: a share of a whole named between 占 and the asking word is a ratio asked, never
 * answered with the whole (the departments' total) nor with the part as a count. Places are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const report = (agency: string, region: string, n: number) => makeReport({ agency, region, year: 2024, file: `${agency}-2024.txt`, table2: { new: t2row(n) } });
const reports = [report("苇川县人民政府", "苇川县", 80), report("苇川县住房和城乡建设局", "苇川县", 19), report("苇川县财政局", "苇川县", 8), report("苇川县教育局", "苇川县", 13)];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });

describe("a share of a whole said with 占…多少", () => {
  it.each(["苇川县住建局2024年依申请公开占全县部门合计的多少", "苇川县住建局2024年收到的申请占全县各部门的多少", "苇川县住建局2024年依申请占全县几成"])("%s: no count given as the answer", (q) => {
    const a = answerer.answer(q);
    expect(a.status, a.text).not.toBe("answered");
    expect(a.figures.map((f) => f.value)).not.toContain(40);
    expect(a.figures.map((f) => f.value)).not.toContain(19);
  });
});

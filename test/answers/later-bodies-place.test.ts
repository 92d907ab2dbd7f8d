/**
 * A body listed after a first one with its place left out (甲山区统计局和民政局) is that place's: when the
 * place has no report of it, it is said so with the place's name (没有“甲山区民政局”的报告) — never the bare
 * 民政局, and never another place's 民政局 (乙水县's) compared or added up in its stead. Names are invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";

const body = (agency: string, region: string, received: number) => makeReport({ agency, region, year: 2023, file: `${agency}-2023.txt`, table2: { new: { total: received } } as never });
const answerer = createAnswerer(
  [body("甲山区人民政府", "甲山区", 80), body("甲山区发展和改革局", "甲山区", 12), body("甲山区统计局", "甲山区", 4), body("乙水县人民政府", "乙水县", 50), body("乙水县民政局", "乙水县", 9)],
  { today: () => new Date("2026-11-30") },
);

describe("a body listed after the first, the place left out, that the place has no report of", () => {
  it.each(["甲山区发改局和民政局2023年依申请公开一共多少件", "对比甲山区统计局和民政局2023年依申请公开", "甲山区发改局、统计局、民政局2023年依申请公开一共多少件"])(
    "%s: 甲山区民政局 said to have no report, 乙水县民政局's 9 never used",
    (q) => {
      const a = answerer.answer(q);
      expect(a.status, a.text).toBe("not_found");
      expect(a.text).toContain("“甲山区民政局”");
      expect(a.figures.map((f) => f.agency)).not.toContain("乙水县民政局");
    },
  );

  it("a department no place has a report of is named with the list's place, not bare", () => {
    const a = answerer.answer("甲山区发改局和财政局2023年依申请公开一共多少件");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("“甲山区财政局”");
  });

  it("another place named with the body keeps it: 甲山区统计局和乙水县民政局 are added up", () => {
    const a = answerer.answer("甲山区统计局和乙水县民政局2023年依申请公开一共多少件");
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", 13]);
  });

  it("a body said after its place with 的 (甲山区的民政局) is that place's: none said, never 乙水县's; one it has is answered", () => {
    const none = answerer.answer("甲山区的民政局2023年依申请公开多少件");
    expect(none.status, none.text).toBe("not_found");
    expect(none.figures.map((f) => f.agency)).not.toContain("乙水县民政局");
    expect(none.text).toContain("甲山区已收录的是");
    expect(answerer.answer("甲山区的统计局2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "甲山区统计局", value: 4 });
  });
});

/**
 * A field's word after the figure, right after the word that ranks it (依申请公开前三的部门, 予以公开
 * 最多的部门, 最少的两个乡镇): a ranking of that field of the place — never the place's own figure,
 * never “not understood”. An invented county (test/helpers/county.ts).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { countyReports } from "../helpers/county.ts";

const answerer = createAnswerer(countyReports(), { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);

describe("ranked field said after the figure", () => {
  it("前三的部门: the departments ranked, the government not among them", () => {
    const a = ask("柘川县2023年依申请公开前三的部门");
    expect(a.kind, a.text).toBe("ranking");
    expect(a.figures[0]?.agency).toBe("柘川县卫生健康局");
    expect(a.figures.map((f) => f.agency)).not.toContain("柘川县人民政府");
    expect(a.text).not.toMatch(/按柘川县人民政府的报告回答/u);
  });

  it("最多的部门 / 最少的部门: the field ranked each way", () => {
    const most = ask("柘川县2023年予以公开最多的部门");
    expect(most.kind, most.text).toBe("ranking");
    expect(most.figures[0]?.agency).toBe("柘川县卫生健康局");
    expect(most.figures[0]?.value).toBe(9);
    const least = ask("柘川县2023年依申请公开最少的部门");
    expect(least.kind, least.text).toBe("ranking");
    const values = least.figures.map((f) => f.value);
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(least.figures.map((f) => f.agency)).not.toContain("柘川县人民政府");
  });

  it("最多的两个乡镇: the towns, the count said with the field", () => {
    const a = ask("柘川县2023年收到申请最多的两个乡镇");
    expect(a.kind, a.text).toBe("ranking");
    expect(a.figures[0]?.agency).toBe("柘川县东城街道办事处");
    expect(a.text).not.toContain("没有读懂");
  });
});

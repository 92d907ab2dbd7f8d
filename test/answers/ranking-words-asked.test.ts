/**
 * Rankings of figures only the texts state, asked with words the question's reader takes for filler
 * (发布信息) or with the measure word said as a noun (培训次数, 发布信息条数), and the ask-back when no
 * figure is named: the ranking by each report's own sentence — never “按哪一个数字排名？” alone, and
 * never a sentence's number of another measure (参训人员290人次 is no 培训次数).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";
import { makeReport } from "../helpers/report.ts";

const TODAY = { today: () => new Date("2026-11-30") };
/** An invented district 甲山区 and its bureaus, each report's text stating what it published and its training. */
const body = (agency: string, published: number, sessions: number, people: number) => {
  const r = makeReport({ agency, region: "甲山区", year: 2024, file: `${agency}.txt`, paragraphs: [`全年通过政务新媒体账号发布信息${published}条。全年组织开展政务公开业务培训${sessions}次，参训人员${people}人次。`] });
  return { ...r, narrative: narrativeFigures(r.passages) };
};
const answerer = createAnswerer(
  [body("甲山区人民政府", 9000, 30, 900), body("甲山区财政局", 4286, 13, 120), body("甲山区住房和城乡建设局", 6979, 18, 95), body("甲山区教育局", 2795, 6, 400)],
  TODAY,
);
const ranked = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  expect(a.kind).toBe("ranking");
  return a.figures.map((f) => [f.agency, f.value]);
};

describe("a text figure ranked, asked with filler words or a count noun", () => {
  it("哪个部门发布信息最多: each bureau's 发布信息 (the government is no 部门)", () => {
    expect(ranked("甲山区哪个部门2024年发布信息最多")).toEqual([["甲山区住房和城乡建设局", 6979], ["甲山区财政局", 4286], ["甲山区教育局", 2795]]);
  });

  it("培训次数哪个最多: the sessions (次), never the attendances (人次)", () => {
    expect(ranked("甲山区各部门2024年培训次数哪个最多")[0]).toEqual(["甲山区住房和城乡建设局", 18]);
  });

  it("one body's 培训次数 and 发布信息条数 are its sentence's 次 and 条", () => {
    for (const [q, want] of [["甲山区教育局2024年培训次数", 6], ["甲山区教育局2024年发布信息条数是多少", 2795]] as const) {
      const a = answerer.answer(q);
      expect(a.status, a.text).toBe("answered");
      expect(a.figures[0]?.value, q).toBe(want);
    }
  });
});

describe("a ranking with no figure named asks back, its choices said", () => {
  it("哪个部门最多: which figure, the choices in the text as well", () => {
    const a = answerer.answer("甲山区哪个部门最多");
    expect(a.status).toBe("clarify");
    expect(a.choices).toHaveLength(2);
    expect(a.text).toContain("1. 依申请公开数量");
    expect(a.text).toContain("2. 行政复议数量");
  });

  it("a text figure over more reports than are read one by one: which place's bodies, each place a choice", () => {
    const CH = "甲乙丙丁戊己庚辛壬癸东南西北中山川河湖林";
    const places = Array.from({ length: 210 }, (_, i) => `${CH[i % 20]}${CH[Math.floor(i / 20)]}${i % 2 ? "县" : "区"}`);
    const many = createAnswerer(places.map((p, i) => makeReport({ agency: `${p}财政局`, region: p, year: 2024, file: `${i}.txt` })), TODAY);
    const a = many.answer("2024年哪个部门发布信息最多");
    expect(a.status, a.text).toBe("clarify");
    expect(a.choices.length).toBeGreaterThan(1);
    expect(a.choices[0]).toMatch(/^\p{Script=Han}+[区县]2024年哪个部门发布信息最多$/u);
    expect(a.text).toContain("1. ");
  });
});

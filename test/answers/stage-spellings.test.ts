/**
 * A place has one body of a reform stage, printed under one of its names: people call it by another
 * (outside round 22: “荇塘县自规局…” when 荇塘县's is printed 自然资源局; a 水务局 asked as 水利局). The
 * other name, and its short forms, name that body loosely: after its place it is that body; a place
 * whose body is printed so exactly keeps it; a place with no body of the stage has none. Texts invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, received: number) =>
  parseReport(
    [
      `${agency}${year}年政府信息公开工作年度报告`,
      "一、总体情况",
      "（二）依申请公开情况",
      `${year}年，共收到政府信息公开申请${received}件，均按期答复。`,
    ].join("\n"),
    `${agency}-${year}.txt`,
  );

const answerer = createAnswerer([
  report("茆湖县自然资源局", 2023, 12),
  report("茆湖县教育局", 2023, 4),
  report("苘州市自然资源和规划局", 2023, 30),
  report("苘州市水务局", 2023, 6),
]);
const ask = (q: string) => answerer.answer(q);
const figure = (q: string) => {
  const a = ask(q);
  return [q, a.status, a.figures[0]?.agency, a.figures[0]?.value];
};

describe("another name of a body's stage names it after its place", () => {
  it("茆湖县自规局 / 茆湖县自然资源和规划局 → 茆湖县自然资源局; 苘州市水利局 → 苘州市水务局", () => {
    expect(figure("茆湖县自规局2023年依申请公开多少件")).toEqual(["茆湖县自规局2023年依申请公开多少件", "answered", "茆湖县自然资源局", 12]);
    expect(figure("茆湖县自然资源和规划局2023年收到多少申请")).toEqual(["茆湖县自然资源和规划局2023年收到多少申请", "answered", "茆湖县自然资源局", 12]);
    expect(figure("苘州市水利局2023年依申请公开多少件")).toEqual(["苘州市水利局2023年依申请公开多少件", "answered", "苘州市水务局", 6]);
  });

  it("a place printing the name exactly keeps its own; a place with no body of the stage has none", () => {
    expect(figure("苘州市自规局2023年依申请公开多少件")).toEqual(["苘州市自规局2023年依申请公开多少件", "answered", "苘州市自然资源和规划局", 30]);
    const none = ask("茆湖县水利局2023年依申请公开多少件");
    expect([none.status, none.figures.length]).toEqual(["not_found", 0]);
  });
});

/**
 * Crawler-damaged narrative: a measure word lost after a number glues two figures together
 * (“发布工作动态信息612公开领导分工信息3条”). The words before the bare number are that number's,
 * never the next figure's: asked for them, the bot says what it read and that it is unsure — it
 * never states the next figure (3) as their count.
 */
import { describe, expect, it } from "vitest";
import { bindNarrative } from "../../src/answers/narrative-binding.ts";
import { understand } from "../../src/answers/understand.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";

const NAMES = [{ agency: "永和县人民政府", region: "永和县" }];
const figuresOf = (sentence: string) => narrativeFigures([{ id: "p0", section: 1, text: sentence, start: 0, end: sentence.length }]);

function bind(sentence: string, question: string) {
  const q = understand(question, NAMES, new Date("2026-11-23"));
  const b = bindNarrative(figuresOf(sentence), q.text, q.keywords, ["永和县", ...q.years.map(String)]);
  return b && "figure" in b ? b.figure : null;
}

const GLUED = "全年主动发布工作动态信息612公开领导分工信息3条，及时更新机构设置。";

describe("a number that lost its measure word", () => {
  it("is read as its own, unsure, unit-less figure; the next figure keeps only the words after it", () => {
    const fs = figuresOf(GLUED);
    expect(fs.map((f) => [f.value, f.unit, f.read, f.says])).toEqual([
      [612, "", "unsure", "全年主动发布工作动态信息612"],
      [3, "条", "narrative", "公开领导分工信息3条"],
    ]);
    expect(fs[0]?.reason).toContain("没有量词");
  });

  it("the words before it bind to it (unsure), never to the figure after it", () => {
    const f = bind(GLUED, "永和县2024年主动发布工作动态信息多少条");
    expect([f?.value, f?.read]).toEqual([612, "unsure"]);
    expect(bind(GLUED, "永和县2024年公开领导分工信息多少条")?.value).toBe(3);
  });

  it.each([
    ["拨打12345热线办理诉求3条。", [3]],
    ["第3季度发布信息20条。", [20]],
    ["2023年发布信息20条。", [20]],
    ["开展1269行动5次。", [5]],
  ])("not bare: %s", (sentence, values) => {
    expect(figuresOf(sentence).map((f) => f.value)).toEqual(values);
  });
});

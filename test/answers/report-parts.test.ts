/**
 * A report's count of its own parts (“全文由总体情况、主动公开政府信息情况……等六个部分组成”) describes the
 * report, not its work: it is never a figure of 主动公开 or of anything else, in a single answer or a
 * ranking. Reports written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { narrativeFigures } from "../../src/index/read/narrative.ts";

const PREAMBLES = [
  "全文由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况等六个部分组成。",
  "报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项6个部分。",
  "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项6部分组成。",
];
const figures = (text: string) => narrativeFigures([{ id: "p0", section: 0, text, start: 0, end: text.length }]);

describe("the count of the report's own parts", () => {
  it.each(PREAMBLES)("is no figure: %s", (preamble) => {
    expect(figures(preamble).map((f) => f.value)).toEqual([]);
  });

  it("a count of parts of something else stays a figure", () => {
    expect(figures("全年开展培训3次，分为理论和实务2个部分。").map((f) => f.value)).toEqual([3, 2]);
  });

  it.each(PREAMBLES)("never answers 主动公开 nor ranks a report by it (%#)", (preamble) => {
    const a = parseReport(`永和县人民政府2023年政府信息公开工作年度报告\n${preamble}\n一、总体情况\n全年主动公开政府信息5656条。\n`, "yonghe-2023.txt");
    const b = parseReport(`安平县人民政府2023年政府信息公开工作年度报告\n${preamble}\n一、总体情况\n聚焦中心工作，全年开展政务公开培训3次。\n`, "anping-2023.txt");
    const answerer = createAnswerer([a, b]);
    const one = answerer.answer("安平县2023年主动公开政府信息多少");
    expect(one.figures.map((f) => f.value)).not.toContain(6);
    expect(one.text).not.toMatch(/[：:]\s*6\s*(?:个|部)/u);
    const ranking = answerer.answer("2023年哪个县主动公开政府信息最多");
    expect(ranking.text).not.toMatch(/安平县[^⏎\n]{0,12}6\s*(?:个|部)/u);
    expect(ranking.text).not.toMatch(/部分/u);
  });
});

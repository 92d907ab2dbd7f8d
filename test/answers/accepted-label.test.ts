/**
 * A report whose tables were not read, whose text says only “依申请公开受理申请25件”: 受理 may count last
 * year's carried-over cases too, so the figure is labelled as the text's 受理 (“正文：受理25件”) with a note,
 * never called 本年新收 as if table 2 printed it. A text saying 收到 is 本年新收 as before. Names invented.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

/** A report whose three tables are images (“详见附图”): only its text states figures. */
const imaged = (agency: string, said: string) =>
  parseReport(
    `${agency}2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n本年主动公开信息120条。\n（二）依申请公开\n${said}\n二、主动公开政府信息情况\n（详见附图）\n三、收到和处理政府信息公开申请情况\n（详见附图）\n四、政府信息公开行政复议、行政诉讼情况\n（详见附图）\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n`,
    `${agency}-2023.txt`,
  );
const answerer = createAnswerer([imaged("甲县人民政府", "依申请公开受理申请25件。"), imaged("丙县人民政府", "依申请公开方面，全年受理申请18件，均已按时答复。"), imaged("丁县人民政府", "全年共收到政府信息公开申请12件。")], {
  today: () => new Date("2026-11-30"),
});

describe("the text's 受理 where no table was read", () => {
  it.each([
    ["甲县2023年依申请公开多少件", 25],
    ["丙县2023年依申请公开多少件", 18],
  ])("%s: %d, labelled as the text's 受理, with a note that 受理 is not table 2's 本年新收", (q, n) => {
    const a = answerer.answer(q);
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", n]);
    expect(a.figures[0]?.label).toBe(`本年新收政府信息公开申请（正文：受理${n}件）`);
    expect(a.text).toContain(`正文写的是“受理”${n} 件，不是表二的“本年新收”`);
  });

  it("a text that says 收到 is 本年新收, no 受理 label", () => {
    const a = answerer.answer("丁县2023年依申请公开多少件");
    expect([a.figures[0]?.value, a.figures[0]?.label]).toEqual([12, "本年新收政府信息公开申请"]);
    expect(a.text).not.toContain("受理");
  });
});

/**
 * Reports cut before their tables (round 23's real pages): the application and case counts their
 * narrative states in wordings the reader had missed — both channels named before the total
 * (线上、线下共收到), whom the applications were made to (收到向区政府…申请的…申请), a report's own
 * 依申公开, a Chinese numeral (申请一件), zero in words after a heading number or with 信息公开的申请,
 * and a 行政诉讼 count named after the 行政复议 one. A part (线上 alone) is still never the total.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";

const report = (agency: string, sentence: string) =>
  parseReport(`${agency}2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息236条，其中工作动态118条。\n${sentence}\n`, `${agency}-2024.txt`);
const ask = (agency: string, sentence: string, question: string) => createAnswerer([report(agency, sentence)]).answer(question);

describe("counts the narrative alone states", () => {
  it.each([
    ["桦溪县人民政府", "在依申请公开办理中，除去上年结转的1件申请，全年线上、线下共收到依申请公开63件，办结60件，结转下年继续办理4件。", "桦溪县2024年收到依申请公开多少件", 63],
    ["苕川县人民政府办公室", "收到向县政府及其办公室申请的各类政府信息公开申请27件，其中自然人申请25件，答复26件。", "苕川县政府办2024年收到政府信息公开申请多少件", 27],
    ["桦溪县商务局", "我局共收到依申公开事项5件，均按时答复。", "桦溪县商务局2024年收到依申请公开多少件", 5],
    ["岫原街道办事处", "2024年度岫原街道收到政府信息公开申请一件，已办理完毕。", "岫原街道2024年收到几件申请", 1],
    ["苕川县苇溪乡人民政府", "本年度我乡未收到政府信息公开的申请，故无办理此类信息公开。", "苇溪乡2024年依申请公开多少件", 0],
    ["苕川县杉沅镇人民政府", "3.依申请公开情况 2024年杉沅镇未收到依申请公开件，未发生因政府信息公开工作引发的投诉。", "杉沅镇2024年依申请公开多少件", 0],
    ["桦溪县人民政府办公室", "2024年县政府办收到政府信息公开申请31件。因依申请公开产生行政复议案件3件和行政诉讼案件4件，同比分别下降25%和20%。", "桦溪县政府办2024年行政诉讼多少件", 4],
  ])("%s: “%s” → %s is %d", (agency, sentence, question, value) => {
    const a = ask(agency, sentence, question);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(value);
    expect(a.figures[0]?.source).toContain("正文");
  });

  it("one channel alone is a part, never the total (线上收到…)", () => {
    const a = ask("桦溪县人民政府", "全年线上收到依申请公开41件，办结41件。", "桦溪县2024年收到依申请公开多少件");
    expect(a.figures.map((f) => f.value)).not.toContain(41);
  });

  it("“一件事一次办” is no count", () => {
    const r = report("岫原街道办事处", "推行“一件事一次办”改革，收到政府信息公开申请3件。");
    expect(r.narrative.map((f) => f.value)).not.toContain(1);
  });
});

describe("a result row stated in the sentence after the applications' count", () => {
  it("“…收到和办理依申请公开12件…。处理结果中,…因信息不存在的4件” → 信息不存在 4", () => {
    const a = ask("苕川县人民政府办公室", "全年共收到和办理依申请公开12件，全部为自然人申请。处理结果中，部分公开3件，因信息不存在的4件，结转下一年度办理1件。", "苕川县政府办2024年信息不存在的有几件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(4);
  });
  it("a results sentence after another channel's count is not the applications' (信箱)", () => {
    const a = ask("苕川县人民政府办公室", "全年县长信箱收到来信12件。处理结果中，因信息不存在的4件。", "苕川县政府办2024年信息不存在的有几件");
    expect(a.figures.map((f) => f.value)).not.toContain(4);
  });
});

/**
 * Reports whose tables were not read (pages cut before them), answered from what their text states
 * (outside round 21's classes; every report invented):
 *  - a count said by its verb alone at the head of its sentence (“2025年,累计审查47件”) counts what the
 *    sentence before it speaks of (…印发的文件逐件把关): 累计审查文件 is the 47;
 *  - “受理申请31件,申请人均为自然人”: all from one applicant — 自然人 is the 31;
 *  - “全年办理1180件” in the sentence stating 新收, 上年结转 and 结转下年度: the results' total when the
 *    template's balance holds (1210 + 95 = 1180 + 125), never when it does not;
 *  - “共收到6件信息公开申请和通过信函提交的信息公开申请”: 6 given as unsure (whether it takes in the letters is not
 *    said), never refused unseen nor stated as sure.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const report = (agency: string, year: number, paragraphs: string[]) =>
  parseReport([`${agency}${year}年政府信息公开工作年度报告`, "一、总体情况", ...paragraphs, "二、主动公开政府信息情况", ""].join("\n"), `${agency}-${year}.txt`);

const answerer = createAnswerer([
  report("蒿坪县人民政府办公室", 2025, [
    "(三)政府信息管理方面。",
    "严格落实公文公开属性源头认定和公开前发布审查工作机制,对以县政府和县政府办公室名义印发的文件逐件把关,基本做到了应审尽审。",
    "2025年,累计审查47件;对县政府现行有效规范性文件进行清理,予以废止4件。",
  ]),
  report("蔺江市审计局", 2025, ["(二)依申请公开情况", "2025年,我局共依法受理政府信息公开申请31件,申请人均为自然人,内容主要涉及审计结果公告等方面。"]),
  report("蔺江市水务局", 2024, ["全年接收政府信息公开申请1210件,2023年结转95件;全年办理1180件,结转2025年125件。"]),
  report("蔺江市林业局", 2024, ["全年接收政府信息公开申请300件,2023年结转20件;全年办理250件,结转2025年40件。"]),
  report("蒿坪县苇陌街道办事处", 2019, ["2019年度,街道共收到6件信息公开申请和通过信函提交的信息公开申请,均已公开答复。"]),
], { today: () => new Date("2026-11-30") });
const ask = (q: string) => {
  const a = answerer.answer(q);
  return { status: a.status, values: a.figures.map((f) => f.value), text: a.text };
};

describe("a report whose tables were not read, answered from its text", () => {
  it("a count said by its verb alone counts what the sentence before it speaks of", () => {
    expect(ask("蒿坪县政府办2025年累计审查文件多少件")).toMatchObject({ status: "answered", values: [47] });
    expect(ask("蒿坪县政府办2025年审查了多少件文件")).toMatchObject({ status: "answered", values: [47] });
    // what neither sentence names is not the 47
    expect(ask("蒿坪县政府办2025年累计审查规章多少件").values).not.toContain(47);
  });

  it("all applicants natural persons: 自然人 is the whole count", () => {
    expect(ask("蔺江市审计局2025年自然人申请多少件")).toMatchObject({ status: "answered", values: [31] });
    expect(ask("蔺江市审计局2025年依申请，其中自然人多少")).toMatchObject({ status: "answered", values: [31] });
  });

  it("办理 alone is the results' total only when the sentence's balance holds", () => {
    expect(ask("蔺江市水务局2024年办理了多少件申请")).toMatchObject({ status: "answered", values: [1180] });
    const off = ask("蔺江市林业局2024年办理了多少件申请");
    expect(off.values).not.toContain(250);
    expect(off.status).not.toBe("answered");
  });

  it("received applications with others joined after them: the count given as unsure", () => {
    const a = ask("苇陌街道2019年依申请公开多少件");
    expect(a.status).toBe("not_found");
    expect(a.values).toEqual([]);
    expect(a.text).toContain("读到的是 6 件，但不能确认");
    expect(a.text).toContain("通过信函提交的信息公开申请");
  });
});

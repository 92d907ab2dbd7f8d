/**
 * Whose figure a label names: a department's figure is headed with the department, never with its
 * region alone (which reads as the region's government) — in the unsure message, a comparison's
 * left-out entry, the notes of a missing year, and the choices offered back.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { AnswerSchema } from "../../src/index/schema.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const government = makeReport({ agency: "永和县人民政府", region: "永和县", year: 2023, table2: { new: t2row(74, 74) } });
const police = makeReport({
  agency: "永和县公安局",
  region: "永和县",
  year: 2023,
  table2: { new: t2row(34, 34), granted: t2row(9, 9) },
  readings: { "table2.new.total": { read: "unsure", reason: "下一行未读到" } },
});
const market = makeReport({ agency: "永和县市场监督管理局", region: "永和县", year: 2023, table2: { new: t2row(24, 24) } });
const answerer = createAnswerer([government, police, market], { today: () => new Date("2026-11-23") });
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

describe("a department's figure is labelled with the department", () => {
  it("the unsure message of one figure", () => {
    const a = ask("永和县公安局2023年收到多少政府信息公开申请");
    expect(a.text).toContain("永和县公安局 2023 年 · 本年新收");
    expect(a.text).not.toMatch(/永和县 2023 年/u);
  });

  it("a comparison's entry left out as unsure", () => {
    const a = ask("永和县公安局和市监局2023年谁收到的申请多");
    expect(a.notes.join("\n")).toContain("存疑，未列出：永和县公安局 2023 年");
  });

  it("a year without a report", () => {
    const a = ask("永和县公安局2021年予以公开多少件");
    expect(a.text).toContain("没有永和县公安局 2021 年的报告");
  });

  it("while a government's figure is still labelled with its region", () => {
    expect(ask("永和县2023年收到多少政府信息公开申请").text).toMatch(/^永和县 2023 年 · /u);
  });
});

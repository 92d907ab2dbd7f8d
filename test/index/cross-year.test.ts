/**
 * Cross-year rules and copied text between one body's consecutive reports: the bundled
 * hongze-2023 → hongze-2024 pair (every rule holds), hand-made pairs that break each rule, and
 * where the results are shown (check --json, /check, answers about the tied figures).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { checkCommand } from "../../src/adapters/cli.ts";
import { crossYearChecks, previousOf, sameBody } from "../../src/index/cross-year.ts";
import { copiedText } from "../../src/index/copied.ts";
import { readReportFile } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "../helpers/report.ts";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const TODAY = { today: () => new Date("2026-11-23") };

const cols = (total: number) => ({ natural_person: total, commercial: 0, research: 0, public_interest: 0, legal_service: 0, other_org: 0, total });
function pair(opts: { carriedOut?: number; carriedIn?: number; inForceBefore?: number; issued?: number; repealed?: number; inForce?: number } = {}): [Report, Report] {
  const a = makeReport({
    agency: "甲县人民政府", region: "甲县", year: 2022, file: "jia-2022.txt",
    table1: { normative: { issued: 1, repealed: 0, in_force: opts.inForceBefore ?? 10 } },
    table2: { carried_out: cols(opts.carriedOut ?? 3) },
  });
  const b = makeReport({
    agency: "甲县人民政府", region: "甲县", year: 2023, file: "jia-2023.txt",
    table1: { normative: { issued: opts.issued ?? 2, repealed: opts.repealed ?? 1, in_force: opts.inForce ?? 11 } },
    table2: { carried_in: cols(opts.carriedIn ?? 3), new: cols(5) },
  });
  return [a, b];
}

describe("cross-year rules", () => {
  it("hongze-2023 → hongze-2024: the same body under two names, every rule holds", async () => {
    const a = await readReportFile(`${DATA}hongze-2023.txt`);
    const b = await readReportFile(`${DATA}hongze-2024.txt`);
    expect(sameBody(a, b)).toBe(true);
    expect(previousOf(b, [a, b])).toBe(a);
    const checks = crossYearChecks(a, b);
    expect(checks.filter((c) => c.rule === "carried_over")).toHaveLength(7);
    expect(checks.filter((c) => c.rule === "in_force_continuity").map((c) => c.row)).toEqual(["rules", "normative"]);
    expect(checks.every((c) => c.holds)).toBe(true);
  });

  it("上年结转 ≠ last year's 结转下年度继续办理 breaks, in the column and the total", () => {
    const broken = crossYearChecks(...pair({ carriedIn: 4 })).filter((c) => !c.holds);
    expect(broken.map((c) => [c.rule, c.column, c.printed, c.expected])).toEqual([
      ["carried_over", "natural_person", 4, 3],
      ["carried_over", "total", 4, 3],
    ]);
  });

  it("现行有效件数 ≠ last year's + 制发 − 废止 breaks (2021 template)", () => {
    const ok = crossYearChecks(...pair()).filter((c) => c.rule === "in_force_continuity");
    expect(ok.map((c) => c.holds)).toEqual([true]);
    const broken = crossYearChecks(...pair({ inForce: 15 })).filter((c) => !c.holds);
    expect(broken.map((c) => [c.rule, c.row, c.printed, c.expected])).toEqual([["in_force_continuity", "normative", 15, 11]]);
  });

  it("a 2020 (2019 template) → 2021 pair is not checked on table 1", () => {
    const [a, b] = pair({ inForce: 99 });
    const checks = crossYearChecks({ ...a, template: "2019", table1: { normative: { made: 1, published: 1, total_published: 10 } } }, b);
    expect(checks.some((c) => c.rule === "in_force_continuity")).toBe(false);
  });

  it("an answer about 上年结转 warns when the rule breaks, and only then", () => {
    const broken = createAnswerer(pair({ carriedIn: 4 }), TODAY).answer("甲县2023年上年结转多少件");
    expect(broken.notes.join()).toContain("跨年不一致");
    const fine = createAnswerer(pair(), TODAY).answer("甲县2023年上年结转多少件");
    expect(fine.notes.join()).not.toContain("跨年不一致");
    const out = createAnswerer(pair({ carriedIn: 4 }), TODAY).answer("甲县2022年结转下年度继续办理多少件");
    expect(out.notes.join()).toContain("跨年不一致");
  });

  it("check --json gives crossYear and copied for hongze-2024, previous null for a lone report", async () => {
    const lines: string[] = [];
    await checkCommand(["--json", `${DATA}hongze-2023.txt`, `${DATA}hongze-2024.txt`], { out: (l) => lines.push(l), err: () => {} });
    const [first, second] = lines.map((l) => JSON.parse(l) as { previous: unknown; crossYear: { holds: boolean }[]; copied: { sentences: number } | null });
    expect(first?.previous).toBeNull();
    expect(second?.previous).toMatchObject({ year: 2023 });
    expect(second?.crossYear).toHaveLength(9);
    expect(second?.copied?.sentences).toBeGreaterThan(10);
  });
});

describe("copied text", () => {
  const report = (year: number, paragraphs: (string | [number, string])[]) => makeReport({ agency: "甲县人民政府", region: "甲县", year, file: `jia-${year}.txt`, paragraphs });

  it("counts this year's sentences standing in last year's report, per section, years aligned", () => {
    const a = report(2022, ["2022年，我县坚持以公开为常态、不公开为例外，推动决策执行管理全过程公开。全年发布信息一千余条，涵盖各个领域。", [5, "一是政策解读不够深入，形式较为单一。二是基层政务公开标准化建设有待加强。三是工作人员业务能力仍需提高。"]]);
    const b = report(2023, ["2023年，我县坚持以公开为常态、不公开为例外，推动决策执行管理全过程公开。全年新建专题栏目十二个，服务更加便捷。", [5, "一是政策解读不够深入，形式较为单一。二是基层政务公开标准化建设有待加强。三是工作人员业务能力仍需提高。"]]);
    const c = copiedText(a, b);
    expect(c.sections.map((s) => [s.section, s.copied, s.sentences])).toEqual([[1, 1, 2], [5, 3, 3]]);
    expect(c.share).toBe(80);
    expect(c.flagged).toEqual([5]);
    expect(c.longest?.section).toBe(5);
    expect(c.longest?.text).toBe("一是政策解读不够深入，形式较为单一。二是基层政务公开标准化建设有待加强。三是工作人员业务能力仍需提高。");
  });

  it("asked directly", () => {
    const a = createAnswerer(
      [report(2022, ["我县严格落实三审三校制度，确保发布信息准确无误。"]), report(2023, ["我县严格落实三审三校制度，确保发布信息准确无误。"])],
      TODAY,
    ).answer("甲县2023年报告和上一年重复了多少");
    expect(a.figures[0]).toMatchObject({ metric: "copied.share", value: 100, unit: "%" });
  });
});

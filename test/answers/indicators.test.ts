/**
 * Indicators with their formulas: values computed by hand from the figures a person read off the
 * sample reports (test/fixtures/expected.json), the answer's shape (figures[0] the indicator in
 * percent, then every input with its own source), and the cases where nothing may be computed.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AnswerSchema, type Answer, type Report } from "../../src/index/schema.ts";
import { evaluate, completionRate, disclosureRate, resultShare, applicantShare, table3Rate } from "../../src/answers/formulas.ts";
import { rowsOfGroup } from "../../src/index/template.ts";
import { makeReport } from "../helpers/report.ts";
import { parseReport } from "../../src/index/read/report.ts";

interface Expected {
  file: string;
  region: string;
  year: number;
  table2: Record<string, Record<string, number> | null>;
  table3: Record<string, Record<string, number>> | null;
}
const EXPECTED = (JSON.parse(readFileSync(new URL("../fixtures/expected.json", import.meta.url), "utf8")) as { reports: Expected[] }).reports;
const byFile = (f: string) => EXPECTED.find((e) => e.file === f) as Expected;
const pct = (num: number, den: number) => Math.round((num / den) * 10000) / 100;
const cell = (e: Expected, row: string, col = "total") => e.table2[row]?.[col] as number;
const sumRows = (e: Expected, rows: string[], col = "total") => rows.reduce((s, r) => s + cell(e, r, col), 0);

let answerer: Answerer;
let reports: Report[];
beforeAll(async () => {
  const corpus = await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname);
  reports = corpus.reports;
  answerer = createAnswerer(reports, { today: () => new Date("2026-11-23") });
});
const ask = (q: string): Answer => AnswerSchema.parse(answerer.answer(q));
const report = (file: string) => reports.find((r) => r.file.endsWith(file)) as Report;

describe("formulas on the hand-read figures of expected.json", () => {
  const files = ["xunyang-2023.txt", "ganzhou-2023.txt", "yueqing-2023.txt", "zhangshu-2020.txt"];

  it.each(files)("公开率 = (予以公开 + 部分公开) ÷ 办理结果总计: %s", (f) => {
    const e = byFile(f);
    const ev = evaluate(report(f), disclosureRate(["total"]));
    expect(ev.value).toBe(pct(cell(e, "granted") + cell(e, "partly_granted"), cell(e, "results_total")));
    expect(ev.text).toContain(`予以公开 ${cell(e, "granted")} + 部分公开 ${cell(e, "partly_granted")}`);
    expect(ev.text).toContain(`办理结果总计 ${cell(e, "results_total")}`);
  });

  it.each(files)("办结率 = 办理结果总计 ÷ (本年新收 + 上年结转): %s", (f) => {
    const e = byFile(f);
    expect(evaluate(report(f), completionRate(["total"])).value).toBe(pct(cell(e, "results_total"), cell(e, "new") + cell(e, "carried_in")));
  });

  it.each(files)("不予公开率 / 无法提供率 / 不予处理率 = the group's rows ÷ 办理结果总计: %s", (f) => {
    const e = byFile(f);
    for (const g of ["refused", "unavailable", "not_processed"] as const) {
      const rows = rowsOfGroup("2021", g);
      const share = resultShare(rows, g, ["total"], "率");
      expect(evaluate(report(f), share!).value, g).toBe(pct(sumRows(e, rows), cell(e, "results_total")));
    }
  });

  it.each(files)("an applicant column's share of 本年新收 (法人或其他组织 = the five columns): %s", (f) => {
    const e = byFile(f);
    const orgs = ["commercial", "research", "public_interest", "legal_service", "other_org"];
    const orgSum = orgs.reduce((s, c) => s + cell(e, "new", c), 0);
    expect(evaluate(report(f), applicantShare(["new"], "本年新收", ["natural_person"], "占比")).value).toBe(pct(cell(e, "new", "natural_person"), cell(e, "new")));
    expect(evaluate(report(f), applicantShare(["new"], "本年新收", orgs, "占比")).value).toBe(pct(orgSum, cell(e, "new")));
  });

  it("行政复议纠错率 = 结果纠正 ÷ (总计 − 尚未审结); 行政诉讼 over both suit groups (ganzhou-2023)", () => {
    const t3 = byFile("ganzhou-2023.txt").table3!;
    const g = (grp: string, c: string) => t3[grp]?.[c] as number;
    expect(evaluate(report("ganzhou-2023.txt"), table3Rate(["review"], "corrected", "行政复议纠错率")).value).toBe(pct(g("review", "corrected"), g("review", "total") - g("review", "pending")));
    expect(pct(4, 57 - 4)).toBe(7.55);
    const suits = evaluate(report("ganzhou-2023.txt"), table3Rate(["suit_direct", "suit_after_review"], "corrected", "行政诉讼纠错率"));
    expect(suits.value).toBe(pct(g("suit_direct", "corrected") + g("suit_after_review", "corrected"), g("suit_direct", "total") + g("suit_after_review", "total") - g("suit_direct", "pending") - g("suit_after_review", "pending")));
    expect(suits.value).toBe(2.08);
  });

  it("a denominator of 0 gives no value and says why (xunyang-2023 had no review cases)", () => {
    const ev = evaluate(report("xunyang-2023.txt"), table3Rate(["review"], "corrected", "行政复议纠错率"));
    expect(ev.value).toBeNull();
    expect(ev.missing).toMatch(/为 0/u);
  });

  it("an input the table lacks is read from the text that states it (leping-2023's table 2 starts mid-way; 其中予以公开的申请14条，部分予以公开5条)", () => {
    const ev = evaluate(report("leping-2023.txt"), disclosureRate(["total"]));
    expect(ev.value).toBe(pct(14 + 5, 24));
    expect(ev.inputs.map((f) => [f.label, f.value, f.source.endsWith("（正文）")])).toEqual([["予以公开", 14, true], ["部分公开", 5, true], ["办理结果总计", 24, false]]);
  });

  it("an input neither the table nor the text states gives no value and names it (leping-2023 without its sentence on the results)", () => {
    const text = readFileSync(new URL("../../data/reports/leping-2023.txt", import.meta.url), "utf8").replace(/其中予以公开的申请[^。]*。/u, "");
    const ev = evaluate(parseReport(text, "leping-2023.txt"), disclosureRate(["total"]));
    expect(ev.value).toBeNull();
    expect(ev.missing).toContain("予以公开");
  });
});

describe("answers: the indicator first, in percent, then its inputs with their sources", () => {
  it("公开率 of ganzhou-2023", () => {
    const a = ask("赣州市2023年公开率是多少");
    expect(a.status).toBe("answered");
    expect(a.figures[0]).toMatchObject({ region: "赣州市", year: 2023, metric: "indicator.disclosure_rate", unit: "%", value: 58.11 });
    expect(a.figures.slice(1).map((f) => [f.label, f.value])).toEqual([["予以公开", 716], ["部分公开", 158], ["办理结果总计", 1504]]);
    for (const f of a.figures.slice(1)) expect(f.source).toContain("赣州市2023年政府信息公开工作年度报告");
    expect(a.text).toContain("（予以公开 716 + 部分公开 158） ÷ 办理结果总计 1504 × 100% = 58.11%");
    expect(a.quotes.length).toBeGreaterThan(0);
  });

  it.each([
    ["赣州市2023年办结率", "indicator.completion_rate", 99.14],
    ["赣州市2023年行政复议纠错率", "indicator.correction_rate.review", 7.55],
    ["赣州市2023年行政诉讼纠错率", "indicator.correction_rate.suit_direct+suit_after_review", 2.08],
    ["赣州市2023年行政诉讼败诉率", "indicator.correction_rate.suit_direct+suit_after_review", 2.08],
    ["赣州市2023年不予公开率", "indicator.share.refused", 5.59],
    ["赣州市2023年自然人申请占比", "indicator.applicant_share.new.natural_person", 98.61],
    ["樟树市2020年不予处理占比", "indicator.share.not_processed", 46.15],
  ])("%s", (q, metric, value) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ metric, value, unit: "%" });
  });

  it("败诉 is said to be the template's 结果纠正", () => {
    expect(ask("赣州市2023年行政诉讼败诉率").notes.join()).toContain("结果纠正");
    const count = ask("赣州市2023年行政诉讼败诉多少件");
    expect(count.figures[0]).toMatchObject({ metric: "table3.suit_direct+suit_after_review.corrected", value: 1 });
  });

  it("纠错率 without saying which: asks back", () => {
    const a = ask("赣州市2023年纠错率");
    expect(a.status).toBe("clarify");
    expect(a.choices.join()).toMatch(/行政复议.*行政诉讼/u);
  });

  it("denominator 0 and missing inputs are not_found with the reason, no figure", () => {
    const zero = ask("浔阳区2023年行政复议纠错率");
    expect(zero).toMatchObject({ status: "not_found", figures: [] });
    expect(zero.text).toMatch(/为 0/u);
    const text = readFileSync(new URL("../../data/reports/leping-2023.txt", import.meta.url), "utf8").replace(/其中予以公开的申请[^。]*。/u, "");
    const lacking = AnswerSchema.parse(createAnswerer([parseReport(text, "leping-2023.txt")]).answer("乐平市2023年公开率"));
    expect(lacking).toMatchObject({ status: "not_found", figures: [] });
    expect(lacking.text).toContain("予以公开");
  });

  it("compares two places' 办结率 side by side", () => {
    const a = ask("对比赣州市和乐清市2023年的办结率");
    expect(a.kind).toBe("comparison");
    expect(a.figures.filter((f) => f.unit === "%").map((f) => [f.region, f.value])).toEqual([["赣州市", 99.14], ["乐清市", 98.57]]);
  });

  it("ranks by 公开率, names the reports left out and why", () => {
    const a = ask("2023年哪个地方公开率最高");
    expect(a.kind).toBe("ranking");
    // Like with like: 乐清市人民政府办公室 is an office, not ranked among governments, and named.
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["浔阳区", 64.29], ["赣州市", 58.11], ["洪泽区", 19.05]]);
    expect(a.text).toContain("乐清市人民政府办公室");
    expect(a.text).toContain("乐平市");
    expect(ask("2023年哪个政府办公室公开率最高").figures.map((f) => [f.region, f.value])).toEqual([["乐清市", 82.61]]);
    expect(a.text).toContain("公开率 = （予以公开 + 部分公开） ÷ 办理结果总计 × 100%");
  });
});

describe("同比 and 比上年多/少了多少: against the same agency's report of the year before", () => {
  it("the change, signed, in the figure's unit", () => {
    const a = ask("洪泽区2024年依申请比上年多了多少");
    expect(a.status).toBe("answered");
    expect(a.figures[0]).toMatchObject({ metric: "change.table2.new.total", value: 95 - 21, unit: "件", year: 2024 });
    expect(a.figures.slice(1).map((f) => [f.year, f.value])).toEqual([[2024, 95], [2023, 21]]);
  });

  it("the rate of change in percent", () => {
    const a = ask("洪泽区2024年依申请公开同比增长多少");
    expect(a.figures[0]).toMatchObject({ metric: "change_rate.table2.new.total", value: pct(95 - 21, 21), unit: "%" });
    expect(a.text).toContain("（95 − 21）÷ 21 × 100% = +352.38%");
  });

  it("a decrease is negative", () => {
    const a = ask("洪泽区2024年行政复议比上年少了多少");
    if (a.status === "answered") expect(a.figures[0]?.value).toBe((a.figures[1]?.value ?? 0) - (a.figures[2]?.value ?? 0));
  });

  it("an indicator's change is in percentage points", () => {
    const a = ask("洪泽区2024年公开率比上年高了多少");
    expect(a.figures[0]).toMatchObject({ unit: "个百分点", value: Math.round((pct(59, 95) - pct(4, 21)) * 100) / 100 });
  });

  it("no report of the year before: not_found, saying which years exist", () => {
    const a = ask("赣州市2023年依申请同比增长多少");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("2022");
  });

  it("table 1 across the 2019 and 2021 templates is not compared where the columns differ", () => {
    const t1 = (template: "2019" | "2021", year: number, table1: Report["table1"]) => makeReport({ agency: "某县人民政府", region: "某县", year, template, table1, file: `mou-${year}.txt` });
    const local = createAnswerer(
      [
        t1("2019", 2020, { normative: { made: 3, published: 3, total_published: 40 }, licensing: { prev_items: 1, change: 0, decisions: 100 } }),
        t1("2021", 2021, { normative: { issued: 2, repealed: 1, in_force: 41 }, licensing: { decisions: 120 } }),
      ],
      { today: () => new Date("2026-11-23") },
    );
    const unlike = local.answer("某县2021年现行有效规范性文件比上年多了多少");
    expect(unlike).toMatchObject({ status: "not_found", figures: [] });
    expect(unlike.text).toContain("模板");
    const like = local.answer("某县2021年行政许可处理决定比上年多了多少");
    expect(like.figures[0]).toMatchObject({ value: 20 });
  });
});

describe("rankings keep out small denominators and name them", () => {
  it("a place with fewer than 10 applications is not ranked, and is named", () => {
    const r = (region: string, granted: number, total: number) =>
      makeReport({
        agency: `${region}人民政府`,
        region,
        file: `${region}.txt`,
        table2: { granted: { total: granted }, partly_granted: { total: 0 }, results_total: { total } },
      });
    const local = createAnswerer([r("甲山县", 2, 2), r("乙山县", 30, 40), r("丙山县", 10, 40)], { today: () => new Date("2026-11-23") });
    const a = local.answer("2023年哪个县公开率最高");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["乙山县", 75], ["丙山县", 25]]);
    expect(a.text).toContain("甲山县（2）");
  });

  it("names the first ten left out for each reason and counts them all", () => {
    const places = "甲乙丙丁戊己庚辛壬癸子丑";
    const t2 = (granted: number, total: number | null) => ({ granted: { total: granted }, partly_granted: { total: 0 }, ...(total === null ? {} : { results_total: { total } }) });
    const gov = (name: string, table2: Report["table2"]) => makeReport({ agency: `${name}人民政府`, region: name, file: `${name}.txt`, table2 });
    const local = createAnswerer(
      [
        gov("子午县", t2(30, 40)),
        gov("卯酉县", t2(10, 40)),
        // twelve departments (not governments), eleven small denominators, twelve without 办理结果总计, one with no input at all
        ...[...places].map((p) => makeReport({ agency: `${p}山县交通运输局`, region: `${p}山县`, file: `${p}-dept.txt`, table2: t2(20, 40) })),
        ...[...places.slice(0, 11)].map((p) => gov(`${p}水县`, t2(1, 2))),
        ...[...places].map((p) => gov(`${p}川县`, t2(5, null))),
        gov("无表县", {}),
      ],
      { today: () => new Date("2026-11-23") },
    );
    const a = local.answer("2023年哪个县公开率最高");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["子午县", 75], ["卯酉县", 25]]);
    const notes = a.notes.join("\n");
    const first = (make: (p: string) => string) => [...places.slice(0, 10)].map(make).join("、");
    expect(notes).toContain(`内的报告未参加排名：${first((p) => `${p}山县交通运输局（政府部门）`)} 等 12 份。`);
    expect(notes).toContain(`分母不足 10 的未参加排名：${first((p) => `${p}水县（2）`)} 等 11 份。`);
    // the one with no input at all comes after those lacking some: 13 in all
    expect(notes).toContain(`缺少计算所需数字的未参加排名：${first((p) => `${p}川县`)} 等 13 份。`);
    expect(notes).toContain("在已收录的 38 份 2023 年报告中，2 份");
  });
});

describe("an input read with doubt makes the indicator doubtful, and the answer says so", () => {
  const r = (year: number, readings: Report["readings"]) =>
    makeReport({
      agency: "甲县人民政府",
      region: "甲县",
      year,
      file: `jia-${year}.txt`,
      table2: { new: { total: 40 }, carried_in: { total: 0 }, granted: { total: 30 }, partly_granted: { total: 0 }, results_total: { total: 40 } },
      readings,
    });
  const doubt = { "table2.granted.total": { read: "unsure" as const, reason: "粘连的数字有两种拆法" } };

  it("a rate", () => {
    const a = createAnswerer([r(2023, doubt)], { today: () => new Date("2026-11-23") }).answer("甲县2023年公开率");
    expect(a.figures[0]).toMatchObject({ value: 75, unit: "%" });
    expect(a.text).toContain("不确定");
    expect(a.notes.join()).toContain("粘连的数字有两种拆法");
  });

  it("a rate whose inputs were read plainly says nothing of doubt", () => {
    const a = createAnswerer([r(2023, {})], { today: () => new Date("2026-11-23") }).answer("甲县2023年公开率");
    expect(a.text).not.toContain("不确定");
  });

  it("a change", () => {
    const a = createAnswerer([r(2022, {}), r(2023, doubt)], { today: () => new Date("2026-11-23") }).answer("甲县2023年予以公开比上年多了多少");
    expect(a.figures[0]).toMatchObject({ value: 0 });
    expect(a.notes.join()).toContain("不确定");
  });
});

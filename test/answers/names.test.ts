/**
 * Agencies named the way people name them, over a generated corpus where a city government sits
 * beside its office, departments, districts and townships (test/helpers/names-corpus.ts), scored
 * as score.mjs scores test/eval/names.jsonl; and answers that must not change when departments
 * are added beside the bundled reports.
 */
import { readFileSync, readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer, AnswerFigure, Report } from "../../src/index/schema.ts";
import { randomFigures } from "../helpers/figures.ts";
import { namesCorpus, namesQuestions, type Case } from "../helpers/names-corpus.ts";
import { renderReport } from "../helpers/render-report.ts";

const FIXTURES = new URL("../fixtures/names/", import.meta.url);
const QUESTIONS = new URL("../eval/names.jsonl", import.meta.url);
const TODAY = () => new Date("2026-11-15T12:00:00");

const cases = readFileSync(QUESTIONS, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Case);

/** score.mjs's rules: a figure is the agency's when its region or agency is, or begins with, the name expected. */
const sameBody = (f: AnswerFigure | undefined, name: string) => !!f && [f.region, f.agency].some((x) => x === name || x.startsWith(name));

function misses(a: Answer, expected: Record<string, unknown>): string[] {
  const why: string[] = [];
  if (a.status !== expected["status"]) why.push(`status ${a.status} != ${String(expected["status"])}`);
  if (expected["status"] !== "answered") return why;
  const figs = a.figures;
  if (expected["kind"] === "ranking") {
    if (!sameBody(figs[0], expected["top"] as string) || figs[0]?.value !== expected["value"]) why.push(`top ${figs[0]?.agency}=${figs[0]?.value}`);
  } else if (expected["kind"] === "comparison") {
    for (const [name, v] of Object.entries(expected["values"] as Record<string, number>)) if (!figs.some((f) => sameBody(f, name) && f.value === v)) why.push(`${name} should be ${v}`);
  } else if (expected["kind"] === "trend") {
    for (const [y, v] of Object.entries(expected["series"] as Record<string, number>)) {
      if (!figs.some((f) => sameBody(f, expected["region"] as string) && f.year === Number(y) && f.value === v)) why.push(`${y} should be ${v}`);
    }
  } else {
    const f = figs[0];
    if (!f || f.value !== expected["value"] || !sameBody(f, expected["region"] as string) || f.year !== expected["year"]) {
      why.push(`got ${f?.agency} ${f?.year} = ${f?.value}`);
    }
    if (!a.quotes.length) why.push("no quote");
  }
  return why;
}

describe("the generated corpus of a city's bodies", () => {
  it("is what the generator writes (regenerate: node bin/run-ts.mjs test/helpers/names-corpus.ts)", () => {
    const corpus = namesCorpus();
    expect(readdirSync(FIXTURES).filter((f) => !f.startsWith(".")).sort()).toEqual(corpus.map((g) => g.file).sort());
    for (const g of corpus) expect(readFileSync(new URL(g.file, FIXTURES), "utf8"), g.file).toBe(g.text);
    expect(cases).toEqual(JSON.parse(JSON.stringify(namesQuestions(corpus))));
  });
});

describe("names as people write them (test/eval/names.jsonl)", () => {
  let answerer: Answerer;
  let reports: Report[];
  beforeAll(async () => {
    const corpus = await loadCorpus(FIXTURES.pathname);
    expect(corpus.errors).toEqual([]);
    reports = corpus.reports;
    answerer = createAnswerer(reports, { today: TODAY });
  }, 120_000);

  it("reads every body's kind and region from its title", () => {
    const body = (agency: string) => reports.find((r) => r.agency === agency);
    expect(body("上饶市人民政府")).toMatchObject({ region: "上饶市", body: { kind: "government", level: "city", parents: ["江西省"] } });
    expect(body("上饶市住房和城乡建设局")).toMatchObject({ region: "上饶市", body: { kind: "department" } });
    expect(body("上饶市信州区人民政府")).toMatchObject({ region: "信州区", body: { kind: "government", level: "county", parents: ["江西省", "上饶市"] } });
    expect(body("国家税务总局上饶市税务局")).toMatchObject({ region: "上饶市", body: { kind: "vertical" } });
    expect(body("西市街道办事处")).toMatchObject({ region: "西市街道", body: { kind: "township" } });
    expect(body("上饶市人民政府办公室")).toMatchObject({ body: { kind: "office" } });
  });

  it.each(cases.map((c) => [c.q, c.expect] as const))("%s", (q, expected) => {
    const a = answerer.answer(q);
    expect(misses(a, expected), a.text).toEqual([]);
  });

  it("says when a place was taken for its government and how many other bodies there have reports", () => {
    const a = answerer.answer("上饶市2023年依申请公开多少件");
    expect(a.text.split("\n")[0]).toMatch(/^上饶市 2023 年 · /u);
    // a department's figure is headlined with the department, never with its place alone
    expect(answerer.answer("上饶市人社局2023年依申请公开多少件").text.split("\n")[0]).toMatch(/^上饶市人力资源和社会保障局 2023 年 · /u);
    expect(a.notes.join("")).toContain("上饶市另有 16 个部门（单位）的报告");
  });

  it("asks back by kind, each choice a question that answers", () => {
    const a = answerer.answer("人社局2023年依申请公开多少件");
    expect(a.text).toContain("政府部门：1. 上饶市人力资源和社会保障局  2. 信州区人力资源和社会保障局");
    expect(a.choices).toEqual(["上饶市人力资源和社会保障局2023年依申请公开多少件", "信州区人力资源和社会保障局2023年依申请公开多少件"]);
    for (const c of a.choices) expect(answerer.answer(c).status).toBe("answered");
  });

  it("shows at most eight choices and counts the rest", () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...(reports[0] as Report), file: `x${i}.txt`, agency: `${"甲乙丙丁戊己庚辛壬癸子"[i]}山县人民政府`, region: `${"甲乙丙丁戊己庚辛壬癸子"[i]}山县` }));
    const named = createAnswerer(
      // each with a 2023 report: a name none of whose bodies has the year asked is not asked back (held-choices.ts)
      many.map((r, i) => ({ ...r, year: 2023, agency: `某某市${"甲乙丙丁戊己庚辛壬癸子"[i]}山区人民政府办公室`, region: `${"甲乙丙丁戊己庚辛壬癸子"[i]}山区` })),
      { today: TODAY },
    ).answer("区府办2023年依申请公开多少件");
    expect(named.status).toBe("clarify");
    expect(named.choices).toHaveLength(8);
    expect(named.text).toContain("另有 3 个未列出");
  });

  it("ranks like with like and says what was left out", () => {
    const a = answerer.answer("2023年哪个地方收到的政府信息公开申请最多");
    expect(a.figures.map((f) => f.agency).sort()).toEqual(["上饶市人民政府", "上饶市信州区人民政府", "广丰区人民政府"].sort());
    expect(a.notes.join("")).toContain("比较的是人民政府");
    expect(a.notes.join("")).toMatch(/未参加比较：.*政府部门 \d+ 份/u);
    const depts = answerer.answer("2023年哪个人社局收到的申请最多");
    expect(depts.figures.map((f) => f.agency).sort()).toEqual(["上饶市人力资源和社会保障局", "信州区人力资源和社会保障局"]);
  });
});

describe("answers do not change when departments are added", () => {
  const QUESTIONS_BUNDLED = [
    "浔阳区2023年依申请公开多少件", "浔阳2023年依申请公开多少件", "赣州市2023年收到多少政府信息公开申请",
    "赣州2023年依申请公开中自然人申请多少件", "乐平市2023年依申请公开多少件", "樟树市2020年办结多少件",
    "洪泽区2024年行政许可", "淮安市2024年不予公开多少件", "乐清市2023年依申请公开多少件", "乐清2023年行政复议多少件",
    "2023年哪个地方收到的政府信息公开申请最多", "对比赣州市和乐清市2023年依申请公开数量", "洪泽区历年行政许可处理决定数量",
    "赣州市2023年办理结果", "九江市浔阳区2023年行政复议多少件",
  ];
  /** Departments of the bundled reports' places, with the city corpus's departments and offices. */
  function added(): Report[] {
    const departments = [
      ["赣州市人力资源和社会保障局", 2023], ["赣州市人民政府办公室", 2023], ["赣州市住房和城乡建设局", 2023], ["九江市浔阳区住房和城乡建设局", 2023],
      ["淮安市洪泽区教育局", 2024], ["淮安市洪泽区教育局", 2023], ["乐平市市场监督管理局", 2023], ["樟树市公安局", 2020], ["乐清市卫生健康委员会", 2023],
    ] as const;
    const made = departments.map(([agency, year], i) => parseReport(renderReport(randomFigures(7700 + i, year === 2020 ? "2019" : "2021", agency, year), { layout: "tabs" }), `dept-${i}.txt`));
    const city = namesCorpus()
      .filter((g) => !/人民政府$|办事处$/u.test(g.figures.agency))
      .map((g) => parseReport(g.text, `city-${g.file}`));
    return [...made, ...city];
  }

  it("gives the same status and figures for the bundled reports' questions", async () => {
    const bundled = (await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname)).reports;
    const before = createAnswerer(bundled, { today: TODAY });
    const after = createAnswerer([...bundled, ...added()], { today: TODAY });
    const view = (a: Answer) => ({ status: a.status, figures: a.figures.map((f) => `${f.agency} ${f.year} ${f.metric} ${f.value}`) });
    for (const q of QUESTIONS_BUNDLED) expect(view(after.answer(q)), q).toEqual(view(before.answer(q)));
  }, 120_000);
});

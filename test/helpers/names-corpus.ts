/**
 * A corpus the way a city's site publishes it: the city government, its office, twelve
 * departments and a vertically managed body; two districts with their governments, an office and
 * departments; a town and a street — reports written from the template (render-report.ts) with
 * seeded figures. And questions naming them the way people do, with the answers the figures give
 * (score.mjs format). `node bin/run-ts.mjs test/helpers/names-corpus.ts` writes both:
 * test/fixtures/names/*.txt and test/eval/names.jsonl.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { randomFigures, type Figures } from "./figures.ts";
import { renderReport, type Layout } from "./render-report.ts";

const CITY = "上饶市";
/** The city's departments (printed after the city's name). */
const CITY_DEPARTMENTS = [
  "发展和改革委员会", "教育局", "公安局", "人力资源和社会保障局", "住房和城乡建设局", "市场监督管理局",
  "卫生健康委员会", "医疗保障局", "文化广电和旅游局", "交通运输局", "行政审批局", "生态环境局",
  "安全生产监督管理局", "侨务办公室",
];

export interface Generated {
  file: string;
  figures: Figures;
  text: string;
}

/** Every body, its year(s), as printed in the title. */
function bodies(): { agency: string; years: number[] }[] {
  return [
    { agency: `${CITY}人民政府`, years: [2022, 2023] },
    { agency: `${CITY}人民政府办公室`, years: [2023] },
    ...CITY_DEPARTMENTS.map((d) => ({ agency: `${CITY}${d}`, years: d === "人力资源和社会保障局" ? [2022, 2023] : [2023] })),
    { agency: `国家税务总局${CITY}税务局`, years: [2023] },
    { agency: `${CITY}信州区人民政府`, years: [2023] },
    { agency: "信州区人民政府办公室", years: [2023] },
    { agency: "信州区人力资源和社会保障局", years: [2023] },
    { agency: "信州区住房和城乡建设局", years: [2023] },
    { agency: "信州区教育体育局", years: [2023] },
    { agency: "广丰区人民政府", years: [2023] },
    { agency: "广丰区市场监督管理局", years: [2023] },
    { agency: "广丰区卫生健康委员会", years: [2023] },
    { agency: "沙溪镇人民政府", years: [2023] },
    { agency: "西市街道办事处", years: [2023] },
    // a branch of the city's department for a district, its place written without the suffix
    { agency: `${CITY}公安局信州分局`, years: [2023] },
    // a county whose government has no report: only departments and a vertically managed body
    { agency: "玉山县财政局", years: [2023] },
    { agency: "玉山县公安局", years: [2023] },
    { agency: "国家税务总局玉山县税务局", years: [2023] },
    // a city whose only report is one department's
    { agency: "德兴市教育体育局", years: [2023] },
    // bodies named with words people leave out (综合, 行政, 服务) and a branch written with its place's suffix
    { agency: "广丰区城市管理综合行政执法局", years: [2023] },
    { agency: "广丰区数据和政务服务局", years: [2023] },
    { agency: "玉山县综合行政执法局", years: [2023] },
    { agency: "德兴市行政审批和政务服务局", years: [2023] },
    { agency: `${CITY}公安局广丰区分局`, years: [2023] },
  ];
}

const LAYOUTS: Layout[] = ["tabs", "html", "cells", "markdown"];

export function namesCorpus(): Generated[] {
  const out: Generated[] = [];
  let seed = 9100;
  for (const { agency, years } of bodies()) {
    for (const year of years) {
      const figures = randomFigures(seed++, "2021", agency, year);
      const layout = LAYOUTS[seed % LAYOUTS.length] as Layout;
      const file = `${String(out.length + 1).padStart(2, "0")}-${year}.${layout === "html" ? "html" : layout === "markdown" ? "md" : "txt"}`;
      out.push({ file, figures, text: renderReport(figures, { layout, narrative: "none", seed }) });
    }
  }
  return out;
}

export interface Case {
  q: string;
  expect: Record<string, unknown>;
}

/** The questions and what the figures say they must get. */
/** The city's own bureaus and commissions (局, 委), the vertically managed tax bureau included. */
const CITY_BUREAUS = [...CITY_DEPARTMENTS.map((d) => `${CITY}${d}`), `国家税务总局${CITY}税务局`];
/** 信州区's departments and office (the city's police branch for it among them). */
const XINZHOU_BODIES = ["信州区人民政府办公室", "信州区人力资源和社会保障局", "信州区住房和城乡建设局", "信州区教育体育局", `${CITY}公安局信州分局`];

export function namesQuestions(corpus: Generated[] = namesCorpus()): Case[] {
  const of = (agency: string, year = 2023) => {
    const g = corpus.find((c) => c.figures.agency === agency && c.figures.year === year);
    if (!g) throw new Error(`no generated report of ${agency} ${year}`);
    return g.figures;
  };
  const applications = (agency: string, year = 2023) => of(agency, year).table2["new"]?.["total"] ?? 0;
  const review = (agency: string) => of(agency).table3["review"]?.["total"] ?? 0;
  const figure = (q: string, agency: string, value: number, year = 2023): Case => ({ q, expect: { status: "answered", region: agency, year, value } });
  const clarify = (q: string): Case => ({ q, expect: { status: "clarify" } });
  const city = `${CITY}人民政府`;
  const xinzhou = `${CITY}信州区人民政府`;
  const rank = (agencies: string[]) => {
    const top = [...agencies].sort((a, b) => applications(b) - applications(a))[0] as string;
    return { top, value: applications(top) };
  };
  return [
    // a place alone → its government
    figure("上饶市2023年依申请公开多少件", city, applications(city)),
    figure("上饶2023年依申请公开多少件", city, applications(city)),
    figure("江西省上饶市2023年依申请公开多少件", city, applications(city)),
    figure("上饶市人民政府2023年依申请公开多少件", city, applications(city)),
    figure("上饶市政府2023年收到多少政府信息公开申请", city, applications(city)),
    figure("信州区2023年依申请公开多少件", xinzhou, applications(xinzhou)),
    figure("信州2023年依申请公开多少件", xinzhou, applications(xinzhou)),
    figure("上饶市信州区2023年依申请公开多少件", xinzhou, applications(xinzhou)),
    figure("广丰2023年依申请公开多少件", "广丰区人民政府", applications("广丰区人民政府")),
    figure("沙溪镇2023年依申请公开多少件", "沙溪镇人民政府", applications("沙溪镇人民政府")),
    figure("西市街道2023年依申请公开多少件", "西市街道办事处", applications("西市街道办事处")),
    { q: "九江市信州区2023年依申请公开多少件", expect: { status: "not_found" } },
    // the government's office
    figure("上饶市政府办2023年依申请公开多少件", "上饶市人民政府办公室", applications("上饶市人民政府办公室")),
    figure("市府办2023年依申请公开多少件", "上饶市人民政府办公室", applications("上饶市人民政府办公室")),
    figure("信州区政府办公室2023年依申请公开多少件", "信州区人民政府办公室", applications("信州区人民政府办公室")),
    // departments by full name, short names and abbreviations
    figure("上饶市人力资源和社会保障局2023年依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("上饶市人社局2023年依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("上饶人社局2023年依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("市人社局2023年依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("信州区人社局2023年依申请公开多少件", "信州区人力资源和社会保障局", applications("信州区人力资源和社会保障局")),
    clarify("人社局2023年依申请公开多少件"),
    figure("上饶市住建局2023年依申请公开多少件", "上饶市住房和城乡建设局", applications("上饶市住房和城乡建设局")),
    figure("区住建局2023年依申请公开多少件", "信州区住房和城乡建设局", applications("信州区住房和城乡建设局")),
    figure("上饶市市监局2023年依申请公开多少件", "上饶市市场监督管理局", applications("上饶市市场监督管理局")),
    figure("广丰区市场监管局2023年依申请公开多少件", "广丰区市场监督管理局", applications("广丰区市场监督管理局")),
    clarify("市监局2023年依申请公开多少件"),
    figure("上饶市卫健委2023年依申请公开多少件", "上饶市卫生健康委员会", applications("上饶市卫生健康委员会")),
    figure("广丰卫健委2023年依申请公开多少件", "广丰区卫生健康委员会", applications("广丰区卫生健康委员会")),
    figure("医保局2023年依申请公开多少件", "上饶市医疗保障局", applications("上饶市医疗保障局")),
    figure("上饶市文广旅局2023年依申请公开多少件", "上饶市文化广电和旅游局", applications("上饶市文化广电和旅游局")),
    figure("文旅局2023年依申请公开多少件", "上饶市文化广电和旅游局", applications("上饶市文化广电和旅游局")),
    figure("发改委2023年依申请公开多少件", "上饶市发展和改革委员会", applications("上饶市发展和改革委员会")),
    figure("上饶市审批局2023年依申请公开多少件", "上饶市行政审批局", applications("上饶市行政审批局")),
    figure("上饶环保局2023年依申请公开多少件", "上饶市生态环境局", applications("上饶市生态环境局")),
    figure("上饶市交通局2023年依申请公开多少件", "上饶市交通运输局", applications("上饶市交通运输局")),
    figure("信州区教体局2023年依申请公开多少件", "信州区教育体育局", applications("信州区教育体育局")),
    figure("上饶市税务局2023年依申请公开多少件", `国家税务总局${CITY}税务局`, applications(`国家税务总局${CITY}税务局`)),
    // traditional characters, full-width digits, pinyin, keyboard slips
    figure("上饒市2023年依申請公開多少件", city, applications(city)),
    figure("上饒市人社局2023年依申請公開多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("上饶市２０２３年依申请公开多少件", city, applications(city)),
    figure("shangrao 2023年依申请公开多少件", city, applications(city)),
    figure("Xinzhou 2023年依申请公开多少件", xinzhou, applications(xinzhou)),
    figure("上饶市2023年依申清公开多少件", city, applications(city)),
    figure("上饶市2023年行政附议多少件", city, review(city)),
    // comparisons, trends and rankings name like with like
    {
      q: "对比上饶市人社局和信州区人社局2023年依申请公开数量",
      expect: { status: "answered", kind: "comparison", values: { 上饶市人力资源和社会保障局: applications("上饶市人力资源和社会保障局"), 信州区人力资源和社会保障局: applications("信州区人力资源和社会保障局") } },
    },
    {
      q: "上饶市人社局历年依申请公开数量",
      expect: { status: "answered", kind: "trend", region: "上饶市人力资源和社会保障局", series: { 2022: applications("上饶市人力资源和社会保障局", 2022), 2023: applications("上饶市人力资源和社会保障局") } },
    },
    { q: "2023年哪个区收到的政府信息公开申请最多", expect: { status: "answered", kind: "ranking", ...rank([xinzhou, "广丰区人民政府"]) } },
    { q: "2023年哪个人社局收到的申请最多", expect: { status: "answered", kind: "ranking", ...rank(["上饶市人力资源和社会保障局", "信州区人力资源和社会保障局"]) } },
    { q: "2023年哪个地方收到的政府信息公开申请最多", expect: { status: "answered", kind: "ranking", ...rank([city, xinzhou, "广丰区人民政府"]) } },
    // the bodies of one place ranked: the place scopes the field, its government is not in it
    { q: "上饶市2023年哪个局收到的政府信息公开申请最多", expect: { status: "answered", kind: "ranking", ...rank(CITY_BUREAUS) } },
    { q: "信州区2023年哪个部门收到的申请最多", expect: { status: "answered", kind: "ranking", ...rank(XINZHOU_BODIES) } },
    { q: "信州区各部门2023年依申请公开多少件", expect: { status: "answered", kind: "ranking", ...rank(XINZHOU_BODIES) } },
    // one body of a place, not named: which?
    clarify("上饶市那个局2023年收到申请多少件"),
    // a place, then a body of its own: that body
    figure("信州区区府办2023年依申请公开多少件", "信州区人民政府办公室", applications("信州区人民政府办公室")),
    // names typed by their sound, and a short form of each component
    figure("尚饶市2023年依申请公开多少件", city, applications(city)),
    figure("上饶市卫建委2023年依申请公开多少件", "上饶市卫生健康委员会", applications("上饶市卫生健康委员会")),
    figure("上饶公安2023年依申请公开多少件", "上饶市公安局", applications("上饶市公安局")),
    figure("上饶市人力社保局2023年依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    // older and rarer bodies' short forms
    figure("上饶市安监局2023年依申请公开多少件", "上饶市安全生产监督管理局", applications("上饶市安全生产监督管理局")),
    figure("上饶侨办2023年依申请公开多少件", "上饶市侨务办公室", applications("上饶市侨务办公室")),
    // a year between the place and its body
    figure("上饶市2023年人社局依申请公开多少件", "上饶市人力资源和社会保障局", applications("上饶市人力资源和社会保障局")),
    figure("信州2023年住建局依申请公开多少件", "信州区住房和城乡建设局", applications("信州区住房和城乡建设局")),
    // a department's branch for a district: the district's 公安局 as people say it
    figure("信州公安分局2023年依申请公开多少件", `${CITY}公安局信州分局`, applications(`${CITY}公安局信州分局`)),
    figure("信州区公安局2023年依申请公开多少件", `${CITY}公安局信州分局`, applications(`${CITY}公安局信州分局`)),
    figure("上饶市公安局信州区分局2023年依申请公开多少件", `${CITY}公安局信州分局`, applications(`${CITY}公安局信州分局`)),
    // a vertically managed body by its place
    figure("玉山县税务局2023年依申请公开多少件", "国家税务总局玉山县税务局", applications("国家税务总局玉山县税务局")),
    figure("玉山税务局2023年依申请公开多少件", "国家税务总局玉山县税务局", applications("国家税务总局玉山县税务局")),
    // a place whose government has no report: which of its bodies? never one of them for it
    clarify("玉山县2023年依申请公开多少件"),
    clarify("玉山2023年依申请公开多少件"),
    clarify("德兴市2023年依申请公开多少件"),
    figure("德兴市教体局2023年依申请公开多少件", "德兴市教育体育局", applications("德兴市教育体育局")),
    // the everyday names of bodies whose printed names carry 综合 / 行政 / 服务, and of a branch
    figure("广丰区城管局2023年依申请公开多少件", "广丰区城市管理综合行政执法局", applications("广丰区城市管理综合行政执法局")),
    figure("广丰城市管理局2023年依申请公开多少件", "广丰区城市管理综合行政执法局", applications("广丰区城市管理综合行政执法局")),
    figure("广丰区综合执法局2023年依申请公开多少件", "广丰区城市管理综合行政执法局", applications("广丰区城市管理综合行政执法局")),
    figure("广丰区城管执法局2023年依申请公开多少件", "广丰区城市管理综合行政执法局", applications("广丰区城市管理综合行政执法局")),
    figure("广丰区执法局2023年依申请公开多少件", "广丰区城市管理综合行政执法局", applications("广丰区城市管理综合行政执法局")),
    figure("玉山县综合执法局2023年依申请公开多少件", "玉山县综合行政执法局", applications("玉山县综合行政执法局")),
    figure("玉山县行政执法局2023年依申请公开多少件", "玉山县综合行政执法局", applications("玉山县综合行政执法局")),
    figure("德兴市行政审批局2023年依申请公开多少件", "德兴市行政审批和政务服务局", applications("德兴市行政审批和政务服务局")),
    figure("德兴审批局2023年依申请公开多少件", "德兴市行政审批和政务服务局", applications("德兴市行政审批和政务服务局")),
    figure("广丰区数据局2023年依申请公开多少件", "广丰区数据和政务服务局", applications("广丰区数据和政务服务局")),
    figure("广丰区政务服务局2023年依申请公开多少件", "广丰区数据和政务服务局", applications("广丰区数据和政务服务局")),
    figure("广丰分局2023年依申请公开多少件", `${CITY}公安局广丰区分局`, applications(`${CITY}公安局广丰区分局`)),
    figure("广丰公安分局2023年依申请公开多少件", `${CITY}公安局广丰区分局`, applications(`${CITY}公安局广丰区分局`)),
    figure("信州分局2023年依申请公开多少件", `${CITY}公安局信州分局`, applications(`${CITY}公安局信州分局`)),
    // a place's body that has no report is never another place's
    { q: "广丰区 区政府办2023年依申请公开多少件", expect: { status: "not_found" } },
    { q: "广丰区2023年区政府办依申请公开多少件", expect: { status: "not_found" } },
    { q: "广丰区人社局2023年依申请公开多少件", expect: { status: "not_found" } },
    // two places sharing one body's name: two bodies
    {
      q: "上饶市和信州区人社局2023年依申请公开数量对比",
      expect: { status: "answered", kind: "comparison", values: { 上饶市人力资源和社会保障局: applications("上饶市人力资源和社会保障局"), 信州区人力资源和社会保障局: applications("信州区人力资源和社会保障局") } },
    },
    { q: "对比广丰区和信州区人社局2023年依申请公开数量", expect: { status: "not_found" } },
  ];
}

const FIXTURES = new URL("../fixtures/names/", import.meta.url);
const QUESTIONS = new URL("../eval/names.jsonl", import.meta.url);

/** Write the corpus and the questions (run when the generator or the template renderer changes). */
export function writeNamesCorpus(): void {
  const corpus = namesCorpus();
  rmSync(FIXTURES, { recursive: true, force: true });
  mkdirSync(FIXTURES, { recursive: true });
  for (const g of corpus) writeFileSync(new URL(g.file, FIXTURES), g.text);
  mkdirSync(new URL(".", QUESTIONS), { recursive: true });
  writeFileSync(QUESTIONS, namesQuestions(corpus).map((c) => JSON.stringify(c)).join("\n") + "\n");
  console.log(`wrote ${readdirSync(FIXTURES).length} reports to ${fileURLToPath(FIXTURES)} and ${namesQuestions(corpus).length} questions to ${fileURLToPath(QUESTIONS)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) writeNamesCorpus();

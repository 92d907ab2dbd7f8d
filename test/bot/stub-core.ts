/**
 * A small stub `Core` with canned answers, for the bot and adapter tests. The figures echo the
 * xunyang-2023 sample (浔阳区人民政府 2023: 14 new applications), shortened.
 */
import { partsOf } from "../../src/bot/core.ts";
import { memoryCatalogue } from "../../src/bot/catalogue.ts";
import { listPage, onPage } from "../../src/bot/reports.ts";
import type { Core, Upload } from "../../src/bot/types.ts";
import type { Answer, LoadError, Report } from "../../src/index/schema.ts";

export function makeReport(p: Partial<Report> = {}): Report {
  return {
    file: "xunyang-2023.txt",
    title: "浔阳区人民政府2023年政府信息公开工作年度报告",
    agency: "浔阳区人民政府",
    region: "浔阳区",
    year: 2023,
    template: "2021",
    text: "",
    sections: [],
    passages: [],
    table1: {},
    // the figures help's examples ask of (bot/help-examples.ts answers only from tables read)
    table2: { new: { total: 14 }, granted: { total: 8 } },
    table3: { review: { total: 0 } },
    spans: {},
    narrative: [],
    readings: {},
    checks: [
      { rule: "balance", table: "table2", holds: true, message: "新收 + 上年结转 = 办理结果总计 + 结转下年度（14 + 0 = 14 + 0）" },
      { rule: "row_sum", table: "table2", row: "new", holds: true, message: "本年新收：各类申请人之和等于总计" },
    ],
    repairs: [],
    warnings: [],
    ...p,
  };
}

export const xunyangFigure: Answer = {
  question: "浔阳区2023年依申请公开多少件",
  status: "answered",
  kind: "figure",
  figures: [
    {
      agency: "浔阳区人民政府",
      region: "浔阳区",
      year: 2023,
      metric: "table2.new.total",
      label: "本年新收政府信息公开申请",
      value: 14,
      unit: "件",
      source: "浔阳区人民政府2023年政府信息公开工作年度报告 · 三、收到和处理政府信息公开申请情况 · 表二 · 一、本年新收政府信息公开申请数量 · 总计",
    },
  ],
  quotes: [
    { text: "2023年共受理依申请公开14件，依法办结14件", report: "浔阳区人民政府2023年政府信息公开工作年度报告", section: "一、总体情况" },
  ],
  notes: [],
  choices: [],
  text: "浔阳区 2023 年本年新收政府信息公开申请：14 件",
};

export interface StubCore extends Core {
  /** The reports the catalogue and the list are made from (a test may make it throw). */
  reports(): Report[];
  questions: string[];
  uploads: Upload[];
  reloads: number;
}

export interface StubOptions {
  answers?: Record<string, Answer>;
  /** Answer for any question not in `answers` (default: a not_found answer). */
  fallback?: (q: string) => Answer;
  reports?: Report[];
  loadErrors?: LoadError[];
  throwOn?: RegExp;
  addReport?: Core["addReport"];
}

export function notFound(q: string): Answer {
  return {
    question: q,
    status: "not_found",
    kind: "figure",
    figures: [],
    quotes: [],
    notes: [],
    choices: [],
    text: "没有找到这个问题的答案。已读取的报告：浔阳区人民政府 2023 年。",
  };
}

export function stubCore(o: StubOptions = {}): StubCore {
  const reports = o.reports ?? [makeReport()];
  const core: StubCore = {
    questions: [],
    uploads: [],
    reloads: 0,
    answer(q) {
      core.questions.push(q);
      if (o.throwOn?.test(q)) throw new Error("boom: the answerer failed");
      return o.answers?.[q] ?? (o.fallback ?? notFound)(q);
    },
    parse: (q) => partsOf(q, reports.map((r) => ({ agency: r.agency, region: r.region }))),
    reports: () => reports,
    ...memoryCatalogue(() => core.reports()),
    async reportPage(requested, size) {
      const { heads, ...at } = listPage(core.reports(), requested, size);
      return { reports: (heads as Report[]).map(onPage), ...at };
    },
    reportsOf: async (agency) => reports.filter((r) => r.agency === agency),
    loadErrors: () => o.loadErrors ?? [],
    async reload() {
      core.reloads++;
      return { reports: reports.length, errors: o.loadErrors ?? [] };
    },
    async addReport(upload) {
      core.uploads.push(upload);
      if (o.addReport) return o.addReport(upload);
      return { ok: true, report: makeReport({ file: upload.filename }) };
    },
  };
  return core;
}

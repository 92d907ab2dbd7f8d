/**
 * A multi-year synthetic corpus (2019 → 2025, both templates) for the cross-year rules and the
 * copied-text check: every agency reports every year; consecutive reports agree (this year's
 * 上年结转 = last year's 结转下年度继续办理 in every column; 2021-template 现行有效件数 = last year's
 * + 制发 − 废止) except where a break is planted; section 五 is written afresh every year except
 * where last year's is planted verbatim. What was planted is returned, so a test can require
 * that every planted break and copy is found and nothing else is.
 *
 * Built on the benchmark's generator (synthetic.ts: truths, render.ts: text). Deterministic.
 */
import { renderReport } from "./render.ts";
import { APPLICANTS, Rand, generateTruth, hash32, planAgencies, type Truth } from "./synthetic.ts";

export const MULTI_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

export interface PlantedBreak {
  file: string;
  previous: string;
  rule: "carried_over" | "in_force_continuity";
  /** carried_over: the applicant column; in_force_continuity: the item (rules / normative). */
  where: string;
}

export interface PlantedCopy {
  file: string;
  previous: string;
  section: number;
}

export interface MultiYearCorpus {
  files: { name: string; text: string }[];
  truths: Truth[];
  /** Consecutive pairs of one agency's reports. */
  pairs: number;
  breaks: PlantedBreak[];
  copies: PlantedCopy[];
}

/** Share of pairs given a planted break, and a planted copy of section 五. */
const BREAK_RATE = 0.15;
const COPY_RATE = 0.12;

const PROBLEMS = [
  "政策解读的针对性和实用性有待进一步提升",
  "基层政务公开标准化规范化建设仍需深化",
  "政务新媒体内容更新不够及时",
  "依申请公开答复文书的规范性有待提高",
  "部分单位对政务公开工作重视程度不够",
  "公开内容与群众需求的契合度还不够高",
  "政府信息公开专栏的栏目设置不够科学",
  "工作人员的业务能力和专业水平有待加强",
  "政策文件的集中统一发布还不够完善",
  "重点领域信息公开的深度和广度仍显不足",
  "政务公开与政务服务融合程度还不够深",
  "公众参与政策制定的渠道还不够畅通",
];
const MEASURES = [
  "持续提升政务公开质效，围绕中心工作做好信息发布",
  "加强业务培训和考核指导，提高工作人员的履职能力",
  "更好统筹政务公开与政务服务，推动公开与服务深度融合",
  "完善政策解读机制，推行图文、视频等多种解读形式",
  "规范依申请公开办理流程，提升答复质量和效率",
  "加强政府网站和政务新媒体管理，确保内容及时准确",
  "拓宽公众参与渠道，健全意见征集和反馈机制",
  "深化基层政务公开标准化建设，推进公开事项目录化",
  "加强对重点领域信息公开的督促检查",
  "优化政府信息公开专栏，方便群众查找和使用",
  "健全政策文件动态清理和集中发布机制",
  "强化考核评估，把政务公开纳入绩效考核体系",
];

const CN = ["一", "二", "三"];

/** Section 五 written for this agency and year: three problems and three measures from the pools. */
function problemsSection(rand: Rand, year: number, avoid: string | null): string {
  for (;;) {
    const p = rand.shuffle([...PROBLEMS]).slice(0, 3);
    const m = rand.shuffle([...MEASURES]).slice(0, 3);
    const text = [
      `${year}年，政府信息公开工作取得一定成效，但仍存在一些不足。${p.map((x, i) => `${CN[i]}是${x}。`).join("")}`,
      "",
      `${year + 1}年，将着重做好以下工作。${m.map((x, i) => `${CN[i]}是${x}。`).join("")}`,
      "",
    ].join("\n");
    // Never the same picks as last year by chance: a copy is only what was planted.
    if (text.replace(/\d{4}/gu, "") !== avoid) return text;
  }
}

/** The text between a section's heading line and the next section's heading line. */
function sectionSpan(text: string, no: number): [number, number] | null {
  const heads = ["一、", "二、", "三、", "四、", "五、", "六、"];
  const lineStart = (h: string) => {
    const re = new RegExp(`^[#* \\t]*${h}`, "mu");
    const m = re.exec(text);
    return m ? m.index : -1;
  };
  const start = lineStart(heads[no - 1] ?? "");
  const next = no < 6 ? lineStart(heads[no] ?? "") : text.length;
  if (start < 0 || next < 0 || next <= start) return null;
  const bodyStart = text.indexOf("\n", start) + 1;
  return [bodyStart, next];
}

function recomputeTotals(t: Truth, rows: string[]): void {
  for (const r of rows) {
    const row = t.table2[r];
    if (row) row.total = APPLICANTS.reduce((s, c) => s + (row[c] ?? 0), 0);
  }
}

/** This year's 上年结转 := last year's 结转下年度, keeping new + carried_in = results + carried_out. */
function chainCarried(prev: Truth, t: Truth): void {
  for (const c of APPLICANTS) {
    const ci = t.table2.carried_in ?? (t.table2.carried_in = {});
    const co = t.table2.carried_out ?? (t.table2.carried_out = {});
    const nw = t.table2.new ?? (t.table2.new = {});
    const d = (prev.table2.carried_out?.[c] ?? 0) - (ci[c] ?? 0);
    ci[c] = (ci[c] ?? 0) + d;
    if (d > 0) co[c] = (co[c] ?? 0) + d;
    else nw[c] = (nw[c] ?? 0) - d;
  }
  recomputeTotals(t, ["carried_in", "carried_out", "new"]);
  fixOnline(t);
}

/** The narrative's online + offline split states the new applications: keep it their sum. */
function fixOnline(t: Truth): void {
  const online = t.narrative.online;
  const offline = t.narrative.offline;
  const n = t.table2.new?.total ?? 0;
  if (online && offline) {
    online.value = Math.min(online.value, n);
    offline.value = n - online.value;
  }
}

/** 2021 template both years: 现行有效 = last year's + 制发 − 废止. */
function chainInForce(prev: Truth, t: Truth): void {
  if (prev.template !== "2021" || t.template !== "2021") return;
  for (const item of ["rules", "normative"]) {
    const row = t.table1[item];
    const before = prev.table1[item]?.in_force;
    if (!row || before === undefined) continue;
    const issued = row.issued ?? 0;
    if ((row.repealed ?? 0) > before + issued) row.repealed = before + issued;
    row.in_force = before + issued - (row.repealed ?? 0);
  }
}

function plantBreak(rand: Rand, prev: Truth, t: Truth): PlantedBreak {
  const both2021 = prev.template === "2021" && t.template === "2021";
  if (both2021 && rand.chance(0.4)) {
    const item = rand.chance(0.7) ? "normative" : "rules";
    const row = t.table1[item] ?? (t.table1[item] = { issued: 0, repealed: 0, in_force: 0 });
    row.in_force = (row.in_force ?? 0) + rand.int(1, 5);
    return { file: t.file, previous: prev.file, rule: "in_force_continuity", where: item };
  }
  const c = rand.pick(APPLICANTS);
  const k = rand.int(1, 3);
  const ci = t.table2.carried_in ?? (t.table2.carried_in = {});
  const co = t.table2.carried_out ?? (t.table2.carried_out = {});
  ci[c] = (ci[c] ?? 0) + k;
  co[c] = (co[c] ?? 0) + k; // the year's own balance still holds: only the tie to last year breaks
  recomputeTotals(t, ["carried_in", "carried_out"]);
  return { file: t.file, previous: prev.file, rule: "carried_over", where: c };
}

/** `agencies` bodies, each with a report for every year 2019–2025. */
export function multiYearCorpus(agencies: number, seed = 7): MultiYearCorpus {
  const plans = planAgencies(agencies * MULTI_YEARS.length, seed).slice(0, agencies);
  const rand = new Rand(hash32(seed, "multi-year"));
  const out: MultiYearCorpus = { files: [], truths: [], pairs: 0, breaks: [], copies: [] };
  for (const plan of plans) {
    const p = { ...plan, years: [...MULTI_YEARS], shortTitleYears: plan.shortTitleYears.filter((y) => y < 2025) };
    let prev: Truth | null = null;
    let prevText: string | null = null;
    let prevProblems: string | null = null;
    for (const year of MULTI_YEARS) {
      const t = generateTruth(p, year, seed);
      if (prev) {
        out.pairs++;
        chainCarried(prev, t);
        chainInForce(prev, t);
        if (rand.chance(BREAK_RATE)) out.breaks.push(plantBreak(rand, prev, t));
      }
      let text = renderReport(t, new Rand(hash32(seed, "text", t.file)));
      const span = sectionSpan(text, 5);
      const prevSpan = prevText ? sectionSpan(prevText, 5) : null;
      let problems = problemsSection(rand, year, prevProblems);
      if (prev && prevText && prevSpan && rand.chance(COPY_RATE)) {
        problems = prevText.slice(prevSpan[0], prevSpan[1]);
        out.copies.push({ file: t.file, previous: prev.file, section: 5 });
      }
      if (span) text = text.slice(0, span[0]) + problems + text.slice(span[1]);
      out.files.push({ name: t.file, text });
      out.truths.push(t);
      prev = t;
      prevText = text;
      prevProblems = problems.replace(/\d{4}/gu, "");
    }
  }
  return out;
}

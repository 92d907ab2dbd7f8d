/**
 * One synthetic report's text, from its truth: title, preamble, sections 一…六 with narrative
 * paragraphs, and the three tables — tab-separated rows (like yueqing-2023.txt) or one cell per
 * line with blank lines between (like xunyang-2023.txt). Headings, brackets and spacing vary
 * from report to report the way they do in the bundled reports.
 */
import type { Rand, Truth } from "./synthetic.ts";

interface Style {
  /** “（一）” or “(一)”. */
  paren: (n: string) => string;
  /** “1. ” or “1.”. */
  item: (n: number) => string;
  heading: (text: string) => string;
  /** 我市 / 我区 / 我县 / 本单位. */
  we: string;
}

function styleOf(t: Truth, rand: Rand): Style {
  const full = rand.chance(0.5);
  const spaced = rand.chance(0.5);
  const mark = rand.weighted([["", 5], ["## ", 2], ["### ", 1], ["    ", 1]] as const);
  return {
    paren: (n) => (full ? `（${n}）` : `(${n})`) + (spaced && !full ? " " : ""),
    item: (n) => `${n}.${spaced ? " " : ""}`,
    heading: (text) => `${mark}${text}`,
    we: t.office || t.department ? "本单位" : `我${t.suffix}`,
  };
}

const CN = ["一", "二", "三", "四", "五", "六", "七"];

// ---------------------------------------------------------------------------------------------
// Title and preamble

function titleBlock(t: Truth, rand: Rand): string[] {
  const lines: string[] = [];
  if (rand.chance(0.15)) {
    const kind = t.office || t.department ? "部门年报" : `${t.suffix}政府年报`;
    lines.push(`信息类别: ${kind} 公开方式: 主动公开 生成日期:${t.year + 1}-0${rand.int(1, 3)}-${rand.int(10, 28)} 公开时限: 常年公开 公开范围: 面向全社会`, "");
  }
  const shape = rand.weighted([["plain", 7], ["spaced", 2], ["split", 1.5]] as const);
  if (shape === "split") lines.push(`# ${t.titleAgency}`, "", `## ${t.year} 年政府信息公开工作年度报告`);
  else if (shape === "spaced") lines.push(`${t.titleAgency} ${t.year} 年政府信息公开工作年度报告`);
  else lines.push(`${t.titleAgency}${t.year}年政府信息公开工作年度报告`);
  lines.push("");
  const notice = t.template === "2019" ? "国办公开办函〔2019〕60号" : "国办公开办函〔2021〕30号";
  lines.push(
    `本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《中华人民共和国政府信息公开工作年度报告格式》（${notice}）要求编制。` +
      `全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。` +
      `本报告中所列数据的统计期限自${t.year}年1月1日起至${t.year}年12月31日止。本年度报告的电子版可以从${t.region}人民政府门户网站下载。`,
    "",
  );
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Narrative

const FILLER = [
  "聚焦法定主动公开内容，持续深化重点领域信息公开，突出做好就业、教育、医疗、养老、征地等社会高度关注领域的信息发布。",
  "严格落实“三审三校”和“先审后发”机制，严把政治关、法律关、政策关、保密关和文字关。",
  "进一步完善政府信息公开目录，动态调整公开栏目，集约化、规范化发布各类信息。",
  "坚持以公开为常态、不公开为例外，推动决策、执行、管理、服务、结果全过程公开。",
  "围绕优化营商环境、乡村振兴、安全生产等重点工作，及时发布政策文件和工作动态。",
];

function facts(t: Truth): Record<string, number | undefined> {
  return Object.fromEntries(Object.entries(t.narrative).map(([k, f]) => [k, f.value]));
}

function activePublishing(t: Truth, s: Style, rand: Rand): string[] {
  const f = facts(t);
  const out: string[] = [];
  let p = `${t.year}年，${s.we}坚持以习近平新时代中国特色社会主义思想为指导，${rand.pick(FILLER)}`;
  if (f.published !== undefined) {
    p += `全年通过政府门户网站发布各类信息${f.published}条`;
    if (f.news !== undefined) p += `，其中${t.region}要闻${f.news}条`;
    if (f.repost !== undefined) p += `，转载上级信息${f.repost}条`;
    p += "。";
  }
  out.push(p);
  const interp: string[] = [];
  if (f.text_interp !== undefined) interp.push(`文字解读${f.text_interp}条`);
  if (f.image_interp !== undefined) interp.push(`图片解读${f.image_interp}条`);
  if (f.video_interp !== undefined) interp.push(`视频解读${f.video_interp}条`);
  if (interp.length) out.push(`以多种形式开展政策解读，共发布${interp.join("，")}，不断提升政策解读的针对性和实效性。`);
  if (f.gazette !== undefined) out.push(`编发${t.office || t.department ? "" : `${t.region}`}政府公报${f.gazette}期，${rand.pick(FILLER)}`);
  return out;
}

function onRequest(t: Truth, s: Style, rand: Rand): string[] {
  const n = (row: string) => t.table2[row]?.total ?? 0;
  const f = facts(t);
  let p = `${rand.pick(["严格按照《条例》要求", "进一步规范依申请公开工作流程"])}，统一答复文书格式，认真做好依申请公开接收、登记、办理、答复等各环节工作。`;
  p += rand.chance(0.5)
    ? `${t.year}年，${s.we}共收到政府信息公开申请${n("new")}件，上年结转${n("carried_in")}件，办结${n("results_total")}件，结转下年度${n("carried_out")}件。`
    : `${t.year}年共受理依申请公开${n("new")}件，依法办结${n("results_total")}件，结转下年办理${n("carried_out")}件。`;
  if (f.online !== undefined && f.offline !== undefined) p += `其中通过网上平台线上申请${f.online}件，线下现场申请${f.offline}件。`;
  const review = t.table3.review?.total ?? 0;
  const suits = (t.table3.suit_direct?.total ?? 0) + (t.table3.suit_after_review?.total ?? 0);
  p += `因政府信息公开被申请行政复议${review}件，提起行政诉讼${suits}件。`;
  return [p];
}

function management(t: Truth, _s: Style, rand: Rand): string[] {
  const f = facts(t);
  let p = `一是${rand.pick(FILLER)}二是明确审查程序和责任，依法依规主动公开，为公民、法人和其他组织获取政府信息提供保障。`;
  if (f.cleanup !== undefined) p += `全年清理行政规范性文件${f.cleanup}件，做到底数清晰、内容全面、便于获取。`;
  return [p];
}

function platforms(t: Truth, s: Style, rand: Rand): string[] {
  const f = facts(t);
  const parts: string[] = [];
  if (f.livestream !== undefined) parts.push(`开展政务公开云直播${f.livestream}场次`);
  if (f.interviews !== undefined) parts.push(`录制在线访谈${f.interviews}期`);
  if (f.press !== undefined) parts.push(`召开新闻发布会${f.press}场`);
  rand.shuffle(parts);
  const out = [`依托政府门户网站、政务新媒体、“12345”政务服务便民热线等平台，推动公开内容进一步聚焦重点，公开形式更加丰富多样。${parts.length ? `${t.year}年，${parts.join("，")}。` : ""}`];
  let p = "";
  if (f.mailbox !== undefined) p += `全年收到${t.mailbox}信件${f.mailbox}条，按期办结率${rand.int(9000, 9999) / 100}%。`;
  if (f.newmedia !== undefined) p += `${s.we}政务新媒体全年发布信息${f.newmedia}条。`;
  if (p) out.push(p + "对政府网站和政务新媒体开展常态化监测，确保平稳安全运行。");
  return out;
}

function oversight(t: Truth, s: Style, rand: Rand): string[] {
  const f = facts(t);
  let p = `将政务公开工作纳入年度绩效考核，${rand.pick(FILLER)}`;
  if (f.training !== undefined) p += `全年组织开展政务公开培训${f.training}次`;
  if (f.monthly !== undefined) p += `${f.training !== undefined ? "，" : ""}印发政务公开工作月报${f.monthly}期`;
  if (f.training !== undefined || f.monthly !== undefined) p += "，督促各单位及时整改。";
  p += `${t.year}年度${s.we}未发生因不履行政府信息公开义务而被追究责任的情况。`;
  return [p];
}

function overview(t: Truth, s: Style, rand: Rand): string[] {
  const sub: [string, (t: Truth, s: Style, r: Rand) => string[]][] = [
    [rand.pick(["主动公开情况", "主动公开方面", "政府信息主动公开不断深入"]), activePublishing],
    [rand.pick(["依申请公开情况", "依申请公开方面", "依申请公开不断规范"]), onRequest],
    [rand.pick(["政府信息管理情况", "政府信息管理方面"]), management],
    [rand.pick(["平台建设情况", "政府信息公开平台建设方面"]), platforms],
    [rand.pick(["监督保障情况", "监督保障方面"]), oversight],
  ];
  const lines = [`${t.year}年，${s.we}${rand.pick(FILLER)}`, ""];
  sub.forEach(([heading, body], i) => {
    lines.push(`${s.paren(CN[i] ?? "")}${heading}`, "");
    for (const p of body(t, s, rand)) lines.push(p, "");
  });
  return lines;
}

function problems(t: Truth, s: Style, rand: Rand): string[] {
  return [
    `${t.year}年，${s.we}政府信息公开工作取得一定成效，但还存在一些问题和不足：一是政策解读的针对性、实用性有待进一步提升；二是基层政务公开标准化规范化建设仍需深化；三是${rand.pick(["政务新媒体内容更新不够及时", "依申请公开答复质量有待提高", "工作人员业务能力有待加强"])}。`,
    "",
    `${t.year + 1}年，${s.we}将从以下方面改进：一是持续提升政务公开质效，${rand.pick(FILLER)}二是加强业务培训和考核指导；三是更好统筹政务公开与政务服务。`,
    "",
  ];
}

function otherMatters(rand: Rand): string[] {
  return [
    rand.pick([
      "本年度未收取信息处理费。无其他需要报告的事项。",
      "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，本年度没有产生信息公开处理费。",
      "无。",
    ]),
    "",
  ];
}

// ---------------------------------------------------------------------------------------------
// Tables

/** A layout: rows of cells → text lines. */
type Emit = (rows: string[][]) => string[];

const tabs: Emit = (rows) => rows.map((r) => r.join("\t"));

/** One cell per line, a blank line after each (xunyang-2023); empty cells are dropped. */
const cellsPerLine: Emit = (rows) => rows.flatMap((r) => r.filter((c) => c.trim() !== "").flatMap((c) => [c, ""]));

function num(v: number | undefined): string {
  return String(v ?? 0);
}

/** Some 2019 reports print units in the cells: “27个”, “156次”, “30183.96万元”. */
function withUnit(v: number | undefined, unit: string, on: boolean): string {
  return on ? `${num(v)}${unit}` : num(v);
}

function table1Rows(t: Truth, s: Style, rand: Rand): string[][] {
  const r = t.table1;
  const clause = (n: string) => [`第二十条第${s.paren(n).trim()}项`, "", "", ""];
  if (t.template === "2021") {
    return [
      clause("一"),
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", num(r.rules?.issued), num(r.rules?.repealed), num(r.rules?.in_force)],
      ["行政规范性文件", num(r.normative?.issued), num(r.normative?.repealed), num(r.normative?.in_force)],
      clause("五"),
      ["信息内容", "本年处理决定数量", "", ""],
      ["行政许可", num(r.licensing?.decisions), "", ""],
      clause("六"),
      ["信息内容", "本年处理决定数量", "", ""],
      ["行政处罚", num(r.penalty?.decisions), "", ""],
      ["行政强制", num(r.coercion?.decisions), "", ""],
      clause("八"),
      ["信息内容", "本年收费金额（单位：万元）", "", ""],
      ["行政事业性收费", num(r.fees?.amount_10k_yuan), "", ""],
    ];
  }
  const u = rand.chance(0.3);
  const prev3 = (label: string, c: Record<string, number> | undefined) => [label, num(c?.prev_items), num(c?.change), num(c?.decisions)];
  return [
    clause("一"),
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章", num(r.rules?.made), num(r.rules?.published), num(r.rules?.total_published)],
    ["规范性文件", withUnit(r.normative?.made, "个", u), withUnit(r.normative?.published, "个", u), withUnit(r.normative?.total_published, "个", u)],
    clause("五"),
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    prev3("行政许可", r.licensing),
    prev3("其他对外管理服务事项", r.other_services),
    clause("六"),
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    prev3("行政处罚", r.penalty),
    prev3("行政强制", r.coercion),
    clause("八"),
    ["信息内容", "上一年项目数量", "本年增/减", ""],
    ["行政事业性收费", num(r.fees?.prev_items), num(r.fees?.change), ""],
    clause("九"),
    ["信息内容", "采购项目数量", "采购总金额", ""],
    ["政府集中采购", withUnit(r.procurement?.count, "次", u), withUnit(r.procurement?.amount_10k_yuan, "万元", u), ""],
  ];
}

const COLS = ["natural_person", "commercial", "research", "public_interest", "legal_service", "other_org", "total"];

interface T2Line {
  id: string;
  /** Group heading printed before the label on the same row (yueqing-2023), or "". */
  group: string;
  label: string;
}

function table2Lines(t: Truth, s: Style): T2Line[] {
  const p = s.paren;
  const i = s.item;
  const L = (id: string, group: string, label: string): T2Line => ({ id, group, label });
  const lines: T2Line[] = [
    L("new", "", "一、本年新收政府信息公开申请数量"),
    L("carried_in", "", "二、上年结转政府信息公开申请数量"),
    L("granted", "三、本年度办理结果", `${p("一")}予以公开`),
    L("partly_granted", "", `${p("二")}部分公开${s.paren("区分处理的，只计这一情形，不计其他情形").trim()}`),
  ];
  const refused = ["属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益", "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"];
  const refusedIds = ["state_secret", "law_prohibited", "security_stability", "third_party", "internal_affairs", "process_info", "enforcement_file", "query_matter"];
  refused.forEach((label, k) => lines.push(L(`refused.${refusedIds[k]}`, k === 0 ? `${p("三")}不予公开` : "", `${i(k + 1)}${label}`)));
  const unavailable = [["not_held", "本机关不掌握相关政府信息"], ["needs_creation", "没有现成信息需要另行制作"], ["unclear", "补正后申请内容仍不明确"]];
  unavailable.forEach(([id, label], k) => lines.push(L(`unavailable.${id}`, k === 0 ? `${p("四")}无法提供` : "", `${i(k + 1)}${label}`)));
  const notProcessed = [["complaint", "信访举报投诉类申请"], ["duplicate", "重复申请"], ["publication", "要求提供公开出版物"], ["excessive", "无正当理由大量反复申请"], ["confirmation", "要求行政机关确认或重新出具已获取信息"]];
  notProcessed.forEach(([id, label], k) => lines.push(L(`not_processed.${id}`, k === 0 ? `${p("五")}不予处理` : "", `${i(k + 1)}${label}`)));
  if (t.template === "2019") lines.push(L("other", "", `${p("六")}其他处理`));
  else {
    const other = [["no_correction", "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], ["unpaid_fee", "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], ["other", "其他"]];
    other.forEach(([id, label], k) => lines.push(L(`other.${id}`, k === 0 ? `${p("六")}其他处理` : "", `${i(k + 1)}${label}`)));
  }
  lines.push(L("results_total", "", `${p("七")}总计`), L("carried_out", "", "四、结转下年度继续办理"));
  return lines;
}

function table2Rows(t: Truth, s: Style, rand: Rand, layout: "tabs" | "cells"): string[][] {
  const values = (id: string) => COLS.map((c) => num(t.table2[id]?.[c]));
  const note = `${s.paren("本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和").trim()}`;
  if (layout === "cells") {
    const split = rand.chance(0.5);
    const header = [[note], ["申请人情况"], ["自然人"], ["法人或其他组织"], ["总计"], split ? ["商业", "企业"] : ["商业企业"], split ? ["科研", "机构"] : ["科研机构"], ["社会公益组织"], ["法律服务机构"], ["其他"]];
    const body = table2Lines(t, s).map((l) => [...(l.group ? [l.group] : []), l.label, ...values(l.id)]);
    return [...header, ...body];
  }
  // Tab rows with the group columns of the printed table: 三、本年度办理结果 | (三)不予公开 | 1.… | values.
  const header = [
    [note, "", "申请人情况", "", "", "", "", "", "总计", ""],
    ["", "", "自然人", "法人或其他组织", "", "", "", "", "", ""],
    ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "", ""],
  ];
  const body = table2Lines(t, s).map((l) => {
    if (l.id === "new" || l.id === "carried_in" || l.id === "carried_out") return [l.label, "", ...values(l.id), ""];
    if (l.group.startsWith("三、")) return [l.group, l.label, ...values(l.id)];
    if (l.group) return ["", l.group, l.label, ...values(l.id)];
    const grouped = l.id.includes(".");
    return grouped ? ["", "", l.label, ...values(l.id)] : ["", l.label, ...values(l.id)];
  });
  return [...header, ...body];
}

function table3Rows(t: Truth, layout: "tabs" | "cells"): string[][] {
  const groups = ["review", "suit_direct", "suit_after_review"];
  const values = groups.flatMap((g) => ["upheld", "corrected", "other", "pending", "total"].map((c) => num(t.table3[g]?.[c])));
  const five = ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"];
  if (layout === "cells") {
    const split = five.flatMap((h) => h.split(" ").map((w) => [w]));
    return [["行政复议"], ["行政诉讼"], ...five.map((h) => [h.replace(" ", "")]), ["未经复议直接起诉"], ["复议后起诉"], ...split, ...split, values];
  }
  return [
    ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
    [...five, "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
    ["", "", "", "", "", ...five, ...five],
    values,
  ];
}

// ---------------------------------------------------------------------------------------------

export function renderReport(t: Truth, rand: Rand): string {
  const s = styleOf(t, rand);
  const emit = t.layout === "cells" ? cellsPerLine : tabs;
  const lines: string[] = [
    ...titleBlock(t, rand),
    s.heading("一、总体情况"),
    "",
    ...overview(t, s, rand),
    s.heading("二、主动公开政府信息情况"),
    "",
    ...emit(table1Rows(t, s, rand)),
    "",
    s.heading("三、收到和处理政府信息公开申请情况"),
    "",
    ...emit(table2Rows(t, s, rand, t.layout)),
    "",
    s.heading("四、政府信息公开行政复议、行政诉讼情况"),
    "",
    ...emit(table3Rows(t, t.layout)),
    "",
    s.heading("五、存在的主要问题及改进情况"),
    "",
    ...problems(t, s, rand),
    s.heading("六、其他需要报告的事项"),
    "",
    ...otherMatters(rand),
  ];
  return lines.join("\n");
}

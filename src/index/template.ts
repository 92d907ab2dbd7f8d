/**
 * The national template (国办公开办函〔2019〕60号 and 〔2021〕30号): row and column ids, the
 * labels they are printed with, and the key phrases that recognise a label even when the
 * extraction broke it with spaces or line breaks. Ids are the spec's (shared/spec/report-format.md).
 */

export type TemplateId = "2019" | "2021";

/** Table 2 applicant columns, in printed order. */
export const TABLE2_COLUMNS = [
  "natural_person",
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
  "total",
] as const;
export type Table2Column = (typeof TABLE2_COLUMNS)[number];

/** The five columns that make up 法人或其他组织. */
export const ORGANIZATION_COLUMNS: readonly Table2Column[] = [
  "commercial",
  "research",
  "public_interest",
  "legal_service",
  "other_org",
];

export const TABLE2_COLUMN_LABELS: Record<Table2Column, string> = {
  natural_person: "自然人",
  commercial: "商业企业",
  research: "科研机构",
  public_interest: "社会公益组织",
  legal_service: "法律服务机构",
  other_org: "其他",
  total: "总计",
};

export type Table2Group = "refused" | "unavailable" | "not_processed" | "other";

export interface Table2RowDef {
  id: string;
  /** The label as the template prints it. */
  label: string;
  /** The group heading printed before the label, e.g. “（三）不予公开”. */
  group?: Table2Group;
  /** Key phrases (whitespace removed); any one of them found in a label identifies the row. */
  keys: string[];
}

export const TABLE2_GROUPS: Record<Table2Group, { label: string; keys: string[] }> = {
  refused: { label: "（三）不予公开", keys: ["不予公开"] },
  unavailable: { label: "（四）无法提供", keys: ["无法提供", "无法提", "法提供"] },
  not_processed: { label: "（五）不予处理", keys: ["不予处理", "予处理"] },
  other: { label: "（六）其他处理", keys: ["其他处理", "他处理"] },
};

const ROWS_2021: Table2RowDef[] = [
  { id: "new", label: "一、本年新收政府信息公开申请数量", keys: ["本年新收", "新收政府信息"] },
  { id: "carried_in", label: "二、上年结转政府信息公开申请数量", keys: ["上年结转"] },
  { id: "granted", label: "（一）予以公开", keys: ["予以公开"] },
  { id: "partly_granted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", keys: ["部分公开", "区分处理"] },
  { id: "refused.state_secret", group: "refused", label: "1.属于国家秘密", keys: ["国家秘密"] },
  { id: "refused.law_prohibited", group: "refused", label: "2.其他法律行政法规禁止公开", keys: ["其他法律", "法规禁止", "行政止公开"] },
  { id: "refused.security_stability", group: "refused", label: "3.危及“三安全一稳定”", keys: ["三安全", "一稳定"] },
  { id: "refused.third_party", group: "refused", label: "4.保护第三方合法权益", keys: ["第三方"] },
  { id: "refused.internal_affairs", group: "refused", label: "5.属于三类内部事务信息", keys: ["内部事务", "三类内"] },
  { id: "refused.process_info", group: "refused", label: "6.属于四类过程性信息", keys: ["过程性", "四类过"] },
  { id: "refused.enforcement_file", group: "refused", label: "7.属于行政执法案卷", keys: ["执法案卷", "行政执"] },
  { id: "refused.query_matter", group: "refused", label: "8.属于行政查询事项", keys: ["查询事项", "行政查"] },
  { id: "unavailable.not_held", group: "unavailable", label: "1.本机关不掌握相关政府信息", keys: ["不掌握", "本机关不掌"] },
  { id: "unavailable.needs_creation", group: "unavailable", label: "2.没有现成信息需要另行制作", keys: ["另行制作", "没有现成"] },
  { id: "unavailable.unclear", group: "unavailable", label: "3.补正后申请内容仍不明确", keys: ["仍不明确", "补正后申请"] },
  { id: "not_processed.complaint", group: "not_processed", label: "1.信访举报投诉类申请", keys: ["信访", "举报投诉"] },
  { id: "not_processed.duplicate", group: "not_processed", label: "2.重复申请", keys: ["重复申请"] },
  { id: "not_processed.publication", group: "not_processed", label: "3.要求提供公开出版物", keys: ["出版物"] },
  { id: "not_processed.excessive", group: "not_processed", label: "4.无正当理由大量反复申请", keys: ["大量反复"] },
  { id: "not_processed.confirmation", group: "not_processed", label: "5.要求行政机关确认或重新出具已获取信息", keys: ["重新出具", "确认或重", "已获取信息"] },
  { id: "other.no_correction", group: "other", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", keys: ["不补正", "逾期不补"] },
  { id: "other.unpaid_fee", group: "other", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", keys: ["收费通知", "缴纳费用", "未缴费", "未缴纳"] },
  { id: "other.other", group: "other", label: "3.其他", keys: [] /* recognised by position: “3.其他” inside （六）其他处理 */ },
  { id: "results_total", label: "（七）总计", keys: ["（七）总计", "(七)总计", "七）总计", "七)总计", "（七）", "(七)"] },
  { id: "carried_out", label: "四、结转下年度继续办理", keys: ["结转下年", "继续办理"] },
];

/** The 2019 template: the same rows, except that （六）其他处理 is one row without sub-items. */
const ROWS_2019: Table2RowDef[] = [
  ...ROWS_2021.filter((r) => r.group !== "other" && r.id !== "results_total" && r.id !== "carried_out"),
  { id: "other", group: "other", label: "（六）其他处理", keys: [] },
  ...ROWS_2021.filter((r) => r.id === "results_total" || r.id === "carried_out"),
];

export function table2Rows(template: TemplateId): Table2RowDef[] {
  return template === "2019" ? ROWS_2019 : ROWS_2021;
}

/** Rows whose sum, per column, is results_total. */
export function resultRows(template: TemplateId): string[] {
  return table2Rows(template)
    .map((r) => r.id)
    .filter((id) => !["new", "carried_in", "results_total", "carried_out"].includes(id));
}

export function rowsOfGroup(template: TemplateId, group: Table2Group): string[] {
  return table2Rows(template)
    .filter((r) => r.group === group)
    .map((r) => r.id);
}

export function table2RowDef(id: string): Table2RowDef | undefined {
  return ROWS_2021.find((r) => r.id === id) ?? ROWS_2019.find((r) => r.id === id);
}

// ---------------------------------------------------------------------------------------------
// Table 1 — 主动公开政府信息情况

export interface Table1ItemDef {
  id: string;
  label: string;
  /** 第二十条 paragraph the item is printed under: “一”, “五”, “六”, “八”, “九”. */
  clause: string;
  keys: string[];
  columns: { id: string; label: string; unit: string }[];
}

const C = (id: string, label: string, unit = "件") => ({ id, label, unit });

const T1_2021: Table1ItemDef[] = [
  { id: "rules", label: "规章", clause: "一", keys: ["规章"], columns: [C("issued", "本年制发件数"), C("repealed", "本年废止件数"), C("in_force", "现行有效件数")] },
  { id: "normative", label: "行政规范性文件", clause: "一", keys: ["规范性文件"], columns: [C("issued", "本年制发件数"), C("repealed", "本年废止件数"), C("in_force", "现行有效件数")] },
  { id: "licensing", label: "行政许可", clause: "五", keys: ["行政许可"], columns: [C("decisions", "本年处理决定数量")] },
  { id: "penalty", label: "行政处罚", clause: "六", keys: ["行政处罚"], columns: [C("decisions", "本年处理决定数量")] },
  { id: "coercion", label: "行政强制", clause: "六", keys: ["行政强制"], columns: [C("decisions", "本年处理决定数量")] },
  { id: "fees", label: "行政事业性收费", clause: "八", keys: ["事业性收费"], columns: [C("amount_10k_yuan", "本年收费金额（单位：万元）", "万元")] },
];

const PREV3 = [C("prev_items", "上一年项目数量", "项"), C("change", "本年增/减", "项"), C("decisions", "处理决定数量")];
const T1_2019: Table1ItemDef[] = [
  { id: "rules", label: "规章", clause: "一", keys: ["规章"], columns: [C("made", "本年新制作数量"), C("published", "本年新公开数量"), C("total_published", "对外公开总数量")] },
  { id: "normative", label: "规范性文件", clause: "一", keys: ["规范性文件"], columns: [C("made", "本年新制作数量"), C("published", "本年新公开数量"), C("total_published", "对外公开总数量")] },
  { id: "licensing", label: "行政许可", clause: "五", keys: ["行政许可"], columns: PREV3 },
  { id: "other_services", label: "其他对外管理服务事项", clause: "五", keys: ["其他对外管理", "对外管理服务"], columns: PREV3 },
  { id: "penalty", label: "行政处罚", clause: "六", keys: ["行政处罚"], columns: PREV3 },
  { id: "coercion", label: "行政强制", clause: "六", keys: ["行政强制"], columns: PREV3 },
  { id: "fees", label: "行政事业性收费", clause: "八", keys: ["事业性收费"], columns: PREV3.slice(0, 2) },
  { id: "procurement", label: "政府集中采购", clause: "九", keys: ["集中采购"], columns: [C("count", "采购项目数量", "个"), C("amount_10k_yuan", "采购总金额", "万元")] },
];

export function table1Items(template: TemplateId): Table1ItemDef[] {
  return template === "2019" ? T1_2019 : T1_2021;
}

// ---------------------------------------------------------------------------------------------
// Table 3 — 政府信息公开行政复议、行政诉讼情况

export const TABLE3_GROUPS = ["review", "suit_direct", "suit_after_review"] as const;
export type Table3Group = (typeof TABLE3_GROUPS)[number];
export const TABLE3_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;
export type Table3Column = (typeof TABLE3_COLUMNS)[number];

export const TABLE3_GROUP_LABELS: Record<Table3Group, string> = {
  review: "行政复议",
  suit_direct: "行政诉讼 · 未经复议直接起诉",
  suit_after_review: "行政诉讼 · 复议后起诉",
};
export const TABLE3_COLUMN_LABELS: Record<Table3Column, string> = {
  upheld: "结果维持",
  corrected: "结果纠正",
  other: "其他结果",
  pending: "尚未审结",
  total: "总计",
};

// ---------------------------------------------------------------------------------------------
// Sections

export const SECTION_HEADINGS: Record<number, string> = {
  1: "一、总体情况",
  2: "二、主动公开政府信息情况",
  3: "三、收到和处理政府信息公开申请情况",
  4: "四、政府信息公开行政复议、行政诉讼情况",
  5: "五、存在的主要问题及改进情况",
  6: "六、其他需要报告的事项",
};

export const TABLE_SECTION: Record<1 | 2 | 3, number> = { 1: 2, 2: 3, 3: 4 };

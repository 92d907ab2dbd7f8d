/**
 * The ways people ask → figures of the template. One table per dimension, easy to extend: to
 * teach the bot a new phrasing, add it to the `say` list of the right entry.
 *
 * Matching (see `readMetric`): every phrase found in the question is a candidate; a phrase lying
 * inside a longer one that also matched is dropped (部分予以公开 ⊃ 予以公开, 未经复议直接起诉 ⊃
 * 复议); of the rest, the highest `rank` wins: a specific row or item (3) beats a group or result
 * (2), which beats 办理结果 (1.5) and the plain “how many applications” phrases (1, 0). So
 * “依申请公开” alone means new applications, while “依申请公开中不予公开” means refused.
 */
import type { Table2Group, Table3Column, Table3Group, TemplateId } from "../index/template.ts";
import { subRowsNamed } from "./sub-rows.ts";
import {
  ORGANIZATION_COLUMNS,
  TABLE2_GROUPS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUP_LABELS,
  resultRows,
  rowsOfGroup,
  table1Items,
} from "../index/template.ts";

export type Metric =
  | { table: "table2"; rows: string[]; label: string }
  /**
   * columnAsked: the question named the column (现行有效, 对外公开总数 …), so no other template's counterpart may stand in for it.
   * byMeasure: the column was read from the measure word alone (行政许可多少项: 项 is the 2019 template's 项目数量), so where
   * the template has no such column (2021: 行政许可 prints only 本年处理决定数量) the item's one count is what is asked.
   */
  | { table: "table1"; item: string; column: string; label: string; columnAsked?: boolean; byMeasure?: boolean }
  /** columns: two or more columns asked in one message (被复议几次，输了几次 → total and corrected; 维持和纠正各几件): each answered. */
  | { table: "table3"; groups: Table3Group[]; column: Table3Column; label: string; columns?: Table3Column[] };

/** What an entry points at before column words are applied. */
type Target =
  | { table: "table2"; rows: string[]; label: string }
  | { table: "table1"; item: string; column: string; label: string }
  | { table: "table3"; groups: Table3Group[]; label: string };

export interface LexEntry {
  say: string[];
  target: Target;
  rank: number;
}

const group = (g: Table2Group) => rowsOfGroup("2021", g);
const t2 = (rows: string[], label: string): Target => ({ table: "table2", rows, label });
const t1 = (item: string, column: string, label: string): Target => ({ table: "table1", item, column, label });
const t3 = (groups: Table3Group[], label: string): Target => ({ table: "table3", groups, label });

/** Every word of `a` followed by every word of `b` (and of `c`): the phrasings a verb, a count and a noun make together. */
const joined = (a: readonly string[], b: readonly string[], c: readonly string[] = [""]): string[] => a.flatMap((x) => b.flatMap((y) => c.map((z) => `${x}${y}${z}`)));

/**
 * 处理了多少申请, 答复了几件申请, 办完了多少: how many applications were dealt with is the 办理结果 total,
 * not 本年新收 (the carried-in ones are answered too). 办理了 only with 申请 (政协提案办理了多少 is a text count).
 */
const HANDLED = [
  ...joined(["处理了", "处理完", "答复了", "回复了", "办理了", "办完了", "办完", "办好了", "答复完"], ["多少", "多少件", "多少个", "几件", "几个"], ["申请", "政府信息公开申请", "信息公开申请"]),
  ...joined(["处理", "答复", "回复", "办理"], ["申请", "的申请", "了的申请", "过的申请"]),
  ...joined(["处理", "答复", "回复"], ["多少", "多少件", "多少个", "几件", "几个"], ["申请", "政府信息公开申请", "信息公开申请"]),
  // without 申请 only 办完 (信件答复了多少条 is the mailbox's count, a text figure)
  ...joined(["办完了", "办完"], ["多少件", "几件", "多少"]),
  "办完的", "申请处理了", "申请答复了", "申请办完", "处理了的申请", "答复了的申请",
];
/**
 * 没办完的, 未处理完: the handled phrases said with a negation are the unfinished ones (结转), never the
 * handled total; 收到和处理 (the section's heading) asks the applications received, not the handled ones alone.
 */
const NEGATED = /(?:没|没有|未|还没|还未|尚未|收到和|受理和|收到及|受理及|收到并|受理并)$/u;
/** Not finished (上一年没办完 → 上年结转; 没办完转到明年 → 结转下年度). */
const UNFINISHED = ["没办完", "没有办完", "未办完", "没办结", "没有办结", "未办结", "没处理完", "没有处理完", "未处理完"];
const NEXT_YEAR = ["明年", "下一年", "下年", "次年", "第二年"];
/** 没有这个信息, 查无此信息, 找不到相关信息: what the template calls 本机关不掌握相关政府信息. */
const NO_SUCH_INFO = [
  ...joined(["没有", "没", "无", "查无", "找不到", "查不到", "不存在", "未掌握", "没掌握"], ["这个", "这", "这些", "这条", "那个", "该", "此", "相关", "所需", "所需的", "要的", "申请的", "所申请的"], ["信息", "政府信息"]),
  "没掌握", "未掌握", "查无",
];
/** 发了几个文件, 发布了多少文件: the 行政规范性文件 made that year (本年制发; the column words say 制发). */
const ISSUED_FILES = [
  ...joined(["有效的", "现行有效的", "还有效的", "废止的", "废止了的", "失效的"], ["文件"]),
  ...joined(["废止了", "废止"], ["几个", "几件", "多少", "多少个", "多少件"]),
  ...joined(["发了", "发布了", "出台了", "印发了", "制发了", "下发了", "制定了"], ["几个", "几份", "几件", "多少", "多少个", "多少份", "多少件"], ["文件"]),
];
/** An organisation as applicant (单位申请了多少), never the bodies of a place (各单位, 哪个单位: understand.ts's). */
export const UNIT_APPLIES = ["单位申请", "单位提出", "单位提交", "单位递交", "单位的申请", "以单位名义"];

/** Phrases → figures. Table-2 row ids are the 2021 template's; see `table2RowsFor` for 2019. */
export const METRIC_LEXICON: LexEntry[] = [
  // Table 2 — how many applications (generic; any more specific phrase wins)
  { rank: 1, target: t2(["new"], "本年新收政府信息公开申请"), say: [
    "依申请公开", "依申请", "新收", "收到申请", "收到的申请", "收到多少申请", "申请数", "申请量", "申请件数",
    "申请总数", "政府信息公开申请", "信息公开申请", "公开申请", "受理申请", "受理",
  ] },
  { rank: 0, target: t2(["new"], "本年新收政府信息公开申请"), say: ["申请"] },
  { rank: 2, target: t2(["carried_in"], "上年结转政府信息公开申请"), say: ["上年结转", "上一年结转", "上年度结转", "从上年结转", "去年结转", "去年度结转", ...UNFINISHED.map((w) => `上一年${w}`), ...UNFINISHED.map((w) => `上年${w}`), ...UNFINISHED.map((w) => `去年${w}`)] },
  { rank: 2, target: t2(["carried_out"], "结转下年度继续办理"), say: ["结转下年", "结转到下", "结转至下", "继续办理", "结转", ...NEXT_YEAR.flatMap((y) => [`转到${y}`, `转入${y}`, `留到${y}`, `拖到${y}`, `${y}继续`, `${y}再办`]), ...UNFINISHED] },
  { rank: 2, target: t2(["results_total"], "办理结果总计"), say: ["办结", "办理结果总计", "办理总数", "答复总数", "办理完成", "处理完", ...HANDLED] },
  { rank: 1.5, target: t2(resultRows("2021"), "办理结果"), say: ["办理结果", "办理情况", "处理结果", "处理情况", "答复情况"] },
  { rank: 2, target: t2(["granted"], "予以公开"), say: ["予以公开", "同意公开", "全部公开", "准予公开"] },
  { rank: 2, target: t2(["partly_granted"], "部分公开"), say: ["部分公开", "部分予以公开", "区分处理"] },
  { rank: 2, target: t2(group("refused"), "不予公开"), say: ["不予公开", "不公开", "拒绝公开", "拒绝", "不给公开", "不让公开", "不同意公开", "没给公开", "没公开", "没有公开", "未公开", "未予公开", "驳回"] },
  { rank: 2, target: t2(group("unavailable"), "无法提供"), say: ["无法提供", "不能提供"] },
  { rank: 2, target: t2(group("not_processed"), "不予处理"), say: ["不予处理", "不处理"] },
  { rank: 2, target: t2(group("other"), "其他处理"), say: ["其他处理", "其他方式处理"] },
  // Table 2 — the reasons
  { rank: 3, target: t2(["refused.state_secret"], "不予公开（属于国家秘密）"), say: ["属于国家秘密", "国家秘密", "涉密"] },
  { rank: 3, target: t2(["refused.law_prohibited"], "不予公开（其他法律行政法规禁止公开）"), say: ["其他法律行政法规禁止公开", "法律行政法规禁止", "法规禁止", "禁止公开"] },
  { rank: 3, target: t2(["refused.security_stability"], "不予公开（危及“三安全一稳定”）"), say: ["危及“三安全一稳定”", "危及三安全一稳定", "三安全一稳定", "三安全", "一稳定", "危及"] },
  { rank: 3, target: t2(["refused.third_party"], "不予公开（保护第三方合法权益）"), say: ["保护第三方合法权益", "第三方合法权益", "第三方", "他人隐私", "个人隐私", "隐私"] },
  { rank: 3, target: t2(["refused.internal_affairs"], "不予公开（属于三类内部事务信息）"), say: ["属于三类内部事务信息", "三类内部事务", "内部事务信息", "内部事务"] },
  { rank: 3, target: t2(["refused.process_info"], "不予公开（属于四类过程性信息）"), say: ["属于四类过程性信息", "四类过程性信息", "过程性信息", "过程性"] },
  { rank: 3, target: t2(["refused.enforcement_file"], "不予公开（属于行政执法案卷）"), say: ["属于行政执法案卷", "行政执法案卷", "执法案卷"] },
  { rank: 3, target: t2(["refused.query_matter"], "不予公开（属于行政查询事项）"), say: ["属于行政查询事项", "行政查询事项", "查询事项"] },
  { rank: 3, target: t2(["unavailable.not_held"], "无法提供（本机关不掌握相关政府信息）"), say: ["本机关不掌握相关政府信息", "不掌握相关政府信息", "不掌握", "信息不存在", ...NO_SUCH_INFO] },
  { rank: 3, target: t2(["unavailable.needs_creation"], "无法提供（没有现成信息需要另行制作）"), say: ["没有现成信息需要另行制作", "需要另行制作", "另行制作", "没有现成"] },
  { rank: 3, target: t2(["unavailable.unclear"], "无法提供（补正后申请内容仍不明确）"), say: ["补正后申请内容仍不明确", "申请内容仍不明确", "仍不明确", "内容不明确"] },
  { rank: 3, target: t2(["not_processed.complaint"], "不予处理（信访举报投诉类申请）"), say: ["信访举报投诉类申请", "信访举报投诉", "信访", "举报投诉"] },
  { rank: 3, target: t2(["not_processed.duplicate"], "不予处理（重复申请）"), say: ["重复申请"] },
  { rank: 3, target: t2(["not_processed.publication"], "不予处理（要求提供公开出版物）"), say: ["要求提供公开出版物", "公开出版物", "出版物"] },
  { rank: 3, target: t2(["not_processed.excessive"], "不予处理（无正当理由大量反复申请）"), say: ["无正当理由大量反复申请", "大量反复申请", "大量反复", "反复申请", "太多次", "多次申请", "反复提", "反复要"] },
  { rank: 3, target: t2(["not_processed.confirmation"], "不予处理（要求行政机关确认或重新出具已获取信息）"), say: ["要求行政机关确认或重新出具已获取信息", "确认或重新出具", "重新出具", "确认或重新"] },
  { rank: 3, target: t2(["other.no_correction"], "其他处理（申请人逾期不补正）"), say: ["无正当理由逾期不补正", "逾期不补正", "不补正"] },
  { rank: 3, target: t2(["other.unpaid_fee"], "其他处理（申请人逾期未缴纳费用）"), say: ["逾期未按收费通知要求缴纳费用", "收费通知", "缴纳费用", "未缴费", "未缴纳", "没交钱", "没缴费", "没交费", "不交钱", "不交费", "没付钱", "不缴费"] },
  // Table 1
  { rank: 3, target: t1("rules", "in_force", "规章"), say: ["规章"] },
  { rank: 3, target: t1("normative", "in_force", "行政规范性文件"), say: ["行政规范性文件", "规范性文件", ...ISSUED_FILES] },
  { rank: 3, target: t1("licensing", "decisions", "行政许可"), say: ["行政许可", "许可", "审批"] },
  { rank: 3, target: t1("other_services", "decisions", "其他对外管理服务事项"), say: ["其他对外管理服务事项", "对外管理服务"] },
  { rank: 3, target: t1("penalty", "decisions", "行政处罚"), say: ["行政处罚", "处罚决定", "处罚", "罚了", "罚过", "罚的", "罚几", "罚多少", "被罚", "罚款"] },
  { rank: 3, target: t1("coercion", "decisions", "行政强制"), say: ["行政强制", "强制措施", "强制执行", "强制"] },
  { rank: 3, target: t1("fees", "amount_10k_yuan", "行政事业性收费"), say: ["行政事业性收费", "事业性收费", "收费金额", "收费"] },
  { rank: 3, target: t1("procurement", "count", "政府集中采购"), say: ["政府集中采购", "集中采购", "政府采购"] },
  // Table 3
  { rank: 3, target: t3(["review"], "行政复议"), say: ["行政复议", "复议"] },
  { rank: 3, target: t3(["suit_direct", "suit_after_review"], "行政诉讼"), say: ["行政诉讼", "诉讼", "起诉", "被告" /* not 被告知 (readMetric) */, "打官司", "官司", "被诉", "吃官司"] },
  { rank: 3, target: t3(["suit_direct"], TABLE3_GROUP_LABELS.suit_direct), say: ["未经复议直接起诉", "直接起诉", "未经复议"] },
  { rank: 3, target: t3(["suit_after_review"], TABLE3_GROUP_LABELS.suit_after_review), say: ["复议后起诉", "复议后提起诉讼", "复议后再起诉", "复议后又起诉", "复议后又去起诉", "复议后再去起诉", "复议后又提起诉讼", "复议之后起诉", "复议之后又起诉", "经复议后起诉"] },
];

/** Column words for table 1; a word only applies to items that have the column. */
export const TABLE1_COLUMN_WORDS: { column: string; say: string[] }[] = [
  { column: "issued", say: ["本年制发", "制发", "出台", "印发", "新发布", "发了", "发布了", "下发", "制定"] },
  { column: "repealed", say: ["废止", "失效"] },
  { column: "in_force", say: ["现行有效", "有效", "还在用", "仍有效"] },
  { column: "made", say: ["新制作", "制作"] },
  { column: "published", say: ["新公开"] },
  { column: "total_published", say: ["对外公开总数", "公开总数"] },
  { column: "decisions", say: ["处理决定", "决定数", "决定"] },
  { column: "count", say: ["采购项目数", "项目数量", "次数", "项目数", "采购数量"] },
  { column: "prev_items", say: ["上一年项目数", "上年项目数", "项目数量", "项目数", "项目个数", "项目有几", "项目有多少", "几个项目", "几项", "多少个项目", "多少项目", "多少项"] },
  { column: "change", say: ["增减", "增/减", "本年增"] },
  { column: "amount_10k_yuan", say: ["总金额", "金额", "万元", "多少钱"] },
];

export const TABLE3_COLUMN_WORDS: { column: Table3Column; say: string[] }[] = [
  { column: "upheld", say: ["结果维持", "维持", "胜诉", "赢了", "赢的", "赢过", "打赢", "赢几", "赢多少", "被维持"] },
  { column: "corrected", say: ["结果纠正", "纠正", "撤销", "败诉", "输了", "输的", "输过", "输掉", "打输", "输几", "输多少", "确认违法"] },
  { column: "other", say: ["其他结果"] },
  { column: "pending", say: ["尚未审结", "未审结", "审理中", "未结案"] },
  { column: "total", say: ["总计", "总数", "合计", "一共", "共计"] },
];

/** Applicant columns of table 2. 法人或其他组织 sums the five organisation columns. */
export const TABLE2_COLUMN_WORDS: { columns: readonly string[]; say: string[] }[] = [
  { columns: ["total"], say: ["单位和个人", "个人和单位", "单位及个人", "个人及单位", "单位与个人", "所有申请人", "全部申请人", "全体申请人"] },
  { columns: ["natural_person"], say: ["自然人", "公民", "个人", "群众", "老百姓", "市民", "居民"] },
  { columns: ["commercial"], say: ["商业企业", "企业"] },
  { columns: ["research"], say: ["科研机构", "科研"] },
  { columns: ["public_interest"], say: ["社会公益组织", "公益组织"] },
  { columns: ["legal_service"], say: ["法律服务机构", "律师事务所", "律师", "律所"] },
  { columns: ["other_org"], say: ["其他组织"] },
  { columns: ORGANIZATION_COLUMNS, say: ["法人或其他组织", "法人和其他组织", "法人及其他组织", "法人", "企业和单位", "单位和企业", "企业及单位", "企事业单位", "企业单位", ...UNIT_APPLIES] },
];

/** Whether text[start, end) lies in an applicant column's words (单位和个人, 企业和单位, 单位申请): not bodies of a place. */
export function inApplicantWords(text: string, start: number, end: number): boolean {
  return findPhrases(text, TABLE2_COLUMN_WORDS, () => null).some((m) => m.start <= start && m.end >= end && m.end - m.start > end - start);
}

/** Asking how applications split by applicant: itemise the six columns. */
export const APPLICANT_BREAKDOWN_WORDS = ["申请人构成", "申请人类型", "申请人分布", "申请人情况", "申请主体", "各类申请人", "按申请人", "申请人来源"];
export const APPLICANT_COLUMNS: readonly string[] = ["natural_person", ...ORGANIZATION_COLUMNS];

/** Words that set the kind of answer (see understand.ts for the precedence). */
export const KIND_WORDS = {
  comparison: ["对比", "比较", "相比", "相较", "比一比", "差多少", "差距", "区别", "vs", "versus", "pk"],
  superlative: ["最多", "最少", "最高", "最低", "最大", "最小", "较多", "较少", "更多", "更少", "第一"],
  ascending: ["最少", "最低", "最小", "较少", "更少", "倒数", "后三", "后五", "后十"],
  which: ["哪个", "哪些", "哪里", "哪家", "哪几", "哪一", "哪", "谁"],
  ranking: ["排名", "排行", "排序", "名次", "倒数"],
  /** The field a ranking runs over, named without a which-word (各地, 各区县, 各单位): one figure per body, ranked. */
  field: [
    "各地", "各地区", "各地方", "全国各地", "各区县", "各县区", "各县市区", "各县（市、区）", "各县(市、区)", "各市县", "各县市", "县市", "县（市）", "县(市)", "各县级市", "县级市", "县市区", "区县市", "区县（市）", "区县(市)", "区县", "县区",
    "各区", "各县", "各市", "各地市", "各城市", "各省", "各省份", "各乡镇", "各街道", "各镇", "各部门", "各单位", "各机关",
  ],
  trend: ["历年", "趋势", "变化", "逐年", "每年", "各年", "历史", "走势", "增长", "下降"],
  breakdown: ["办理结果", "构成", "分别", "明细", "各项", "分布", "各类", "组成", "办理情况", "处理情况", "详细"],
  reports: ["有哪些报告", "哪些报告", "已加载", "报告列表", "年报列表", "哪些年报", "有哪些年报", "加载了", "列表", "有什么报告", "收录"],
  help: ["帮助", "help", "怎么用", "如何使用", "使用说明", "使用方法", "你能做什么", "能问什么", "可以问什么", "能做什么"],
  /** Narrative questions: answered from the text even when a table phrase occurs. */
  searchCues: ["哪些方面", "集中在", "主要内容", "原因", "为什么", "措施", "做法", "举措", "存在的问题", "主要问题", "改进", "是否收取", "怎么做"],
  /** Words asking for a number. */
  quantity: ["多少", "几", "数量", "数目", "总数", "件数", "总计", "合计", "一共", "共计", "金额", "排名"],
} as const;

// ---------------------------------------------------------------------------------------------
// Matching

export interface PhraseMatch<T> {
  start: number;
  end: number;
  phrase: string;
  value: T;
}

/** Every occurrence of every phrase, then those inside a longer match dropped. */
export function findPhrases<T>(text: string, table: readonly { say: readonly string[] }[], valueOf: (i: number) => T): PhraseMatch<T>[] {
  const lower = text.toLowerCase();
  const all: PhraseMatch<T>[] = [];
  table.forEach((entry, i) => {
    for (const phrase of entry.say) {
      for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
        all.push({ start: at, end: at + phrase.length, phrase, value: valueOf(i) });
      }
    }
  });
  const kept = all.filter(
    (m) => !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
  );
  // The same span found through two entries (项目数量 → count and prev_items): keep both.
  return kept.sort((a, b) => a.start - b.start || b.end - a.end);
}

export interface MetricReading {
  metric: Metric | null;
  columns: string[];
  /** Applicant breakdown asked for (申请人构成 …): columns are the six applicant columns. */
  byApplicant: boolean;
  /** Character ranges the metric and column words took. */
  spans: [number, number][];
}

const TABLE1_COLUMNS = new Map<string, Map<string, string>>();
for (const template of ["2021", "2019"] as const) {
  for (const item of table1Items(template)) {
    const cols = TABLE1_COLUMNS.get(item.id) ?? new Map<string, string>();
    for (const c of item.columns) if (!cols.has(c.id)) cols.set(c.id, c.label);
    TABLE1_COLUMNS.set(item.id, cols);
  }
}

/** The metric, applicant columns and where they were said. */
export function readMetric(text: string): MetricReading {
  const spans: [number, number][] = [];
  const found = withSubRows(text, findPhrases(text, METRIC_LEXICON, (i) => METRIC_LEXICON[i] as LexEntry)).filter(
    (m) => !(HANDLED.includes(m.phrase) && NEGATED.test(text.slice(0, m.start))) && !(m.phrase === "被告" && text[m.end] === "知"),
  );
  let metric: Metric | null = null;
  if (found.length > 0) {
    const top = Math.max(...found.map((m) => m.value.rank));
    const best = found.filter((m) => m.value.rank === top);
    const first = best[0]?.value.target;
    // 属于信访举报投诉的: the template's reasons are said with 属于 (属于国家秘密), with or without it
    for (const m of found) spans.push([text.slice(m.start - 2, m.start) === "属于" ? m.start - 2 : m.start, m.end]);
    if (first?.table === "table2") {
      const same = best.map((m) => m.value.target).filter((t): t is Extract<Target, { table: "table2" }> => t.table === "table2");
      const rows = [...new Set(same.flatMap((t) => t.rows))];
      const labels = [...new Set(same.map((t) => t.label))];
      metric = { table: "table2", rows, label: labels.join("、") };
    } else if (first?.table === "table3") {
      const same = specificSuits(best.map((m) => m.value.target).filter((t): t is Extract<Target, { table: "table3" }> => t.table === "table3"));
      const groups = [...new Set(same.flatMap((t) => t.groups))];
      const asked = readTable3Columns(text, spans, Math.min(...best.map((m) => m.end)));
      const column = asked.length === 1 ? (asked[0] as Table3Column) : "total";
      const label = groups.length === 3 ? "行政复议、行政诉讼" : [...new Set(same.map((t) => t.label))].join("、");
      metric = { table: "table3", groups, column, label: column === "total" ? label : `${label} · ${TABLE3_COLUMN_LABELS[column]}`, ...(asked.length > 1 ? { columns: asked } : {}) };
    } else if (first?.table === "table1") {
      const said = readTable1Column(text, first.item, spans);
      const asked = said?.column ?? null;
      const column = asked ?? first.column;
      const columnLabel = TABLE1_COLUMNS.get(first.item)?.get(column) ?? column;
      metric = { table: "table1", item: first.item, column, label: `${first.label} · ${columnLabel}`, ...(asked ? { columnAsked: true } : {}), ...(said && MEASURE_ONLY.test(said.phrase) ? { byMeasure: true } : {}) };
    }
  }

  let columns: string[] = ["total"];
  let byApplicant = false;
  if (!metric || metric.table === "table2") {
    // 个人隐私 is the row's word (保护第三方合法权益), not an applicant; 各单位申请 names bodies, not applicants
    const colMatches = findPhrases(text, TABLE2_COLUMN_WORDS, (i) => TABLE2_COLUMN_WORDS[i]?.columns ?? []).filter(
      (c) => !found.some((m) => m.start <= c.start && m.end >= c.end && m.end - m.start > c.end - c.start) && !(c.phrase.startsWith("单位") && /(?:[各哪本该每些]|所有的?|全部的?)$/u.test(text.slice(0, c.start))),
    );
    const breakdown = findPhrases(text, APPLICANT_BREAKDOWN_WORDS.map((w) => ({ say: [w] })), () => true);
    if (breakdown.length > 0) {
      byApplicant = true;
      columns = [...APPLICANT_COLUMNS];
      for (const m of breakdown) spans.push([m.start, m.end]);
    } else if (colMatches.length > 0) {
      columns = [...new Set(colMatches.flatMap((m) => [...m.value]))];
      for (const m of colMatches) spans.push([m.start, m.end]);
    }
    // “商业企业有多少” names applicants: the question is about applications.
    if (!metric && (byApplicant || colMatches.length > 0)) metric = { table: "table2", rows: ["new"], label: "本年新收政府信息公开申请" };
  }
  return { metric, columns, byApplicant, spans };
}

/** Sub-rows named inside their group (其他处理中的“其他”, sub-rows.ts) join the matches as rows; the group's phrase inside one is dropped. */
function withSubRows(text: string, found: PhraseMatch<LexEntry>[]): PhraseMatch<LexEntry>[] {
  const subs = subRowsNamed(text);
  if (!subs.length) return found;
  const inside = (m: { start: number; end: number }) => subs.some((s) => s.start <= m.start && s.end >= m.end);
  const rows = subs.map((s) => ({ start: s.start, end: s.end, phrase: text.slice(s.start, s.end), value: { rank: 3, target: t2([s.row], s.label), say: [] } }));
  return [...found.filter((m) => !inside(m)), ...rows].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** “复议后起诉的行政诉讼”: the suit group named narrows 行政诉讼 (both suit groups) to itself. */
function specificSuits<T extends { groups: readonly Table3Group[] }>(targets: T[]): T[] {
  const named = targets.some((t) => t.groups.length === 1 && t.groups[0] !== "review");
  return named ? targets.filter((t) => t.groups.length === 1) : targets;
}

/**
 * The table-3 columns asked, in order (none: the total). Every column word counts (维持和纠正各几件);
 * a count asked of the group before the first column word (被复议几次，输了几次) asks its total too.
 */
function readTable3Columns(text: string, spans: [number, number][], groupEnd: number): Table3Column[] {
  const found = findPhrases(text, TABLE3_COLUMN_WORDS, (i) => TABLE3_COLUMN_WORDS[i]?.column ?? "total");
  for (const m of found) spans.push([m.start, m.end]);
  const columns = [...new Set(found.map((m) => m.value))];
  const first = found[0];
  if (first && first.value !== "total" && first.start > groupEnd && /多少|几/u.test(text.slice(groupEnd, first.start))) columns.unshift("total");
  return [...new Set(columns)];
}

/** A column phrase that is only the quantity word and its measure word (几项, 多少项). */
const MEASURE_ONLY = /^(?:几|多少)个?项$/u;

function readTable1Column(text: string, item: string, spans: [number, number][]): { column: string; phrase: string } | null {
  const valid = TABLE1_COLUMNS.get(item);
  const m = findPhrases(text, TABLE1_COLUMN_WORDS, (i) => TABLE1_COLUMN_WORDS[i]?.column ?? "").find((x) => valid?.has(x.value));
  if (!m) return null;
  spans.push([m.start, m.end]);
  return { column: m.value, phrase: text.slice(m.start, m.end) };
}

// ---------------------------------------------------------------------------------------------
// Mapping a metric onto a report's template

/**
 * Table-2 rows of a metric as the report's template has them: the 2019 template has one row
 * “other” instead of other.no_correction / other.unpaid_fee / other.other. It stands for all three
 * only: one of them asked (其他处理中的“其他”) stays a row the 2019 report does not have, never its
 * group's sum.
 */
export function table2RowsFor(rows: readonly string[], template: TemplateId): string[] {
  const allOther = rowsOfGroup("2021", "other").every((r) => rows.includes(r));
  const out = rows.flatMap((r) => {
    if (template === "2019" && r.startsWith("other.")) return allOther ? ["other"] : [r];
    if (template === "2021" && r === "other") return rowsOfGroup("2021", "other");
    return [r];
  });
  return [...new Set(out)];
}

/** Columns that mean nearly the same in the other template (制发 ≈ 新制作, 现行有效 ≈ 对外公开总数). */
const TABLE1_EQUIVALENT: Record<string, string> = {
  issued: "made",
  made: "issued",
  in_force: "total_published",
  total_published: "in_force",
};

/**
 * The table-1 column to read in a report of `template`: the metric's column when the template
 * has it for this item, else its counterpart in the other template, else null (the template
 * does not have the figure, e.g. 收费金额 in a 2019 report).
 */
export function table1ColumnFor(item: string, column: string, template: TemplateId): string | null {
  const def = table1Items(template).find((i) => i.id === item);
  if (!def) return null;
  if (def.columns.some((c) => c.id === column)) return column;
  const alt = TABLE1_EQUIVALENT[column];
  return alt && def.columns.some((c) => c.id === alt) ? alt : null;
}

/** The printed label of a table-2 group, for breakdowns that itemise by group (“（三）不予公开”). */
export function table2GroupLabel(groupId: Table2Group): string {
  return TABLE2_GROUPS[groupId].label;
}

/**
 * A qualifier that narrows a count to a kind of it. “未发生因政府信息公开申请引起的行政复议” is the
 * year's 行政复议 (none); “未发生因答复超期引发的行政复议” is only the reviews caused by late replies —
 * a report with three reviews for other causes prints it truthfully. The words between the verb (or
 * the negation) and the noun decide: made only of the domain's own words (the disclosure work, its
 * applications and replies, a cause word, 的), they name the whole; any other word (超期, 逾期, 不动产登记,
 * 个人隐私) names a part, and the statement is not the table's figure.
 */

/** Words that qualify nothing: the domain itself, cause and link words, the body calling itself. */
const WHOLE = new RegExp(
  [
    "政府信息公开",
    "信息公开",
    "政务公开",
    "依申请公开",
    "政府信息",
    "信息",
    "公开",
    "政府",
    "行政",
    // the other case kind named beside it (“未有因信息公开引起的行政复议及行政诉讼”)
    "复议",
    "诉讼",
    "申请人",
    "申请",
    "工作",
    "事项",
    "答复",
    "不服",
    "方面",
    "有关",
    "相关",
    "涉及",
    "关于",
    "针对",
    "由于",
    "因为",
    "因",
    "由",
    "引起",
    "引发",
    "导致",
    "产生",
    "发生",
    "出现",
    "提起",
    "提出",
    "被",
    "而",
    "的",
    "任何",
    "过",
    "新增",
    "新",
    // “未接到群众主动要求公开政府信息的申请”: what an application is, not a kind of it
    "(?:主动)?要求",
    "社会公众",
    // “未收到来自公民、法人或者其他组织对依申请公开…的申请”: where applications come from, every kind of applicant
    "来自",
    "公众",
    "群众",
    "案件",
    "情况",
    "全年",
    "本年度?",
    "年度",
    "依法",
    "[我本](?:机关|单位|部门|局|委|办|厅|中心|镇|乡|街道|区|县|市)",
    // the other case kind's own count between (“因依申请公开产生行政复议案件2件和行政诉讼案件7件”)
    "\\d[\\d,]*(?:件|起|宗)",
    "[和或及与对向、，,\\s]",
  ].join("|"),
  "gu",
);

/** The cause verb that ends a cause (因…引发), the list after it the effects named beside the noun. */
const CAUSED = /引起|引发|导致|产生|发生/gu;

/**
 * The words that narrow the count, or null when the qualifier only names the domain (or is empty).
 * Other effects listed before the noun after the cause (“因政府信息公开工作引发举报、投诉、提起行政诉讼”)
 * are its siblings, not its qualifiers.
 */
export function narrowedBy(qualifier: string): string | null {
  const verb = [...qualifier.matchAll(CAUSED)].at(-1);
  const end = verb ? verb.index + verb[0].length : 0;
  const own = qualifier.slice(0, end) + qualifier.slice(end).replace(/^(?:[^、，,]{1,6}、)+/u, "");
  const rest = own.replace(WHOLE, "");
  return /\p{Script=Han}/u.test(rest) ? rest : null;
}

/** Where a stated count's own qualifier starts: the last cause or topic word (因…, 涉及…) before its noun. */
const QUALIFIER = /因|由于|涉及|针对|关于/gu;

/**
 * The narrowing words in a clause stating a count, looked for from the last cause or topic word
 * before `noun` (“收到涉及不动产登记的信息公开申请5件” → 不动产登记); null for a clause without one.
 */
export function narrowedClause(clause: string, noun: RegExp): string | null {
  const at = clause.search(noun);
  if (at < 0) return null;
  const head = clause.slice(0, at);
  const from = [...head.matchAll(QUALIFIER)].at(-1)?.index;
  return from === undefined ? null : narrowedBy(head.slice(from));
}

/**
 * A table-2 sub-row named inside its group: 其他处理中的“其他” is （六）其他处理 · 3.其他, 不予公开中的
 * 第3项 is （三）不予公开 · 3.危及“三安全一稳定”. The group's own phrase (其他处理) is in the lexicon, so
 * without this the group's sum was answered for the one row asked (其他处理：15 件 for a 3.其他 of
 * 14). Rows with words of their own (国家秘密, 不补正) are the lexicon's; here is only what needs the
 * group to be read: the bare 其他 of （六）其他处理 and a sub-row by its number.
 *
 * A bare 其他 that no group places (赣州市2023年其他有几件, 不予公开中的其他) is asked back
 * (`whichOther`): it may be （六）其他处理, its row 3.其他, the applicant column 其他, or a row whose
 * label begins with 其他 (2.其他法律行政法规禁止公开).
 */
import type { Answer, Report } from "../index/schema.ts";
import { rowsOfGroup, table2RowDef, TABLE2_GROUPS, type Table2Group } from "../index/template.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";

/** The group phrases of table 2 (as the lexicon has them), by group. */
const GROUP_SAID: [Table2Group, string][] = [
  ["refused", "不予公开|不公开"],
  ["unavailable", "无法提供|不能提供"],
  ["not_processed", "不予处理|不处理"],
  ["other", "其他处理|其他方式处理"],
];

const NUMERAL = "一二三四五六七八";
/** Between a group and its row: 中的, 里面, 项下, ·, a colon … (the question is NFKC-normalised). */
const GAP = String.raw`(?:[的之中里下内\s·・:、()]|当中|里面|项下|下面|这一项|一项){0,4}`;
/** A row's number after its group: 第3项, 第三类, 3., 3、 */
const ORDINAL = String.raw`(?:第\s*([1-8${NUMERAL}])\s*(?:小项|项|类|种|个|行|条)?|([1-8])\s*[.、)])`;
/** 其他 as a row of its own, not the start of another word (其他处理, 其他法律…, 其他组织, 其他结果). */
const OTHER = String.raw`["“”'‘’「」『』]?其他(?!处理|方式|法律|组织|结果|对外)(?:情形|情况|原因|这一项|一项|项)?["“”'‘’「」『』]?`;

const PATTERNS = GROUP_SAID.map(([group, said]) => ({
  group,
  other: group === "other" ? new RegExp(`(?:${said})${GAP}(?:${ORDINAL}\\s*)?${OTHER}`, "gu") : null,
  ordinal: new RegExp(`(?:${said})${GAP}${ORDINAL}`, "gu"),
}));

export interface SubRowMatch {
  start: number;
  end: number;
  row: string;
  label: string;
}

const numberOf = (said: string): number => ("12345678".includes(said) ? Number(said) : NUMERAL.indexOf(said) + 1);

/** The label answers carry: （六）其他处理 · 3.其他. */
export function subRowLabel(row: string): string {
  const def = table2RowDef(row);
  return def?.group ? `${TABLE2_GROUPS[def.group].label.replace(/^（.）/u, "")}（${def.label.replace(/^\d\./u, "")}）` : (def?.label ?? row);
}

/** Sub-rows the text names inside their group, with where they were said. */
export function subRowsNamed(text: string): SubRowMatch[] {
  const out: SubRowMatch[] = [];
  for (const p of PATTERNS) {
    const rows = rowsOfGroup("2021", p.group);
    for (const m of p.other ? text.matchAll(p.other) : []) {
      out.push({ start: m.index, end: m.index + m[0].length, row: "other.other", label: subRowLabel("other.other") });
    }
    for (const m of text.matchAll(p.ordinal)) {
      if (out.some((o) => o.start <= m.index && o.end > m.index)) continue;
      const row = rows[numberOf(m[1] ?? m[2] ?? "") - 1];
      if (row) out.push({ start: m.index, end: m.index + m[0].length, row, label: subRowLabel(row) });
    }
  }
  return out;
}

/** 其他类信息, 其他类, 其他政府信息: 其他 as a kind of information, not of a request's outcome or applicant. */
const INFORMATION_KIND = /其他(?:类|(?:政府|公开|政务)?信息)/u;

/** A bare 其他 left over: the question says 其他 and nothing placed it. */
const BARE_OTHER = /^其他(?:的|情形|情况|类|项|一项)?$/u;

/**
 * “…其他有几件”, “不予公开中的其他”: which 其他 is meant is asked back with the rows and the column
 * it may be, each written as a question the bot answers; null when the question is not about it.
 */
export function whichOther(question: string, q: Question, report: Report): Answer | null {
  // only a question whose one unexplained word is 其他 (主动公开其他信息 is the narrative's)
  if (!q.keywords.length || !q.keywords.every((k) => BARE_OTHER.test(k))) return null;
  if (q.metric && q.metric.table !== "table2") return null;
  // 其他类信息, 其他信息: a kind of information published (主动公开's 机构职能类…其他类信息18条), the text's — no row of table 2
  if (!q.metric && INFORMATION_KIND.test(q.text)) return null;
  const who = `${q.agencies[0]?.text ?? whose(report)}${report.year}年`;
  const rows = q.metric?.table === "table2" ? q.metric.rows.join() : "";
  const group = rows ? (Object.keys(TABLE2_GROUPS) as Table2Group[]).find((g) => rowsOfGroup("2021", g).join() === rows) : undefined;
  const choices: string[] = [];
  let where = "";
  if (group && group !== "other") {
    // the group's own rows whose label starts with 其他 (2.其他法律行政法规禁止公开), then the group whole
    const near = rowsOfGroup("2021", group).map((r) => table2RowDef(r)?.label ?? "").filter((l) => /^\d\.其他/u.test(l));
    for (const label of near) choices.push(`${who}${TABLE2_GROUPS[group].keys[0]}中的${label.replace(/^\d\./u, "")}多少件`);
    choices.push(`${who}${TABLE2_GROUPS[group].keys[0]}多少件`);
    where = `${TABLE2_GROUPS[group].label}中没有名为“其他”的一项${near.length ? `（有“${near.join("”“")}”）` : ""}。`;
  } else choices.push(`${who}其他处理多少件`);
  choices.push(`${who}其他处理中的“其他”多少件`);
  if (!group) choices.push(`${who}其他组织提出的申请多少件`);
  const text = `${where}“其他”在表二中可以指（六）其他处理（各项之和）、其中的“3.其他”一行${group ? "" : "，或申请人中的“其他”组织"}，数字各不相同。您问的是哪一个？`;
  return { question, status: "clarify", kind: "figure", figures: [], quotes: [], notes: [], choices, text };
}

/**
 * A total or a ranking asked of a group of bodies (一共, 合计, 哪个…最多, 排名 beside 部门, 单位, 机关,
 * 委办局 …) that understanding did not read as a field (who.ts POOL_WORDS): never answered with one
 * body's figure — what was not understood is said instead.
 */
import { SUM } from "./sum-asked.ts";
import type { Question } from "./understand.ts";

/** Words asking for an order of several bodies. */
const RANKS = /哪|谁|最[多少高低大小]|排名|排行|排序|倒数/u;
/** A word for several bodies, with the characters right before it that qualify it (省直部门, 教育部门). */
const GROUP = /\p{Script=Han}{0,3}?(?:部门|单位|机关|委办|厅局|科室)/u;

/** The group word said (省直部门) when the question asks a total or a ranking over a group not read as one; else null. */
export function unreadGroup(q: Question): string | null {
  if (q.kind === "ranking" || q.bodies || !(SUM.test(q.text) || RANKS.test(q.text))) return null;
  // names (霖江省人民政府办公厅) and the figure's words (行政机关负责人) are not a group
  const taken = [...q.agencies.map((m) => m.text), ...(q.figureSpans ?? []).map(([s, e]) => q.text.slice(s, e))];
  let rest = q.text;
  for (const t of taken) if (t) rest = rest.replace(t, " ");
  return GROUP.exec(rest)?.[0] ?? null;
}

/** The answer's words for a group not understood. */
export function unreadGroupText(said: string, total: boolean): string {
  return `问题问的是多个机关（“${said}”）的${total ? "合计" : "比较"}，但没有读懂是哪些机关；不会用某一个机关的数字代替。请写明地方和范围，例如“某省各部门”“某市市直部门”“某县各乡镇”。`;
}

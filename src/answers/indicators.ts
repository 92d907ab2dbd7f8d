/**
 * Questions about a quantity that is not a printed count (see quantity.ts): rates, shares,
 * changes from the year before, averages. Such a question gets that quantity, computed with its
 * formula shown, or a plain “not supported” naming the quantity and what can be given instead —
 * never the count its words also name.
 */
import type { Answer } from "../index/schema.ts";
import type { ReportStore } from "../store/store.ts";
import { QUANTITY_NAMES } from "./quantity.ts";
import type { AgencyName, Question } from "./understand.ts";

/** What the answerer knows of the corpus, as the indicators need it. */
export interface IndicatorCtx {
  store: ReportStore;
}

/**
 * The answer to a question that asks for a quantity, or null when it asks for none. A question
 * on why a rate is what it is gets the rate too: passages alone would leave the count's answer.
 */
export function quantityAnswer(_ctx: IndicatorCtx, question: string, q: Question, agencies: AgencyName[]): Answer | null {
  const ask = q.quantity;
  if (!ask) return null;
  return unsupported(question, q, agencies);
}

function unsupported(question: string, q: Question, agencies: AgencyName[]): Answer {
  const ask = q.quantity;
  const who = agencies[0]?.region ?? "";
  const year = q.years[0] ? `${q.years[0]}年` : "";
  const instead = q.metric
    ? `可以给出报告印出的数字，例如“${who}${year}${q.metric.label.split(" · ")[0]}多少件”。`
    : `可以给出报告印出的数字，例如“${who}${year}予以公开多少件”“${who}${year}办理结果总计”。`;
  const text = `您问的是“${ask?.phrase ?? ""}”，这是${QUANTITY_NAMES[ask?.kind ?? "ratio"]}，不是报告里印出的一个数字；目前还不能计算这一项，不用别的数字代替。${instead}`;
  return { question, status: "not_found", kind: q.kind === "search" ? "figure" : q.kind, figures: [], quotes: [], notes: [], choices: [], text };
}

/**
 * Questions about the last answer itself, in a chat: “原文在哪 / 原文呢 / 出处” (its quotes and where
 * each stands), “为什么这么多” (what the report itself says of the figure — a report prints figures
 * and seldom their reasons: the bot says so, and gives the year before for scale, never a guess),
 * “为什么正文和表格不一样” (the broken rules of the last answer's report, as /check finds them, and
 * what such a difference can and cannot tell). Answered from what the chat remembers of the last
 * answer; without one, the message is asked as an ordinary question.
 */
import type { Answer, AnswerFigure, Quote, Report } from "../index/schema.ts";
import { checkLine } from "../index/checks.ts";
import { reasonsFor } from "../answers/reasons.ts";
import { figureLabel, formatValue } from "./render.ts";
import type { Block, Core, Reply } from "./types.ts";

/** What a chat keeps of its last answer, for questions about it. */
export interface LastAnswer {
  question: string;
  figures: AnswerFigure[];
  quotes: Quote[];
}

export type MetaAsk = "source" | "why" | "mismatch";

const END = String.raw`(?:呢|啊|吗|呀)?[?？。!！]*$`;
/** 原文在哪, 原文呢, 出处是什么, 这个数字从哪来的, 在哪看到的. */
const SOURCE = new RegExp(
  String.raw`^(?:那|那么)?(?:这个?|这些|该|上面的?|刚才的?)?(?:数字|数据|数|回答|答案)?(?:的)?(?:原文|出处|来源|依据|原话)(?:在哪(?:里|儿)?|是什么|是哪(?:里|句|儿)?|给我看看|看一下|发一下|有吗)?${END}` +
    String.raw`|^(?:这个?|该)?(?:数字|数据|数)?(?:是)?(?:从哪(?:里|儿)?来的|出自哪(?:里|儿)?|在哪(?:里|儿)?(?:看|找|查)到的)${END}`,
  "u",
);
/** 为什么这么多, 为啥这么少, 怎么这么高, 为什么增加了; 为什么, 原因呢 alone. */
const WHY = new RegExp(
  String.raw`^(?:那|那么)?(?:为什么|为啥|怎么|咋)(?:会)?(?:这么|那么|这样|如此)?(?:多|少|高|低|大|小|增加|减少|上升|下降|变多|变少|涨|降)(?:了)?${END}` +
    // 为什么, 为啥, 原因呢, 什么原因, 原因是什么, 怎么回事: said alone, it asks why of the last answer
    String.raw`|^(?:那|那么)?(?:是)?(?:为什么|为啥|什么原因|啥原因|原因(?:是什么|是啥|在哪)?|怎么回事)${END}`,
  "u",
);
/** 为什么正文和表格不一样, 正文跟表二对不上是怎么回事. */
const MISMATCH = /(?:正文|文字|文中|前面的文字)(?:和|与|跟)(?:表格?|表[一二三123])[^。？?]{0,6}(?:不一样|不一致|不同|对不上|不符|有出入)/u;

/** Which question about the last answer the message asks, if any. */
export function metaAsked(text: string): MetaAsk | null {
  const t = text.trim();
  if (MISMATCH.test(t)) return "mismatch";
  if (SOURCE.test(t)) return "source";
  if (WHY.test(t)) return "why";
  return null;
}

const para = (text: string, bold = false): Block => ({ kind: "paragraph", spans: [{ text, bold }] });

/** The reply about the last answer. */
export async function metaReply(ask: MetaAsk, last: LastAnswer, core: Pick<Core, "reportsOf" | "answer">, lastQuestion?: string): Promise<Reply> {
  if (ask === "source") return sourceReply(last);
  const report = await reportOf(last, core);
  if (ask === "mismatch") return mismatchReply(last, report);
  return whyReply(last, report, core, lastQuestion);
}

function sourceReply(last: LastAnswer): Reply {
  const blocks: Block[] = [para(`上一个问题“${last.question}”的出处：`, true)];
  for (const f of last.figures.slice(0, 3)) blocks.push({ kind: "figure", label: figureLabel(f), value: formatValue(f.value, f.unit) }, { kind: "source", text: f.source });
  for (const q of last.quotes.slice(0, 3)) {
    blocks.push({ kind: "quote", text: q.text });
    if (q.cell) blocks.push({ kind: "note", tone: "info", text: `表中位置：${q.cell}` });
    // a quote of the figure's own row and section: its place is the figure's source, said above
    const said = last.figures.some((f) => f.source.includes(`《${q.report}》`) && f.source.includes(q.section));
    if (!said) blocks.push({ kind: "source", text: [`《${q.report}》`, q.section].filter(Boolean).join(" ") });
  }
  if (!last.quotes.length) blocks.push(para(last.figures.length ? "这个回答没有可引用的原文，数字的位置见上。" : "上一个回答没有引用报告原文。"));
  return { title: "原文与出处", blocks };
}

/** The report the last answer is about: its first figure's, else its first quote's. */
async function reportOf(last: LastAnswer, core: Pick<Core, "reportsOf">): Promise<Report | undefined> {
  const f = last.figures[0];
  if (f) return (await core.reportsOf(f.agency)).find((r) => r.year === f.year);
  return undefined;
}

function mismatchReply(last: LastAnswer, report: Report | undefined): Reply {
  if (!report) return { title: "正文与表格", blocks: [para("上一个回答没有出自某一份报告的数字，无法说明正文与表格的差异。可以用 /check 机关 年份 查看一份报告的核对明细。")] };
  const broken = report.checks.filter((c) => !c.holds);
  const text = broken.filter((c) => c.rule === "text_vs_table");
  const blocks: Block[] = [para(`《${report.title}》的核对结果：`, true)];
  if (!broken.length) {
    blocks.push(para(`这份报告的 ${report.checks.length} 条勾稽规则全部成立，没有发现正文与表格不一致。`));
    return { title: "正文与表格", blocks };
  }
  blocks.push({ kind: "list", items: (text.length ? text : broken).map((c) => [{ text: checkLine(c) }]) });
  if (text.length) {
    blocks.push(
      para(
        "两个数字都是报告自己印的：回答中的数字取自表格（模板规定的统计口径），正文是起草时写的概述。差异可能来自笔误，也可能是口径不同（例如把上年结转的申请也算进“收到”）或统计截止时间不同；报告没有说明是哪一种，哪个数字正确只能由发布机关确认。",
      ),
    );
  } else blocks.push(para("正文与表格没有发现不一致；上面是表格自身的数字对不上的地方。"));
  blocks.push({ kind: "choices", items: [`/check ${report.agency} ${report.year}`] });
  return { title: "正文与表格", blocks };
}

/** A figure that is a change between years (比上年增减, 增长), not a count. */
const CHANGE = /增减|增长|减少|变化|同比/u;

async function whyReply(last: LastAnswer, report: Report | undefined, core: Pick<Core, "answer">, lastQuestion?: string): Promise<Reply> {
  const f = last.figures[0];
  if (!f || !report) return { title: "原因", blocks: [para("上一个回答没有一个数字，无法说明原因。")] };
  const label = f.label;
  const blocks: Block[] = [para(`${figureLabel(f)}：${formatValue(f.value, f.unit)}`, true)];
  // the report's own words on why, in sentences that speak of the figure's subject (answers/reasons.ts)
  const reasons = reasonsFor(report, label);
  if (reasons.length) {
    blocks.push(para("报告中说到原因的原文："));
    for (const q of reasons) blocks.push({ kind: "quote", text: q.text }, { kind: "source", text: `《${q.report}》${q.section}` });
  } else blocks.push(para(`《${report.title}》${f.source.includes("计算") ? "" : "只印了这个数字，"}没有写明原因；这里不推测原因。`));
  // a change worked out from two years: those two figures are its scale (asking “the year before”
  // of it would give the change a year earlier, read as a figure: “2023 年为 -4 件（增加 5 件）”)
  const parts = CHANGE.test(label) ? last.figures.filter((x) => x !== f && x.agency === f.agency && !CHANGE.test(x.label)) : [];
  if (CHANGE.test(label)) {
    if (parts.length) blocks.push(para(`两年的数字：${parts.map((x) => `${x.year} 年 ${formatValue(x.value, x.unit)}`).join("，")}。`));
  } else if (lastQuestion && /(?:19|20)\d{2}/u.test(lastQuestion)) {
    // the year before, for scale
    const before = await core.answer(lastQuestion.replace(/(?:19|20)\d{2}/u, String(f.year - 1)));
    const b = before.status === "answered" ? before.figures.find((x) => x.agency === f.agency && x.year === f.year - 1 && x.label === label) : undefined;
    if (b) blocks.push(para(`作为参照：${f.year - 1} 年为 ${formatValue(b.value, b.unit)}（${b.value === f.value ? "持平" : b.value < f.value ? `增加 ${formatValue(Math.round((f.value - b.value) * 100) / 100, f.unit)}` : `减少 ${formatValue(Math.round((b.value - f.value) * 100) / 100, f.unit)}`}）。`));
  }
  return { title: "原因", blocks };
}

/** The answer's parts a chat keeps for questions about it. */
export function lastAnswerOf(answer: Answer): LastAnswer | undefined {
  if (answer.status !== "answered") return undefined;
  return { question: answer.question, figures: answer.figures.slice(0, 3), quotes: answer.quotes.slice(0, 3) };
}

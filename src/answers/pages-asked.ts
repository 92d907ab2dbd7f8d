/**
 * 报告一共几页, 第2页是什么, 在第几页: the bot keeps a report's text, tables and sections, never its
 * pages (a web page has none; a PDF's page breaks, running heads and page numbers are dropped while
 * it is read). So a page is never answered: not with the report's main figures, which a question
 * naming no figure gets otherwise, and never with a number read off a footer (第 2 页 共 3 页).
 */
import type { Answer, Report } from "../index/schema.ts";
import type { Question } from "./understand.ts";
import { whose } from "./who.ts";

/** 几页, 多少页, 页数, 页码, 第2页, 第几页, 哪一页. */
const PAGE = /[几多少]\s*页|页\s*数|页码|第\s*[\d一二三四五六七八九十几]+\s*页|哪一?页/u;

/** Whether the question asks about the report's pages. */
export function pagesAsked(q: Question): boolean {
  return PAGE.test(q.text);
}

/** Said after a figure whose page was asked: its place is the section, table, row and column. */
export const PAGE_NOTE = "报告的页码读不到（读取时不保留分页），数字的位置以上面的来源为准：哪一节、哪张表、哪一行哪一列。";

/** not_found: what the bot does not know of pages, and what can be asked instead. */
export function pagesAnswer(question: string, report: Report, notes: string[]): Answer {
  const who = `${whose(report)}${report.year}年`;
  const text = [
    `《${report.title}》的页数和每一页的内容读不到：报告按文字读入，网页没有页，PDF 的分页和页码在读取时去掉了。`,
    `可以问报告里的数字或某一部分，例如“${who}依申请公开多少件”“${who}存在的主要问题”，或用 /check ${report.agency} ${report.year} 查看这份报告读到的内容。`,
    ...notes.map((n) => `注：${n}`),
  ].join("\n");
  return { question, status: "not_found", kind: "search", figures: [], quotes: [], notes, choices: [], text };
}

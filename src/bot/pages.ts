/**
 * Long lists (/reports, /check) a page at a time, with “上一页 / 下一页” choices that send the
 * command again with “第N页”, instead of a dozen messages or a card cut at its size limit.
 */
import type { Block } from "./types.ts";

export const PAGE_SIZE = 20;

/** “第2页”, “第 2 页”, “p2” at the end of a command's arguments → page 2 and the rest. */
export function pageArg(args: string): { page: number; rest: string } {
  const m = /(?:^|\s)(?:第\s*(\d{1,4})\s*页|p(\d{1,4}))\s*$/iu.exec(args);
  if (!m) return { page: 1, rest: args };
  return { page: Math.max(1, Number(m[1] ?? m[2])), rest: args.slice(0, m.index).trim() };
}

export function pageOf<T>(items: T[], requested: number, size = PAGE_SIZE): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const page = Math.min(Math.max(1, Math.floor(requested) || 1), pages);
  return { items: items.slice((page - 1) * size, page * size), page, pages };
}

/** The previous/next page buttons for `command` (e.g. “/check 浔阳区 2023”), or null for one page. */
export function pageChoices(command: string, page: number, pages: number): Block | null {
  if (pages <= 1) return null;
  const items: string[] = [];
  const labels: string[] = [];
  if (page > 1) {
    items.push(`${command} 第${page - 1}页`);
    labels.push(`‹ 上一页（${page - 1}/${pages}）`);
  }
  if (page < pages) {
    items.push(`${command} 第${page + 1}页`);
    labels.push(`下一页（${page + 1}/${pages}）›`);
  }
  return { kind: "choices", items, labels };
}

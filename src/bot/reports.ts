/**
 * Loaded reports as replies: the one-line consistency summary (/reports, uploads), finding a report
 * by agency/region prefix and year (/check), and a report's consistency results.
 */
import { cellLabel, unsureCells } from "../index/readings.ts";
import type { LoadError, Report } from "../index/schema.ts";
import { unreadableFiles, unreadableNote } from "../index/unreadable.ts";
import { checkLine, groupedWarnings, TABLE_NAMES, uncheckedTables } from "../index/checks.ts";
import { PAGE_SIZE, pageChoices, pageOf } from "./pages.ts";
import { directory, resolveName } from "../index/agency/resolve.ts";
import { lineCandidates, renamedLine } from "../index/agency/successions.ts";
import { understand, type AgencyName } from "../answers/understand.ts";
import { notLoadedText, whose } from "../answers/who.ts";
import type { Catalogue } from "./catalogue.ts";
import type { Block, ListedOnPage, Reply, ReportHead } from "./types.ts";
import { acrossYearsLines, type AcrossYears } from "../index/across-years.ts";


/** A report as the list shows it: the counts of its checks, repairs and warnings (the page need not hold it whole). */
export function onPage(r: Report): ListedOnPage {
  return { file: r.file, agency: r.agency, year: r.year, template: r.template, checks: r.checks.length, broken: r.checks.filter((c) => !c.holds).length, repairs: r.repairs.length, warnings: r.warnings.length };
}

/** “✅ 勾稽一致（32 条）”, “⚠️ 2 处不一致 · 已修复 1 处”, “未核对”. */
export function consistencySummary(r: Pick<ListedOnPage, "checks" | "broken" | "repairs" | "warnings">): string {
  const parts: string[] = [];
  if (!r.checks) parts.push("未核对");
  else if (r.broken === 0) parts.push(`✅ 勾稽一致（${r.checks} 条）`);
  else parts.push(`⚠️ ${r.broken} 处不一致（共 ${r.checks} 条）`);
  if (r.repairs) parts.push(`已修复 ${r.repairs} 处`);
  if (r.warnings) parts.push(`${r.warnings} 条提示`);
  return parts.join(" · ");
}

export type Resolved = { kind: "one"; report: ReportHead } | { kind: "reply"; reply: Reply };

const collator = new Intl.Collator("zh");
/** The report list's order, made once per heads array: by agency (Chinese collation), then year. */
const ordered = new WeakMap<readonly ReportHead[], ReportHead[]>();

/** One page of the report list: the heads on it, the page (kept in range) and how many pages. */
export function listPage<T extends ReportHead>(heads: readonly T[], requested: number, size = PAGE_SIZE): { heads: T[]; page: number; pages: number; total: number } {
  let list = ordered.get(heads) as T[] | undefined;
  if (!list) ordered.set(heads, (list = [...heads].sort((x, y) => collator.compare(x.agency, y.agency) || x.year - y.year)));
  const { items, page, pages } = pageOf(list, requested, size);
  return { heads: items, page, pages, total: list.length };
}

/** /check without a name: its usage, the example a loaded report (the first in load order that has a name). */
async function usage(catalogue: Pick<Catalogue, "heads">): Promise<Reply> {
  const first = (await catalogue.heads({ limit: 12 })).find((h) => !h.agency.startsWith("机关不明"));
  const example = first ? `/check ${whose(first)} ${first.year}` : "/check 浔阳区 2023";
  return { title: "用法", blocks: [{ kind: "paragraph", spans: [{ text: `用法：/check 机关或地区 年份，例如 ${example}。发送 /reports 查看已读取的报告。` }] }] };
}

/**
 * Find the report `/check` means. The name goes through the one name resolver (full name, short
 * names, abbreviations, a place for its government, traditional characters, pinyin); failing
 * that, a report whose name or title contains the text. Several agencies, or several years
 * without a year given, → ask back with ready-to-send choices.
 */
export async function resolveReports(catalogue: Pick<Catalogue, "names" | "heads">, args: string, loadErrors: readonly LoadError[] = []): Promise<Resolved> {
  const yearMatch = /(?:19|20)\d{2}/.exec(args);
  const year = yearMatch ? Number(yearMatch[0]) : undefined;
  const q = args.replace(/(?:19|20)\d{2}\s*年?/, "").replace(/\s+/g, "");
  if (!q) return { kind: "reply", reply: await usage(catalogue) };

  // 岚溪县水利局 with only 岚溪县's government loaded: that place's body, which has no report — never
  // the government (resolveName alone would take the longest leading form, the place)
  const names = catalogue.names();
  const unknown = understand(q, names, new Date()).agencies.find((m) => m.matches.length === 0 && m.text.length >= q.length - 1);
  if (unknown) return { kind: "reply", reply: { title: "没有找到", blocks: [{ kind: "paragraph", spans: [{ text: `${notLoadedText(unknown.text, names, "见 /reports")}` }] }] } };
  const resolved = resolveName(directory(names), q);
  const agencies = new Set(resolved?.matches.map((a) => a.agency) ?? []);
  const matches = agencies.size ? await renamedHeads(catalogue, names, [...agencies]) : await catalogue.heads({ containing: q });
  if (!matches.length) {
    return { kind: "reply", reply: { title: "没有找到", blocks: [{ kind: "paragraph", spans: [{ text: `已读取的报告里没有“${q}”。发送 /reports 查看有哪些报告。` }] }] } };
  }
  const withYear = year === undefined ? matches : matches.filter((r) => r.year === year);
  if (!withYear.length) {
    const have = [...new Set(matches.map((r) => `${r.agency} ${r.year}`))];
    // A file of that year that could not be read (a scan) is not “no report”.
    const bodies = [...new Set(matches.map((r) => r.agency))];
    const scan = unreadableNote(unreadableFiles(loadErrors, matches), bodies.length === 1 ? (bodies[0] as string) : null, year ?? null);
    return {
      kind: "reply",
      reply: {
        title: "没有这一年的报告",
        blocks: [
          ...(scan ? [{ kind: "note" as const, tone: "warning" as const, text: scan }] : []),
          { kind: "paragraph", spans: [{ text: `没有${scan ? "能读取文字的" : ""}“${q}”${year} 年的报告。已有：` }] },
          { kind: "choices", items: have.map((h) => `/check ${h}`) },
        ],
      },
    };
  }
  const keys = [...new Set(withYear.map((r) => `${r.agency} ${r.year}`))];
  if (keys.length > 1) {
    return {
      kind: "reply",
      reply: {
        title: "请选择报告",
        blocks: [
          { kind: "paragraph", spans: [{ text: `有 ${keys.length} 份报告符合“${args.trim()}”，您要看哪一份？` }] },
          { kind: "choices", items: keys.map((k) => `/check ${k}`) },
        ],
      },
    };
  }
  // keys.length === 1, so withYear[0] exists
  return { kind: "one", report: withYear[0] as ReportHead };
}

/** The agencies' reports, and those of the other names a renamed body reported under (砚州市城管局 2024: 城市管理综合执法局's). */
export async function renamedHeads(catalogue: Pick<Catalogue, "heads">, names: readonly AgencyName[], agencies: string[]): Promise<ReportHead[]> {
  const candidates = [...new Set(agencies.flatMap((a) => lineCandidates(names, a)))].filter((a) => !agencies.includes(a));
  const heads = await catalogue.heads({ agencies: [...agencies, ...candidates] });
  if (!candidates.length) return heads;
  const years = (a: string) => heads.filter((h) => h.agency === a).map((h) => h.year);
  const line = new Set(agencies.flatMap((a) => renamedLine(names, a, years)));
  return heads.filter((h) => line.has(h.agency));
}

/**
 * A report's consistency results: every rule that breaks first, then those that hold, a page at a
 * time; on the first page repairs, unsure cells, warnings and, when the same body's report of the
 * year before is loaded, the cross-year rules and the text copied from it.
 */
export function checkReply(r: Report, across?: AcrossYears, requested = 1): Reply {
  const broken = r.checks.filter((c) => !c.holds);
  const holding = r.checks.filter((c) => c.holds);
  const lines = [...broken, ...holding];
  const { items, page, pages } = pageOf(lines, requested);
  const blocks: Block[] = [
    { kind: "paragraph", spans: [{ text: `${r.agency} ${r.year} 年报告 · 勾稽核对${pages > 1 ? `（第 ${page}/${pages} 页）` : ""}`, bold: true }] },
    {
      kind: "paragraph",
      spans: [{ text: r.checks.length ? `共 ${r.checks.length} 条规则：${holding.length} 条成立，${broken.length} 条不成立。` : "这份报告没有可核对的表格数据。" }],
    },
  ];
  // Tables not read are said first: their numbers were not checked, whatever the count above says.
  const unchecked = uncheckedTables(r);
  if (unchecked) blocks.splice(1, 0, { kind: "note", tone: "warning", text: `${unchecked}。` });
  const shownBroken = items.filter((c) => !c.holds);
  const shownHolding = items.filter((c) => c.holds);
  if (shownBroken.length) {
    blocks.push({ kind: "paragraph", spans: [{ text: "不成立：", bold: true }] }, { kind: "list", items: shownBroken.map((c) => [{ text: checkLine(c) }]) });
  }
  if (shownHolding.length) {
    blocks.push({ kind: "paragraph", spans: [{ text: "成立：", bold: true }] }, { kind: "list", items: shownHolding.map((c) => [{ text: checkLine(c) }]) });
  }
  if (page === 1) {
    for (const rep of r.repairs) {
      // The description says which table and rows in words; the row ids are internal.
      const table = TABLE_NAMES[rep.table] ?? rep.table;
      blocks.push({ kind: "note", tone: "info", text: `已修复：${rep.description.startsWith(table) ? "" : `${table}：`}${rep.description}` });
    }
    const unsure = unsureCells(r);
    if (unsure.length) {
      blocks.push(
        { kind: "paragraph", spans: [{ text: `未能确定的单元格（${unsure.length} 个）：`, bold: true }] },
        { kind: "list", items: unsure.map((u) => [{ text: `${cellLabel(u.key)}：${u.value === null ? "未读取" : `读作 ${u.value}，不确定`}（${u.reason}）` }]) },
      );
    }
    for (const w of groupedWarnings(r.warnings)) blocks.push({ kind: "note", tone: "warning", text: w });
    if (across) {
      const [head, ...rest] = acrossYearsLines(across);
      blocks.push({ kind: "paragraph", spans: [{ text: head ?? "", bold: true }] });
      if (rest.length) blocks.push({ kind: "list", items: rest.map((l) => [{ text: l.trim() }]) });
    }
  }
  blocks.push({ kind: "source", text: `${r.title} · ${r.file}` });
  const nav = pageChoices(`/check ${r.agency} ${r.year}`, page, pages);
  if (nav) blocks.push(nav);
  return { title: `${r.agency} ${r.year} 年 · 勾稽核对`, blocks };
}

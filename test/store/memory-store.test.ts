/**
 * The in-memory store at scale: what a question costs must not grow with the corpus. These tests
 * count what an answer touches (reports read whole, reports listed) instead of timing it.
 */
import { readdir } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { reportsAnswer } from "../../src/answers/compose.ts";
import { isReportFile, loadCorpus } from "../../src/index/corpus.ts";
import type { Report } from "../../src/index/schema.ts";
import { firstInListOrder, listOrder, memoryStore } from "../../src/store/memory.ts";
import { buildSearchIndex, type SearchOptions } from "../../src/index/search.ts";
import type { ReportStore } from "../../src/store/store.ts";
import { syntheticCorpus } from "../../bench/synthetic.ts";

let reports: Report[];

/** The store, counting how often the answerer reads reports whole (a report, or one agency's). */
function counting(store: ReportStore): { store: ReportStore; reads: () => number } {
  let reads = 0;
  return {
    store: {
      ...store,
      byFile: (file) => {
        reads++;
        return store.byFile(file);
      },
      ofAgency: (agency) => {
        reads++;
        return store.ofAgency(agency);
      },
    },
    reads: () => reads,
  };
}

describe("the in-memory store", () => {
  beforeAll(async () => {
    const gen = await syntheticCorpus(300, 3);
    expect((await readdir(gen.dir)).filter(isReportFile).length).toBe(300);
    reports = (await loadCorpus(gen.dir)).reports;
  }, 120_000);

  it("ranks a year's reports reading only the ones it shows, however many took part", () => {
    const { store, reads } = counting(memoryStore(reports));
    const a = createAnswerer(store).answer("2023年哪个地区依申请公开最多");
    expect(a.kind).toBe("ranking");
    expect(a.figures.length).toBe(10);
    const ranked = Number(/已收录的 (\d+) 份/.exec(a.notes.join(""))?.[1]);
    expect(ranked).toBeGreaterThan(30);
    // the ten shown (each read, and its agency's years looked at once by the coverage guard), not the year's reports
    expect(reads()).toBeLessThanOrEqual(2 * a.figures.length + 2);
    expect(ranked).toBeGreaterThan(2 * a.figures.length + 2);
  });

  it("ranks by a rate reading only the reports it shows", () => {
    const { store, reads } = counting(memoryStore(reports));
    const a = createAnswerer(store).answer("2023年哪个地方公开率最高");
    expect(a.kind).toBe("ranking");
    expect(a.figures.length).toBeGreaterThan(0);
    expect(reads()).toBeLessThanOrEqual(2 * a.figures.length + 2);
  });

  it("keeps a ranking's page as who wrote each report, not the reports themselves", () => {
    const store = memoryStore(reports);
    const kept: unknown[] = [];
    const spy: ReportStore = { ...store, kept: (year, key, make, empty) => { const v = store.kept(year, key, make, empty); kept.push(v); return v; } };
    expect(createAnswerer(spy).answer("2023年哪个地区依申请公开最多").kind).toBe("ranking");
    const page = kept[0] as { scored: { head: object }[] };
    expect(page.scored.length).toBeGreaterThan(10);
    for (const s of page.scored) expect(Object.keys(s.head).sort()).toEqual(expect.arrayContaining(["agency", "file", "region"]));
    for (const s of page.scored) expect(Object.keys(s.head).filter((k) => !["agency", "body", "file", "region"].includes(k))).toEqual([]);
    // 50 entries of a few fields, not 50 reports' text and tables
    expect(JSON.stringify(page).length).toBeLessThan(50 * 400);
  });

  it("lists reports by region in Chinese collation, then year, then as loaded — the order a full sort gives", () => {
    const collator = new Intl.Collator("zh");
    const full = [...reports].sort((a, b) => collator.compare(a.region, b.region) || a.year - b.year);
    expect(listOrder(reports).map((r) => r.file)).toEqual(full.map((r) => r.file));
  });

  it("takes the report list's first page without ordering every region: the page a full sort gives, for every length", () => {
    // regions repeated, out of collation order, some collating alike first seen later
    const rows = reports.flatMap((r, i) => [r, { ...r, file: `${r.file}#${i}`, year: r.year - (i % 3) }]).reverse();
    const full = listOrder(rows).map((r) => r.file);
    for (let limit = 0; limit <= rows.length + 2; limit++) expect(firstInListOrder(rows, limit).map((r) => r.file), `limit ${limit}`).toEqual(full.slice(0, limit));
  });

  it("makes the report list's first page reading only the regions of the reports it lists, the page a full sort gives", () => {
    // regions in runs split up (a region's reports not all together), each report counting its region's reads
    let reads = 0;
    const shuffled = reports.filter((_, i) => i % 2 === 0).concat(reports.filter((_, i) => i % 2 === 1));
    const counted = shuffled.map((r) => {
      const { region, ...rest } = r;
      const c = { ...rest } as Report;
      Object.defineProperty(c, "region", { enumerable: true, get: () => (reads++, region) });
      return c;
    });
    const store = memoryStore(counted);
    for (const limit of [1, 7, 40, counted.length]) {
      reads = 0;
      const first = store.listed(limit, 0).first;
      const listed = new Set(first.map((r) => r.file));
      // made with the store: the page reads no report's region (a pass over every report did, 50 000 at scale)
      expect(reads, `limit ${limit}`).toBeLessThanOrEqual(listed.size);
      expect(first.map((r) => r.file)).toEqual(listOrder(counted).slice(0, limit).map((r) => r.file));
    }
  });

  it("answers the report list from one page and the counts per year", () => {
    const store = memoryStore(reports);
    const list = store.listed(40, 0);
    expect(list.first.length).toBe(40);
    expect(list.total).toBe(reports.length);
    expect(list.byYear.reduce((s, [, n]) => s + n, 0)).toBe(reports.length);
    const text = reportsAnswer("有哪些报告", list).text.split("\n");
    expect(text[0]).toBe(`已收录 ${reports.length} 份报告：`);
    const first = listOrder(reports)[0] as Report;
    expect(text[1]).toContain(`${first.agency} ${first.year} 年`);
    expect(text.at(-1)).toContain(`另有 ${reports.length - 40} 份`);
  });

  it("names the first regions as loaded in help", () => {
    const a = createAnswerer(reports).answer("");
    expect(a.kind).toBe("help");
    const regions = [...new Set(reports.map((r) => r.region))].slice(0, 12);
    expect(a.text).toContain(`已收录 ${reports.length} 份报告（${regions.join("、")} 等）`);
  });
});


describe("searches in memory", () => {
  it("score a query once per store: asked again, the same hits without a second pass over the postings", async () => {
    const gen = (await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname)).reports;
    const asked: string[] = [];
    const index = buildSearchIndex(gen);
    const counted = { info: index.info, search: (query: string, opts?: SearchOptions) => (asked.push(query), index.search(query, opts)) };
    const store = memoryStore(gen, { search: counted });
    const first = store.search().search("政务公开培训", { kinds: ["passage"], limit: 3 });
    expect(first.length).toBeGreaterThan(0);
    expect(store.search().search("政务公开培训", { kinds: ["passage"], limit: 3 })).toEqual(first);
    expect(asked).toEqual(["政务公开培训"]);
    // other options are another search
    expect(store.search().search("政务公开培训", { kinds: ["passage"], limit: 3, years: [2023] })).toEqual(index.search("政务公开培训", { kinds: ["passage"], limit: 3, years: [2023] }));
    expect(asked).toEqual(["政务公开培训", "政务公开培训"]);
    // a new store (an upload, a /reload) searches again
    memoryStore(gen, { search: counted }).search().search("政务公开培训", { kinds: ["passage"], limit: 3 });
    expect(asked.length).toBe(3);
  });
});

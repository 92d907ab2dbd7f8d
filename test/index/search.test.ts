import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSearchIndex, loadSnapshot, openSearchIndex, saveSnapshot } from "../../src/index/search.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const ganzhou = makeReport({
  file: "ganzhou-2023.txt",
  agency: "赣州市人民政府",
  region: "赣州市",
  year: 2023,
  paragraphs: [
    "2023年，我市深入推进政务公开标准化规范化建设，全年主动公开政府信息3.2万条。",
    "创新开展政务公开云直播41场次，邀请部门负责人在线解读政策。",
    [5, "存在的主要问题是政策解读形式还不够丰富。"],
  ],
  table2: { new: t2row(1516, 1495), "refused.state_secret": t2row(1) },
  spans: { "table2.new": { start: 500, end: 540 } },
  table3: { review: { upheld: 40, corrected: 4, other: 5, pending: 8, total: 57 } },
});

const leping = makeReport({
  file: "leping-2023.txt",
  agency: "乐平市人民政府",
  region: "乐平市",
  year: 2023,
  paragraphs: [
    "全年收到市长信箱信件211条，答复211条，答复率100%。",
    "今年收到线上依申请公开信件20条，线下信息公开信件4条。",
    "开展政务公开云直播2场次。",
  ],
  table2: { new: t2row(24) },
});

const xunyang = makeReport({
  file: "xunyang-2023.txt",
  paragraphs: ["2023年共受理依申请公开14件，依法办结14件。", "全区行政处罚决定2518件。"],
  table1: { licensing: { decisions: 8014 } },
});

const reports = [ganzhou, leping, xunyang];

describe("search", () => {
  it("finds the passage that answers a Chinese question, not one that merely shares words", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("乐平市2023年市长信箱收到多少信件");
    expect(hits[0]?.file).toBe("leping-2023.txt");
    expect(hits[0]?.text).toContain("市长信箱信件211条");
    expect(hits[0]?.kind).toBe("passage");
  });

  it("ranks the named agency's passage first when several reports mention the topic", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("赣州 云直播");
    expect(hits[0]?.agency).toBe("赣州市人民政府");
    expect(hits[0]?.text).toContain("云直播41场次");
    // the other report's 云直播 passage is still found
    expect(hits.some((h) => h.file === "leping-2023.txt" && h.text.includes("云直播"))).toBe(true);
  });

  it("returns offsets that point at the passage in the report text", () => {
    const index = buildSearchIndex(reports);
    const hit = index.search("市长信箱")[0];
    expect(hit).toBeDefined();
    if (!hit) return;
    expect(leping.text.slice(hit.start, hit.end)).toBe(hit.text);
    expect(hit.section).toBe(1);
  });

  it("indexes table rows as text with their row key and span", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("国家秘密", { kinds: ["row"] });
    expect(hits[0]?.rowKey).toBe("table2.refused.state_secret");
    expect(hits[0]?.text).toContain("（三）不予公开 1.属于国家秘密");
    expect(hits[0]?.text).toContain("自然人 1");
    const newRow = index.search("新收 政府信息公开申请", { kinds: ["row"], files: ["ganzhou-2023.txt"] })[0];
    expect(newRow?.rowKey).toBe("table2.new");
    expect([newRow?.start, newRow?.end]).toEqual([500, 540]);
    expect(newRow?.text).toContain("总计 1516");
    expect(index.search("行政复议 结果纠正", { kinds: ["row"] })[0]?.rowKey).toBe("table3.review");
    expect(index.search("行政许可", { kinds: ["row"] })[0]?.text).toContain("本年处理决定数量 8014");
  });

  it("restricts hits to the given files and kinds", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("云直播", { files: ["leping-2023.txt"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.file === "leping-2023.txt")).toBe(true);
    expect(index.search("云直播", { kinds: ["row"] })).toEqual([]);
  });

  it("prefers documents of the agencies and years passed as options", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("依申请公开", { agencies: ["浔阳区"] });
    expect(hits[0]?.agency).toBe("浔阳区人民政府");
  });

  it("returns nothing for a query made only of question words", () => {
    const index = buildSearchIndex(reports);
    expect(index.search("多少？")).toEqual([]);
    expect(index.search("")).toEqual([]);
  });

  it("honours the limit", () => {
    const index = buildSearchIndex(reports);
    expect(index.search("政务公开", { limit: 2 })).toHaveLength(2);
  });
});

describe("snapshot", () => {
  const dirs: string[] = [];
  const tmp = () => {
    const d = mkdtempSync(join(tmpdir(), "nianbao-search-"));
    dirs.push(d);
    return d;
  };
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("round-trips: the loaded index answers like the built one", () => {
    const dir = tmp();
    const built = buildSearchIndex(reports);
    saveSnapshot(built, dir);
    const loaded = loadSnapshot(dir, reports);
    expect(loaded.info.origin).toBe("snapshot");
    for (const q of ["赣州 云直播", "市长信箱", "国家秘密", "依申请公开"]) {
      expect(loaded.search(q)).toEqual(built.search(q));
    }
  });

  it("does not depend on the order the reports are passed in", () => {
    const dir = tmp();
    saveSnapshot(buildSearchIndex(reports), dir);
    expect(loadSnapshot(dir, [...reports].reverse()).info.origin).toBe("snapshot");
  });

  it("rebuilds when a report changed", () => {
    const dir = tmp();
    saveSnapshot(buildSearchIndex(reports), dir);
    const { text: _text, passages: _passages, sections: _sections, ...meta } = leping;
    const changed = makeReport({ ...meta, paragraphs: ["全年收到市长信箱信件300条。"] });
    const index = loadSnapshot(dir, [ganzhou, changed, xunyang]);
    expect(index.info.origin).toBe("built");
    expect(index.info.reason).toMatch(/stale/);
    expect(index.search("市长信箱")[0]?.text).toContain("300条");
  });

  it("rebuilds when a report was added", () => {
    const dir = tmp();
    saveSnapshot(buildSearchIndex([ganzhou, leping]), dir);
    const index = loadSnapshot(dir, reports);
    expect(index.info.origin).toBe("built");
    expect(index.search("行政处罚")[0]?.file).toBe("xunyang-2023.txt");
  });

  it("rebuilds when the manifest names other library or options versions", () => {
    const dir = tmp();
    saveSnapshot(buildSearchIndex(reports), dir);
    const path = join(dir, "search-manifest.json");
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...manifest, minisearch: "6.0.0", options: 0 }));
    const index = loadSnapshot(dir, reports);
    expect(index.info.origin).toBe("built");
    expect(index.info.reason).toContain("minisearch");
  });

  it("rebuilds instead of crashing on a corrupt or missing snapshot", () => {
    const dir = tmp();
    expect(loadSnapshot(dir, reports).info).toMatchObject({ origin: "built", reason: "no snapshot" });
    saveSnapshot(buildSearchIndex(reports), dir);
    writeFileSync(join(dir, "search-index.json"), '{"documentCount": 3, "ser');
    const index = loadSnapshot(dir, reports);
    expect(index.info).toMatchObject({ origin: "built", reason: "corrupt snapshot" });
    expect(index.search("市长信箱")[0]?.file).toBe("leping-2023.txt");
    writeFileSync(join(dir, "search-manifest.json"), "not json");
    expect(loadSnapshot(dir, reports).info.reason).toBe("corrupt manifest");
  });

  it("openSearchIndex saves a rebuilt index so that the next start loads it", () => {
    const dir = tmp();
    expect(openSearchIndex(dir, reports).info.origin).toBe("built");
    expect(openSearchIndex(dir, reports).info.origin).toBe("snapshot");
  });
});

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

  it("does not index table rows: figures are answered from the parsed tables", () => {
    const index = buildSearchIndex(reports);
    // 国家秘密 and 行政许可 stand only in ganzhou's and xunyang's tables
    expect(index.search("国家秘密")).toEqual([]);
    expect(index.search("行政许可", { kinds: ["row"] })).toEqual([]);
    expect(index.info.documents).toBe(reports.reduce((n, r) => n + r.passages.length, 0));
  });

  it("restricts hits to the given files and kinds", () => {
    const index = buildSearchIndex(reports);
    const hits = index.search("云直播", { files: ["leping-2023.txt"] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.file === "leping-2023.txt")).toBe(true);
    expect(index.search("云直播", { kinds: ["row"] })).toEqual([]);
    expect(index.search("云直播", { kinds: ["row", "passage"] }).length).toBeGreaterThan(0);
    expect(index.search("云直播", { files: ["nowhere.txt"] })).toEqual([]);
  });

  it("scores a search limited to files like the same search over those reports alone", () => {
    const index = buildSearchIndex(reports);
    const alone = buildSearchIndex([leping]);
    const scoped = index.search("云直播 信箱", { files: ["leping-2023.txt"] });
    expect(scoped.map((h) => h.passageId)).toEqual(alone.search("云直播 信箱").map((h) => h.passageId));
  });

  it("drops a word found in most passages from a query that has rarer words", () => {
    // 151 passages say 政务公开, two say 云直播: searching the corpus for both must not score
    // (and return) every 政务公开 passage — that is what made unscoped searches take seconds
    const big = makeReport({
      file: "big-2023.txt",
      paragraphs: [
        ...Array.from({ length: 150 }, (_, i) => `第${i + 1}项：推进政务公开工作。`),
        "开展政务公开云直播3场次。",
        "举办云直播培训。",
      ],
    });
    const index = buildSearchIndex([big]);
    const hits = index.search("政务公开 云直播");
    expect(hits.map((h) => h.text).sort()).toEqual(["举办云直播培训。", "开展政务公开云直播3场次。"]);
    // alone, or within one report, the common word still finds passages
    expect(index.search("政务公开", { limit: 200 })).toHaveLength(151);
    expect(index.search("政务公开 云直播", { files: ["big-2023.txt"], limit: 200 })).toHaveLength(152);
  });

  it("finds an agency's passages by its name alone, and ranks them by the name when other words are asked", () => {
    const index = buildSearchIndex(reports);
    // 赣州 is not a search term but a boost: ganzhou's 云直播 passage first, though leping's is shorter
    expect(index.search("赣州 云直播").map((h) => h.file)).toEqual(["ganzhou-2023.txt", "leping-2023.txt"]);
    expect(index.search("2023 云直播").map((h) => h.file).sort()).toEqual(["ganzhou-2023.txt", "leping-2023.txt"]);
    const own = index.search("赣州市", { limit: 5 });
    expect(own.map((h) => h.passageId)).toEqual(["p0", "p1", "p2"]);
    expect(own.every((h) => h.file === "ganzhou-2023.txt")).toBe(true);
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
    for (const q of ["赣州 云直播", "市长信箱", "政务公开", "依申请公开"]) {
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
    writeFileSync(path, JSON.stringify({ ...manifest, jieba: "1.0.0", options: 0 }));
    const index = loadSnapshot(dir, reports);
    expect(index.info.origin).toBe("built");
    expect(index.info.reason).toContain("jieba");
    expect(index.info.reason).toContain("options");
  });

  it("rebuilds instead of crashing on a corrupt or missing snapshot", () => {
    const dir = tmp();
    expect(loadSnapshot(dir, reports).info).toMatchObject({ origin: "built", reason: "no snapshot" });
    saveSnapshot(buildSearchIndex(reports), dir);
    writeFileSync(join(dir, "search-index.bin"), "NBIDX002 truncated");
    const index = loadSnapshot(dir, reports);
    expect(index.info).toMatchObject({ origin: "built", reason: "corrupt snapshot" });
    expect(index.search("市长信箱")[0]?.file).toBe("leping-2023.txt");
    writeFileSync(join(dir, "search-manifest.json"), "not json");
    expect(loadSnapshot(dir, reports).info.reason).toBe("corrupt manifest");
  });

  it("rebuilds a snapshot of the format before (session 11's, saved by that code: no passage counts, no block bounds), never reads it", () => {
    const dir = tmp();
    const old = new URL("../fixtures/search-snapshot-v2/", import.meta.url).pathname;
    for (const f of ["search-index.bin", "search-manifest.json"]) writeFileSync(join(dir, f), readFileSync(join(old, f)));
    expect(readFileSync(join(dir, "search-index.bin")).toString("latin1", 0, 8)).toBe("NBIDX002");
    const index = loadSnapshot(dir, reports);
    expect(index.info.origin).toBe("built");
    expect(index.info.reason).toMatch(/stale snapshot \(format/);
    for (const q of ["赣州 云直播", "市长信箱", "政务公开", "依申请公开"]) expect(index.search(q)).toEqual(buildSearchIndex(reports).search(q));
    // saved again in today's format, it is loaded
    expect(openSearchIndex(dir, reports).info.origin).toBe("built");
    expect(loadSnapshot(dir, reports).info.origin).toBe("snapshot");
  });

  it("openSearchIndex saves a rebuilt index so that the next start loads it", () => {
    const dir = tmp();
    expect(openSearchIndex(dir, reports).info.origin).toBe("built");
    expect(openSearchIndex(dir, reports).info.origin).toBe("snapshot");
  });
});

/**
 * A PostgreSQL replica keeps the agencies' names out of jieba until a text holds them
 * (tokenize.ts useNamesOnDemand): every text must be cut exactly as with all the names added,
 * questions and report text alike, before and after more names arrive.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { NameTable } from "../../src/index/name-table.ts";
import type * as TokenizeModule from "../../src/index/tokenize.ts";
import { SortedStrings } from "../../src/index/sorted-strings.ts";
import { planAgencies } from "../../bench/synthetic.ts";

type Tokenize = typeof TokenizeModule;

/** A tokenize module of its own (its own jieba instance and dictionary). */
async function freshTokenize(): Promise<Tokenize> {
  vi.resetModules();
  return import("../../src/index/tokenize.ts");
}

const plans = planAgencies(6000, 11).map((p) => ({ agency: p.agency, region: p.region }));
const REAL = [
  { agency: "九江市浔阳区住房和城乡建设局", region: "浔阳区" },
  { agency: "浔阳区人民政府", region: "浔阳区" },
  { agency: "赣州市人力资源和社会保障局", region: "赣州市" },
  // regions whose names the default dictionary has, with frequencies of their own
  { agency: "北京市人民政府", region: "北京市" },
  { agency: "南昌市发展和改革委员会", region: "南昌市" },
  { agency: "上饶市公安局信州分局", region: "信州区" },
];
const first = new NameTable([...REAL, ...plans.slice(0, 4000)]);
const all = new NameTable([...REAL, ...plans]);

const REPORTS = join(import.meta.dirname, "../../data/reports");
const texts = [
  // cut differently when the total of the dictionary's frequencies is not the same
  "他说的确实在理",
  "乒乓球拍卖完了",
  "结婚的和尚未结婚的",
  ...[...REAL, ...plans.slice(0, 60), ...plans.slice(5000, 5040)].flatMap(({ agency, region }) => [
    `${agency}2023年依申请公开多少件`,
    `${region}政府去年收到多少申请`,
    `对比${agency}和${region}人民政府2022年行政复议数量`,
  ]),
  // report text: passages as an upload's are cut
  ...readdirSync(REPORTS)
    .filter((f) => f.endsWith(".txt"))
    .slice(0, 3)
    .flatMap((f) => readFileSync(join(REPORTS, f), "utf8").split(/\n+/))
    .filter((line) => line.trim().length > 0)
    .slice(0, 400),
];

function cuts(t: Tokenize, list: readonly string[]) {
  return list.map((text) => ({ tokens: t.tokens(text), words: t.words(text), tagged: t.taggedWords(text) }));
}

describe("names kept out of jieba until a text holds them", () => {
  it("cut every text as with all the names added", async () => {
    const added = await freshTokenize();
    added.addWords(first.words);
    const expected = cuts(added, texts);
    const onDemand = await freshTokenize();
    onDemand.useNamesOnDemand(first.wordTable);
    expect(cuts(onDemand, texts)).toEqual(expected);
  });

  it("still do after an upload's names and after the names are read again with more agencies", async () => {
    const upload = { agency: "九江市柴桑区教育体育局", region: "柴桑区" };
    const { nameWords } = await import("../../src/index/names.ts");
    const added = await freshTokenize();
    added.addWords(first.words);
    added.addWords(nameWords(upload.agency, upload.region));
    added.addWords(all.words);
    const onDemand = await freshTokenize();
    onDemand.useNamesOnDemand(first.wordTable);
    cuts(onDemand, texts.slice(0, 50));
    onDemand.addWords(nameWords(upload.agency, upload.region));
    onDemand.useNamesOnDemand(new NameTable([...REAL, ...plans, upload]).wordTable);
    expect(cuts(onDemand, [...texts, `${upload.agency}2023年依申请公开多少件`])).toEqual(cuts(added, [...texts, `${upload.agency}2023年依申请公开多少件`]));
  });

  it("count what names the default dictionary already has add to its total (their frequency replaced)", async () => {
    // the default dictionary's most frequent words of two characters or more, as if they were names
    const dict = readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt"), "utf8");
    const common = dict
      .split("\n")
      .map((line) => line.split(" "))
      .filter(([w, f]) => w && w.length >= 2 && Number(f) > 20_000)
      .map(([w]) => w as string);
    expect(common.length).toBeGreaterThan(100);
    const added = await freshTokenize();
    added.addWords(common);
    const onDemand = await freshTokenize();
    onDemand.useNamesOnDemand(new SortedStrings(common));
    expect(cuts(onDemand, texts)).toEqual(cuts(added, texts));
  });
});

describe("sorted strings", () => {
  it("find every entry a text holds, as a search of each entry would", () => {
    const table = new SortedStrings(["浔阳", "浔阳区", "浔阳区政府", "区政府", "阳区", "九江", "ABC新区", "a", ""]);
    const text = "九江市浔阳区政府和ABC新区a";
    const brute = [...table].filter((w) => w.length > 0 && text.includes(w)).sort();
    expect(table.occurrencesIn(text).sort()).toEqual(brute);
    expect(table.has("浔阳区")).toBe(true);
    expect(table.has("浔")).toBe(false);
    expect(table.at(table.indexOf("ABC新区"))).toBe("ABC新区");
    expect(table.indexOf("浔")).toBe(-1);
    for (const w of all.words.slice(0, 2000)) expect(all.wordTable.has(w), w).toBe(true);
  });
});

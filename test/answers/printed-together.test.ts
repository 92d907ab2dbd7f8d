/**
 * Figures a cut page prints in its text only (tables not read), bound to the quantity they are printed for:
 *  - nouns listed after a count (“年内公开40件人大代表建议、政协提案办理情况”) are all what it counts: asked with
 *    every one, the count; asked of one of them, no figure (their count apart is not printed);
 *  - a suit said by its filing (“起诉案件1件”) is 行政诉讼; one carried over (“结转起诉案件2件”) is said, never taken;
 *  - 予以公开 and 部分公开 stated as one count (“予以公开及部分公开18件”) answer the two together, never either one;
 *  - 规范性文件 asked with no column, table 1 not read: the count the text states of them, said not to be table 1's;
 *  - a channel's count published by another verb (“抖音平台公开信息109条”) answers 抖音发布多少条, and a sum with it;
 *  - the shared words of a sum asked (“政府和部门一共新收依申请”) are both parts', and a count stated twice with
 *    different numbers says the one not taken.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const HEAD = "本报告根据《中华人民共和国政府信息公开条例》规定编制。全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项6个部分。";
/** A page cut inside section 一, as a crawled page stops after ~2 000 characters: its tables are not read. */
const cut = (body: string, year: number, ...paragraphs: string[]) =>
  parseReport(`${body}${year}年政府信息公开工作年度报告\n${HEAD}\n一、总体情况\n${paragraphs.join("\n")}\n`, `${body}-${year}.txt`);
const ask = (r: ReturnType<typeof cut>, q: string) => createAnswerer([r], { today: () => new Date("2026-11-30") }).answer(q);
const values = (a: { figures: { value: number }[] }) => a.figures.map((f) => f.value);

const OFFICE = cut(
  "雩山县人民政府办公室",
  2025,
  "(一)主动公开方面。年内公开规范性文件4件,其他文件19件;年内公开37件人大代表建议、政协提案办理情况。",
  "(二)依申请公开方面。全年共收到依申请公开事项26件,办结26件;政府信息公开行政复议案件3件,结果维持2件,正在复议1件;起诉案件1件,正在审理中;结转起诉案件2件,结果维持。",
);

describe("nouns listed after a count are what it counts together", () => {
  it.each(["雩山县政府办2025年公开多少件人大代表建议、政协提案办理情况", "雩山县政府办2025年人大代表建议和政协提案办理情况一共公开了几件"])("%s → 37", (q) => {
    const a = ask(OFFICE, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([37]);
  });

  it.each(["雩山县政府办2025年公开多少件政协提案办理情况", "雩山县政府办2025年公开人大代表建议多少件"])("one of them asked: no figure (%s)", (q) => {
    const a = ask(OFFICE, q);
    expect(values(a), a.text).not.toContain(37);
  });

  it("a list after a colon names the members of what is counted: 开设几个栏目 → 7", () => {
    const r = cut("雩山县商务局", 2024, "进一步加强平台建设,我局门户网站主动公开内容共开设7个栏目:工作动态、通知公告、政策文件、");
    const a = ask(r, "雩山县商务局2024年门户网站主动公开内容开设几个栏目");
    expect([a.status, values(a)], a.text).toEqual(["answered", [7]]);
  });
});

describe("a suit said by its filing", () => {
  it.each(["雩山县政府办2025年行政诉讼几件", "雩山县政府办2025年被起诉几次"])("%s → 1, the carried-over 2 said", (q) => {
    const a = ask(OFFICE, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([1]);
    expect(a.notes.join("")).toContain("结转起诉案件2件");
  });

  it("行政复议 is still its own count", () => {
    expect(values(ask(OFFICE, "雩山县政府办2025年行政复议几件"))).toEqual([3]);
  });
});

const JOINED = cut(
  "泖川市人民政府",
  2025,
  "(二)依申请公开方面。全年共收到政府信息公开申请21件,均在法定期限内予以答复。其中,予以公开及部分公开17件,占81%;不予公开4件。",
);

describe("予以公开 and 部分公开 stated as one count", () => {
  it.each(["泖川市2025年予以公开及部分公开多少件", "泖川市2025年予以公开和部分公开一共多少件"])("%s → 17", (q) => {
    const a = ask(JOINED, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([17]);
  });

  it.each(["泖川市2025年部分公开多少件", "泖川市2025年予以公开多少件"])("never either one: %s", (q) => {
    expect(values(ask(JOINED, q))).not.toContain(17);
  });
});

const FILES = cut("泖川市", 2024, "(一)主动公开方面。扎实推进重点领域信息公开,主动公开各类政府信息4127条,其中规范性文件5件,其他文件33件。");

describe("规范性文件 asked with no column, table 1 not read", () => {
  it("the text's count, said not to be table 1's", () => {
    const a = ask(FILES, "泖川市2024年规范性文件几件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([5]);
    expect(a.notes.join("")).toContain("不是表一");
  });

  it("a column asked stays table 1's: no figure", () => {
    expect(values(ask(FILES, "泖川市2024年规范性文件现行有效几件"))).toEqual([]);
  });
});

const CHANNELS = cut(
  "泖川市桐榆区人民政府",
  2023,
  "(一)主动公开情况",
  "2023年,我区依托区政府网站公开各类政府信息3210条,通过微信公众号发布信息802条,今日头条公开信息133条,抖音平台公开信息95条。",
);

describe("a channel's count published by another verb", () => {
  it.each([
    ["桐榆区2023年抖音发布多少条", 95],
    ["桐榆区2023年今日头条发布了多少条信息", 133],
    ["桐榆区2023年微信公众号发布多少条", 802],
  ])("%s → %d", (q, value) => {
    const a = ask(CHANNELS, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("a sum with it adds both, parts shown", () => {
    const a = ask(CHANNELS, "桐榆区2023年微信公众号和抖音一共发布多少条");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)[0]).toBe(897);
    expect(a.text).toContain("802");
    expect(a.text).toContain("95");
  });

  it("a channel not printed gets no other channel's count", () => {
    expect(values(ask(CHANNELS, "桐榆区2023年微博发布多少条"))).toEqual([]);
  });
});

const TWO = cut(
  "泖川市雩溪县",
  2022,
  "(二)依申请公开情况",
  "2022年政府新收依申请公开数量为3件,办理结果为予以公开3件;部门新收依申请公开数量为5件,办理结果为予以公开2件,无法提供3件;因政府信息公开被申请行政复议、行政诉讼数量为0件。",
);

describe("a sum's shared words, and a count stated twice", () => {
  it("政府和部门一共新收依申请 → 3 + 5", () => {
    const a = ask(TWO, "雩溪县2022年政府和部门一共新收依申请多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)[0]).toBe(8);
    expect(a.notes.join("")).not.toContain("未采用");
  });

  it("新收 alone: the first count, the other said", () => {
    const a = ask(TWO, "雩溪县2022年新收依申请多少件");
    expect(values(a)).toEqual([3]);
    expect(a.notes.join("")).toContain("部门新收依申请公开数量为5件");
  });
});

describe("条 and 篇 both count pieces of information published, year by year", () => {
  const y2023 = cut("泖川市教育局", 2023, "2023年全年通过政府信息公开网站发布信息共1210条,泖川教育微信公众号发布(转发)信息958条。");
  const y2025 = cut("泖川市教育局", 2025, "全年通过政府信息公开网站主动发布信息共1187条,通过“泖川教育”微信公众号发布(转发)信息611篇。");
  it("a trend lists both years, the measure words said", () => {
    const a = createAnswerer([y2023, y2025], { today: () => new Date("2026-11-30") }).answer("泖川市教育局微信公众号发布数量趋势");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2023, 958], [2025, 611]]);
    expect(a.notes.join("")).toContain("量词不同");
  });
});

describe("two quantities in one clause: people and the items they applied for", () => {
  const ITEMS = cut("泖川市发展和改革局", 2021, "(二)依申请公开情况。2021年,我局共受理3人次信函申请依申请公开事项5项。");
  it("依申请公开多少件 → the items (事项5项), never the 3 people", () => {
    const a = ask(ITEMS, "泖川市发改局2021年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([5]);
  });
  it("受理多少人次 is never answered with the items", () => {
    expect(values(ask(ITEMS, "泖川市发改局2021年受理多少人次"))).not.toContain(5);
  });
});

/**
 * The shapes people type a question in (outside round 13): a year between commas, slashes or bars
 * (X县,2023,依申请), a part asked after its whole (…多少，其中…多少), fillers of speech (那个, 嗯, 来着), the
 * figure's words in pinyin (lanting 2023 yishenqing), messages that are not about a report (谢谢,
 * 帮我写一份年报, 今天天气怎么样), the difference of two years named (差多少), a place's government and
 * its office compared (X县2023年政府和政府办…对比), a ranking asked in the negative (哪个部门没收到申请), a
 * long chatty message with the question in the middle.  Each case is one class, the names invented (岚汀县, two years of reports).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { findYears, understand } from "../../src/answers/understand.ts";
import { leftover } from "../../src/answers/coverage.ts";
import { offTopic } from "../../src/answers/off-topic.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const TODAY = new Date("2026-12-01");
const BODIES: [string, number, number, number][] = [
  // agency, year, 本年新收, 不予公开 (国家秘密)
  ["岚汀县人民政府", 2023, 52, 13],
  ["岚汀县人民政府", 2024, 46, 9],
  ["岚汀县人民政府办公室", 2023, 17, 2],
  ["岚汀县人民政府办公室", 2024, 15, 1],
];
const reports: Report[] = BODIES.map(([agency, year, received, refused]) =>
  makeReport({ agency, region: "岚汀县", year, file: `${agency}-${year}.txt`, table2: { new: t2row(received), granted: t2row(received - refused), "refused.state_secret": t2row(refused) } as never }),
);
let answerer: Answerer;
beforeAll(() => {
  answerer = createAnswerer(reports, { today: () => TODAY });
});
const figure = (q: string) => {
  const a = answerer.answer(q);
  return [a.status, a.figures[0]?.agency, a.figures[0]?.year, a.figures[0]?.value];
};

describe("a typed year is never lost", () => {
  it.each(["岚汀县,2023,依申请", "岚汀县，2023，依申请", "岚汀县、2023、依申请", "岚汀县/2023/依申请", "岚汀县|2023|依申请", "岚汀县;2023;依申请", "岚汀县 2023 依申请", "岚汀县.2023.依申请", "岚汀县,23,依申请"])("%s is 2023", (q) => {
    expect(figure(q)).toEqual(["answered", "岚汀县人民政府", 2023, 52]);
  });

  it("guard: a number joined by a comma or a point is not a year (1,2023 · 2023.5 · 2,023)", () => {
    for (const q of ["共1,2023件", "增长2023.5", "收到2,023件"]) expect(findYears(q, TODAY).years, q).toEqual([]);
    expect(findYears("2022,2023年", TODAY).years).toEqual([2022, 2023]);
  });

  it("a year-like number not read as the year is said so, never answered as the latest year", () => {
    const a = answerer.answer("岚汀县截至2023.12.31依申请多少");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("“2023”");
    expect(a.text).not.toContain("未指明年份");
  });
});

describe("a part asked after its whole (其中)", () => {
  it.each(["岚汀县2023年依申请多少，其中予以公开多少？", "岚汀县2023年依申请多少其中予以公开多少"])("%s: both figures, each sourced", (q) => {
    const a = answerer.answer(q);
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.metric, f.value])).toEqual([
      ["table2.new.total", 52],
      ["table2.granted.total", 39],
    ]);
    expect(a.text).toContain("其中：");
    expect(a.kind).toBe("breakdown");
    expect(a.text.match(/来源：/gu)?.length).toBe(2);
  });

  it("guard: 其中 naming a row of the figure asked (不予公开其中国家秘密多少) is one question", () => {
    expect(answerer.answer("岚汀县2023年不予公开其中国家秘密多少").figures.map((f) => f.value)).toEqual([13]);
  });
});

describe("fillers of speech around a question", () => {
  it.each(["那个岚汀县二零二三年的依申请公开一共收到多少件啊", "嗯那个岚汀县2023年依申请多少", "额，那个，岚汀县2023年依申请多少来着", "我想问问岚汀县2023年依申请多少哦", "能不能告诉我岚汀县2023年依申请多少", "请问岚汀县2023年依申请多少呢", "帮我查一下岚汀县2023年依申请多少吧"])("%s", (q) => {
    expect(figure(q)).toEqual(["answered", "岚汀县人民政府", 2023, 52]);
  });

  it("guard: 不能 of a row asked (不能公开) is not a filler", () => {
    expect(answerer.answer("岚汀县2023年不能公开的有多少").figures.map((f) => f.metric)).not.toContain("table2.new.total");
  });
});

describe("the figure's words in pinyin, not only the place", () => {
  it.each([
    ["lanting 2023 yishenqing", 2023, 52],
    ["岚汀县 2023 yishenqing", 2023, 52],
    ["lantingxian 2024 nian yishenqing gongkai duoshao jian", 2024, 46],
    ["lanting 2023 yuyi gongkai duoshao", 2023, 39],
  ])("%s", (q, year, value) => {
    expect(figure(q)).toEqual(["answered", "岚汀县人民政府", year, value]);
  });

  it("guard: a Latin word that spells no phrase stays as typed (no figure for lanting 2023 gdp)", () => {
    expect(answerer.answer("lanting 2023 gdp").figures).toEqual([]);
  });
});

describe("messages that are not a question about a report", () => {
  it.each([
    ["帮我写一份2024年的政府信息公开年报", "不能代写"],
    ["谢谢", "不客气"],
    ["好的，谢谢！", "不客气"],
    ["今天天气怎么样", "不是关于政府信息公开年度报告的问题"],
  ])("%s: said plainly, no figure, no quote", (q, said) => {
    const a = answerer.answer(q);
    expect([a.status, a.figures, a.quotes]).toEqual(["not_found", [], []]);
    expect(a.text).toContain(said);
  });

  it("guard: small-talk words in a message naming a place, year or figure are a question (气象局…天气预报)", () => {
    expect(offTopic("岚汀县气象局2023年发布天气预报多少次", true)).toBeNull();
    expect(offTopic("今天天气怎么样", false)).toBe("chat");
    // 收到呢 is a follow-up asking 收到 (the applications received), not an acknowledgement
    expect(offTopic("收到呢", false)).toBeNull();
  });
});

describe("two years named and their difference asked (差多少)", () => {
  it.each(["岚汀县2023年和2024年依申请差多少", "岚汀县2023年和2024年依申请相差几件"])("%s: the change with its formula, not a list", (q) => {
    const a = answerer.answer(q);
    expect([a.status, a.figures[0]?.value]).toEqual(["answered", -6]);
    expect(a.text).toContain("2024 年 46 件 − 2023 年 52 件 = -6 件");
  });
});

describe("a place's government and its office named after the place", () => {
  it.each(["岚汀县2023年政府和政府办依申请公开对比", "岚汀县2023年县政府与县政府办依申请公开各多少", "岚汀县2023年依申请公开政府和政府办对比", "岚汀县政府和政府办2023年依申请公开对比"])("%s: both compared", (q) => {
    const a = answerer.answer(q);
    expect([a.status, a.kind]).toEqual(["answered", "comparison"]);
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([
      ["岚汀县人民政府", 52],
      ["岚汀县人民政府办公室", 17],
    ]);
  });

  it("guard: 政府信息 is not a government named", () => {
    expect(figure("岚汀县2023年依申请公开政府信息多少件")).toEqual(["answered", "岚汀县人民政府", 2023, 52]);
  });
});

describe("a ranking asked in the negative (没收到)", () => {
  const departments = (finance: number) =>
    createAnswerer(
      [...reports, ...([["岚汀县教育局", 5], ["岚汀县财政局", finance], ["岚汀县卫生健康局", 8]] as const).map(([agency, n]) => makeReport({ agency, region: "岚汀县", year: 2024, file: `${agency}-2024.txt`, table2: { new: t2row(n) } as never }))],
      { today: () => TODAY },
    );

  it("every department received some: said so, the fewest named first — never the most", () => {
    const a = departments(3).answer("岚汀县2024年哪个部门没收到申请");
    expect(a.figures[0]?.agency).toBe("岚汀县财政局");
    expect(a.text.split("\n")[0]).toContain("没有为 0 的");
    expect(a.text.split("\n")[0]).toContain("最少的是岚汀县财政局，3 件");
  });

  it("a department at 0 is the answer", () => {
    const a = departments(0).answer("岚汀县2024年哪个部门没有收到过申请");
    expect(a.text.split("\n")[0]).toBe("为 0 的：岚汀县财政局（本年新收政府信息公开申请：0 件）。");
  });

  it("guard: 最多 still ranks the most first", () => {
    expect(departments(3).answer("岚汀县2024年哪个部门收到申请最多").figures.map((f) => f.value)).toEqual([15, 8, 5, 3]);
  });
});

describe("a long chatty message with the question in the middle", () => {
  const ramble = (question: string) =>
    `您好，我是一名记者，最近在做一个关于基层政务公开的专题，采访了不少城中村的居民和社区干部，大家对旧城改造的政策文件关注度很高，有的地方公开得很详细，有的地方就比较简单。我翻了好几份年报，表格经常对不齐，看得头都大了。我现在想知道的是：${question}如果能告诉我出处就更好了，我好在稿子里引用。非常感谢，辛苦了！`;

  it("the sentence naming a loaded body and a figure is answered, said so", () => {
    const a = answerer.answer(ramble("岚汀县2023年依申请公开收到多少件？"));
    expect([a.status, a.figures[0]?.agency, a.figures[0]?.value]).toEqual(["answered", "岚汀县人民政府", 52]);
    expect(a.text).toContain("按消息中的问题“岚汀县2023年依申请公开收到多少件？”回答");
  });

  it("a year said only in another sentence is the question's year (not lost)", () => {
    const a = answerer.answer(ramble("岚汀县依申请公开收到多少件？").replace("我翻了好几份年报", "我翻了好几份2023年的年报"));
    expect([a.status, a.figures[0]?.year, a.figures[0]?.value]).toEqual(["answered", 2023, 52]);
  });

  it("guard: a message whose place and figure are in different sentences is read whole, never a preamble noun as the place", () => {
    const a = answerer.answer(ramble("他们那边2023年依申请公开收到多少件？"));
    expect(a.figures).toEqual([]);
    expect(a.text).not.toContain("按消息中的问题");
  });
});

describe("a word before a short figure phrase typed with a character of the same sound", () => {
  it.each([
    ["岚汀县2023年行证处罚多少", "行政处罚 · 本年处理决定数量"],
    ["岚汀县2023年行证复议几件", "行政复议"],
  ])("%s is read as the whole phrase, nothing left over", (q, label) => {
    const read = understand(q, [{ agency: "岚汀县人民政府", region: "岚汀县" }], TODAY);
    expect(read.metric?.label).toBe(label);
    expect(leftover(read).words).toEqual([]);
  });
});

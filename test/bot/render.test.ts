import { describe, expect, it } from "vitest";
import { answerReply, formatValue, plainText, splitText } from "../../src/bot/render.ts";
import { answerText } from "../../src/answers/compose.ts";
import type { Answer } from "../../src/index/schema.ts";
import { xunyangFigure } from "./stub-core.ts";

const fig = (region: string, year: number, label: string, value: number, unit = "件") => ({
  agency: `${region}人民政府`,
  region,
  year,
  metric: "table2.new.total",
  label,
  value,
  unit,
  source: `${region}人民政府${year}年政府信息公开工作年度报告 · 表二 · 本年新收 · 总计`,
});

describe("answerReply", () => {
  it("puts the headline figure first, with region, year, label and value with unit", () => {
    const r = answerReply(xunyangFigure);
    expect(r.blocks[0]).toEqual({ kind: "figure", label: "浔阳区 2023 年 · 本年新收政府信息公开申请", value: "14 件" });
    expect(r.title).toBe("浔阳区 2023 年 · 本年新收政府信息公开申请：14 件");
  });

  it("follows the figure with its source line and the verbatim quote", () => {
    const kinds = answerReply(xunyangFigure).blocks.map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(["figure", "source", "quote"]);
    expect(answerReply(xunyangFigure).blocks[2]).toEqual({ kind: "quote", text: "2023年共受理依申请公开14件，依法办结14件" });
  });

  it("shows inconsistency notes as warnings, informative ones as info", () => {
    const r = answerReply({ ...xunyangFigure, notes: ["自然人一列之和是 49，报告印的总计是 48", "报告正文另有说明。"] });
    expect(r.blocks).toContainEqual({ kind: "note", tone: "warning", text: "自然人一列之和是 49，报告印的总计是 48" });
    expect(r.blocks).toContainEqual({ kind: "note", tone: "info", text: "报告正文另有说明。" });
  });

  it("a text answer's note comes once, after the passage it is about (outside round 13: “相关原文：⏎注：…” before the quote)", () => {
    const note = "“枫溪县”按枫溪县人民政府的报告回答。";
    const quote = "下一步，我县将从以下方面改进：一是丰富解读形式。";
    const a: Answer = { ...xunyangFigure, kind: "search", figures: [], quotes: [{ text: quote, report: "枫溪县人民政府2023年报告", section: "五、存在的主要问题及改进情况" }], notes: [note], text: `相关原文：\n原文：“${quote}”（《枫溪县人民政府2023年报告》五、存在的主要问题及改进情况）\n注：${note}` };
    const text = plainText(answerReply(a));
    expect(text.indexOf(quote)).toBeGreaterThan(-1);
    expect(text.indexOf(note)).toBeGreaterThan(text.indexOf(quote));
    expect(text.split(note)).toHaveLength(2);
  });

  it("offers clarify choices as a choices block after the question back", () => {
    const a: Answer = {
      ...xunyangFigure,
      status: "clarify",
      figures: [],
      quotes: [],
      choices: ["乐清市人民政府2023年依申请公开多少件", "乐清市人民政府办公室2023年依申请公开多少件"],
      text: "乐清市有两份报告，您问的是哪一份？\n1. …\n2. …",
    };
    const r = answerReply(a);
    expect(r.blocks[0]).toEqual({ kind: "paragraph", spans: [{ text: "乐清市有两份报告，您问的是哪一份？" }] });
    expect(r.blocks[1]).toEqual({ kind: "choices", items: a.choices });
  });

  it("renders not_found as the core's words about what exists, never as a figure", () => {
    const a: Answer = { ...xunyangFigure, status: "not_found", figures: [], quotes: [], text: "没有浔阳区 2019 年的报告。\n\n已有：浔阳区 2023 年。" };
    const r = answerReply(a);
    expect(r.blocks.map((b) => b.kind)).toEqual(["paragraph", "paragraph"]);
    expect(plainText(r)).toContain("已有：浔阳区 2023 年");
  });

  it.each(["ranking", "comparison", "trend", "breakdown"] as const)("names the figure of a %s once, rows say only what differs, one source line", (kind) => {
    const src = (region: string) => `《${region}人民政府2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 总计`;
    const a: Answer = {
      ...xunyangFigure,
      kind,
      figures: [
        { ...fig("赣州市", 2023, "本年新收政府信息公开申请", 1516), source: src("赣州市") },
        { ...fig("浔阳区", 2023, "本年新收政府信息公开申请", 14), source: src("浔阳区") },
      ],
      quotes: [],
      text: "排名：本年新收政府信息公开申请",
    };
    const r = answerReply(a);
    expect(r.blocks[0]).toEqual({ kind: "paragraph", spans: [{ text: "排名：本年新收政府信息公开申请（2023 年）", bold: true }] });
    expect(r.blocks.find((b) => b.kind === "list")).toEqual({
      kind: "list",
      items: [
        [{ text: "赣州市：" }, { text: "1516 件", bold: true }],
        [{ text: "浔阳区：" }, { text: "14 件", bold: true }],
      ],
      ...(kind === "ranking" ? { ordered: true } : {}),
    });
    // Each row names its report (place, year); the one line names the cell in each.
    expect(r.blocks.filter((b) => b.kind === "source")).toEqual([
      { kind: "source", text: "各行对应的年度报告 · 三、收到和处理政府信息公开申请情况 · 一、本年新收政府信息公开申请数量 · 总计" },
    ]);
    const text = plainText(r);
    expect(text.match(/本年新收政府信息公开申请/g)).toHaveLength(2); // the heading and the source line's row label, never per row
    if (kind === "ranking") expect(text).toContain("1. 赣州市：1516 件\n2. 浔阳区：14 件");
  });

  it("gives rows from different places in their reports a source line per place, naming the rows", () => {
    const a: Answer = {
      ...xunyangFigure,
      kind: "trend",
      figures: [
        { ...fig("洪泽区", 2023, "行政许可", 550), source: "《洪泽区人民政府2023年政府信息公开工作年度报告》二、主动公开政府信息情况 · 行政许可" },
        { ...fig("洪泽区", 2024, "行政许可", 9487), source: "《淮安市洪泽区人民政府2024年政府信息公开工作年度报告》（正文）" },
      ],
      quotes: [],
      text: "历年变化：行政许可",
    };
    const r = answerReply(a);
    expect(r.blocks[0]).toEqual({ kind: "paragraph", spans: [{ text: "历年变化：行政许可（洪泽区）", bold: true }] });
    expect(plainText(r)).toContain("• 2023 年：550 件\n• 2024 年：9487 件");
    expect(r.blocks.filter((b) => b.kind === "source").map((b) => (b.kind === "source" ? b.text : ""))).toEqual([
      "洪泽区 2023 年报告 · 二、主动公开政府信息情况 · 行政许可",
      "洪泽区 2024 年报告 · （正文）",
    ]);
  });

  it("prints each passage of a free-text answer once, with one source line for a run from the same section", () => {
    const q = (text: string) => ({ text, report: "赣州市2023年政府信息公开工作年度报告", section: "五、存在的主要问题及改进情况" });
    const quotes = [q("政策解读的针对性有待提升。"), q("强化督促指导，推动全面补齐短板。"), q("政策解读的针对性有待提升。")];
    const a: Answer = {
      ...xunyangFigure,
      kind: "search",
      figures: [],
      notes: [],
      quotes,
      text: ["相关原文：", ...quotes.map((x) => `原文：“${x.text}”（《${x.report}》${x.section}）`)].join("\n"),
    };
    const r = answerReply(a);
    const text = plainText(r);
    expect(text.match(/政策解读的针对性有待提升/g)).toHaveLength(1);
    expect(text.match(/强化督促指导/g)).toHaveLength(1);
    expect(r.blocks.map((b) => b.kind)).toEqual(["paragraph", "quote", "quote", "source"]);
  });

  it("gives a breakdown from one table a single source line, the part its figures share", () => {
    const src = (row: string) => `《赣州市2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况 · ${row} · 总计`;
    const a: Answer = {
      ...xunyangFigure,
      kind: "breakdown",
      figures: [
        { ...fig("赣州市", 2023, "1.属于国家秘密", 1), source: src("1.属于国家秘密") },
        { ...fig("赣州市", 2023, "2.其他法律行政法规禁止公开", 12), source: src("2.其他法律行政法规禁止公开") },
      ],
      quotes: [{ text: "（三）不予公开\t1\t0", report: "赣州市2023年政府信息公开工作年度报告", section: "三、收到和处理政府信息公开申请情况" }],
      notes: [],
      text: "明细：不予公开",
    };
    const sources = answerReply(a).blocks.filter((b) => b.kind === "source");
    // one line for both figures; the quote's report and section are already named there
    expect(sources).toEqual([{ kind: "source", text: "《赣州市2023年政府信息公开工作年度报告》三、收到和处理政府信息公开申请情况" }]);
  });

  it("tells warnings from informative notes by their words in list answers", () => {
    const a: Answer = {
      ...xunyangFigure,
      kind: "ranking",
      figures: [fig("赣州市", 2023, "本年新收政府信息公开申请", 1516)],
      quotes: [],
      notes: ["在已收录的 5 份 2023 年报告中排名。", "乐平市的报告中没有这一数字，未参加排名。"],
      text: "排名",
    };
    const notes = answerReply(a).blocks.filter((b) => b.kind === "note");
    expect(notes.map((n) => (n.kind === "note" ? n.tone : ""))).toEqual(["info", "warning"]);
  });

  it("renders figure-less answers (reports, search) from the core's text and quotes", () => {
    const a: Answer = { ...xunyangFigure, kind: "search", figures: [], text: "找到 1 段相关原文：", quotes: xunyangFigure.quotes };
    const r = answerReply(a);
    expect(r.blocks.map((b) => b.kind)).toEqual(["paragraph", "quote", "source"]);
  });

  it("formats units: a space before words, none before %", () => {
    expect(formatValue(30183.96, "万元")).toBe("30183.96 万元");
    expect(formatValue(12.5, "%")).toBe("12.5%");
    expect(formatValue(3, "")).toBe("3");
  });

  it("shows a read number as printed and a worked-out one to two decimals, alike in chat and in plain text", () => {
    // 开平市交通运输局 2025 prints 行政事业性收费 38.441094 万元: 38.44 (chat) or 38.4411 (text) was not the printed figure.
    expect(formatValue(38.441094, "万元")).toBe("38.441094 万元");
    expect(formatValue((100 * 43) / 74, "%")).toBe("58.11%");
    expect(formatValue(0.1 + 0.2, "件")).toBe("0.3 件");
    expect(formatValue(1 / 3000, "%")).toBe("0.0003333%");
    const printed = { ...xunyangFigure, figures: [{ ...xunyangFigure.figures[0]!, value: 38.441094, unit: "万元" }] };
    expect(answerText(printed)).toContain("：38.441094 万元");
  });
});

describe("plainText", () => {
  it("renders every block kind readably", () => {
    const text = plainText({
      title: "t",
      blocks: [
        { kind: "figure", label: "浔阳区 2023 年 · 新收", value: "14 件" },
        { kind: "source", text: "表二" },
        { kind: "quote", text: "原文" },
        { kind: "note", tone: "warning", text: "不一致" },
        { kind: "list", items: [[{ text: "a" }, { text: "b", bold: true }]] },
        { kind: "choices", items: ["问题一", "问题二"] },
      ],
    });
    expect(text).toBe("浔阳区 2023 年 · 新收：14 件\n\n出处：表二\n\n> 原文\n\n⚠️ 不一致\n\n• ab\n\n1. 问题一\n2. 问题二");
  });
});

describe("splitText", () => {
  it("keeps short text whole", () => {
    expect(splitText("一\n二", 10)).toEqual(["一\n二"]);
  });

  it("cuts at line boundaries and drops the newline at the cut", () => {
    expect(splitText("aa\nbb\ncc", 5)).toEqual(["aa\nbb", "cc"]);
  });

  it("never produces a piece over the limit, and loses no characters", () => {
    const text = Array.from({ length: 300 }, (_, i) => `第${i}行：${"数".repeat(i % 37)}`).join("\n");
    const parts = splitText(text, 100);
    expect(parts.every((p) => p.length <= 100)).toBe(true);
    expect(parts.join("\n")).toBe(text);
  });

  it("cuts a single over-long line hard", () => {
    const parts = splitText("x".repeat(25), 10);
    expect(parts).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(5)]);
  });

  it("does not cut inside a surrogate pair", () => {
    const parts = splitText("😀".repeat(5), 3);
    expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(parts.join("")).toBe("😀".repeat(5));
  });

  it("measures with a custom size, e.g. the length after HTML escaping", () => {
    const esc = (s: string) => s.replace(/&/g, "&amp;").length;
    const parts = splitText("&&&&\n&&&&", 20, esc);
    expect(parts).toEqual(["&&&&", "&&&&"]);
  });

  it("returns nothing for blank text", () => {
    expect(splitText("\n\n", 10)).toEqual([]);
  });
});

/**
 * An answer never states an unsure figure as certain (issue 10, “the rule”): a figure the reader
 * marked unsure (Report.readings, NarrativeFigure.read) is never one of the answer's figures — the
 * chat shows those in bold — but is said in words: what was read, that it cannot be confirmed, and
 * why. Every kind of answer: one figure, breakdown, comparison, ranking, trend, the name+year summary.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { answerReply } from "../../src/bot/render.ts";
import { AnswerSchema, type Answer } from "../../src/index/schema.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const WHY = "粘连的数字“3020”有多种拆法";
const sentence = "全年收到市长信箱信件211条。";
const unsureYear = makeReport({
  agency: "永和县人民政府",
  region: "永和县",
  year: 2023,
  paragraphs: [sentence],
  table2: { new: t2row(30, 30), granted: t2row(10, 10), partly_granted: t2row(7, 7) },
  table3: {
    review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    suit_direct: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    suit_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
  table1: { licensing: { decisions: 500 } },
  readings: {
    "table2.new.total": { read: "unsure", reason: WHY },
    "table2.partly_granted.total": { read: "unsure", reason: "这一行重复了上一行的数字" },
    "table1.licensing.decisions": { read: "unsure", reason: "表一这一行读到的数字比栏目少" },
  },
  narrative: [{ read: "unsure", reason: "数字与单位之间有无法识别的字符", value: 211, unit: "条", says: "全年收到市长信箱信件211条", sentence, section: 1, start: 0, end: sentence.length }],
});
const earlier = makeReport({ agency: "永和县人民政府", region: "永和县", year: 2022, table2: { new: t2row(20, 20) } });
const other = makeReport({ agency: "青石县人民政府", region: "青石县", year: 2023, table2: { new: t2row(25, 25) } });
const answerer = createAnswerer([unsureYear, earlier, other], { today: () => new Date("2026-11-23") });
const ask = (q: string) => AnswerSchema.parse(answerer.answer(q));

/** Nothing unsure among the figures, nor drawn as a figure block. */
function noUnsureFigure(a: Answer, value: number): void {
  expect(a.figures.filter((f) => f.region === "永和县" && f.year === 2023).map((f) => f.value)).not.toContain(value);
  expect(answerReply(a).blocks.some((b) => b.kind === "figure" && b.value.startsWith(String(value)))).toBe(false);
}

describe("unsure figures are said, never stated", () => {
  it("one figure: not_found, the value read said to be unconfirmed, with the reason", () => {
    const a = ask("永和县2023年依申请公开多少件");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("读到的是 30 件，但不能确认");
    expect(a.text).toContain(WHY);
    noUnsureFigure(a, 30);
  });

  it("a table-1 figure too, and a sure figure of the same report is still answered", () => {
    expect(ask("永和县2023年行政许可处理决定数量")).toMatchObject({ status: "not_found", figures: [] });
    expect(ask("永和县2023年予以公开多少件")).toMatchObject({ status: "answered", figures: [{ value: 10 }] });
  });

  it("a narrative figure marked unsure", () => {
    const a = ask("永和县2023年市长信箱收到多少信件");
    expect(a).toMatchObject({ status: "not_found", figures: [] });
    expect(a.text).toContain("读到的是 211 条，但不能确认");
  });

  it("breakdown: the unsure part is left out of the figures and said in a note", () => {
    const a = ask("永和县2023年办理结果");
    expect(a.kind).toBe("breakdown");
    expect(a.figures.map((f) => [f.metric, f.value])).toContainEqual(["table2.granted.total", 10]);
    expect(a.figures.map((f) => f.metric)).not.toContain("table2.partly_granted.total");
    expect(a.notes.join()).toContain("存疑，未列出");
  });

  it("comparison: only the sure figure is compared; the other is said", () => {
    const a = ask("对比永和县和青石县2023年依申请公开数量");
    expect(a.figures.map((f) => [f.region, f.value])).toEqual([["青石县", 25]]);
    expect(a.notes.join()).toContain("永和县 2023 年");
    expect(a.notes.join()).toContain("不能确认");
  });

  it("ranking: an unsure value takes no place, however large", () => {
    const a = ask("2023年哪个地方依申请公开最多");
    expect(a.figures[0]).toMatchObject({ region: "青石县", value: 25 });
    noUnsureFigure(a, 30);
    expect(a.notes.join()).toContain("存疑，未列出：永和县 2023 年");
  });

  it("trend: the unsure year is a note, not a point of the series", () => {
    const a = ask("永和县历年依申请公开数量");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2022, 20]]);
    expect(a.notes.join()).toContain("2023 年");
  });

  it("the name+year summary leaves unsure figures out and says so", () => {
    const a = ask("永和县2023年");
    expect(a.status).toBe("answered");
    noUnsureFigure(a, 30);
    noUnsureFigure(a, 500);
    expect(a.figures.map((f) => f.value)).toContain(10);
    expect(a.notes.filter((n) => n.startsWith("存疑")).length).toBe(2);
  });
});

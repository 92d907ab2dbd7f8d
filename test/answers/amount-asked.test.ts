/**
 * Money asked is answered with money, never with a count: table 1's 行政处罚 row has only 本年处理决定数量
 * (件), so “行政处罚金额” / “罚了多少钱” / “罚款多少” is the amount the text prints (“罚没金额…万元”), or
 * not_found — never the 件. The sentences are invented and written into the bundled xunyang-2023
 * sample, whose table 1 prints 行政处罚 2518 and 行政事业性收费 0.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";

const text = readFileSync(new URL("../../data/reports/xunyang-2023.txt", import.meta.url), "utf8");
/** xunyang-2023 with `sentence` written at the end of its 监督保障 paragraph (section 一). */
const withSentence = (sentence: string) => parseReport(text.replace("二、主动公开政府信息情况", `${sentence}\n\n    二、主动公开政府信息情况`), "xunyang-2023.txt");
const ask = (sentence: string, what: string): Answer => createAnswerer([withSentence(sentence)]).answer(`浔阳区2023年${what}`);
const values = (a: Answer) => a.figures.map((f) => f.value);

const FINES = "全年作出行政处罚决定2518件，罚没金额36.5万元，处罚决定均在门户网站公示。";

describe("an amount asked of a row whose only column is a count", () => {
  it.each(["行政处罚金额是多少", "行政处罚罚了多少钱", "罚款多少", "罚没款多少万元", "处罚金额多少"])("%s → the amount the text prints, not 2518 件", (what) => {
    const a = ask(FINES, what);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([36.5]);
    expect(a.figures[0]?.unit).toBe("万元");
    expect(a.figures[0]?.source).toContain("正文");
  });

  it("no amount printed: not_found, and the count is not given", () => {
    const a = ask("全年累计开展政务公开培训2次。", "行政处罚金额是多少");
    expect(a.status, a.text).toBe("not_found");
    expect(values(a)).not.toContain(2518);
    expect(a.text).toContain("金额");
  });

  it("guard: an amount of another topic is not the fines (信息处理费 160 元)", () => {
    const a = ask("本年度向1名申请人收取信息处理费160元。", "行政处罚金额是多少");
    expect(a.status, a.text).toBe("not_found");
    expect(values(a)).not.toContain(160);
    expect(values(a)).not.toContain(2518);
  });

  it("guard: the count asked is still the table's count", () => {
    const a = ask(FINES, "行政处罚多少件");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([2518]);
  });

  it("guard: a count asked is never answered with money (收费多少项 → not 0 万元)", () => {
    const a = ask(FINES, "行政事业性收费多少项");
    expect(a.status, a.text).toBe("not_found");
    expect(a.figures).toEqual([]);
  });

  it("two amounts of the topic: the one the question's words name", () => {
    const sentence = "全年作出行政处罚决定2518件，罚没金额36.5万元，其中罚款30万元。";
    expect(values(ask(sentence, "罚没金额多少"))).toEqual([36.5]);
    expect(values(ask(sentence, "罚款多少万元"))).toEqual([30]);
  });
});

describe("收费了吗 is the 信息处理费 the report states, table 1's 行政事业性收费 apart", () => {
  const plainReport = (what: string) => createAnswerer([withSentence("")]).answer(`浔阳区2023年${what}`);

  it("no fee charged: the report's sentence, quoted, and table 1's item only in a note", () => {
    const a = plainReport("收费了吗");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures).toEqual([]);
    expect(a.quotes.some((x) => x.text.includes("未收取信息公开处理费"))).toBe(true);
    expect(a.notes.some((n) => n.includes("行政事业性收费"))).toBe(true);
  });

  it("a fee charged: its amount is the figure, with its sentence", () => {
    const report = parseReport(text.replace("本年度我区未收取信息公开处理费", "本年度我区向2名申请人收取信息处理费80元"), "xunyang-2023.txt");
    const a = createAnswerer([report]).answer("浔阳区2023年是否收费");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([80]);
    expect(a.figures[0]?.unit).toBe("元");
  });

  it.each(["收费多少", "行政事业性收费了吗", "收费金额是多少"])("guard: %s is table 1's 行政事业性收费", (what) => {
    const a = plainReport(what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.label).toContain("行政事业性收费");
  });
});

describe("信息处理费 named", () => {
  it("收取信息处理费了吗: the statement alone, not passages about other things", () => {
    const a = createAnswerer([withSentence("")]).answer("浔阳区2023年收取信息处理费了吗");
    expect(a.status, a.text).toBe("answered");
    expect(a.quotes.length).toBeGreaterThan(0);
    expect(a.quotes.every((x) => x.text.includes("处理费"))).toBe(true);
  });
});

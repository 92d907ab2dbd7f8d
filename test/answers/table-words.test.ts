/**
 * A question naming the table (“本年新收政府信息公开申请数量（表格里的）”, round 24) asks for the table's figure: the
 * words naming a table are a table figure's own, not words left unread (“问题里的“表格”没有读懂”). A narrative
 * number is not “in the table”. Sentences invented, written into the bundled xunyang-2023 sample.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const text = readFileSync(new URL("../../data/reports/xunyang-2023.txt", import.meta.url), "utf8");
const report = parseReport(text, "xunyang-2023.txt");
const ask = (what: string) => createAnswerer([report]).answer(`浔阳区2023年${what}`);

describe("the table named in the question", () => {
  const plain = ask("本年新收政府信息公开申请数量");
  it.each(["本年新收政府信息公开申请数量（表格里的）", "表格中的本年新收申请数量", "统计表里行政复议多少件"])("%s → the table's figure", (what) => {
    const a = ask(what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.metric).toMatch(/^table[23]\./u);
    if (what.includes("新收")) expect(a.figures[0]?.value).toBe(plain.figures[0]?.value);
  });
});

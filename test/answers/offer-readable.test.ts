/**
 * After a figure a report lacks, the answer offers what else can be asked of it (compose.ts offer):
 * only what was read. A report whose table 3 was an image (outside round 12) got “没有可读的表三”
 * and then “可以回答：…行政复议、行政诉讼…”, a dead end offered as a way on. Invented report.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Report } from "../../src/index/schema.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";

const read = parseReport(renderReport(randomFigures(71, "2021", "澄岚县卫生健康局", 2023), { layout: "tabs" }), "c71.txt");
const noTable3: Report = { ...read, table3: null };
const answer = (q: string, report = noTable3) => createAnswerer([report], { today: () => new Date("2026-11-30") }).answer(q);

describe("the offer after a missing figure names only what was read", () => {
  it("table 3 unread: 行政复议 is not offered, 依申请公开 is", async () => {
    const a = await answer("澄岚县卫生健康局2023年行政复议多少件");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("没有可读的表三");
    expect(a.text).toContain("可以回答：依申请公开数量");
    expect(a.text).not.toMatch(/可以回答：[^；]*行政复议/u);
  });
  it("a report read whole offers all three tables", async () => {
    const a = await answer("澄岚县卫生健康局2023年网站建设投入多少资金", read);
    expect(a.text).toContain("可以回答：依申请公开数量、办理结果、行政复议、行政诉讼、行政许可");
  });
  it("table 2 lost while tables 1 and 3 were read: said unread, never that the report lacks the row", async () => {
    const noTable2: Report = { ...read, table2: Object.fromEntries(Object.keys(read.table2).map((k) => [k, null])) as Report["table2"] };
    const a = await answer("澄岚县卫生健康局2023年予以公开多少件", noTable2);
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("表二未能读出");
    expect(a.text).not.toContain("表二中没有");
  });
});

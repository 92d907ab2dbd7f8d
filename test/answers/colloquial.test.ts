/**
 * Everyday wording around a figure the bot can read (found by a held-out tester): words of why and
 * of adding up, 律师事务所 for the 法律服务机构 column, 这两年 for the last two years, and a question
 * that names no agency (县政府…, 2023年主动公开多少条) asked back with the bodies its words fit.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { findYears } from "../../src/answers/understand.ts";
import { loadCorpus } from "../../src/index/corpus.ts";

let answerer: Answerer;
beforeAll(async () => {
  const corpus = await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname);
  answerer = createAnswerer(corpus.reports, { today: () => new Date("2026-11-30") });
});
const ask = (q: string) => answerer.answer(q);

describe("everyday wording around a readable figure", () => {
  it("因为 (why) and 加起来 (adding up) leave the figure as asked", () => {
    expect(ask("浔阳区2023年因为信息公开被起诉了几次")).toMatchObject({ status: "answered", figures: [{ region: "浔阳区", value: 0 }] });
    // 无法提供 (赣州 2023: 本机关不掌握 …) + 不予公开: the groups' totals added
    const both = ask("赣州市2023年无法提供和不予公开加起来多少件");
    expect(both).toMatchObject({ status: "answered" });
    expect(both.figures[0]?.value).toBe(ask("赣州市2023年无法提供和不予公开一共多少件").figures[0]?.value);
  });

  it("律师事务所 is the 法律服务机构 column, not an agency", () => {
    expect(ask("赣州市2023年律师事务所申请了几件")).toMatchObject({ status: "answered", figures: [{ region: "赣州市", value: 1 }] });
  });

  it("这两年 is the last two completed years; without their reports, the agency's newest two, said so", () => {
    expect(findYears("浔阳区这两年依申请公开数量", new Date("2026-11-30")).years).toEqual([2024, 2025]);
    const a = ask("洪泽区这两年依申请公开数量");
    expect(a.figures.map((f) => [f.year, f.value])).toEqual([[2023, 21], [2024, 95]]);
    expect(a.text).toContain("最新为 2024 年，按最近 2 年（2023、2024）回答");
  });
});

describe("a question that names no agency", () => {
  it("区政府 is asked back with the district governments only", () => {
    const a = ask("区政府2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices).toEqual(["淮安市洪泽区人民政府2023年依申请公开多少件", "浔阳区人民政府2023年依申请公开多少件"]);
  });

  it("a number asked of nobody is asked back, not answered from whichever report's passages", () => {
    const a = ask("2023年主动公开了多少条信息");
    expect(a.status).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.choices[0]).toMatch(/人民政府2023年主动公开了多少条信息$/u);
    // free text without a number still searches every report
    expect(ask("信息处理费")).toMatchObject({ status: "answered", kind: "search" });
  });
});

/**
 * 不予公开的原因 (有哪些) asks for the refusals by reason — the table's eight rows (国家秘密, 第三方 …) —
 * not why the body refused: answered as that breakdown, never with “报告没有写明原因”. 为什么 stays a
 * why (the report's own reasons or none). Invented report (柘川县).
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const rows = { state_secret: 2, law_prohibited: 3, security_stability: 1, third_party: 9, internal_affairs: 6, process_info: 10, enforcement_file: 3, query_matter: 5 };
const report = makeReport({
  agency: "柘川县人民政府",
  region: "柘川县",
  year: 2022,
  table2: { new: t2row(80), ...Object.fromEntries(Object.entries(rows).map(([k, v]) => [`refused.${k}`, t2row(v)])) } as never,
});
const answerer = createAnswerer([report], { today: () => new Date("2026-11-30") });

describe("不予公开的原因", () => {
  it.each(["柘川县2022年不予公开的原因", "柘川县2022年不予公开的原因有哪些"])("%s lists the reasons' rows", (q) => {
    const a = answerer.answer(q);
    expect(a.kind).toBe("breakdown");
    expect(a.text).toMatch(/国家秘密：2 件/u);
    expect(a.text).toMatch(/第三方合法权益：9 件/u);
    expect(a.text).not.toContain("没有写明原因");
  });

  it("为什么 is still a why", () => {
    expect(answerer.answer("柘川县2022年不予公开为什么这么多").text).toContain("没有写明原因");
  });
});

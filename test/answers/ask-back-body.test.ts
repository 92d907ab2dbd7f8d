/**
 * A question that names a department without its place (交通局2023年…): the choices asked back are
 * the bodies the word fits, not the governments first with those bodies hidden among the rest.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const places = ["青石县", "白沙县", "红河镇", "安平市", "东川区"];
const reports = [
  ...places.map((p) => makeReport({ agency: `${p}人民政府`, region: p, year: 2023, table2: { new: t2row(10, 10) } })),
  ...["教育局", "财政局", "公安局", "卫生健康委员会", "农业农村局"].map((b) => makeReport({ agency: `安平市${b}`, region: "安平市", year: 2023, table2: { new: t2row(5, 5) } })),
  makeReport({ agency: "青石县交通运输局", region: "青石县", year: 2023, table2: { new: t2row(7, 7) } }),
  makeReport({ agency: "东川区交通运输局", region: "东川区", year: 2023, table2: { new: t2row(8, 8) } }),
];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-15") });

describe("asking back for a department named without its place", () => {
  it("offers the bodies the word fits", () => {
    const a = answerer.answer("交通局2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices).toEqual(["青石县交通运输局2023年依申请公开多少件", "东川区交通运输局2023年依申请公开多少件"]);
    for (const c of a.choices) expect(answerer.answer(c).status).toBe("answered");
  });

  it("and the governments first when no body is named", () => {
    const a = answerer.answer("2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices[0]).toContain("人民政府");
  });
});

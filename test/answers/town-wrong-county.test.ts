/**
 * A township typed under a county it is not in (invented counties, test/helpers/two-counties-towns.ts):
 * never another county's township of that name answered silently. The county's own township whose
 * name differs only by 镇 / 乡 is taken, said so — asked back with the other county's township of the very
 * name typed when there is one; otherwise not found, naming where the township said
 * is and which townships the county has — as a department typed under the wrong county is.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { twoCountyTownReports } from "../helpers/two-counties-towns.ts";

const answerer = createAnswerer(twoCountyTownReports(), { today: () => new Date("2026-11-30") });
const ask = (q: string) => answerer.answer(q);

describe("a township said under the wrong county", () => {
  it("乙岭县石埠镇 (乙岭县 has 石埠乡, 甲溪县 has 石埠镇): both asked back, the county's own first — never either answered silently", () => {
    const a = ask("乙岭县石埠镇2024年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.choices).toEqual(["乙岭县石埠乡人民政府2024年依申请公开多少件", "甲溪县石埠镇人民政府2024年依申请公开多少件"]);
    const b = ask("甲溪县石埠乡2024年依申请公开多少件");
    expect(b.status).toBe("clarify");
    expect(b.choices).toEqual(["甲溪县石埠镇人民政府2024年依申请公开多少件", "乙岭县石埠乡人民政府2024年依申请公开多少件"]);
  });

  it("镇 for 乡 where no other county has the name typed: the county's own township, said so", () => {
    const a = ask("乙岭县梅坞镇2024年依申请公开多少件");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["梅坞乡人民政府", 2]]);
    expect(a.text).toContain("按“梅坞乡人民政府”理解");
  });

  it("a town only the other county has: not found, where it is and what the county has", () => {
    const a = ask("乙岭县青杉镇2024年依申请公开多少件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("已收录的青杉镇是甲溪县青杉镇人民政府，不在乙岭县");
    expect(a.text).toContain("乙岭县已收录的乡镇（街道）是：乙岭县石埠乡人民政府、乙岭县柘塘镇人民政府");
    const b = ask("甲溪县柘塘镇2024年予以公开多少件");
    expect(b.status).toBe("not_found");
    expect(b.text).not.toMatch(/3 件/u);
  });

  it("a town titled without its county is placed by the county its report states", () => {
    const a = ask("乙岭县沙湄乡2024年依申请公开多少件");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("已收录的沙湄乡是沙湄乡人民政府（甲溪县），不在乙岭县");
    expect(a.text).toContain("梅坞乡人民政府");
    expect(ask("乙岭县梅坞乡2024年依申请公开多少件").figures.map((f) => f.value)).toEqual([2]);
  });

  it("the right county, the town alone, and a place said again still answer as before", () => {
    expect(ask("甲溪县石埠镇2024年依申请公开多少件").figures.map((f) => f.agency)).toEqual(["甲溪县石埠镇人民政府"]);
    expect(ask("乙岭县柘塘镇2024年予以公开多少件").figures.map((f) => f.value)).toEqual([3]);
    expect(ask("青杉镇2024年依申请公开多少件").figures.map((f) => f.value)).toEqual([8]);
    expect(ask("石埠2024年依申请公开多少件").status).toBe("clarify");
  });
});

/**
 * A province's corpus (invented names): the province's government, office and departments, a city
 * with its own, a county and a county-level city under it, and a zone. Group words (省直部门, 省级单位,
 * 全省各部门, 各委办厅局) are a field — added up or ranked, never one body's figure; a group word not
 * understood is said so; 省 / 市 before a body's name with no place is the level's body; 全省各市 is the
 * prefecture-level cities; a zone named loosely (高新区管委会) is looked for among the zones.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { makeReport } from "../helpers/report.ts";

/** agency → 本年新收 in 2023 (2024: one more); 予以公开 is a third of it, rounded down. */
const BODIES: [string, number][] = [
  ["沂岚省人民政府", 71],
  ["沂岚省人民政府办公厅", 14],
  ["沂岚省教育厅", 16],
  ["沂岚省公安厅", 19],
  ["沂岚省市场监督管理局", 23],
  ["沂岚省卫生健康委员会", 19],
  ["茗州市人民政府", 30],
  ["茗州市人民政府办公室", 12],
  ["茗州市教育局", 40],
  ["茗州市市场监督管理局", 17],
  ["茗州市卫生健康委员会", 14],
  ["茗州市枥川县人民政府", 9],
  ["茗州市棠安市人民政府", 13],
  ["茗州高新技术产业开发区管理委员会", 5],
];
const reports = BODIES.flatMap(([agency, n]) =>
  [2023, 2024].map((year) =>
    makeReport({ agency, region: identify(agency).region, year, file: `${agency}${year}.txt`, table2: { new: { total: n + year - 2023 }, granted: { total: Math.floor((n + year - 2023) / 3) } } as never }),
  ),
);
// a report whose agency could not be read (a title form not read): nobody's, said so where a field leaves it out
reports.push(makeReport({ agency: "机关不明（content_1.txt）", region: "", year: 2023, file: "content_1.txt", table2: { new: { total: 50 } } as never }));
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-30") });
const answered = (q: string) => {
  const a = answerer.answer(q);
  expect(a.status, a.text).toBe("answered");
  return a;
};
const PROVINCE_DEPARTMENTS = ["沂岚省人民政府办公厅", "沂岚省教育厅", "沂岚省公安厅", "沂岚省市场监督管理局", "沂岚省卫生健康委员会"];

describe("group words are the field, never one body's figure", () => {
  it.each(["沂岚省直部门2023年一共收到多少申请", "沂岚省直各部门2023年收到申请合计多少", "沂岚省级部门2023年一共收到多少申请", "2023年沂岚省委办厅局一共收到多少申请"])("%s: the province's departments added up", (q) => {
    const a = answered(q);
    expect(a.figures[0]?.value).toBe(14 + 16 + 19 + 23 + 19);
    expect(a.figures.slice(1).map((f) => f.agency).sort()).toEqual([...PROVINCE_DEPARTMENTS].sort());
  });

  it.each(["2024年省直部门哪个收到的申请最多", "2024年全省各部门收到申请排名", "2024年省级单位哪个收到申请最多"])("%s: the province's departments only, no place named", (q) => {
    const a = answered(q);
    expect(a.figures[0]?.agency).toBe("沂岚省市场监督管理局");
    expect(a.figures.map((f) => f.agency).sort()).toEqual([...PROVINCE_DEPARTMENTS].sort());
  });

  it("市直部门 with no place named: the cities' departments, not the province's", () => {
    const a = answered("2023年市直部门哪个收到申请最多");
    expect(a.figures[0]?.agency).toBe("茗州市教育局");
    expect(a.figures.every((f) => f.agency.startsWith("茗州市"))).toBe(true);
  });

  it("a group word not understood is said so: no figure", () => {
    for (const q of ["沂岚省涉农部门2023年一共收到多少申请", "沂岚省的部门2023年一共收到多少申请", "2023年沂岚省窗口单位哪个收到申请最多"]) {
      const a = answerer.answer(q);
      expect(a.status, a.text).toBe("not_found");
      expect(a.figures).toEqual([]);
    }
  });
});

describe("a level said before a body's name, no place", () => {
  it.each([
    ["省市场监管局2024年收到多少申请", "沂岚省市场监督管理局", 24],
    ["省政府办2023年收到多少申请", "沂岚省人民政府办公厅", 14],
    ["2023年省卫健委依申请公开多少件", "沂岚省卫生健康委员会", 19],
    ["省政府2024年收到多少申请", "沂岚省人民政府", 72],
    ["省里2023年收到多少申请", "沂岚省人民政府", 71],
    ["市市场监管局2023年收到多少申请", "茗州市市场监督管理局", 17],
    ["市政府办2023年收到多少申请", "茗州市人民政府办公室", 12],
  ])("%s: %s", (q, agency, value) => {
    const a = answered(q);
    expect(a.figures[0]?.agency).toBe(agency);
    expect(a.figures[0]?.value).toBe(value);
  });

  it("省 before a name no provincial body has: none, never a city's", () => {
    const a = answerer.answer("省教育局2023年收到多少申请");
    expect(a.status, a.text).toBe("not_found");
    expect(a.figures).toEqual([]);
  });
});

describe("a zone named loosely", () => {
  it.each(["高新区管委会2023年收到多少申请", "茗州高新区2023年收到多少申请", "开发区管委会2023年收到多少申请"])("%s: the one zone loaded", (q) => {
    expect(answered(q).figures[0]?.agency).toBe("茗州高新技术产业开发区管理委员会");
  });

  it("a zone none is loaded of: none, never a government", () => {
    const a = answerer.answer("澄湖经济开发区2023年收到多少申请");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("茗州高新技术产业开发区管理委员会");
  });
});

describe("全省各市", () => {
  it("the prefecture-level cities: a county-level city and a report nobody's named as left out", () => {
    const a = answered("2023年全省各市哪个收到的申请最多");
    expect(a.figures.map((f) => f.agency)).toEqual(["茗州市人民政府"]);
    expect(a.text).toContain("棠安市是县级市");
    expect(a.text).toContain("读不出是哪个机关的（content_1.txt）");
  });

  it("a total over a field names the report nobody's too", () => {
    expect(answered("沂岚省直部门2023年一共收到多少申请").text).toContain("读不出是哪个机关的（content_1.txt）");
  });
});

describe("a line of work's departments", () => {
  it.each([
    ["2024年哪个教育部门收到的申请最多", ["茗州市教育局", "沂岚省教育厅"]],
    ["2023年哪个市场监管部门收到申请最多", ["沂岚省市场监督管理局", "茗州市市场监督管理局"]],
  ])("%s: the departments of that line, every level", (q, agencies) => {
    expect(answered(q).figures.map((f) => f.agency)).toEqual(agencies);
  });
});

describe("全省 with no body word", () => {
  it("asks back: the government's own figure, or its departments added up — never one given as the province's", () => {
    const a = answerer.answer("全省2023年收到多少申请");
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(answered(a.choices[0] as string).figures[0]?.agency).toBe("沂岚省人民政府");
    expect(answered(a.choices[1] as string).figures[0]?.value).toBe(14 + 16 + 19 + 23 + 19);
  });
});

describe("a field's figures asked each (各收到, 分别)", () => {
  it.each(["省直部门2023年各收到多少申请", "沂岚省直部门2023年分别收到多少申请"])("%s: listed, the province's departments", (q) => {
    const a = answered(q);
    expect(a.kind).toBe("ranking");
    expect(a.figures.map((f) => f.agency).sort()).toEqual([...PROVINCE_DEPARTMENTS].sort());
  });
});

describe("省直部门 with no province named, in a corpus of two provinces", () => {
  const two = createAnswerer([...reports, makeReport({ agency: "漪州省教育厅", region: "漪州省", year: 2023, file: "漪州省教育厅2023.txt", table2: { new: { total: 500 } } as never })], { today: () => new Date("2026-11-30") });

  it("a ranking compares both and says so", () => {
    const a = two.answer("2023年省直部门哪个收到申请最多");
    expect(a.figures[0]?.agency).toBe("漪州省教育厅");
    expect(a.text).toContain("问题没有说是哪个地方的省级部门");
  });

  it("a total is asked back, one province a choice — never the two added up", () => {
    const a = two.answer("省直部门2023年一共收到多少申请");
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    const one = two.answer(a.choices.find((c) => c.includes("沂岚省")) as string);
    expect(one.figures[0]?.value).toBe(14 + 16 + 19 + 23 + 19);
  });
});

/**
 * Questions the field words make rankings of, answered as what they ask: 各乡镇…一共多少件 is the sum of
 * the townships' figures (given only when every one is read surely), 部门里…最少的是哪个 with one year
 * named ranks the place's departments (not a trend of its government over the years), a question
 * in English gets a hint, and the help's examples are about the reports loaded.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const report = (agency: string, region: string, year: number, n: number) => makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: t2row(n) } });
const reports = [
  report("青岩县人民政府", "青岩县", 2023, 80),
  report("青岩县人民政府", "青岩县", 2022, 95),
  report("青岩县财政局", "青岩县", 2023, 8),
  report("青岩县教育局", "青岩县", 2023, 19),
  report("青岩县红石镇人民政府", "红石镇", 2023, 14),
  report("青岩县白水乡人民政府", "白水乡", 2023, 10),
  report("青岩县东门街道办事处", "东门街道", 2023, 3),
  // a vertically managed body is not one of the county's 部门
  report("国家税务总局青岩县税务局", "青岩县", 2023, 2),
];
const ask = (q: string, rs = reports) => createAnswerer(rs, { today: () => new Date("2026-11-15") }).answer(q);

describe("a field's figures added up", () => {
  it("adds up every report of a field larger than a ranking's page (60 townships)", () => {
    const towns = Array.from({ length: 60 }, (_, i) => `${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${"东南西北中上"[Math.floor(i / 10)]}镇`);
    const many = [report("青岩县人民政府", "青岩县", 2023, 80), ...towns.map((t, i) => report(`青岩县${t}人民政府`, t, 2023, i + 1))];
    const a = ask("青岩县2023年各乡镇依申请公开一共多少件", many);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ value: (60 * 61) / 2, year: 2023 });
    expect(a.figures.length).toBe(61);
  });

  it("各乡镇…一共多少件 is the sum, with each part", () => {
    const a = ask("青岩县2023年各乡镇依申请公开一共多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ value: 27, year: 2023 });
    expect(a.figures.slice(1).map((f) => f.value).sort((x, y) => x - y)).toEqual([3, 10, 14]);
    expect(a.text).toContain("3 份报告相加");
  });

  it("no sum when one of the field lacks the figure: the parts read and what is missing", () => {
    const withUnread = [...reports, makeReport({ agency: "青岩县金竹镇人民政府", region: "金竹镇", year: 2023, file: "jinzhu.txt" })];
    const a = ask("青岩县2023年各乡镇依申请公开一共多少件", withUnread);
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("无法给出");
    expect(a.text).toContain("青岩县金竹镇人民政府");
    expect(a.figures.map((f) => f.value)).not.toContain(27);
  });

  it("a which-word or a superlative still asks for a ranking", () => {
    expect(ask("青岩县2023年哪个乡镇依申请公开最多").kind).toBe("ranking");
  });
});

describe("一共 after one body's name adds up that body's figure, not a field", () => {
  const t3 = (direct: number, after: number) => {
    const g = (total: number) => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total });
    return { review: g(1), suit_direct: g(direct), suit_after_review: g(after) };
  };
  const body = (agency: string, region: string, n: number, direct: number, after: number) =>
    makeReport({ agency, region, year: 2020, file: `${agency}-2020.txt`, table2: { new: t2row(n) }, table3: t3(direct, after) });
  const offices = [
    body("青岩县人民政府", "青岩县", 80, 1, 1),
    body("青岩县人民政府办公室", "青岩县", 12, 2, 3),
    body("白石区人民政府", "白石区", 50, 1, 1),
    body("白石区人民政府办公室", "白石区", 9, 4, 5),
    body("白石区财政局", "白石区", 7, 0, 1),
  ];

  it.each(["一共", "总共", "合计", "总数", "加起来"])("白石区政府办2020年行政诉讼%s多少件 is the office's own 行政诉讼", (sum) => {
    const a = ask(`白石区政府办2020年行政诉讼${sum}多少件`, offices);
    expect(a.status, a.text).toBe("answered");
    expect(a.kind).toBe("figure");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["白石区人民政府办公室", 9]]);
    expect(a.text).not.toContain("份报告相加");
  });

  it("the office named in full, 依申请公开一共: its own figure", () => {
    const a = ask("白石区政府办公室2020年依申请公开一共多少件", offices);
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["白石区人民政府办公室", 9]]);
  });

  it("a group word still adds the field up (区直部门, 所属部门)", () => {
    for (const word of ["区直部门", "所属部门"]) {
      const a = ask(`白石区${word}2020年依申请公开一共多少件`, offices);
      expect(a.figures[0], a.text).toMatchObject({ value: 16 });
      expect(a.text).toContain("2 份报告相加");
    }
  });
});

describe("one year named: its bodies ranked, not the years", () => {
  it("部门里…最少的是哪个: the government's departments, not a vertically managed body", () => {
    const a = ask("青岩县2023年部门里依申请最少的是哪个");
    expect(a.kind, a.text).toBe("ranking");
    expect(a.figures[0]).toMatchObject({ agency: "青岩县财政局", value: 8 });
    expect(a.figures.every((f) => f.year === 2023)).toBe(true);
    expect(a.figures.map((f) => f.agency)).not.toContain("国家税务总局青岩县税务局");
  });

  it("without a year, 哪一年最多 is still the place's years", () => {
    expect(ask("青岩县哪一年依申请最多").kind).toBe("trend");
  });
});

describe("help and hints about what is loaded", () => {
  it("a question in English gets a hint in both languages, with an example about a loaded report", () => {
    const a = ask("How many information disclosure requests did Qingyan County receive in 2023?");
    expect(a.status).toBe("not_found");
    expect(a.text).toContain("Please ask in Chinese");
    expect(a.text).toContain("青岩县2023年");
  });

  it("the help's examples name loaded places and years", () => {
    const a = ask("帮助");
    expect(a.choices.length).toBeGreaterThan(3);
    for (const c of a.choices.filter((c) => /\d{4}年/u.test(c))) expect(c, c).toMatch(/2023年/u);
    expect(a.choices.join("\n")).not.toMatch(/浔阳区|赣州市/u);
    expect(ask(a.choices[0] as string).status).toBe("answered");
  });
});

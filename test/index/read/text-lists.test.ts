/**
 * Tables written as text lists (round 24: HTML pages printing each table row as a sentence,
 * “一、本年新收政府信息公开申请数量：自然人47件，商业企业6件，…，总计53件。”, “行政规范性文件：本年制发4件，
 * 本年废止1件，现行有效10件。”, “1. 行政复议：结果维持2件，…，总计4件。”). Table 2 was never read (“表二未能读出”)
 * and table 1's items were taken as glued digits. Each value is bound to the column its own name says
 * (layouts/listed.ts), never by its place: names printed in another order change nothing, and a row
 * whose names do not give every column one value is left unread, never shifted. Invented reports.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";
import { TABLE2_COLUMN_LABELS, TABLE2_COLUMNS, TABLE2_GROUPS, TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_GROUPS, table1Items, table2Rows, type Table2Column } from "../../../src/index/template.ts";
import { differences } from "../../helpers/compare.ts";
import { randomFigures, rng, type Figures } from "../../helpers/figures.ts";

interface ListStyle {
  /** Each sentence's columns in a seeded random order. */
  shuffle?: number;
  /** Rows printing one value without its column's name (“自然人3件，2件，科研机构0件…”). */
  unnamed?: { row: string; column: Table2Column }[];
  /** Rows printing the 法人或其他组织 subtotal among the names (“法人或其他组织5件”). */
  subtotal?: boolean;
}

const GROUP_OF = Object.fromEntries(table2Rows("2021").flatMap((r) => (r.group ? [[r.id, r.group]] : [])));
const CLAUSES: Record<string, string> = { 一: "（一）第二十条第（一）项", 五: "（二）第二十条第（五）项", 六: "（三）第二十条第（六）项", 八: "（四）第二十条第（八）项" };
const T3_LABELS = ["1. 行政复议", "2. 行政诉讼（未经复议直接起诉）", "3. 行政诉讼（复议后起诉）"];

/** A 2021-template report whose three tables are written as text lists, the way round 24's HTML pages print them. */
function listReport(f: Figures, place: string, style: ListStyle = {}): string {
  const r = rng(style.shuffle ?? 1);
  const order = <T,>(xs: readonly T[]): T[] => (style.shuffle ? [...xs].sort(() => r() - 0.5) : [...xs]);
  const t1: string[] = [];
  let clause = "";
  for (const item of table1Items("2021")) {
    const head = CLAUSES[item.clause] ?? "";
    if (head !== clause) t1.push(head);
    clause = head;
    const cells = order(item.columns).map((c) => {
      const name = c.label.replace(/（.*）$/, "").replace(/件数$/, "");
      return `${name}${f.table1[item.id]?.[c.id] ?? 0}${c.unit}`;
    });
    t1.push(`${item.label}：${cells.join("，")}。`);
  }
  const t2 = table2Rows("2021").map((row, i, all) => {
    const group = GROUP_OF[row.id] as keyof typeof TABLE2_GROUPS | undefined;
    const first = group && all[i - 1]?.group !== group ? TABLE2_GROUPS[group].label : "";
    const head = row.id === "granted" ? "三、本年度办理结果" : "";
    const cells = order(TABLE2_COLUMNS).map((c) => {
      const name = style.unnamed?.some((u) => u.row === row.id && u.column === c) ? "" : TABLE2_COLUMN_LABELS[c];
      return `${name}${f.table2[row.id]?.[c] ?? 0}件`;
    });
    const orgs = ["commercial", "research", "public_interest", "legal_service", "other_org"].reduce((a, c) => a + (f.table2[row.id]?.[c] ?? 0), 0);
    if (style.subtotal) cells.splice(1, 0, `法人或其他组织${orgs}件`);
    return `${head}${first}${row.label}：${cells.join("，")}。`;
  });
  const t3 = TABLE3_GROUPS.map((g, i) => `${T3_LABELS[i]}：${order(TABLE3_COLUMNS).map((c) => `${TABLE3_COLUMN_LABELS[c]}${f.table3[g]?.[c] ?? 0}件`).join("，")}。`);
  return [
    `${place}${f.year}年政府信息公开工作年度报告`,
    "一、总体情况",
    `${f.year}年，${place}持续深化政务公开，现将有关情况报告如下。`,
    "二、主动公开政府信息情况",
    ...t1,
    "三、收到和处理政府信息公开申请情况",
    ...t2,
    "四、政府信息公开行政复议、行政诉讼情况",
    ...order(t3),
    "五、存在的主要问题及改进情况",
    "政策解读形式较为单一。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
  ].join("\n");
}

const PLACE = "蔺川县苕溪镇人民政府";

describe("tables written as text lists", () => {
  it.each([1, 2, 3, 4, 5, 6])("every figure of the three tables comes back (seed %d), none unsure", (seed) => {
    const f = randomFigures(7300 + seed, "2021", PLACE, 2024);
    const r = parseReport(listReport(f, PLACE), `lists-${seed}.html`);
    expect(differences(r, f)).toEqual([]);
    expect(Object.entries(r.readings).filter(([, v]) => v.read === "unsure")).toEqual([]);
    expect(r.checks.filter((c) => !c.holds)).toEqual([]);
  });

  it.each([11, 12, 13, 14])("column names printed in another order: each value still goes to the column it names (seed %d)", (seed) => {
    const f = randomFigures(7400 + seed, "2021", PLACE, 2024);
    const r = parseReport(listReport(f, PLACE, { shuffle: seed }), `lists-shuffled-${seed}.html`);
    expect(differences(r, f)).toEqual([]);
  });

  it("the 法人或其他组织 subtotal printed among the names is no column of its own", () => {
    const f = randomFigures(7501, "2021", PLACE, 2024);
    const r = parseReport(listReport(f, PLACE, { subtotal: true }), "lists-subtotal.html");
    expect(differences(r, f)).toEqual([]);
  });

  it("a value printed without its column's name: that column is not read, no value is shifted into it, the row's other cells are unsure", () => {
    const f = randomFigures(7502, "2021", PLACE, 2024);
    f.table2["granted"] = { natural_person: 9, commercial: 2, research: 1, public_interest: 0, legal_service: 0, other_org: 0, total: 12 };
    const r = parseReport(listReport(f, PLACE, { unnamed: [{ row: "granted", column: "commercial" }] }), "lists-unnamed.html");
    expect(r.table2["granted"]).toEqual({ natural_person: 9, commercial: null, research: 1, public_interest: 0, legal_service: 0, other_org: 0, total: 12 });
    for (const c of TABLE2_COLUMNS) expect(r.readings[`table2.granted.${c}`]?.read, c).toBe("unsure");
    // every other row is read as printed
    const others = { ...f, table2: Object.fromEntries(Object.entries(f.table2).filter(([id]) => id !== "granted")) };
    expect(differences(r, others, { tables: [2] })).toEqual([]);
    const answerer = createAnswerer([r]);
    const a = answerer.answer(`${PLACE}2024年予以公开多少件`);
    expect(a.text).toMatch(/不能确认/);
    expect(answerer.answer(`${PLACE}2024年商业企业申请予以公开多少件`).figures.map((x) => x.value)).not.toContain(1);
  });

  it("table 1 and table 3 the same way: a missing name leaves its column unread, never filled from a neighbour", () => {
    const f = randomFigures(7505, "2021", PLACE, 2024);
    f.table1["normative"] = { issued: 4, repealed: 1, in_force: 10 };
    f.table3["review"] = { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 };
    const text = listReport(f, PLACE).replace("本年废止1件", "1件").replace("结果维持2件", "2件");
    const r = parseReport(text, "lists-unnamed-1-3.html");
    expect(r.table1["normative"]).toEqual({ issued: 4, repealed: null, in_force: 10 });
    expect(r.readings["table1.normative.in_force"]?.read).toBe("unsure");
    expect(r.table3?.["review"]?.["upheld"] ?? null).toBeNull();
    expect(r.readings["table3.review.total"]?.read).toBe("unsure");
    expect(r.table3?.["suit_direct"]).toEqual(f.table3["suit_direct"]);
  });

  it("the figures are answered from the table, quoting the row's sentence", () => {
    const f = randomFigures(7503, "2021", PLACE, 2024);
    f.table1["normative"] = { issued: 4, repealed: 1, in_force: 10 };
    const text = listReport(f, PLACE);
    const answerer = createAnswerer([parseReport(text, "lists-answer.html")]);
    const dup = f.table2["not_processed.duplicate"]?.["total"];
    const cases: [string, number | undefined][] = [
      ["重复申请多少件", dup],
      ["予以公开多少件", f.table2["granted"]?.["total"]],
      ["制发规范性文件多少件", 4],
      ["废止规范性文件几件", 1],
      ["现行有效规范性文件多少件", 10],
      ["行政诉讼直接起诉多少件", f.table3["suit_direct"]?.["total"]],
    ];
    for (const [q, want] of cases) {
      const a = answerer.answer(`${PLACE}2024年${q}`);
      expect(a.status, `${q}: ${a.text}`).toBe("answered");
      expect(a.figures.map((x) => x.value), q).toEqual([want]);
      expect(a.text, q).not.toMatch(/不能确认|未能读出/);
    }
    expect(answerer.answer(`${PLACE}2024年重复申请多少件`).text).toContain(`重复申请：自然人${f.table2["not_processed.duplicate"]?.["natural_person"]}件`);
  });

  it("a total that disagrees with its parts is found by the checks, as in any table", () => {
    const f = randomFigures(7504, "2021", PLACE, 2024);
    const text = listReport(f, PLACE).replace(/(（七）总计：.*总计)(\d+)件/, (_, head: string, n: string) => `${head}${Number(n) + 1}件`);
    const r = parseReport(text, "lists-planted.html");
    expect(r.table2["results_total"]?.["total"]).toBe((f.table2["results_total"]?.["total"] ?? 0) + 1);
    expect(r.checks.filter((c) => !c.holds).map((c) => c.rule)).toEqual(expect.arrayContaining(["row_sum", "column_sum"]));
  });
});

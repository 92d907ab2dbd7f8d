/**
 * The figures of one report, as the reader should return them: taken from
 * test/fixtures/expected.json (read by hand off the sample reports) or made up at random so that
 * every consistency rule of the template holds. test/helpers/render-report.ts prints them in the
 * layouts extraction tools produce.
 */
import { readFileSync } from "node:fs";
import {
  ORGANIZATION_COLUMNS,
  TABLE2_COLUMNS,
  TABLE3_COLUMNS,
  TABLE3_GROUPS,
  table1Items,
  table2Rows,
  type TemplateId,
} from "../../src/index/template.ts";

type Cells = Record<string, number>;

export interface Figures {
  /** The reporting body as the title prints it (“浔阳区人民政府”, “樟树市”, “九江市市场监督管理局”). */
  agency: string;
  year: number;
  template: TemplateId;
  table1: Record<string, Cells>;
  table2: Record<string, Cells>;
  table3: Record<string, Cells>;
}

/** A small seeded generator (mulberry32): the same seed gives the same report. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ExpectedReport {
  file: string;
  agency: string;
  year: number;
  template: TemplateId;
  table1: Record<string, Cells>;
  table2: Record<string, Cells | null>;
  table3: Record<string, Cells> | null;
}

/** The hand-read figures of the sample reports that are complete (leping-2023 is not). */
export function expectedFigures(): (Figures & { file: string })[] {
  const json = JSON.parse(readFileSync(new URL("../fixtures/expected.json", import.meta.url), "utf8")) as { reports: ExpectedReport[] };
  return json.reports
    .filter((r) => r.table3 && Object.values(r.table2).every(Boolean) && Object.keys(r.table1).length === table1Items(r.template).length)
    .map((r) => ({
      file: r.file,
      agency: r.agency,
      year: r.year,
      template: r.template,
      table1: r.table1,
      table2: r.table2 as Record<string, Cells>,
      table3: r.table3 as Record<string, Cells>,
    }));
}

/**
 * Random figures that satisfy every rule: row sums, column sums, the balance
 * new + carried_in = results_total + carried_out, and the table-3 group sums. Most cells are 0
 * and a few are large, as in real reports.
 */
export function randomFigures(seed: number, template: TemplateId = "2021", agency = "浔阳区人民政府", year = template === "2019" ? 2020 : 2023): Figures {
  const r = rng(seed);
  const small = (p = 0.45, max = 40) => (r() < p ? Math.floor(r() * max) + 1 : 0);
  const big = () => Math.floor(r() * (r() < 0.3 ? 200000 : 3000));

  const table1: Record<string, Cells> = {};
  for (const item of table1Items(template)) {
    table1[item.id] = Object.fromEntries(
      item.columns.map((c) => {
        if (c.id === "amount_10k_yuan") return [c.id, Math.round(r() * 5000000) / 100];
        if (c.id === "change") return [c.id, Math.floor(r() * 21) - 8];
        return [c.id, c.id === "decisions" ? big() : small(0.6, 300)];
      }),
    );
  }

  // 对外公开总数量 counts every document published so far: never fewer than this year's.
  for (const id of ["rules", "normative"]) {
    const row = table1[id];
    if (row && "total_published" in row) row["total_published"] = Math.max(row["total_published"] ?? 0, row["published"] ?? 0);
  }

  const rows = table2Rows(template).map((d) => d.id);
  const results = rows.filter((id) => !["new", "carried_in", "results_total", "carried_out"].includes(id));
  const six = TABLE2_COLUMNS.slice(0, 6);
  const table2: Record<string, Cells> = {};
  for (const id of results) {
    const weight = id === "granted" ? 0.95 : id === "partly_granted" || id === "unavailable.not_held" ? 0.6 : 0.25;
    table2[id] = Object.fromEntries(six.map((c) => [c, c === "natural_person" ? small(weight, id === "granted" ? 400 : 30) : small(weight / 4, 6)]));
  }
  const column = (ids: string[], c: string) => ids.reduce((a, id) => a + (table2[id]?.[c] ?? 0), 0);
  table2["results_total"] = Object.fromEntries(six.map((c) => [c, column(results, c)]));
  table2["carried_in"] = Object.fromEntries(six.map((c) => [c, small(0.3, 8)]));
  table2["carried_out"] = Object.fromEntries(six.map((c) => [c, small(0.3, 12)]));
  table2["new"] = Object.fromEntries(
    six.map((c) => {
      const v = (table2["results_total"]?.[c] ?? 0) + (table2["carried_out"]?.[c] ?? 0) - (table2["carried_in"]?.[c] ?? 0);
      if (v < 0 && table2["carried_in"]) table2["carried_in"][c] = (table2["carried_in"][c] ?? 0) + v; // keep every count ≥ 0
      return [c, Math.max(0, v)];
    }),
  );
  for (const id of Object.keys(table2)) {
    const row = table2[id] as Cells;
    row["total"] = six.reduce((a, c) => a + (row[c] ?? 0), 0);
  }
  const ordered: Record<string, Cells> = {};
  for (const id of rows) ordered[id] = Object.fromEntries(TABLE2_COLUMNS.map((c) => [c, table2[id]?.[c] ?? 0]));

  const table3: Record<string, Cells> = {};
  for (const g of TABLE3_GROUPS) {
    const four = TABLE3_COLUMNS.slice(0, 4).map(() => small(0.4, g === "review" ? 60 : 20));
    table3[g] = Object.fromEntries([...four.map((v, i) => [TABLE3_COLUMNS[i] as string, v] as const), ["total", four.reduce((a, b) => a + b, 0)]]);
  }
  return { agency, year, template, table1, table2: ordered, table3 };
}

/** 法人或其他组织: the five organisation columns together. */
export function organizations(row: Cells): number {
  return ORGANIZATION_COLUMNS.reduce((a, c) => a + (row[c] ?? 0), 0);
}

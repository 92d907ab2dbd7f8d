/**
 * The parts of a figure, for “浔阳区2023年依申请办理结果” and the like: the result rows and groups
 * of table 2, a group's rows, the applicant columns, or the columns of a table-3 group.
 */
import type { Report } from "../index/schema.ts";
import { TABLE2_GROUPS, TABLE3_COLUMNS, TABLE3_COLUMN_LABELS, resultRows, rowsOfGroup, table2Rows, type Table2Group } from "../index/template.ts";
import { columnLabel, readMetric, type Reading } from "./figures.ts";
import { APPLICANT_COLUMNS, type Metric } from "./lexicon.ts";
import type { Question } from "./understand.ts";

export interface Part {
  metric: string;
  reading: Reading;
}

const GROUPS = Object.keys(TABLE2_GROUPS) as Table2Group[];

export function breakdownParts(report: Report, q: Question): Part[] {
  const m: Metric = q.metric ?? { table: "table2", rows: resultRows("2021"), label: "办理结果" };
  const part = (metric: Metric, columns: string[], id: string): Part => ({ metric: id, reading: readMetric(report, metric, columns) });
  const cols = q.columns.length ? q.columns : ["total"];

  if (m.table === "table3") {
    return m.groups.flatMap((g) =>
      TABLE3_COLUMNS.map((c) => part({ table: "table3", groups: [g], column: c, label: `${m.label} · ${TABLE3_COLUMN_LABELS[c]}` }, [], `table3.${g}.${c}`)),
    );
  }
  if (m.table === "table1") return [part(m, [], `table1.${m.item}.${m.column}`)];

  if (m.rows.length === 1 || cols.length > 1) {
    // One row: its applicant columns.
    const columns = cols.length > 1 ? cols : [...APPLICANT_COLUMNS, "total"];
    return columns.map((c) => part({ ...m, label: `${m.label} · ${columnLabel([c])}` }, [c], `table2.${m.rows.join("+")}.${c}`));
  }
  const whole = GROUPS.find((g) => rowsOfGroup("2021", g).every((r) => m.rows.includes(r)) && m.rows.every((r) => r.startsWith(`${g}.`)));
  if (whole) {
    // One group: its rows.
    return rowsOfGroup("2021", whole).map((id) => {
      const label = table2Rows("2021").find((r) => r.id === id)?.label ?? id;
      return part({ table: "table2", rows: [id], label }, cols, `table2.${id}.${cols.join("+")}`);
    });
  }
  // The results: granted, partly granted, each group, and the total.
  const single = (id: string, label: string) => part({ table: "table2", rows: [id], label }, cols, `table2.${id}.${cols.join("+")}`);
  return [
    single("granted", "予以公开"),
    single("partly_granted", "部分公开"),
    ...GROUPS.map((g) => part({ table: "table2", rows: rowsOfGroup("2021", g), label: TABLE2_GROUPS[g].label.replace(/^（.）/, "") }, cols, `table2.${g}.${cols.join("+")}`)),
    single("results_total", "办理结果总计"),
  ];
}

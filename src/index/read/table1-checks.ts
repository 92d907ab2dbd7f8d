/**
 * What can be checked in table 1, which has no sums (issue 10.4): 对外公开总数量 counts every
 * document published so far, so it is never below 本年新公开数量 (a printed total read as 0 breaks
 * this); and two items with the very same values, more than zeros and ones, are more likely one
 * item's values read twice than a coincidence. Such cells are unsure, never stated as certain.
 */
import { cellKey, mark, type Readings } from "../readings.ts";
import type { Table } from "../schema.ts";
import { table1Items, type TemplateId } from "../template.ts";

export function checkTable1(t: Table, template: TemplateId, readings: Readings): void {
  for (const id of ["rules", "normative"]) {
    const row = t[id];
    const published = row?.["published"];
    const total = row?.["total_published"];
    if (template === "2019" && typeof published === "number" && typeof total === "number" && total < published) {
      mark(readings, cellKey("table1", id, "total_published"), { read: "unsure", reason: `对外公开总数量读作 ${total}，小于本年新公开数量 ${published}，不可能成立` });
    }
  }
  const items = table1Items(template);
  const signature = (id: string) => {
    const vals = Object.values(t[id] ?? {});
    if (vals.some((v) => v === null) || vals.every((v) => v === null || Math.abs(v) <= 1)) return null;
    // One number alone repeats by chance more easily: only large ones count.
    if (vals.length === 1 && Math.abs(vals[0] ?? 0) < 100) return null;
    return vals.join(" ");
  };
  const seen = new Map<string, string[]>();
  for (const item of items) {
    const sig = signature(item.id);
    if (sig) seen.set(sig, [...(seen.get(sig) ?? []), item.id]);
  }
  for (const [sig, ids] of seen) {
    if (ids.length < 2) continue;
    const labels = ids.map((id) => items.find((i) => i.id === id)?.label ?? id).join("、");
    for (const id of ids) {
      for (const c of Object.keys(t[id] ?? {})) mark(readings, cellKey("table1", id, c), { read: "unsure", reason: `${labels}的数值完全相同（${sig}），可能是同一项的数值被读了两次` });
    }
  }
}

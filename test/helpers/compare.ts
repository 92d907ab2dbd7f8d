/**
 * What the reader got wrong, compared with the figures a report was rendered from: one line per
 * cell that differs (“table2.granted.total: got 7, want 8”), empty when every figure came back.
 */
import type { Report } from "../../src/index/schema.ts";
import type { Figures } from "./figures.ts";

export interface Compare {
  tables?: (1 | 2 | 3)[];
  /**
   * Cells the reader may leave unread (null) but must never read wrong: where the text itself
   * cannot tell (table 1 cells glued together in crawler text), “don't know” is the right answer.
   */
  unknownOk?: (1 | 2 | 3)[];
}

export function differences(r: Report, f: Figures, opts: Compare = {}): string[] {
  const tables = opts.tables ?? [1, 2, 3];
  const out: string[] = [];
  const cmp = (no: 1 | 2 | 3, got: Report["table2"] | null, want: Record<string, Record<string, number>>) => {
    for (const [row, cols] of Object.entries(want)) {
      for (const [col, v] of Object.entries(cols)) {
        const g = got?.[row]?.[col];
        if (g === v || ((g === null || g === undefined || got?.[row] === null) && opts.unknownOk?.includes(no))) continue;
        out.push(`table${no}.${row}.${col}: got ${g === undefined ? "nothing" : String(g)}, want ${v}`);
      }
    }
  };
  if (tables.includes(1)) cmp(1, r.table1, f.table1);
  if (tables.includes(2)) cmp(2, r.table2, f.table2);
  if (tables.includes(3)) cmp(3, r.table3, f.table3);
  return out;
}

/** How many cells of a table the reader left unread. */
export function unread(r: Report, table: 1 | 2 | 3): number {
  const t = table === 1 ? r.table1 : table === 2 ? r.table2 : r.table3;
  return Object.values(t ?? {}).reduce((a, row) => a + (row ? Object.values(row).filter((v) => v === null).length : 1), 0);
}

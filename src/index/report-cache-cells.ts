/**
 * Every cached report's table cells as columns (typed arrays), so that a ranking reads one
 * figure's cells of a year in a tight loop instead of building ~8 000 reports' tables (50 000
 * reports: 0.5 s for a year's first ranking that way).
 *
 * Only what a figure's value depends on is kept (see figures.ts metricValue): each numeric cell
 * (table, row, column, value) and each row that is printed (an object, not null: a group printed
 * as one row counts as present). A null cell and a missing one read alike, so neither is kept.
 * Reports are rows of the report cache (report-cache.ts); the cells of report i are
 * `start[i] … start[i+1]`, their addresses ids into `addresses`.
 */
import type { Report, Table } from "./schema.ts";

export const TABLE_NAMES = ["table1", "table2", "table3"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** The serializable part (stored in the cache file's head). */
export interface CellColumnsData {
  /** `table\u0001row\u0001column`; column "" marks a printed row. */
  addresses: string[];
  /** Per report: where its cells start (length reports + 1). */
  start: Uint32Array;
  address: Uint32Array;
  value: Float64Array;
}

const SEP = "\u0001";

export function addressOf(table: TableName, row: string, col: string): string {
  return `${table}${SEP}${row}${SEP}${col}`;
}

/** Builds the columns report by report (when a cache is saved). */
export class CellColumnsBuilder {
  readonly #ids = new Map<string, number>();
  readonly #addresses: string[] = [];
  readonly #start: number[] = [0];
  #address: number[] = [];
  #value: number[] = [];

  #id(a: string): number {
    let id = this.#ids.get(a);
    if (id === undefined) {
      id = this.#addresses.length;
      this.#addresses.push(a);
      this.#ids.set(a, id);
    }
    return id;
  }

  /** A report's cells, from its tables. */
  addReport(r: Pick<Report, TableName>): void {
    for (const t of TABLE_NAMES) {
      const table: Table | null = r[t];
      for (const [row, cells] of Object.entries(table ?? {})) {
        if (!cells) continue;
        this.#push(addressOf(t, row, ""), 1);
        for (const [col, v] of Object.entries(cells)) if (typeof v === "number") this.#push(addressOf(t, row, col), v);
      }
    }
    this.#start.push(this.#address.length);
  }

  /** A report's cells, copied from another cache's columns. */
  addFrom(from: CellColumns, i: number): void {
    from.forEachCell(i, (a, v) => this.#push(a, v));
    this.#start.push(this.#address.length);
  }

  #push(address: string, value: number): void {
    this.#address.push(this.#id(address));
    this.#value.push(value);
  }

  build(): CellColumnsData {
    return { addresses: this.#addresses, start: Uint32Array.from(this.#start), address: Uint32Array.from(this.#address), value: Float64Array.from(this.#value) };
  }
}

export function isCellColumnsData(x: unknown): x is CellColumnsData {
  const d = x as Partial<CellColumnsData> | null;
  return !!d && Array.isArray(d.addresses) && d.start instanceof Uint32Array && d.address instanceof Uint32Array && d.value instanceof Float64Array && d.address.length === d.value.length;
}

/** A figure's cells: one table, some rows, some columns (null: every column of those rows). */
export interface CellSelection {
  table: TableName;
  rows: string[];
  cols: string[] | null;
}

/** Tables holding just some cells: enough for metricValue, never shown. */
export type PartialTables = Pick<Report, "template" | TableName>;

export class CellColumns {
  /** Per address id, the reports having it and their values, in report order (built on first use). */
  #byAddress: { reports: Uint32Array; values: Float64Array }[] | null = null;
  #byRow: Map<string, number[]> | null = null;
  readonly #ids: Map<string, number>;

  constructor(readonly data: CellColumnsData) {
    this.#ids = new Map(data.addresses.map((a, i) => [a, i]));
  }

  forEachCell(i: number, f: (address: string, value: number) => void): void {
    const { start, address, value, addresses } = this.data;
    for (let k = start[i] as number; k < (start[i + 1] as number); k++) f(addresses[address[k] as number] as string, value[k] as number);
  }

  /**
   * The selected cells of the reports `want` maps (report index → its partial tables, filled in
   * place). A pass over those addresses' lists (one counting sort of all cells, the first time).
   */
  fill(sel: CellSelection, want: Map<number, PartialTables>): void {
    const ids: number[] = [];
    if (sel.cols) {
      for (const row of sel.rows) {
        for (const col of ["", ...sel.cols]) {
          const id = this.#ids.get(addressOf(sel.table, row, col));
          if (id !== undefined) ids.push(id);
        }
      }
    } else {
      const byRow = this.#rows();
      for (const row of sel.rows) ids.push(...(byRow.get(`${sel.table}${SEP}${row}`) ?? []));
    }
    const lists = this.#lists();
    for (const id of ids) {
      const [, row, col] = (this.data.addresses[id] as string).split(SEP) as [string, string, string];
      const { reports, values } = lists[id] as { reports: Uint32Array; values: Float64Array };
      for (let k = 0; k < reports.length; k++) {
        const p = want.get(reports[k] as number);
        if (!p) continue;
        const table = p[sel.table] as Table;
        const cells = (table[row] ??= {});
        if (col) cells[col] = values[k] as number;
      }
    }
  }

  #rows(): Map<string, number[]> {
    if (this.#byRow) return this.#byRow;
    const m = new Map<string, number[]>();
    this.data.addresses.forEach((a, id) => {
      const key = a.slice(0, a.lastIndexOf(SEP));
      const list = m.get(key);
      if (list) list.push(id);
      else m.set(key, [id]);
    });
    return (this.#byRow = m);
  }

  #lists(): { reports: Uint32Array; values: Float64Array }[] {
    if (this.#byAddress) return this.#byAddress;
    const { start, address, value, addresses } = this.data;
    const counts = new Uint32Array(addresses.length);
    for (const a of address) counts[a] = (counts[a] as number) + 1;
    const lists = Array.from(counts, (n) => ({ reports: new Uint32Array(n), values: new Float64Array(n) }));
    const at = new Uint32Array(addresses.length);
    const n = start.length - 1;
    for (let i = 0; i < n; i++) {
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const a = address[k] as number;
        const list = lists[a] as { reports: Uint32Array; values: Float64Array };
        const j = at[a] as number;
        at[a] = j + 1;
        list.reports[j] = i;
        list.values[j] = value[k] as number;
      }
    }
    return (this.#byAddress = lists);
  }
}

/**
 * Every cached report's table cells as columns (typed arrays), so that a ranking reads one
 * figure's cells of a year in a tight loop instead of building ~8 000 reports' tables (50 000
 * reports: 0.5 s for a year's first ranking that way).
 *
 * Only what a figure's value depends on is kept (see figures.ts metricValue): each numeric cell
 * (table, row, column, value) and each row that is printed (an object, not null: a group printed
 * as one row counts as present). A null cell and a missing one read alike, so neither is kept.
 * Reports are rows of the report cache (report-cache.ts), by index. The cells are grouped by
 * address (table, row, column), and within an address by year, then report: a ranking reads, for
 * each address of its figure, one contiguous run of its year. A run (address, year) is read from
 * the cache file the first time a ranking of that year needs it (tens of KB at 50 000 reports),
 * checked against its own digest: nothing is read at start-up, and a year's first ranking by a
 * figure reads that year's cells only, not every year's.
 */
import { createHash } from "node:crypto";
import type { Report, Table } from "./schema.ts";

export const TABLE_NAMES = ["table1", "table2", "table3"] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/**
 * What is read at the first ranking: the addresses, each report's year, where each run of an
 * address's cells of a year is, and a digest of each run (checked when that run is first read).
 */
export interface CellIndex {
  /** `table\u0001row\u0001column`; column "" marks a printed row. */
  addresses: string[];
  /** Per report: its year. */
  years: Uint16Array;
  /** The reports' years, ascending: year k of an address is its run k. */
  yearList: Uint16Array;
  /** Per address a and year k: where run a × yearList.length + k starts (length addresses × years + 1). */
  start: Uint32Array;
  /** Per run: the first 16 bytes of the SHA-256 of its reports' bytes, then its values' bytes. */
  sums: Uint8Array;
}

/** Cells of one address (or one run of it): the reports' indexes (by year, then index) and their values. */
export interface CellList {
  reports: Uint32Array;
  values: Float64Array;
}

/** Columns just built: the index, and every address's cells one after the other. */
export interface BuiltCells {
  index: CellIndex;
  reports: Uint32Array;
  values: Float64Array;
}

export const CELL_SUM = 16;

const SEP = "\u0001";

export function addressOf(table: TableName, row: string, col: string): string {
  return `${table}${SEP}${row}${SEP}${col}`;
}

/** Builds the columns report by report (when a cache is saved); the cells are sorted once, in build. */
export class CellColumnsBuilder {
  readonly #ids = new Map<string, number>();
  readonly #addresses: string[] = [];
  readonly #years: number[] = [];
  #cellAddress: number[] = [];
  #cellReport: number[] = [];
  #cellValue: number[] = [];
  /** Reports taken from other caches' columns: copied in build, a pass over each source. */
  readonly #from = new Map<CellColumns, Map<number, number>>();

  #id(a: string): number {
    let id = this.#ids.get(a);
    if (id === undefined) {
      id = this.#addresses.length;
      this.#addresses.push(a);
      this.#ids.set(a, id);
    }
    return id;
  }

  #push(address: string, report: number, value: number): void {
    this.#cellAddress.push(this.#id(address));
    this.#cellReport.push(report);
    this.#cellValue.push(value);
  }

  /** The next report's cells, from its tables. */
  addReport(r: Pick<Report, "year" | TableName>): void {
    const i = this.#years.length;
    this.#years.push(r.year);
    for (const t of TABLE_NAMES) {
      const table: Table | null = r[t];
      for (const [row, cells] of Object.entries(table ?? {})) {
        if (!cells) continue;
        this.#push(addressOf(t, row, ""), i, 1);
        for (const [col, v] of Object.entries(cells)) if (typeof v === "number") this.#push(addressOf(t, row, col), i, v);
      }
    }
  }

  /** The next report's cells: those of report `i` of another cache's columns. */
  addFrom(from: CellColumns, i: number): void {
    let map = this.#from.get(from);
    if (!map) this.#from.set(from, (map = new Map()));
    map.set(i, this.#years.length);
    this.#years.push(from.index.years[i] as number);
  }

  build(): BuiltCells {
    for (const [from, map] of this.#from) {
      const { addresses } = from.index;
      for (let a = 0; a < addresses.length; a++) {
        const id = this.#id(addresses[a] as string);
        const { reports, values } = from.list(a);
        for (let k = 0; k < reports.length; k++) {
          const to = map.get(reports[k] as number);
          if (to === undefined) continue;
          this.#cellAddress.push(id);
          this.#cellReport.push(to);
          this.#cellValue.push(values[k] as number);
        }
      }
    }
    const n = this.#years.length;
    const years = Uint16Array.from(this.#years);
    const yearList = Uint16Array.from(new Set(years)).sort();
    const Y = yearList.length;
    const yearOf = new Map(Array.from(yearList, (y, k) => [y, k]));
    // Reports by year, then index: each one's rank in that order.
    const rank = new Uint32Array(n);
    [...rank.keys()].sort((a, b) => (years[a] as number) - (years[b] as number) || a - b).forEach((i, r) => (rank[i] = r));
    // Cells by rank (a counting sort), then stably by address.
    const total = this.#cellAddress.length;
    const byRank = countingOrder(total, n, (k) => rank[this.#cellReport[k] as number] as number, null);
    const order = countingOrder(total, this.#addresses.length, (k) => this.#cellAddress[k] as number, byRank);
    // runs: address by address, each address's years in order
    const runs = this.#addresses.length * Y;
    const start = new Uint32Array(runs + 1);
    for (let k = 0; k < total; k++) {
      const run = (this.#cellAddress[k] as number) * Y + (yearOf.get(years[this.#cellReport[k] as number] as number) as number);
      start[run + 1] = (start[run + 1] as number) + 1;
    }
    for (let x = 0; x < runs; x++) start[x + 1] = (start[x + 1] as number) + (start[x] as number);
    const report = new Uint32Array(total);
    const value = new Float64Array(total);
    order.forEach((k, j) => {
      report[j] = this.#cellReport[k] as number;
      value[j] = this.#cellValue[k] as number;
    });
    const sums = new Uint8Array(runs * CELL_SUM);
    for (let x = 0; x < runs; x++) {
      const [from, to] = [start[x] as number, start[x + 1] as number];
      sums.set(listSum(report.subarray(from, to), value.subarray(from, to)), x * CELL_SUM);
    }
    return { index: { addresses: this.#addresses, years, yearList, start, sums }, reports: report, values: value };
  }
}

/** The items 0…total-1 (or `within`, in its order) stably ordered by an integer key below `keys`. */
function countingOrder(total: number, keys: number, key: (k: number) => number, within: Uint32Array | null): Uint32Array {
  const at = new Uint32Array(keys + 1);
  for (let k = 0; k < total; k++) at[key(k) + 1] = (at[key(k) + 1] as number) + 1;
  for (let x = 0; x < keys; x++) at[x + 1] = (at[x + 1] as number) + (at[x] as number);
  const out = new Uint32Array(total);
  for (let j = 0; j < total; j++) {
    const k = within ? (within[j] as number) : j;
    const x = key(k);
    out[at[x] as number] = k;
    at[x] = (at[x] as number) + 1;
  }
  return out;
}

/** The digest an address's cells are checked against. */
export function listSum(reports: Uint32Array, values: Float64Array): Uint8Array {
  const h = createHash("sha256");
  h.update(new Uint8Array(reports.buffer, reports.byteOffset, reports.byteLength));
  h.update(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
  return h.digest().subarray(0, CELL_SUM);
}

export function isCellIndex(x: unknown, reports: number): x is CellIndex {
  const d = x as Partial<CellIndex> | null;
  return (
    !!d && Array.isArray(d.addresses) && d.years instanceof Uint16Array && d.years.length === reports && d.yearList instanceof Uint16Array && d.start instanceof Uint32Array &&
    d.start.length === d.addresses.length * d.yearList.length + 1 && d.sums instanceof Uint8Array && d.sums.length === d.addresses.length * d.yearList.length * CELL_SUM
  );
}

/** A figure's cells: one table, some rows, some columns (null: every column of those rows). */
export interface CellSelection {
  table: TableName;
  rows: string[];
  cols: string[] | null;
}

/** Tables holding just some cells: enough for metricValue, never shown. */
export type PartialTables = Pick<Report, "template" | TableName>;

/**
 * A year's cells of some addresses, by a report's place among the year's reports (typed arrays,
 * no table built): what figure-value.ts metricValuer reads a figure's value from, as it reads a
 * report's tables (it is a CellsOf<number>).
 */
export class YearCells {
  readonly #columns = new Map<string, { has: Uint8Array; values: Float64Array }>();
  constructor(
    readonly size: number,
    private readonly templateOf: (place: number) => Report["template"],
  ) {}
  /** An address's cells (made empty on first use). */
  column(address: string): { has: Uint8Array; values: Float64Array } {
    let c = this.#columns.get(address);
    if (!c) this.#columns.set(address, (c = { has: new Uint8Array(this.size), values: new Float64Array(this.size) }));
    return c;
  }
  template(place: number): Report["template"] {
    return this.templateOf(place);
  }
  cell(table: TableName, row: string, col: string): (place: number) => number | undefined {
    const c = this.#columns.get(addressOf(table, row, col));
    if (!c) return () => undefined;
    const { has, values } = c;
    return (p) => (has[p] ? values[p] : undefined);
  }
  printed(table: TableName, row: string): (place: number) => boolean {
    const c = this.#columns.get(addressOf(table, row, ""));
    if (!c) return () => false;
    const { has } = c;
    return (p) => has[p] === 1;
  }
}

export class CellColumns {
  #byRow: Map<string, number[]> | null = null;
  readonly #ids: Map<string, number>;
  readonly #runs: (CellList | undefined)[] = [];
  readonly #yearAt: Map<number, number>;

  /** `read(run)`: run a × years + k's cells (from memory, or read from the cache file and checked). */
  constructor(
    readonly index: CellIndex,
    private readonly read: (run: number) => CellList,
  ) {
    this.#ids = new Map(index.addresses.map((a, i) => [a, i]));
    this.#yearAt = new Map(Array.from(index.yearList, (y, k) => [y, k]));
  }

  static built(b: BuiltCells): CellColumns {
    const { start } = b.index;
    return new CellColumns(b.index, (x) => ({ reports: b.reports.subarray(start[x], start[x + 1]), values: b.values.subarray(start[x], start[x + 1]) }));
  }

  /** Address a's cells of year k of the index's years, read once. */
  run(a: number, k: number): CellList {
    const x = a * this.index.yearList.length + k;
    return (this.#runs[x] ??= this.read(x));
  }

  /** Every year's cells of an address, in order (each run read once). */
  list(a: number): CellList {
    const runs = Array.from(this.index.yearList, (_, k) => this.run(a, k));
    const reports = new Uint32Array(runs.reduce((n, r) => n + r.reports.length, 0));
    const values = new Float64Array(reports.length);
    let at = 0;
    for (const r of runs) {
      reports.set(r.reports, at);
      values.set(r.values, at);
      at += r.reports.length;
    }
    return { reports, values };
  }

  /**
   * The selected cells of a year's reports into `into`, by place: `slot[i]` is report i's place
   * (−1: not wanted). For each address, its run of the year.
   */
  fillYear(sel: CellSelection, year: number, slot: Int32Array, into: YearCells): void {
    const k = this.#yearAt.get(year);
    if (k === undefined) return;
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
    const { addresses } = this.index;
    for (const id of ids) {
      const { reports, values } = this.run(id, k);
      if (!reports.length) continue;
      const column = into.column(addresses[id] as string);
      for (let j = 0; j < reports.length; j++) {
        const s = slot[reports[j] as number] as number;
        if (s < 0) continue;
        column.has[s] = 1;
        column.values[s] = values[j] as number;
      }
    }
  }

  #rows(): Map<string, number[]> {
    if (this.#byRow) return this.#byRow;
    const m = new Map<string, number[]>();
    this.index.addresses.forEach((a, id) => {
      const key = a.slice(0, a.lastIndexOf(SEP));
      const list = m.get(key);
      if (list) list.push(id);
      else m.set(key, [id]);
    });
    return (this.#byRow = m);
  }
}

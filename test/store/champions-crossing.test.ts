/**
 * When many common terms pass the champion threshold in one import batch (a 100 000-report import
 * did, at ~4 800 reports), building their lists must not fail on how many rows come back: it
 * failed with "Maximum call stack size exceeded" and stopped the import. A fake client stands in
 * for PostgreSQL, answering the build with one row per list as a large database can.
 */
import { describe, expect, it } from "vitest";
import { updateChampions } from "../../src/store/pg/champions.ts";
import type pg from "pg";

describe("champion lists: many terms crossing the threshold together", () => {
  it("takes a build answering 400 000 lists and trims each of them", async () => {
    const lists = Array.from({ length: 400_000 }, (_, i) => ({ term: `t${i % 40_000}`, year: 2000 + Math.floor(i / 40_000) }));
    const trimmed: unknown[][] = [];
    const client = {
      query: async (sql: string, params: unknown[]) => {
        if (/INSERT INTO champions \(term, year, report_id, file, ord, impact\)\s+SELECT t\.term/u.test(sql)) return { rows: lists };
        if (/INSERT INTO champion_floors/u.test(sql) && /row_number/u.test(sql)) trimmed.push(params);
        return { rows: [] };
      },
    } as unknown as pg.ClientBase;
    const terms = Array.from({ length: 40_000 }, (_, i) => `t${i}`);
    await updateChampions(client, { threshold: 10, size: 3 }, [1], new Map(terms.map((t) => [t, 5])), terms.map((term) => ({ term, df: 12 })));
    expect(trimmed).toHaveLength(1);
    expect((trimmed[0]?.[0] as string[]).length).toBe(400_000);
  });
});

import { describe, expect, it } from "vitest";
import pg from "pg";
import { PG_SKIPPED, PG_URL, freshDatabase, pgSuite } from "../helpers/pg.ts";

describe.skipIf(!!PG_SKIPPED)(pgSuite("the PostgreSQL server the store's tests use"), () => {
  it("answers on DATABASE_URL and gives each suite a database of its own", async () => {
    const db = await freshDatabase();
    try {
      const c = new pg.Client({ connectionString: db.url });
      await c.connect();
      const { rows } = await c.query<{ db: string; v: number }>("SELECT current_database() AS db, current_setting('server_version_num')::int AS v");
      await c.end();
      expect(rows[0]?.db).not.toBe(new URL(PG_URL).pathname.slice(1));
      expect(rows[0]?.v).toBeGreaterThanOrEqual(120000);
    } finally {
      await db.drop();
    }
  });
});

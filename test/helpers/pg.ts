/**
 * The PostgreSQL tests' server: DATABASE_URL (`.ci/run` starts one on 127.0.0.1). Without it those
 * tests are skipped, and the skip says why in the suite's name; with it, a failing test fails.
 * Each test suite gets a database of its own, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const PG_URL = process.env["DATABASE_URL"] ?? "";

/** Why the PostgreSQL tests do not run, or "" when they do. */
export const PG_SKIPPED = PG_URL ? "" : (process.env["NIANBAO_PG_SKIPPED"] ?? "DATABASE_URL is not set (.ci/run starts a PostgreSQL server and sets it)");

/** The suite title, carrying the reason when skipped so the test report says it. */
export function pgSuite(name: string): string {
  if (!PG_SKIPPED) return name;
  process.stderr.write(`\n!!! PostgreSQL tests SKIPPED (${name}): ${PG_SKIPPED}\n`);
  return `${name} — SKIPPED: ${PG_SKIPPED}`;
}

/** A new, empty database on the test server; `drop` removes it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `nianbao_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * The same search gives the same passages in the same order from PostgreSQL whatever plan the
 * server picks (a plan changes with the tables' statistics as reports are stored): a passage's
 * score adds its terms in the query's order, as the in-memory index does — summed in the order the
 * plan gave the rows, its last bits changed from plan to plan, and passages tied under one plan
 * were not under the next — and equal scores come in file, then passage order (search.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hit } from "../../src/index/search.ts";
import { openPgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";

const BUNDLED = new URL("../../data/reports/", import.meta.url).pathname;

/** Questions of several words each: their scores add many terms. */
const QUERIES = [
  "政务公开 培训 信息 发布 平台 建设 依申请 公开",
  "主动公开 政府信息 规范性文件 行政许可 行政处罚",
  "政府网站 政务新媒体 公开 解读 回应 关切",
  "申请 答复 复议 诉讼 纠错 办理",
  "工作 情况 年度 报告 存在 问题 改进",
];
/** Plans the server may pick: its default, nested loops only, grouping by sorting (a merge join's plan took 17 s here). */
const PLANS = [[], ["enable_hashjoin", "enable_mergejoin"], ["enable_hashagg"]];

let db: PgFixture;

describe.skipIf(!!PG_SKIPPED)(pgSuite("PostgreSQL search order"), () => {
  beforeAll(async () => {
    db = await pgStoreOf({ folders: [BUNDLED], workers: 1 });
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  const shown = (hits: Hit[]) => hits.map((h) => `${h.file} ${h.passageId} ${h.score}`);

  it("is the same, score for score, under every plan", async () => {
    const database = new URL(db.url).pathname.slice(1);
    const runs: string[][][] = [];
    for (const off of PLANS) {
      await db.store.pool.query(`ALTER DATABASE ${database} RESET ALL`);
      for (const setting of off) await db.store.pool.query(`ALTER DATABASE ${database} SET ${setting} = off`);
      // a store's connections take the database's settings when they open
      const store = await openPgStore(db.url, { listen: false });
      try {
        const run: string[][] = [];
        for (const q of QUERIES) run.push(shown(await store.search(q, { limit: 30 })));
        runs.push(run);
      } finally {
        await store.close();
      }
    }
    await db.store.pool.query(`ALTER DATABASE ${database} RESET ALL`);
    expect(runs[0]?.every((hits) => hits.length === 30)).toBe(true);
    for (const [i, run] of runs.entries()) expect(run, `plan with ${PLANS[i]?.join(", ") || "nothing"} off`).toEqual(runs[0]);
  }, 120_000);

  it("gives equal scores in file order, then passage order", async () => {
    let ties = 0;
    for (const q of ["政府信息公开", "年度报告"]) {
      const hits = await db.store.search(q, { limit: 40 });
      for (const [i, h] of hits.entries()) {
        const before = hits[i - 1];
        if (!before || before.score !== h.score) continue;
        ties++;
        const order = (x: Hit) => [x.file, Number(/\d+$/u.exec(x.passageId ?? "")?.[0] ?? -1)] as const;
        const [a, b] = [order(before), order(h)];
        expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]), `${before.file} ${before.passageId} before ${h.file} ${h.passageId}`).toBe(true);
      }
    }
    expect(ties).toBeGreaterThan(0);
  });
});

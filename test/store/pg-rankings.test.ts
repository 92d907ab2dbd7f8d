/**
 * Rankings over PostgreSQL: what a ranking needs is fetched a pass at a time, every miss of a pass
 * together (an indicator's input rankings at once, the reports a ranking shows at once).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { importDir } from "../../src/store/pg/import.ts";
import { openPgStore, type PgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, freshDatabase, pgSuite } from "../helpers/pg.ts";

const today = () => new Date("2026-11-23");
let url: string;
let drop: () => Promise<void>;
let store: PgStore;

describe.skipIf(!!PG_SKIPPED)(pgSuite("rankings over PostgreSQL"), () => {
  beforeAll(async () => {
    const db = await freshDatabase();
    ({ url, drop } = db);
    store = await openPgStore(url, { listen: false });
    const gen = await syntheticCorpus(60, 7);
    expect(await importDir(store, gen.dir, { workers: 1 })).toMatchObject({ stored: 60, unreadable: [] });
    await store.refresh();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await drop?.();
  });

  it("fetches an indicator's input rankings in one pass and the ten reports it shows in one more", async () => {
    const a = await store.answer("2022年哪个地方公开率最高", { today });
    expect(a).toMatchObject({ status: "answered", kind: "ranking" });
    expect(a.text.match(/^\d+\. /gmu)?.length).toBe(10);
    // inputs (予以公开, 部分公开, 办理结果总计); the ten reports shown; their agencies' other years; done
    expect(store.passes()).toBeLessThanOrEqual(4);
  });
});

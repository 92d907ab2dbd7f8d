/**
 * The parents reports state for their places (“我县隶属澄州市”: identity.ts learnParents) follow the
 * reports loaded now: after a /reload (a new set of reports, its names) that removed the stating report,
 * the county is placed by nothing again — it was kept placed for the process's life. In memory (the
 * names a reload's new answerer reads) and in PostgreSQL (the names the store reads again) alike.
 * Names are invented.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";
import { randomFigures } from "../helpers/figures.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { renderReport } from "../helpers/render-report.ts";

const today = () => new Date("2026-11-30");

/** A generated report of the agency and year whose 总体情况 opens with `said`. */
function report(agency: string, year: number, said: string, seed: number) {
  const text = renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" });
  return parseReport(said ? text.replace("一、总体情况", `一、总体情况\n${said}`) : text, `${agency}-${year}.txt`);
}

const STATING = "岭溪县人民政府-2021.txt";
const BEFORE = [
  report("澄州市人民政府", 2022, "", 1),
  report("岭溪县人民政府", 2021, "我县隶属澄州市。", 2),
  report("岭溪县人民政府", 2022, "", 3),
  // another county placed by its own report: the unplaced ones are then left out, not taken
  report("苇塘县人民政府", 2022, "我县隶属澄州市。", 4),
];
const AFTER = BEFORE.filter((r) => r.file !== STATING);
const QUESTION = "2022年澄州市哪个县收到的申请最多";

const ranked = (a: Answer) => a.figures.map((f) => f.agency);

describe("stated parents after a reload", () => {
  it("in memory: placed while its report says so, placed by nothing once that report is gone", () => {
    const before = createAnswerer(BEFORE, { today }).answer(QUESTION);
    expect(ranked(before).sort()).toEqual(["岭溪县人民政府", "苇塘县人民政府"]);
    // the reload: a new answerer over the reports loaded now
    const after = createAnswerer(AFTER, { today }).answer(QUESTION);
    expect(ranked(after)).toEqual(["苇塘县人民政府"]);
    expect(after.text).toContain("岭溪县");
    // and back: the report loaded again places it again
    expect(ranked(createAnswerer(BEFORE, { today }).answer(QUESTION)).sort()).toEqual(["岭溪县人民政府", "苇塘县人民政府"]);
  });
});

let db: PgFixture | undefined;

describe.skipIf(!!PG_SKIPPED)(pgSuite("stated parents after a reload, from PostgreSQL"), { timeout: 180_000 }, () => {
  afterAll(async () => {
    await db?.close();
  });

  it("the stating report deleted and the names read again: the county is placed by nothing", async () => {
    db = await pgStoreOf(BEFORE);
    expect(ranked(await db.store.answer(QUESTION, { today })).sort()).toEqual(["岭溪县人民政府", "苇塘县人民政府"]);
    await db.store.pool.query("DELETE FROM reports WHERE file = $1", [STATING]);
    await db.store.refresh();
    expect(ranked(await db.store.answer(QUESTION, { today }))).toEqual(["苇塘县人民政府"]);
  });
});

/**
 * A ranking's pool says which kinds of body it can admit (RankPool.kinds), and the in-memory
 * store's agency columns leave every other kind out without asking the pool — from the kind they
 * keep per agency for every pool. So the kinds must be a condition of the pool's own `admits`: no
 * agency the pool admits may be of a kind it leaves out, whatever the question's field and place.
 */
import { describe, expect, it } from "vitest";
import { syntheticCorpus } from "../../bench/synthetic.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { understand } from "../../src/answers/understand.ts";
import { rankPool } from "../../src/answers/who.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { loadCorpus } from "../../src/index/corpus.ts";
import { AgencyColumns } from "../../src/store/agency-columns.ts";
import { distinctAgencies } from "../../src/store/memory.ts";

const FIELDS = ["哪个地方", "哪个地区", "哪个区", "哪个县", "哪个市", "哪个区县", "哪个县市", "哪个部门", "哪个局", "哪个单位", "哪个乡镇", "哪个街道", "哪个政府办", "哪个管委会", "哪个垂直管理部门", "县里哪个乡镇", "哪些市直部门", "哪个教育部门", "各区县政府办"];

describe("a pool's kinds", () => {
  it("are a condition of what the pool admits, for every field and place asked", async () => {
    const bundled = (await loadCorpus(new URL("../../data/reports/", import.meta.url).pathname)).reports;
    const synthetic = (await loadCorpus((await syntheticCorpus(300, 3)).dir)).reports;
    let withKinds = 0;
    let admitted = 0;
    for (const reports of [bundled, synthetic]) {
      const names = distinctAgencies(reports);
      // the fields alone, and under places the reports name (a city, a county)
      const places = [...new Set(names.map((n) => identify(n.agency)).filter((id) => id.kind === "government").map((id) => id.region))].slice(0, 6);
      for (const place of ["", ...places]) {
        for (const field of FIELDS) {
          const q = understand(`2023年${place}${field}依申请公开最多`, names, new Date("2026-11-23"));
          const pool = rankPool(q.text, q.agencies, q.bodies, names);
          if (!pool.kinds) continue;
          withKinds++;
          for (const { agency } of names) {
            if (!pool.admits(agency)) continue;
            admitted++;
            expect(pool.kinds, `${q.text}: ${agency}`).toContain(identify(agency).kind);
          }
        }
      }
    }
    expect(withKinds).toBeGreaterThan(100);
    expect(admitted).toBeGreaterThan(1000);
  }, 120_000);

  it("are said by the pools of governments, of a level's governments and of a kind of body", async () => {
    const names = distinctAgencies((await loadCorpus((await syntheticCorpus(120, 5)).dir)).reports);
    const kinds = (text: string) => {
      const q = understand(`2023年${text}依申请公开最多`, names, new Date("2026-11-23"));
      return rankPool(q.text, q.agencies, q.bodies, names).kinds;
    };
    expect(kinds("哪个地方")).toEqual(["government"]);
    expect(kinds("哪个区县")).toEqual(["government"]);
    expect(kinds("哪个部门")).toEqual(["department", "office", "other"]);
    expect(kinds("哪个乡镇")).toContain("township");
  });
});

describe("pools of fields sharing a label", () => {
  it("answer alike whatever was asked before them (哪个局 after 哪个部门: both “各部门”)", async () => {
    const reports = (await loadCorpus((await syntheticCorpus(300, 3)).dir)).reports;
    const opts = { today: () => new Date("2026-11-23") };
    const asked = ["2023年哪个局依申请公开最多", "2023年哪个部门依申请公开最多", "2023年哪个单位依申请公开最多", "2023年哪个局予以公开最多"];
    const alone = asked.map((q) => createAnswerer(reports, opts).answer(q).text);
    // a field's first answer (the 政府办 are departments, no 局) is not the one a pool of another word kept
    expect(alone[0]).not.toMatch(/人民政府办公室 2023 年/u);
    for (const order of [asked, [...asked].reverse()]) {
      const one = createAnswerer(reports, opts);
      for (const q of order) expect(one.answer(q).text, `${q} after ${order.slice(0, order.indexOf(q)).join("、")}`).toBe(alone[asked.indexOf(q)]);
    }
  }, 120_000);
});

describe("the store's agency columns", () => {
  it("leave the kinds a pool does not admit out without asking it, and answer as the pool does", () => {
    const agencies = ["汀兰市人民政府", "汀兰市教育局", "汀兰市人民政府办公室", "桐溪区人民政府", "桐溪区财政局", "芦坪镇人民政府", "桐溪区民政局"];
    const cols = new AgencyColumns();
    const ids = cols.idsOf(agencies.map((agency) => ({ agency })));
    const asked: string[] = [];
    const pool = { key: "governments", kinds: ["government"] as const, admits: (a: string) => (asked.push(a), identify(a).kind === "government" && !a.startsWith("芦坪")) };
    expect([...ids].map(cols.admitter(pool))).toEqual(agencies.map((a) => identify(a).kind === "government" && !a.startsWith("芦坪")));
    expect(asked).toEqual(agencies.filter((a) => identify(a).kind === "government"));
    // a pool without kinds is asked about every agency
    const all = { key: "any", admits: (a: string) => (asked.push(a), true) };
    asked.length = 0;
    expect([...ids].map(cols.admitter(all)).every(Boolean)).toBe(true);
    expect(asked).toEqual(agencies);
  });
});

import { describe, expect, it } from "vitest";
import { identify } from "../../src/index/agency/identity.ts";
import { levelSaid } from "../../src/answers/who.ts";
import { AgencyColumns } from "../../src/store/agency-columns.ts";

const AGENCIES = ["九江市人民政府", "浔阳区人民政府", "九江市教育局", "洪泽区人民政府", "九江市人民政府办公室", "柴桑区人民政府", "淮安市财政局"];

describe("agency columns (what a ranking's pool asks of each agency, by number)", () => {
  it("numbers each agency once, in the order they first come", () => {
    const cols = new AgencyColumns();
    const ids = cols.idsOf([...AGENCIES, ...AGENCIES.slice(0, 3)].map((agency) => ({ agency })));
    expect([...ids]).toEqual([0, 1, 2, 3, 4, 5, 6, 0, 1, 2]);
    expect(AGENCIES.map((_, i) => cols.name(i))).toEqual(AGENCIES);
    // a later year's reports keep the numbers and add the new agencies after them
    expect([...cols.idsOf([{ agency: "淮安市财政局" }, { agency: "盱眙县人民政府" }])]).toEqual([6, 7]);
  });

  it("asks the pool about an agency once per pool key, and answers as the pool does", () => {
    const cols = new AgencyColumns();
    const ids = cols.idsOf(AGENCIES.map((agency) => ({ agency })));
    const asked: string[] = [];
    const pool = { key: "governments", admits: (a: string) => (asked.push(a), identify(a).kind === "government") };
    for (let pass = 0; pass < 3; pass++) {
      const admits = cols.admitter(pool);
      expect([...ids].map(admits)).toEqual(AGENCIES.map((a) => identify(a).kind === "government"));
    }
    expect(asked).toEqual(AGENCIES);
    // another key is another pool: asked again
    const other = { key: "departments", admits: (a: string) => (asked.push(a), identify(a).kind !== "government") };
    expect([...ids].map(cols.admitter(other))).toEqual(AGENCIES.map((a) => identify(a).kind !== "government"));
    expect(asked.length).toBe(AGENCIES.length * 2);
  });

  it("codes each agency's kind and level as identify and the levels note say them", () => {
    const cols = new AgencyColumns();
    const ids = cols.idsOf(AGENCIES.map((agency) => ({ agency })));
    expect([...ids].map((id) => cols.kinds[cols.kind(id)])).toEqual(AGENCIES.map((a) => identify(a).kind));
    expect([...ids].map((id) => cols.levels[cols.level(id)])).toEqual(AGENCIES.map((a) => levelSaid(identify(a))));
    expect(new Set(cols.kinds).size).toBe(cols.kinds.length);
  });
});

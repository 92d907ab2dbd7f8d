/**
 * The PostgreSQL store's two directions between agencies and their stored ids (agency-ids.ts),
 * held compactly: they answer as the Maps they replace did.
 */
import { describe, expect, it } from "vitest";
import { AnsweredAgencies, StoredIds } from "../../src/store/pg/agency-ids.ts";

describe("stored ids of the agencies as answered", () => {
  it("gives each agency its ids in the order added, one or several, and nothing for an agency not stored", () => {
    const ids = new StoredIds();
    ids.add("九江市财政局", 7);
    ids.add("浔阳区人民政府", 3);
    ids.add("九江市财政局", 12);
    ids.add("九江市财政局", 2);
    expect(ids.get("九江市财政局")).toEqual([7, 12, 2]);
    expect(ids.get("浔阳区人民政府")).toEqual([3]);
    expect(ids.get("赣州市财政局")).toBeUndefined();
    expect([...ids.keys()]).toEqual(["九江市财政局", "浔阳区人民政府"]);
    expect([...ids]).toEqual([
      ["九江市财政局", [7, 12, 2]],
      ["浔阳区人民政府", [3]],
    ]);
  });

  it("gives copies: a caller changing one changes nothing held", () => {
    const ids = new StoredIds();
    ids.add("九江市财政局", 7);
    ids.add("九江市财政局", 8);
    ids.get("九江市财政局")?.push(99);
    for (const [, own] of ids) own.push(98);
    expect(ids.get("九江市财政局")).toEqual([7, 8]);
  });
});

describe("the agency each stored id is answered as", () => {
  it("gives the agency, and the warning only where unifying added one", () => {
    const by = new AnsweredAgencies();
    by.set(1, "九江市财政局");
    by.set(40, "九江市浔阳区财政局", "机关名称“浔阳区财政局”按同一机关的其他报告统一为“九江市浔阳区财政局”");
    expect(by.get(1)).toEqual({ agency: "九江市财政局" });
    expect(by.get(40)).toEqual({ agency: "九江市浔阳区财政局", warning: "机关名称“浔阳区财政局”按同一机关的其他报告统一为“九江市浔阳区财政局”" });
    // ids between, after, and none at all
    expect(by.get(2)).toBeUndefined();
    expect(by.get(41)).toBeUndefined();
    expect(by.get(-1)).toBeUndefined();
  });
});

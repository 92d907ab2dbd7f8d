import { describe, expect, it } from "vitest";
import { unifyAgencies } from "../../src/index/corpus.ts";
import { bodyOf } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";

/** A report as unifyAgencies reads it: its agency, the parents its body has (stated or known), its warnings. */
function stub(agency: string, year: number, parents?: string[]): Report {
  const body = bodyOf(agency);
  return { agency, year, body: parents ? { ...body, parents } : body, warnings: [] } as unknown as Report;
}
const names = (rs: Report[]) => rs.map((r) => r.agency);

describe("unifyAgencies: one body, one name", () => {
  it("a government titled without its city takes the name with it", () => {
    const out = unifyAgencies([stub("洪泽区人民政府", 2023), stub("淮安市洪泽区人民政府", 2024)]);
    expect(names(out)).toEqual(["淮安市洪泽区人民政府", "淮安市洪泽区人民政府"]);
    expect(out[0]?.warnings.join("")).toContain("统一为“淮安市洪泽区人民政府”");
  });

  it("a town titled without its county, whose report names the county, is the county's town", () => {
    const out = unifyAgencies([stub("砚洲县青箬镇人民政府", 2022), stub("砚洲县青箬镇人民政府", 2023), stub("青箬镇人民政府", 2024, ["砚洲县"])]);
    expect(names(out)).toEqual(["砚洲县青箬镇人民政府", "砚洲县青箬镇人民政府", "砚洲县青箬镇人民政府"]);
  });

  it("a town whose report states another county stays apart", () => {
    const out = unifyAgencies([stub("乙县青箬镇人民政府", 2023), stub("青箬镇人民政府", 2024, ["甲县"])]);
    expect(names(out)).toEqual(["乙县青箬镇人民政府", "青箬镇人民政府"]);
  });

  it("a short name two different places reduce to is left as printed", () => {
    const out = unifyAgencies([stub("南京市鼓楼区人民政府", 2023), stub("福州市鼓楼区人民政府", 2023), stub("鼓楼区人民政府", 2024, [])]);
    expect(names(out)).toEqual(["南京市鼓楼区人民政府", "福州市鼓楼区人民政府", "鼓楼区人民政府"]);
  });

  it("nested names take the longest", () => {
    const out = unifyAgencies([stub("江苏省淮安市洪泽区人民政府", 2022), stub("淮安市洪泽区人民政府", 2023), stub("洪泽区人民政府", 2024)]);
    expect(new Set(names(out))).toEqual(new Set(["江苏省淮安市洪泽区人民政府"]));
  });

  it("a body printed with no place at all is never given one", () => {
    const out = unifyAgencies([stub("乐清市财政局", 2023), stub("财政局", 2024, [])]);
    expect(names(out)).toEqual(["乐清市财政局", "财政局"]);
  });
});

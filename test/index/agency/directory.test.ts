/**
 * The directory resolves a form from its parts (a place, then what may follow it) without
 * spelling every form out: it must name exactly what namedForms spells out, at the same tier.
 */
import { describe, expect, it } from "vitest";
import { namedForms } from "../../../src/index/agency/forms.ts";
import { directory, resolveForm } from "../../../src/index/agency/resolve.ts";
import { identify } from "../../../src/index/agency/identity.ts";

const AGENCIES = [
  "上饶市人民政府", "上饶市人民政府办公室", "上饶市人力资源和社会保障局", "上饶市住房和城乡建设局", "上饶市卫生健康委员会",
  "上饶市公安局信州分局", "上饶市信州区人民政府", "信州区人民政府办公室", "信州区人力资源和社会保障局", "广丰区市场监督管理局",
  "国家税务总局上饶市税务局", "沙溪镇人民政府", "西市街道办事处", "九江市浔阳区住房和城乡建设局", "浔阳区人民政府",
  "恩施土家族苗族自治州文化广电和旅游局", "平潭综合实验区管理委员会", "乐清市人民政府办公室", "江苏省公安厅", "德兴市教育体育局",
  // two cities' branches for a 鼓楼区: their printed forms without the city (公安局鼓楼分局) name both
  "南京市公安局鼓楼分局", "福州市公安局鼓楼分局",
];

describe("the name directory", () => {
  const names = AGENCIES.map((agency) => ({ agency, region: identify(agency).region }));
  const dir = directory(names);
  // every form spelled out, each agency at its lowest tier
  const spelled = new Map<string, Map<string, number>>();
  for (const agency of AGENCIES) {
    for (const { form, tier } of namedForms(agency)) {
      const at = spelled.get(form) ?? new Map<string, number>();
      at.set(agency, Math.min(tier, at.get(agency) ?? 9));
      spelled.set(form, at);
    }
  }

  it("names by parts what namedForms spells out, at the same tier", () => {
    expect(spelled.size).toBeGreaterThan(500);
    for (const [form, at] of spelled) {
      const tier = Math.min(...at.values());
      const got = resolveForm(dir, form);
      expect(got?.tier, form).toBe(tier);
      // below tier 3 every agency at that tier (tier 3 picks the place's government: resolve.ts choose)
      if (tier < 3) expect(got?.matches.map((m) => m.agency).sort(), form).toEqual([...at].filter(([, t]) => t === tier).map(([a]) => a).sort());
    }
  });

  it("names nothing that is not a form", () => {
    for (const s of ["上饶市教育局", "信州区住建", "浔阳区人社局", "人力资源", "上饶市人民", "市人民政府", "江苏省公安局"]) {
      expect(spelled.has(s), s).toBe(false);
      expect(resolveForm(dir, s), s).toBeNull();
    }
  });
});

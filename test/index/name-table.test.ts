/**
 * The search's name table (agencies numbered, a number or an array per form) names exactly what
 * a Set of agencies per form named: every form of every agency under every region it was read
 * with, each agency once; and its words are every such form, once.
 */
import { describe, expect, it } from "vitest";
import { NameTable } from "../../src/index/name-table.ts";
import { nameWords } from "../../src/index/names.ts";
import { planAgencies } from "../../bench/synthetic.ts";

const BODIES = [
  { agency: "九江市浔阳区住房和城乡建设局", region: "浔阳区" },
  { agency: "浔阳区人民政府", region: "浔阳区" },
  { agency: "九江市人力资源和社会保障局", region: "九江市" },
  { agency: "赣州市人力资源和社会保障局", region: "赣州市" },
  { agency: "上饶市公安局广丰分局", region: "广丰区" },
  // one agency read with two regions (a report printed its parent's place): both regions' forms name it
  { agency: "上饶市公安局信州分局", region: "信州区" },
  { agency: "上饶市公安局信州分局", region: "上饶市" },
  { agency: "上饶市公安局信州分局", region: "信州区" },
  { agency: "ABC新区管理委员会", region: "ABC新区" },
];

/** What search kept before: a Set of agencies per lower-case form. */
function setsOf(entries: readonly { agency: string; region: string }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { agency, region } of entries) {
    for (const form of nameWords(agency, region)) {
      const set = out.get(form.toLowerCase()) ?? new Set<string>();
      set.add(agency);
      out.set(form.toLowerCase(), set);
    }
  }
  return out;
}

function sameAsSets(entries: readonly { agency: string; region: string }[]): void {
  const table = new NameTable(entries);
  const sets = setsOf(entries);
  expect(table.size).toBe(sets.size);
  for (const [form, set] of sets) {
    expect(table.has(form), form).toBe(true);
    expect(table.get(form)?.sort(), form).toEqual([...set].sort());
  }
  expect([...table.words].sort()).toEqual([...new Set(entries.flatMap((e) => nameWords(e.agency, e.region)))].sort());
}

describe("the name table", () => {
  it("names what a Set per form named, every region's forms, each agency once", () => {
    sameAsSets(BODIES);
    const table = new NameTable(BODIES);
    expect(table.get("上饶市")).toEqual(["上饶市公安局信州分局"]);
    expect(table.get("人社局")?.sort()).toEqual(["九江市人力资源和社会保障局", "赣州市人力资源和社会保障局"]);
    // keys are lower case; the words keep the case jieba is given
    expect(table.has("abc新区")).toBe(true);
    expect(table.words).toContain("ABC新区");
    expect(table.get("浔阳区人民政府办公室")).toBeUndefined();
  });

  it("does so for a thousand synthetic governments and departments", () => {
    const plans = planAgencies(3000, 7).slice(0, 1000);
    sameAsSets(plans.map((p) => ({ agency: p.agency, region: p.region })));
  });
});

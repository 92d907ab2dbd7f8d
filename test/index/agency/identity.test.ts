import { describe, expect, it } from "vitest";
import { identify } from "../../../src/index/agency/identity.ts";
import { fitsHierarchy, parentsOf } from "../../../src/index/agency/gazetteer.ts";
import { readTitle } from "../../../src/index/read/title.ts";

describe("agency identity", () => {
  it.each([
    ["赣州市人民政府", "government", "赣州市", "人民政府", "city", ["江西省"]],
    ["乐清市人民政府办公室", "office", "乐清市", "人民政府办公室", "county", ["浙江省", "温州市"]],
    ["九江市浔阳区住房和城乡建设局", "department", "浔阳区", "住房和城乡建设局", "county", ["江西省", "九江市"]],
    ["赣州市城市管理局", "department", "赣州市", "城市管理局", "city", ["江西省"]],
    ["赣州市市场监督管理局", "department", "赣州市", "市场监督管理局", "city", ["江西省"]],
    ["赣州市乡村振兴局", "department", "赣州市", "乡村振兴局", "city", ["江西省"]],
    ["南昌市青山湖区城市管理和综合执法局", "department", "青山湖区", "城市管理和综合执法局", "county", ["江西省", "南昌市"]],
    ["国家税务总局九江市税务局", "vertical", "九江市", "税务局", "city", ["江西省"]],
    ["黄桥镇人民政府", "township", "黄桥镇", "人民政府", "township", []],
    ["城关街道办事处", "township", "城关街道", "办事处", "township", []],
    ["平潭综合实验区管理委员会", "government", "平潭综合实验区", "管理委员会", null, []],
    ["景德镇市乐平市人民政府", "government", "乐平市", "人民政府", "county", ["江西省", "景德镇市"]],
    ["阳泉市城区人民政府", "government", "城区", "人民政府", "county", ["山西省", "阳泉市"]],
    ["赣州市城区管理局", "department", "赣州市", "城区管理局", "city", ["江西省"]],
    // one-character counties: the gazetteer's two-character names are not words when they end in 县
    ["勉县人民政府", "government", "勉县", "人民政府", "county", ["陕西省", "汉中市"]],
    ["沛县公安局", "department", "沛县", "公安局", "county", ["江苏省", "徐州市"]],
    ["汉中市勉县人民政府", "government", "勉县", "人民政府", "county", ["陕西省", "汉中市"]],
  ])("%s → %s of %s", (name, kind, region, body, level, parents) => {
    expect(identify(name)).toMatchObject({ kind, region, body, level, parents });
  });

  it("gives the agencies of one place one array of its units and parents, frozen (a corpus's agencies share them)", () => {
    const a = identify("九江市浔阳区住房和城乡建设局");
    const b = identify("九江市浔阳区财政局");
    expect(b.chain).toBe(a.chain);
    expect(b.parents).toBe(a.parents);
    expect(a.chain).toEqual(["九江市", "浔阳区"]);
    // shared: a change to one would be every agency's of the place
    expect(Object.isFrozen(a.parents)).toBe(true);
    expect(() => a.parents.push("x")).toThrow(TypeError);
    // a place of other parents has its own
    expect(identify("九江市濂溪区财政局").parents).toBe(a.parents);
    expect(identify("赣州市章贡区财政局").parents).not.toBe(a.parents);
    expect(identify("赣州市章贡区财政局").parents).toEqual(["江西省", "赣州市"]);
  });

  it.each([
    // a city department's branch for a district: the district is its region
    ["成都市公安局武侯区分局", "武侯区", "公安分局", "公安局", ["四川省", "成都市"]],
    ["南京市公安局玄武分局", "玄武区", "公安分局", "公安局", ["江苏省", "南京市"]],
    ["九江市自然资源局濂溪分局", "濂溪区", "自然资源分局", "自然资源局", ["江西省", "九江市"]],
    ["长沙市生态环境局望城分局", "望城区", "生态环境分局", "生态环境局", ["湖南省", "长沙市"]],
  ])("%s → a branch of %s", (name, region, body, branchOf, parents) => {
    expect(identify(name)).toMatchObject({ kind: "department", region, body, branchOf, level: "county", parents });
  });

  it("an autonomous prefecture by its short name (X州) has its province, and is the parent of its cities", () => {
    expect(identify("恩施州财政局")).toMatchObject({ region: "恩施州", level: "city", parents: ["湖北省"] });
    expect(identify("黔东南州教育局")).toMatchObject({ region: "黔东南州", parents: ["贵州省"] });
    expect(identify("延边州人民政府")).toMatchObject({ kind: "government", parents: ["吉林省"] });
    expect(identify("恩施州恩施市人民政府")).toMatchObject({ region: "恩施市", level: "county", parents: ["湖北省", "恩施州"] });
    expect(fitsHierarchy("恩施市", ["恩施州"])).toBe(true);
    expect(fitsHierarchy("恩施市", ["延边州"])).toBe(false);
  });

  it("a vertically managed body named after its city without 市 belongs to that city", () => {
    expect(identify("国家统计局赣州调查队")).toMatchObject({ kind: "vertical", region: "赣州市", body: "调查队", parents: ["江西省"] });
    expect(identify("宁波海关")).toMatchObject({ kind: "vertical", region: "宁波市", body: "海关", parents: ["浙江省"] });
    // no place at all: no region
    expect(identify("税务局")).toMatchObject({ kind: "vertical", region: "" });
  });

  it("a branch for what is not a place keeps the city as its region", () => {
    expect(identify("成都市公安局交通管理分局")).toMatchObject({ region: "成都市", body: "公安局交通管理分局" });
  });

  it("uses the printed parent to pick one of two divisions of the same name", () => {
    expect(parentsOf("朝阳区", [])).toEqual([]);
    expect(identify("长春市朝阳区人民政府").parents).toEqual(["吉林省", "长春市"]);
    expect(identify("北京市朝阳区人民政府").parents).toEqual(["北京市"]);
  });

  it("checks parent prefixes against the hierarchy", () => {
    expect(fitsHierarchy("赣州市", ["江西省"])).toBe(true);
    expect(fitsHierarchy("浔阳区", ["九江市"])).toBe(true);
    expect(fitsHierarchy("浔阳区", ["赣州市"])).toBe(false);
    expect(fitsHierarchy("某某区", ["赣州市"])).toBe(true); // unknown places fit
  });
});

describe("the report's name from its title", () => {
  it("takes the last name of a navigation run before the title, never the run", () => {
    const t = readTitle("赣州市教育局赣州市公安局赣州市财政局2023年政府信息公开工作年度报告");
    expect(t).toMatchObject({ agency: "赣州市财政局", region: "赣州市" });
    expect(readTitle("首页>政务公开>赣州市人民政府办公室赣州市发展和改革委员会2023年政府信息公开工作年度报告")?.agency).toBe("赣州市发展和改革委员会");
  });
  it("keeps a vertically managed body's whole name", () => {
    expect(readTitle("国家税务总局九江市税务局2022年政府信息公开工作年度报告")?.agency).toBe("国家税务总局九江市税务局");
  });
  it("gives a department the region it belongs to, not a word of its name", () => {
    expect(readTitle("九江市浔阳区住房和城乡建设局2023年政府信息公开工作年度报告")?.region).toBe("浔阳区");
  });
});

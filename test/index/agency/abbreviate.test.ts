import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cutWords, irregular, shortForms } from "../../../src/index/agency/abbreviate.ts";
import { regionShortNames, namedForms } from "../../../src/index/agency/forms.ts";

const forms = (body: string) => [...shortForms(body).exact, ...shortForms(body).loose];

describe("department abbreviations by rule", () => {
  // The names the rules were written from.
  it.each([
    ["人力资源和社会保障局", "人社局"], ["住房和城乡建设局", "住建局"], ["市场监督管理局", "市监局"], ["文化广电和旅游局", "文广旅局"],
    ["发展和改革委员会", "发改委"], ["卫生健康委员会", "卫健委"], ["医疗保障局", "医保局"], ["行政审批局", "审批局"],
    ["人民防空办公室", "人防办"], ["退役军人事务局", "退役军人局"], ["工业和信息化局", "工信局"],
  ])("%s → %s", (body, short) => expect(forms(body)).toContain(short));

  // Names the rules were not written from: real short forms they must also give.
  it.each([
    ["食品药品监督管理局", "食药监局"], ["旅游发展委员会", "旅发委"], ["旅游发展委员会", "旅游委"], ["经济和信息化委员会", "经信委"],
    ["科学技术和工业信息化局", "科工局"], ["农业农村和水利局", "农水局"], ["卫生和计划生育委员会", "卫计委"], ["发展改革局", "发改局"],
    ["林业和草原局", "林草局"], ["文化和旅游局", "文旅局"], ["综合行政执法局", "执法局"], ["国土资源局", "国土局"],
    ["住房城乡建设局", "住建局"], ["商务和粮食局", "商粮局"], ["教育体育局", "教体局"], ["交通运输局", "交通局"],
  ])("%s → %s (not written from)", (body, short) => expect(forms(body)).toContain(short));

  // Rules added for older bodies (安监局 from 安全生产监督管理局, 质监局, 规划局 from 城乡规划局, 侨办),
  // tested on names they were not written from.
  it.each([
    ["药品监督管理局", "药监局"], ["价格监督检查局", "价监局"], ["城乡建设局", "建设局"], ["外事办公室", "外办"],
    ["台湾事务办公室", "台办"], ["金融工作办公室", "金办"], ["外事侨务办公室", "外侨办"], ["规划和自然资源局", "自然资源局"],
    ["住房和城乡建设局", "建设局"], ["文化广电和旅游局", "旅游局"],
  ])("%s → %s (a newer rule, not written from)", (body, short) => expect(forms(body)).toContain(short));

  // 综合 / 行政 / 服务 left out wherever they stand, and a 管理 field told apart from the one after it.
  // Written from 城市管理综合行政执法局 and 行政审批服务局; the rest are names they were not written from.
  it.each([
    ["城市管理综合行政执法局", ["城管局", "综合执法局", "城市管理局", "城管执法局", "城市管理执法局", "执法局"]],
    ["行政审批服务局", ["行政审批局", "审批局", "审批服务局"]],
    ["综合行政执法局", ["综合执法局", "行政执法局", "执法局"]],
    ["行政审批和政务服务局", ["行政审批局", "审批局", "政务服务局"]],
    ["数据和政务服务局", ["数据局", "政务服务局", "数据政务局"]],
    ["市场监督管理综合行政执法局", ["市场监督管理局", "市监局", "综合执法局"]],
    ["交通运输综合行政执法局", ["交通运输执法局", "交通运输综合执法局"]],
  ])("%s → %j (words people leave out)", (body, shorts) => expect(forms(body)).toEqual(expect.arrayContaining(shorts as string[])));

  it("tells a 管理 field from what follows only after 管理: a 交通运输 enforcement body is not the 交通运输局", () => {
    expect(forms("交通运输综合行政执法局")).not.toContain("交通运输局");
    expect(forms("交通运输综合行政执法局")).not.toContain("执法局");
  });

  it("never gives a bare ending, one character, or a character repeated", () => {
    for (const body of ["公安局", "农业农村局", "统计局", "办公室", "委员会"]) {
      for (const f of forms(body)) {
        expect(f.length, f).toBeGreaterThanOrEqual(2);
        expect(["局", "委", "办", "中心"]).not.toContain(f);
        expect(f).not.toMatch(/^(.)\1/u);
      }
    }
  });

  it("cuts words in twos, keeping the listed three-character words", () => {
    expect(cutWords("工业信息化")).toEqual(["工业", "信息化"]);
    expect(cutWords("人力资源")).toEqual(["人力", "资源"]);
  });
});

describe("abbreviations.json", () => {
  const raw = JSON.parse(readFileSync(new URL("../../../src/index/agency/abbreviations.json", import.meta.url), "utf8")) as { forms: Record<string, string[]> };
  it("holds bodies ending as bodies end, each with short forms of two characters or more", () => {
    for (const [body, shorts] of Object.entries(raw.forms)) {
      expect(body).toMatch(/(?:局|委员会|办公室|办公厅|中心|队)$/u);
      for (const s of shorts) expect(s.length, s).toBeGreaterThanOrEqual(2);
    }
    expect(irregular().get("人民政府办公室")).toEqual(expect.arrayContaining(["政府办", "府办"]));
  });
  it("is used: 府办 names a government's office after its place", () => {
    expect(namedForms("乐清市人民政府办公室").map((f) => f.form)).toEqual(expect.arrayContaining(["乐清市府办", "乐清府办", "市府办"]));
  });
});

describe("region short names", () => {
  it.each([
    ["浔阳区", ["浔阳"]], ["广西壮族自治区", ["广西"]], ["恩施土家族苗族自治州", ["恩施", "恩施州"]], ["白沙黎族自治县", ["白沙", "白沙县"]], ["鄂伦春自治旗", ["鄂伦春", "鄂伦春旗"]], ["黄坪彝族乡", ["黄坪", "黄坪乡", "黄坪彝族"]], ["青石镇", ["青石"]], ["平潭综合实验区", ["平潭"]],
    ["赣江新区", ["赣江"]], ["南区", []], ["城关街道", ["城关"]], ["内蒙古自治区", ["内蒙古"]],
  ])("%s → %j", (region, short) => expect(regionShortNames(region)).toEqual(short));
});

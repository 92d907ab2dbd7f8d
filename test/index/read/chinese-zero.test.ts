/**
 * 〇, the Chinese zero, printed for the zeros of table 3 among Arabic digits (round 24, HTML pages: “〇 〇 〇 〇 〇 2 1 1 〇 4 …”).
 * ocr-digits.ts reads a bare 〇 as an OCR look-alike of 0 and marks it unsure on purpose; where the row's context makes it a
 * zero — the row is its fifteen cells, others printed as digits, and every group adds up with it as 0 — it is 0, said so.
 * Otherwise (a group does not add up, or no cell of the row is an Arabic digit) it stays unsure. Invented report.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";

const zeros = (labels: string[]) => labels.map((l) => `${l} 0 0 0 0 0 0 0`);

const text = (table3: string) =>
  [
    "桦屿县水利局",
    "2024年政府信息公开工作年度报告",
    "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。",
    "一、总体情况",
    "（一）主动公开。2024年，我局主动公开政府信息236条。",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章 0 0 0",
    "行政规范性文件 1 0 6",
    "第二十条第（五）项",
    "信息内容 本年处理决定数量",
    "行政许可 57",
    "第二十条第（六）项",
    "信息内容 本年处理决定数量",
    "行政处罚 12",
    "行政强制 0",
    "第二十条第（八）项",
    "信息内容 本年收费金额（单位：万元）",
    "行政事业性收费 0",
    "三、收到和处理政府信息公开申请情况",
    "申请人情况 自然人 法人或其他组织 总计",
    "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    "一、本年新收政府信息公开申请数量 9 2 0 0 0 0 11",
    "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0",
    "三、本年度办理结果 （一）予以公开 5 1 0 0 0 0 6",
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 0 0 0 0 0 1",
    ...zeros(["（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益"]),
    ...zeros(["5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    "（四）无法提供 1.本机关不掌握相关政府信息 3 1 0 0 0 0 4",
    ...zeros(["2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ...zeros(["（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
    ...zeros(["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
    "（七）总计 9 2 0 0 0 0 11",
    "四、结转下年度继续办理 0 0 0 0 0 0 0",
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "结果维持 结果纠正 其他结果 尚未审结 总计",
    table3,
    "五、存在的主要问题及改进情况",
    "公开内容的全面性有待提升。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
  ].join("\n");

const ask = (table3: string, q: string) => createAnswerer([parseReport(text(table3), "huayu-slj-2024.txt")]).answer(`桦屿县水利局2024年${q}`);

describe("〇 for zero in table 3 among Arabic digits", () => {
  const row = "〇 〇 〇 〇 〇 3 1 〇 〇 4 〇 1 〇 〇 1";

  it.each([
    ["行政复议几件", 0],
    ["行政复议结果维持多少件", 0],
    ["未经复议直接起诉的行政诉讼多少件", 4],
    ["直接起诉结果纠正几件", 1],
  ])("%s → %d, stated, the 〇 said", (q, value) => {
    const a = ask(row, q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
  });

  it("the answer says the cell was printed 〇", () => {
    expect(ask(row, "行政复议几件").text).toContain("〇");
  });

  it("guard: a group that does not add up with 〇 as 0 leaves the 〇 cells unsure", () => {
    const a = ask("〇 〇 〇 〇 〇 3 1 〇 〇 5 〇 1 〇 〇 1", "行政复议几件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
  });

  it("guard: a row with no Arabic digit in it leaves the 〇 cells unsure", () => {
    const a = ask("〇 〇 〇 〇 〇 〇 〇 〇 〇 〇 〇 〇 〇 〇 〇", "行政复议几件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
  });
});

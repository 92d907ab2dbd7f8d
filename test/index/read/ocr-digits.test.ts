/**
 * OCR'd text puts letters for digits (l for 1, O and 〇 for 0) and spaces inside numbers. Such a
 * figure is read with the letter as its digit and marked unsure with what was printed, never
 * dropped to the digits left (“行政许可 l7” stated as 7 was a confidently wrong answer, outside
 * round 11), and a row with a letter in it is no longer lost whole. Invented report.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { readOcrDigits } from "../../../src/index/layouts/ocr-digits.ts";
import { parseReport } from "../../../src/index/read/report.ts";

const ROWS_OF_ZEROS = (labels: string[]) => labels.map((l) => `${l} 0 0 0 0 0 0 0`);

const TEXT = [
  "梧溪县农业农村局",
  "2023年政府信息公开工作年度报告",
  "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式》要求编制。",
  "一、总体情况",
  "（一）主动公开。2023年，我局主动公开政府信息412条。",
  "二、主动公开政府信息情况",
  "第二十条第（一）项",
  "信息内容 本年制发件数 本年废止件数 现行有效件数",
  "规章 0 0 0",
  "行政规范性文件 2 O 5",
  "第二十条第（五）项",
  "信息内容 本年处理决定数量",
  "行政许可 l4",
  "第二十条第（六）项",
  "信息内容 本年处理决定数量",
  "行政处罚 3O",
  "行政强制 1",
  "第二十条第（八）项",
  "信息内容 本年收费金额（单位：万元）",
  "行政事业性收费 0",
  "三、收到和处理政府信息公开申请情况",
  "申请人情况 自然人 法人或其他组织 总计",
  "商业企业 科研机构 社会公益组织 法律服务机构 其他",
  "一、本年新收政府信息公开申请数量 1l 2 0 0 0 1 14",
  "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1",
  "三、本年度办理结果 （一）予以公开 6 1 0 0 0 〇 7",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 2 0 0 0 0 0 2",
  "（三）不予公开 1.属于国家秘密 0 0 0 0 0 0 0",
  ...ROWS_OF_ZEROS(["2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”"]),
  "4.保护第三方合法权益 1 0 0 0 0 0 1",
  ...ROWS_OF_ZEROS(["5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
  "（四）无法提供 1.本机关不掌握相关政府信息 2 1 0 0 0 1 4",
  ...ROWS_OF_ZEROS(["2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
  "（五）不予处理 1.信访举报投诉类申请 0 0 0 0 0 0 0",
  ...ROWS_OF_ZEROS(["2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
  "（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0",
  ...ROWS_OF_ZEROS(["2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
  // “11” printed with a space inside it: one cell too many on the line.
  "（七）总计 1 1 2 0 0 0 1 14",
  "四、结转下年度继续办理 1 0 0 0 0 0 1",
  "四、政府信息公开行政复议、行政诉讼情况",
  "行政复议 行政诉讼",
  "结果维持 结果纠正 其他结果 尚未审结 总计",
  "0 O 1 0 1 0 0 0 0 0 0 0 0 0 0",
  "五、存在的主要问题及改进情况",
  "公开内容的全面性有待提升。",
  "六、其他需要报告的事项",
  "本年度未收取信息处理费。",
].join("\n");

const report = parseReport(TEXT, "wuxi-nyncj-2023-ocr.txt");
const reading = (key: string) => report.readings[key];

describe("look-alike letters in a table's numbers", () => {
  it("are read as the digits they stand for, the cell unsure with what was printed", () => {
    expect(report.table1["licensing"]?.decisions).toBe(14);
    expect(reading("table1.licensing.decisions")?.read).toBe("unsure");
    expect(reading("table1.licensing.decisions")?.reason).toContain("“l4”");
    expect(report.table1["penalty"]?.decisions).toBe(30);
    expect(reading("table1.penalty.decisions")?.read).toBe("unsure");
    expect(report.table1["normative"]).toEqual({ issued: 2, repealed: 0, in_force: 5 });
    expect(reading("table1.normative.repealed")?.read).toBe("unsure");
    expect(reading("table1.normative.in_force")).toBeUndefined();
  });

  it("keep their row: the other cells of a table-2 row are read as printed", () => {
    expect(report.table2["new"]).toEqual({ natural_person: 11, commercial: 2, research: 0, public_interest: 0, legal_service: 0, other_org: 1, total: 14 });
    expect(reading("table2.new.natural_person")?.read).toBe("unsure");
    expect(reading("table2.new.total")).toBeUndefined();
    expect(report.table2["granted"]?.other_org).toBe(0);
    expect(reading("table2.granted.other_org")?.reason).toContain("“〇”");
    expect(report.table3?.["review"]).toEqual({ upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 });
    expect(reading("table3.review.corrected")?.read).toBe("unsure");
    expect(reading("table3.review.total")).toBeUndefined();
  });

  it("a number printed with a space inside it is joined where only that makes the row add up, and is unsure", () => {
    expect(report.table2["results_total"]).toEqual({ natural_person: 11, commercial: 2, research: 0, public_interest: 0, legal_service: 0, other_org: 1, total: 14 });
    expect(reading("table2.results_total.natural_person")?.read).toBe("unsure");
    expect(reading("table2.results_total.natural_person")?.reason).toContain("“1 1”");
    expect(report.checks.filter((c) => !c.holds)).toEqual([]);
  });

  it("the answer gives what was read and what was printed, never the digits left as a sure figure", () => {
    const answerer = createAnswerer([report]);
    const a = answerer.answer("梧溪县农业农村局2023年行政许可多少件");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("14");
    expect(a.text).toContain("l4");
    expect(a.text).not.toMatch(/(?<!\d)4 件/);
    const total = answerer.answer("梧溪县农业农村局2023年收到政府信息公开申请多少件");
    expect(total.figures.map((f) => f.value)).toEqual([14]);
  });
});

describe("readOcrDigits", () => {
  it("reads runs of digits and look-alike letters, and letters alone on a line of numbers", () => {
    expect(readOcrDigits("l7", true).text).toBe("17");
    expect(readOcrDigits("2O", true).text).toBe("20");
    expect(readOcrDigits("许可l7件", false).text).toBe("许可17件");
    expect(readOcrDigits("O", true).text).toBe("0");
    expect(readOcrDigits("〇", true).text).toBe("0");
  });

  it("leaves words, leading zeros, Chinese numerals and letters off a line of numbers alone", () => {
    for (const w of ["APP", "ICP备12345号", "O7", "二〇二三年", "lO1x"]) expect(readOcrDigits(w, true).runs).toEqual([]);
    expect(readOcrDigits("O", false).runs).toEqual([]);
  });
});

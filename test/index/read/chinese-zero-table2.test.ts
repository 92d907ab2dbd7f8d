/**
 * 〇, the Chinese zero, printed for the zeros of table 2 among Arabic digits (round 24, HTML pages: “〇 〇 〇 〇 〇 〇 〇”
 * for 上年结转, “3 1 〇 〇 〇 〇 4” for 予以公开). Each 〇 was “unsure (可能是 OCR 识别错误)” and questions got “读到的是 0 件，但不能确认”.
 * Table 3's proof (table3.ts markOcr) extended to table 2: a 〇 is 0 where the table prints Arabic digits, its row adds
 * up with it as 0 and a holding rule (balance, column sum) pins its cell — a 〇 hiding another digit would break them.
 * Otherwise it stays unsure. Invented report.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import { parseReport } from "../../../src/index/read/report.ts";

const Z = "〇 〇 〇 〇 〇 〇 〇";
const zeros = (labels: string[]) => labels.map((l) => `${l} ${Z}`);

const text = (granted: string, resultsTotal: string) =>
  [
    "芪川县交通运输局2025年政府信息公开工作年度报告",
    "一、总体情况",
    "（一）主动公开。2025年，我局主动公开政府信息318条。",
    "二、主动公开政府信息情况",
    "第二十条第（一）项",
    "信息内容 本年制发件数 本年废止件数 现行有效件数",
    "规章 0 0 0",
    "行政规范性文件 2 0 7",
    "第二十条第（五）项",
    "信息内容 本年处理决定数量",
    "行政许可 41",
    "第二十条第（六）项",
    "信息内容 本年处理决定数量",
    "行政处罚 9",
    "行政强制 0",
    "第二十条第（八）项",
    "信息内容 本年收费金额（单位：万元）",
    "行政事业性收费 0",
    "三、收到和处理政府信息公开申请情况",
    "申请人情况 自然人 法人或其他组织 总计",
    "商业企业 科研机构 社会公益组织 法律服务机构 其他",
    "一、本年新收政府信息公开申请数量 6 2 〇 〇 〇 〇 8",
    `二、上年结转政府信息公开申请数量 ${Z}`,
    `三、本年度办理结果 （一）予以公开 ${granted}`,
    "（二）部分公开（区分处理的，只计这一情形，不计其他情形） 1 〇 〇 〇 〇 〇 1",
    ...zeros(["（三）不予公开 1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益"]),
    ...zeros(["5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项"]),
    "（四）无法提供 1.本机关不掌握相关政府信息 2 〇 〇 〇 〇 〇 2",
    ...zeros(["2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确"]),
    ...zeros(["（五）不予处理 1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息"]),
    ...zeros(["（六）其他处理 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他"]),
    `（七）总计 ${resultsTotal}`,
    `四、结转下年度继续办理 ${Z}`,
    "四、政府信息公开行政复议、行政诉讼情况",
    "行政复议 行政诉讼",
    "结果维持 结果纠正 其他结果 尚未审结 总计",
    "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0",
    "五、存在的主要问题及改进情况",
    "公开内容的全面性有待提升。",
    "六、其他需要报告的事项",
    "本年度未收取信息处理费。",
  ].join("\n");

const report = (granted: string, total: string) => parseReport(text(granted, total), "qichuan-jtj-2025.txt");
const ask = (granted: string, total: string, q: string) => createAnswerer([report(granted, total)]).answer(`芪川县交通运输局2025年${q}`);

describe("〇 for zero in table 2 among Arabic digits", () => {
  const granted = "3 2 〇 〇 〇 〇 5";
  const total = "6 2 〇 〇 〇 〇 8";

  it.each([
    ["重复申请多少件", 0],
    ["上年结转多少件", 0],
    ["科研机构申请予以公开多少件", 0],
    ["予以公开多少件", 5],
  ])("%s → %d, stated, not “不能确认”", (q, value) => {
    const a = ask(granted, total, q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([value]);
    expect(a.text).not.toMatch(/不能确认|OCR/);
  });

  it("the cell is said to be printed 〇, read as 0 because the sums hold", () => {
    const r = report(granted, total);
    expect(r.readings["table2.not_processed.duplicate.total"]).toMatchObject({ read: "derived", reason: expect.stringMatching(/汉字零/) });
    expect(r.readings["table2.granted.research"]).toMatchObject({ read: "derived" });
    expect(Object.entries(r.readings).filter(([k, v]) => k.startsWith("table2.") && v.read === "unsure")).toEqual([]);
  });

  it("guard: a column whose sum does not hold with 〇 as 0 leaves its 〇 cells unsure (the 〇 may hide the missing 1)", () => {
    // （七）总计 prints 1 in 科研机构 while every row above prints 〇 there.
    const r = report(granted, "6 2 1 〇 〇 〇 9");
    expect(r.readings["table2.granted.research"]?.read).toBe("unsure");
    expect(r.readings["table2.refused.state_secret.research"]?.read).toBe("unsure");
    const a = ask(granted, "6 2 1 〇 〇 〇 9", "科研机构申请予以公开多少件");
    expect(a.text).toMatch(/不能确认|没能/);
  });
});

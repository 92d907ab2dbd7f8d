/**
 * Words that narrow the quantity asked (outside round 13): 没有这个信息, 输了/赢了, 单位和个人, 处理了,
 * 罚了, and the colloquial names of table rows. Each is mapped to the template's figure, or the
 * wider figure is not stated — never the group total, 本年新收 or a narrative count in its place.
 * Invented county 澄溪县 (seed 37: every figure below is distinct from the wider one).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { createAnswerer, type Answerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import { organizations, randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";
import { textReport } from "../helpers/text-report.ts";

const GOV = randomFigures(37, "2021", "澄溪县人民政府", 2023);
const FIVE = "全年办理人大代表建议31件、政协提案23件，办复率100%。本年度收取信息处理费300元。";
const ONE = "2023年共收到政府信息公开申请123件，均在法定期限内答复。通过“澄溪发布”微信公众号发布信息234条。\n";

let answerer: Answerer;
beforeAll(() => {
  const gov = textReport(FIVE, ONE, "澄溪县人民政府", 2023, 37);
  const dept = parseReport(renderReport(randomFigures(41, "2021", "澄溪县市场监督管理局", 2023), { layout: "tabs" }), "澄溪县市场监督管理局-2023.txt");
  const old = parseReport(renderReport(randomFigures(37, "2019", "澄溪县人民政府", 2020), { layout: "tabs" }), "澄溪县人民政府-2020.txt");
  answerer = createAnswerer([gov, dept, old], { today: () => new Date("2026-11-30") });
});
const ask = (q: string) => answerer.answer(q);
const first = (q: string) => {
  const a = ask(q);
  return { status: a.status, metric: a.figures[0]?.metric, value: a.figures[0]?.value };
};

describe("没有这个信息 is 本机关不掌握相关政府信息", () => {
  it("said every way, it is the template's row, never the narrative's count of applications", () => {
    const want = { status: "answered", metric: "table2.unavailable.not_held.total", value: GOV.table2["unavailable.not_held"]?.["total"] };
    for (const q of ["澄溪县2023年申请人被告知信息不存在的有几件", "澄溪县2023年没有这个信息的有几件", "澄溪县2023年没有相关信息的几件", "澄溪县2023年查无此信息的有几件", "澄溪县2023年找不到相关信息的有几件", "澄溪县2023年答复没有该信息的有几件", "澄溪县2023年人家申请公开信息，政府答复说不掌握的有多少"]) {
      expect(first(q), q).toEqual(want);
    }
  });
});

describe("outcome words of table 3", () => {
  it("输了 is 结果纠正, 赢了 is 结果维持, of 复议 and of 官司 (行政诉讼)", () => {
    expect(first("澄溪县2023年复议输了几次")).toEqual({ status: "answered", metric: "table3.review.corrected", value: GOV.table3["review"]?.["corrected"] });
    expect(first("澄溪县2023年复议赢了几次")).toEqual({ status: "answered", metric: "table3.review.upheld", value: GOV.table3["review"]?.["upheld"] });
    const lost = (GOV.table3["suit_direct"]?.["corrected"] ?? 0) + (GOV.table3["suit_after_review"]?.["corrected"] ?? 0);
    expect(first("澄溪县2023年官司输了几件")).toEqual({ status: "answered", metric: "table3.suit_direct+suit_after_review.corrected", value: lost });
  });

  it("被复议几次，输了几次: both figures, the total first", () => {
    const a = ask("澄溪县2023年被复议几次，输了几次");
    expect(a.status).toBe("answered");
    expect(a.figures.map((f) => [f.metric, f.value])).toEqual([
      ["table3.review.total", GOV.table3["review"]?.["total"]],
      ["table3.review.corrected", GOV.table3["review"]?.["corrected"]],
    ]);
  });

  it("a one-character word that narrows (驳) and is not understood: the group total is not stated", () => {
    const a = ask("澄溪县2023年复议驳了几件");
    expect(a.figures.map((f) => f.metric)).not.toContain("table3.review.total");
    expect(a.status).not.toBe("answered");
  });
});

describe("applicant groups", () => {
  const row = GOV.table2["new"] ?? {};
  it("单位和个人 is every applicant of the report asked (not the place's departments added up)", () => {
    expect(first("澄溪县2023年单位和个人一共申请多少件")).toEqual({ status: "answered", metric: "table2.new.total", value: row["total"] });
  });

  it("企业和单位, 单位 are 法人或其他组织, never 商业企业 or the total", () => {
    const orgs = { status: "answered", metric: "table2.new.commercial+research+public_interest+legal_service+other_org", value: organizations(row) };
    expect(first("澄溪县2023年企业和单位申请了多少件")).toEqual(orgs);
    expect(first("澄溪县2023年单位申请了多少")).toEqual(orgs);
  });

  it("个人和企业各申请了多少: two figures, not their sum", () => {
    const a = ask("澄溪县2023年个人和企业各申请了多少");
    expect(a.figures.map((f) => f.value)).toEqual([row["natural_person"], row["commercial"]]);
  });
});

describe("handled applications are the 办理结果 total", () => {
  it("处理了/答复了/办完了 → (七)总计, not 本年新收", () => {
    const want = { status: "answered", metric: "table2.results_total.total", value: GOV.table2["results_total"]?.["total"] };
    for (const q of ["澄溪县2023年处理了多少申请", "澄溪县2023年一共处理了多少申请", "澄溪县2023年答复了多少件申请", "澄溪县2023年办完了多少件", "澄溪县2023年处理多少申请", "澄溪县2023年处理的申请有多少"]) expect(first(q), q).toEqual(want);
  });

  it("处理 not understood is not covered by table 2's heading (收到和处理…): 本年新收 is not stated for it", () => {
    const a = ask("澄溪县2023年依申请公开处理多少件");
    expect(a.figures.map((f) => f.metric)).not.toContain("table2.new.total");
    // the heading itself asked is still the applications received
    expect(first("澄溪县2023年收到和处理政府信息公开申请情况")).toMatchObject({ status: "answered", metric: "table2.new.total" });
  });
});

describe("colloquial names of table rows", () => {
  const t1 = GOV.table1;
  const t2 = GOV.table2;
  it.each([
    ["澄溪县2023年罚了多少次", "table1.penalty.decisions", t1["penalty"]?.["decisions"]],
    ["澄溪县2023年被告了几次", "table3.suit_direct+suit_after_review.total", (GOV.table3["suit_direct"]?.["total"] ?? 0) + (GOV.table3["suit_after_review"]?.["total"] ?? 0)],
    ["澄溪县2023年发了几个文件", "table1.normative.issued", t1["normative"]?.["issued"]],
    ["澄溪县2023年强制措施有多少", "table1.coercion.decisions", t1["coercion"]?.["decisions"]],
    ["澄溪县2023年废止了几个", "table1.normative.repealed", t1["normative"]?.["repealed"]],
    ["澄溪县2023年审批了多少许可", "table1.licensing.decisions", t1["licensing"]?.["decisions"]],
    ["澄溪县2023年没办完转到明年的有几件", "table2.carried_out.total", t2["carried_out"]?.["total"]],
    ["澄溪县2023年上一年没办完的有几件", "table2.carried_in.total", t2["carried_in"]?.["total"]],
    ["澄溪县2023年没交钱不处理的有几件", "table2.other.unpaid_fee.total", t2["other.unpaid_fee"]?.["total"]],
    ["澄溪县2023年有几件是因为涉及第三方隐私没公开的", "table2.refused.third_party.total", t2["refused.third_party"]?.["total"]],
    ["澄溪县2023年属于信访举报投诉的申请几件", "table2.not_processed.complaint.total", t2["not_processed.complaint"]?.["total"]],
    ["澄溪县2020年行政事业性收费项目有几个", "table1.fees.prev_items", randomFigures(37, "2019", "澄溪县人民政府", 2020).table1["fees"]?.["prev_items"]],
  ])("%s → %s", (q, metric, value) => {
    expect(first(q)).toEqual({ status: "answered", metric, value });
  });

  it("拒绝/不给公开/驳回 are 不予公开", () => {
    for (const q of ["澄溪县2023年拒绝公开了多少件", "澄溪县2023年不给公开的有多少", "澄溪县2023年驳回了多少申请"]) {
      expect(first(q).metric, q).toMatch(/^table2\.refused\.state_secret\+.*\.total$/u);
    }
  });

  it("收没收 is asking whether, not 没收; a verb between the noun and the count (政协提案办了多少) binds to the noun's number", () => {
    expect(first("澄溪县2023年收没收信息处理费")).toMatchObject({ status: "answered", value: 300 });
    expect(first("澄溪县2023年政协提案办了多少")).toMatchObject({ status: "answered", metric: "narrative", value: 23 });
    expect(first("澄溪县2023年政协提案办理了多少件")).toMatchObject({ status: "answered", metric: "narrative", value: 23 });
  });

  it("人大建议和政协提案办理情况: the sentence quoted, not refused for table 2's 办理结果", () => {
    const a = ask("澄溪县2023年人大建议和政协提案办理情况");
    expect(a).toMatchObject({ status: "answered", figures: [] });
    expect(a.quotes.map((q) => q.text).join("")).toContain("全年办理人大代表建议31件、政协提案23件");
  });

  it("发了 is not read as a slip for 罚了: 公众号发了多少条 stays the text's count", () => {
    expect(first("澄溪县2023年微信公众号发了多少条")).toMatchObject({ status: "answered", metric: "narrative", value: 234 });
  });
});

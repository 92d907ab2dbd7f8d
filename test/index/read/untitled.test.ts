/**
 * Reports whose title line is missing, mangled or unusual, and reports whose tables never made it
 * into the text. Each case is generated from the bundled sample reports (data/reports) by a
 * layout transform — title dropped, moved to a `#` heading, cut over two lines, page footers and
 * repeated table headers, text cut before the tables, traditional characters, a 州 prefix, the
 * name only in a body sentence — and the reader must give back the hand-read agency, year and
 * figures (test/fixtures/expected.json), or say plainly what it could not read.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseReport, ReportError, TABLES_UNREAD } from "../../../src/index/read/report.ts";
import { isUnknownAgency, yearFromBody } from "../../../src/index/read/untitled.ts";
import { identify } from "../../../src/index/agency/identity.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import type { Report } from "../../../src/index/schema.ts";
import { differences } from "../../helpers/compare.ts";
import { expectedFigures, randomFigures } from "../../helpers/figures.ts";
import { renderReport } from "../../helpers/render-report.ts";

const SAMPLES = expectedFigures(); // xunyang, ganzhou, yueqing, zhangshu: every figure hand-read
const sample = (file: string) => readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), "utf8");
const squash = (s: string) => s.replace(/[\s#*]/g, "");

/** The sample without its title: the line with the report words and the agency line above it (two-line titles). */
function dropTitle(text: string, agency: string): string {
  const lines = text.split("\n");
  const at = lines.findIndex((l, i) => i < 15 && /政府信息公开(?:工作)?年度报告$|政府信息公开年报$/.test(squash(l)));
  expect(at, "the sample has a title line").toBeGreaterThanOrEqual(0);
  let from = at;
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    const l = squash(lines[j] ?? "");
    if (!l) continue;
    if (agency.startsWith(l) || l === agency) from = j;
    break;
  }
  return [...lines.slice(0, from), ...lines.slice(at + 1)].join("\n");
}

/** The report's own name inside its body (“本区”, “全市” stay): replaced so that only the planted clue names it. */
function anonymise(text: string, agency: string): string {
  const region = identify(agency).region;
  return text.split(agency).join("本机关").split(region).join("本地");
}

const read = (text: string, file = "report.txt") => parseReport(text, file);
const same = (r: Report, e: (typeof SAMPLES)[number]) => expect(differences(r, e)).toEqual([]);

describe.each(SAMPLES)("$file without a usable title", (e) => {
  const text = sample(e.file);
  const body = anonymise(dropTitle(text, e.agency), e.agency);

  it("title dropped, signed and dated at the end: agency from the signature, year from the body (not the date)", () => {
    const r = read(`${body}\n\n${e.agency}\n${e.year + 1}年1月20日\n`);
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: e.agency, year: e.year });
    expect(r.warnings.join("\n")).toMatch(/文末落款/);
    same(r, e);
  });

  it("title dropped, a byline names the body: agency from the byline", () => {
    const r = read(`本报告由${e.agency}根据《中华人民共和国政府信息公开条例》编制。\n${body}`);
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: e.agency, year: e.year });
    same(r, e);
  });

  it("PDF-to-Markdown: title as a # heading cut in two lines, page footers, repeated table headers", () => {
    const lines = body.split("\n");
    const out: string[] = [`# ${e.agency}${e.year}年政府信息公开`, `# 工作年度报告`, ""];
    let page = 1;
    for (const [i, l] of lines.entries()) {
      out.push(l);
      if (/^[#*\s]*[二三四][、.．]/.test(l)) out.push("", `## 表${"一二三"[("二三四".indexOf(l.replace(/^[#*\s]*/, "")[0] ?? "")) % 3]}`, "");
      if (i % 40 === 39 && !/\t/.test(l)) out.push("", `— ${page++} —`, "");
    }
    const r = read(out.join("\n"));
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: e.agency, year: e.year });
    same(r, e);
  });

  it("no name anywhere: loaded as “机关不明”, year from the body, figures read, never ranked", () => {
    const r = read(body, `${e.file}`);
    expect(isUnknownAgency(r.agency)).toBe(true);
    expect(r.agency).toContain(e.file);
    expect(r.year).toBe(e.year);
    expect(r.warnings.join("\n")).toMatch(/读不出报告机关/);
    same(r, e);
  });

  it("traditional characters: read in simplified, every figure back", () => {
    const r = read(toTraditional(text));
    expect({ agency: r.agency, year: r.year, template: r.template }).toEqual({ agency: e.agency, year: e.year, template: e.template });
    expect(r.warnings).toContain("原文为繁体字，已转为简体字读取（引文照原文）");
    same(r, e);
  });
});

describe("text that stops before the tables (or tables that were images)", () => {
  it.each(SAMPLES)("$file cut before table 1: loaded, tables unread (null, never 0), narrative figures kept", (e) => {
    const text = sample(e.file);
    const cut = text.search(/\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/);
    expect(cut).toBeGreaterThan(0);
    const r = read(text.slice(0, cut));
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: e.agency, year: e.year });
    const cells = [r.table1, r.table2, r.table3 ?? {}].flatMap((t) => Object.values(t)).flatMap((row) => (row ? Object.values(row) : []));
    expect(cells.every((v) => v === null)).toBe(true);
    expect(r.warnings).toContain(TABLES_UNREAD);
    expect(r.narrative.length).toBeGreaterThan(0);
  });

  it("the answer comes from the narrative, or says the table could not be read — never 0", () => {
    const text = sample("ganzhou-2023.txt");
    const r = read(text.slice(0, text.search(/\n[#*\s]*二[、.．]\s*主动公开政府信息情况/)));
    const answerer = createAnswerer([r]);
    const applications = answerer.answer("赣州市2023年收到政府信息公开申请多少件");
    expect(applications.figures[0]?.value).toBe(1516);
    expect(applications.quotes[0]?.text).toContain("1516");
    const review = answerer.answer("赣州市2023年行政复议结果纠正几件");
    expect(review.figures.map((f) => f.value)).not.toContain(0);
    expect(review.status).not.toBe("answered");
    expect(review.text).toContain("表格未能读出");
    const licensing = answerer.answer("赣州市2023年行政许可处理决定多少件");
    expect(licensing.figures.map((f) => f.value)).not.toContain(0);
    expect(licensing.text).toContain("表格未能读出");
  });

  it("a title and nothing else, or no name and no table: still refused", () => {
    expect(() => read("浔阳区人民政府2023年政府信息公开工作年度报告\n")).toThrow(ReportError);
    const text = sample("xunyang-2023.txt");
    const headless = anonymise(dropTitle(text, "浔阳区人民政府"), "浔阳区人民政府");
    const cut = headless.search(/\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/);
    expect(cut).toBeGreaterThan(0);
    // The narrative states figures, but about whom nobody can tell: the message says so.
    expect(() => read(headless.slice(0, cut))).toThrow(/no reporting agency: no title line, none named in the text/);
  });

  it("a narrative-only page without a title loads when its text names the body: tables unread, figures from the text", () => {
    const text = sample("xunyang-2023.txt");
    const headless = anonymise(dropTitle(text, "浔阳区人民政府"), "浔阳区人民政府");
    const narrative = headless.slice(0, headless.search(/\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/));
    const r = read(`2023年,台山市交通运输局严格按照《条例》规定,做好政府信息公开工作。\n${narrative}`);
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: "台山市交通运输局", year: 2023 });
    expect(r.warnings).toContain(TABLES_UNREAD);
    expect(r.narrative.length).toBeGreaterThan(0);
  });

  it("an excerpt with no title and no section heading loads when its opening calls itself 本报告 and names the body", () => {
    const opening = [
      "本报告由青箬乡人民政府按照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《中华人民共和国政府信息公开工作年度报告格式》要求编制。",
      "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问,请联系青箬乡人民政府(电话0000-0000000)。",
      "(一)主动公开情况",
      "2023年,青箬乡累计发布各类信息86条,包括政策解读、工作动态等。",
      "(二)依申请公开情况",
      "2023年我乡收到依申请公开件3件,均在规定时间内答复。",
    ].join("\n");
    const r = read(opening);
    expect({ agency: r.agency, year: r.year }).toEqual({ agency: "青箬乡人民政府", year: 2023 });
    expect(createAnswerer([r]).answer("青箬乡2023年依申请公开多少件").figures.map((f) => f.value)).toEqual([3]);
    // guard: a notice about the reports (no 本报告 of its own, no heading) is still refused
    expect(() => read("关于做好2023年政府信息公开工作年度报告编制发布工作的通知\n各乡镇:请于1月31日前报送,共3项要求。")).toThrow(ReportError);
  });
});

describe("names in titles and sentences", () => {
  const body = (e: (typeof SAMPLES)[number]) => anonymise(dropTitle(sample(e.file), e.agency), e.agency);

  // 临夏州 is how people write 临夏回族自治州: a prefecture, as 临夏市 is a city.
  it.each([
    ["临夏州公安局", "临夏州"],
    ["甘孜州人民政府", "甘孜州"],
    ["恩施州卫生健康委员会", "恩施州"],
    ["黔东南州乡村振兴局", "黔东南州"],
    ["临夏市公安局", "临夏市"],
  ])("an autonomous prefecture by its short name: %s", (agency, region) => {
    for (const e of SAMPLES) {
      const r = read(`${agency}${e.year}年度政府信息公开工作年度报告\n${body(e)}`);
      expect({ agency: r.agency, region: r.region, year: r.year }).toEqual({ agency, region, year: e.year });
      same(r, e);
    }
  });

  it.each([
    ["现公布丽岙街道{Y}年政府信息公开工作年度报告。", "丽岙街道办事处"],
    ["根据《条例》要求，现将平度市公安局{Y}年政府信息公开工作年度报告公布如下。", "平度市公安局"],
    ["本报告由西咸新区底张街道办事处编制。编制西咸新区底张街道办事处{Y}年政府信息公开工作年度报告。", "西咸新区底张街道办事处"],
    ["如对本报告有疑问，请与平度市公安局法制大队联系（电话：0532-0000000）。", "平度市公安局"],
    // the body as the subject of 编制本报告, with no 由
    ["根据《中华人民共和国政府信息公开条例》规定，平度市公安局编制本报告。本报告所列数据统计期限自{Y}年1月1日起至{Y}年12月31日止。", "平度市公安局"],
    ["丽岙街道办事处根据《条例》要求编制了本年度报告。", "丽岙街道办事处"],
    // the opening's subject, the only place the body names itself
    ["{Y}年，在区委、区政府的坚强领导下，丽岙街道办事处认真贯彻落实《中华人民共和国政府信息公开条例》，向社会公开政府信息。", "丽岙街道办事处"],
    ["在市政府的正确领导下，平度市公安局深入贯彻落实《条例》要求。", "平度市公安局"],
    // a sentence opening with the year, its subject the body; half-width punctuation of crawled pages
    ["{Y}年,台山市交通运输局严格按照新修订的《条例》规定,积极做好政府信息公开工作。", "台山市交通运输局"],
    ["如对本报告有疑问,请联系:青山区退役军人事务局,地址:青山区和平大道1号,电话:027-00000000。", "青山区退役军人事务局"],
    // a crawled page's metadata table above the opening sentence: the line ends where the sentence opens
    ["索引号: | 000000/2024-00001 | 公开方式: | 主动公开 |\n发布单位: | 市交通局 | 主题分类: | 其他 |\n{Y}年,台山市交通运输局根据《条例》要求编制本报告。", "台山市交通运输局"],
    // the year before the name in the announcing sentence
    ["根据《条例》要求，现将{Y}年度平度市公安局政府信息公开工作情况报告如下：", "平度市公安局"],
    // the unit line over a table (“单位：件” is a unit of measure and names nobody)
    ["单位: 义乌市自然资源和规划局 {Y}年度", "义乌市自然资源和规划局"],
    // the report's title quoted in the opening sentence: the name is the one inside the brackets
    ["根据《条例》和上级要求,我局组织编制了《琨州市林业局{Y}年政府信息公开工作年度报告》(以下简称《年度报告》),现予公布。", "琨州市林业局"],
    ["{Y}年度,我局按照要求编制的《琨州市林业局{Y}年政府信息公开工作年度报告》现向社会公布。", "琨州市林业局"],
    // no brackets: a particle glued before the name is no part of it
    ["按照上级要求,我局编制了琨州市林业局{Y}年政府信息公开工作年度报告,现向社会公布。", "琨州市林业局"],
  ])("announcing verbs and pronouns are never part of a name: %s", (sentence, agency) => {
    for (const e of SAMPLES) {
      const r = read(`${sentence.replaceAll("{Y}", String(e.year))}\n${body(e)}`);
      expect(r.agency, e.file).toBe(agency);
      expect(r.year).toBe(e.year);
      same(r, e);
    }
  });

  it("“现将我镇…” names nobody: the agency is the name the report calls itself by, or unknown", () => {
    const e = SAMPLES[0] as (typeof SAMPLES)[number];
    const r = read(`现将我镇${e.year}年政府信息公开工作年度报告公布如下。\n${body(e)}`, "x.txt");
    expect(r.agency).not.toMatch(/我镇|现将/);
    // A township's report that says 我镇 and names itself once, after its county (a known division).
    const f = randomFigures(510);
    const text = renderReport(f, { layout: "tabs" }).replace(/^.*年度报告\n/m, `现将我镇${f.year}年政府信息公开工作年度报告公布如下。我镇坚持依法公开，全镇共办理事项若干。昌图县七家子镇党政办公室负责解释。\n`);
    expect(read(text).agency).toBe("昌图县七家子镇人民政府");
    // The same with a garbled place before it: the name is not guessed from one mention.
    expect(isUnknownAgency(read(text.replace("昌图县七家子镇", "信息化七家子镇")).agency)).toBe(true);
  });
});

describe("contact lines under an opening without a title", () => {
  const body = (e: (typeof SAMPLES)[number]) => anonymise(dropTitle(sample(e.file), e.agency), e.agency);
  const governments = SAMPLES.filter((e) => identify(e.agency).body === "人民政府");
  /** The opening of a report whose page lost its title: the report announced, then the office's address, post code, phone. */
  const opening = (year: number, contact: string, lines: string[]) =>
    `根据《中华人民共和国政府信息公开条例》要求,特向社会公布${year}年政府信息公开工作年度报告。如对本报告有疑问,请联系${contact}。\n${lines.join("\n")}\n`;
  const addresses = (region: string) => [
    [`地址:${region}档案馆4楼402室;`, "邮编:716000;", "电话:0911-7999705;传真:0911-7999701;", "电子邮箱:1316458144@qq.com"],
    [`通讯地址：${region}行政中心大楼`, "联系电话：0000-1234567"],
    [`${region}迎宾路88号`, `${region}人民政府门户网站 www.example.gov.cn`],
  ];

  it.each(governments)("$file: an address, phone or web line never names the agency; “请联系X县政府…” does", (e) => {
    const region = identify(e.agency).region;
    for (const lines of addresses(region)) {
      const r = read(`${opening(e.year, `${region}政府政务服务中心`, lines)}${body(e)}`);
      expect({ agency: r.agency, year: r.year }, lines[0]).toEqual({ agency: e.agency, year: e.year });
      same(r, e);
    }
  });

  it.each(governments)("$file: with no other clue the agency is unknown, never the address", (e) => {
    const region = identify(e.agency).region;
    for (const lines of addresses(region)) {
      const r = read(`${opening(e.year, "本机关办公室", lines)}${body(e)}`, "scan.txt");
      expect(r.agency, lines[0]).not.toMatch(/\d|楼|室|号|地址|电话|www/u);
    }
  });
});

describe("the year of a report is the year reported on", () => {
  it("“2023年度” and the statistical period beat the publication date and next year's plans", () => {
    expect(yearFromBody("统计期限自2023年1月1日起至2023年12月31日止。\n五、存在的主要问题及改进情况\n2024年，我局将继续…\n2024年1月20日")).toBe(2023);
    expect(yearFromBody("2023年度，本机关共收到申请12件，较2022年增加3件。\n发布日期：2024年2月1日")).toBe(2023);
    expect(yearFromBody("没有年份的文字")).toBeNull();
  });
});

describe("a report of unknown agency among known ones", () => {
  it("is listed, but never ranked as if its agency were known", () => {
    const f = (seed: number, agency: string) => randomFigures(seed, "2021", agency);
    const known = ["九江市公安局", "九江市财政局"].map((a, i) => read(renderReport(f(500 + i, a), { layout: "tabs" }), `${a}.txt`));
    const headless = renderReport(f(502, "九江市教育局"), { layout: "tabs" }).replace(/^.*年度报告\n/m, "");
    const unknown = read(headless, "scan-0001.txt");
    expect(isUnknownAgency(unknown.agency)).toBe(true);
    const a = createAnswerer([...known, unknown]).answer("2023年哪个部门收到的政府信息公开申请最多");
    expect(a.status).toBe("answered");
    expect(a.figures.map((x) => x.agency)).not.toContain(unknown.agency);
    expect(a.figures.length).toBe(2);
  });
});

/** Simplified → traditional (Taiwan), the way such reports are printed. */
function toTraditional(text: string): string {
  const require = createRequire(import.meta.url);
  const opencc = require("opencc-js/cn2t") as { Converter(o: { from: string; to: string }): (s: string) => string };
  return opencc.Converter({ from: "cn", to: "tw" })(text);
}

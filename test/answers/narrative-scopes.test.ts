/**
 * Narrative figures real cut reports print and the bot refused (outside round 16 §b): a whole and its
 * parts after 其中 (the whole answers a question naming no part), a from/to pair asked by its verb with
 * 到/至 (扩大到多少 → the count after), table 1 stated with the body's own 本部门, a count with a
 * bracketed aside (“抖音短视频账号(1个)发布信息46条”), a count under its sub-heading (“(一)主动公开情况。…
 * 共计201条”), 万 with 余 after it (“1.74万余条”), a count printed after its noun 数 (“按时办结数9”), and a
 * ranking whose words a report's number does not answer to (咨询留言 is not 发布信息). Every sentence is
 * invented and written into a bundled sample cut before its tables, its own sentences of the kind removed.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer, Report } from "../../src/index/schema.ts";

const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");
const withoutStatements = (text: string) =>
  text
    .split("\n")
    .map((l) => l.split(/(?<=。)/).filter((s) => !/\d\s*(?:余|多)?\s*万?\s*(?:条|件|个|项|次|人|篇|份)|数\s*\d/.test(s)).join(""))
    .join("\n");
const cut = (file: string, lines: string) => {
  const text = sample(file);
  return parseReport(`${withoutStatements(text.slice(0, text.search(TABLES)))}\n${lines}\n`, file);
};
const xunyang = (lines: string) => createAnswerer([cut("xunyang-2023.txt", lines)]);
const values = (a: Answer) => a.figures.map((f) => f.value);

describe("a whole and its parts listed after 其中: the whole answers a question that names no part", () => {
  it.each([
    ["全年主动公开政府信息2430条，其中局门户网站发布信息、文件、通知等1506条，微信平台发布图文消息787条，其他方式主动公开政府信息137条。", "主动公开政府信息多少条", 2430],
    ["全年发布政务信息856条，其中通过新媒体发布政务信息300条。", "发布政务信息多少条", 856],
    ["全年公开政府信息1200条（其中网站公开政府信息900条）。", "公开政府信息多少条", 1200],
  ])("“%s” %s → %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it.each([
    ["全年主动公开政府信息2430条，其中局门户网站发布信息1506条，其他方式主动公开政府信息137条。", "其他方式主动公开政府信息多少条", 137],
    ["全年发布政务信息856条，其中通过新媒体发布政务信息300条。", "新媒体发布政务信息多少条", 300],
  ])("guard: the part named is the part: “%s” %s → %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(values(a), a.text).toEqual([value]);
  });

  it("guard: two counts with no 其中 between them are still asked back", () => {
    const a = xunyang("门户网站主动公开政府信息900条；政务微博主动公开政府信息300条。").answer("浔阳区2023年主动公开政府信息多少条");
    expect(a.status, a.text).toBe("clarify");
  });
});

describe("a from/to pair asked by its own verb with 到/至/为: the count after", () => {
  it.each([
    ["新增7个全新基层政务公开领域，领域范围由原来的26个扩大至33个。", "基层政务公开领域扩大到多少个", 33],
    ["政府网站由原来的12个整合为3个。", "政府网站整合为几个", 3],
    ["政务服务事项从20项精简到15项。", "政务服务事项精简至多少项", 15],
    ["新增7个全新基层政务公开领域，领域范围由原来的26个扩大至33个。", "基层政务公开领域原来多少个", 26],
  ])("“%s” %s → %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("labelled by the pair's own subject, not the sentence's first clause", () => {
    const a = xunyang("新增“水利”“统计”等7个全新基层政务公开领域，领域范围由原来的26个扩大至33个。").answer("浔阳区2023年领域范围扩大到多少个");
    expect(a.figures[0]?.label).toContain("领域范围扩大后");
  });

  it("guard: the verb alone is still asked back", () => {
    const a = xunyang("领域范围由原来的26个扩大至33个。").answer("浔阳区2023年领域范围扩大了多少个");
    expect(a.status, a.text).toBe("clarify");
  });
});

describe("table 1 stated with the body's own 本部门", () => {
  it.each([
    ["我局2023年制发本部门规范性文件0件，废止失效文件0件，现行有效本部门规范性文件0件。", "现行有效规范性文件多少件", 0],
    ["全年制发本机关规范性文件3件，现行有效本机关规范性文件12件。", "现行有效规范性文件多少件", 12],
    ["全年制发本部门规范性文件3件，现行有效本部门规范性文件12件。", "制发规范性文件多少件", 3],
  ])("“%s” %s → %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("guard: another body's documents are not this body's", () => {
    const a = xunyang("全年审核下级部门规范性文件12件。").answer("浔阳区2023年现行有效规范性文件多少件");
    expect(values(a), a.text).not.toContain(12);
  });
});

describe("a count with a bracketed aside, and a count under its sub-heading", () => {
  const accounts = "2023年，浔阳区人民政府微信公众账号(1个)发布信息149条；抖音短视频账号(1个)发布信息46条；快手短视频账号（2个）发布信息31条。";
  it.each([
    ["抖音短视频账号发布信息多少条", 46],
    ["快手短视频账号发布信息多少条", 31],
    ["微信公众账号发布信息多少条", 149],
  ])("%s → %d", (what, value) => {
    const a = xunyang(accounts).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it.each([
    ["(一)主动公开情况。\n充分运用门户网站及时主动向社会公开政务信息。\n门户网站全年公开信息共计201条，其中招商引资信息54条，产业发展信息57条。", "主动公开信息多少条", 201],
    ["（一）主动公开政府信息方面\n定期发布我区重点项目等新闻动态。\n全年通过政府门户网站累计公开信息6327条，政府公告公示231条。", "主动公开政府信息多少条", 6327],
  ])("under its sub-heading: %s → %s %d", (lines, what, value) => {
    const a = xunyang(lines).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("guard: a number under another sub-heading does not answer to the first one's words", () => {
    const a = xunyang("(一)主动公开情况。\n本年度按要求公开各类信息。\n(二)政府信息管理情况。\n全年审核信息共计201条。").answer("浔阳区2023年主动公开信息多少条");
    expect(values(a), a.text).not.toContain(201);
  });
});

describe("万 with 余 after it, and a count printed after its noun 数", () => {
  it.each([
    ["2022年，依托政府网站、微信公众号等新媒体平台发布各类政府信息1.74万余条。", "发布各类政府信息多少条", 17400, "1.74万余条"],
    ["2023年，局网站发布信息511条，总访问量140万余次。", "网站总访问量多少次", 1400000, "140万余次"],
    ["2023年，高效办理市长热线、网络理政1.64万多件。", "办理市长热线、网络理政多少件", 16400, "1.64万多件"],
  ])("“%s” %s → %d, said to be approximate", (sentence, what, value, printed) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(a.text).toContain(`报告写的是“${printed}”，是约数`);
  });

  it.each([
    ["2023年我局共收到依申请公开12件，按时办结数9，结转下年办理3件。", "按时办结多少", 9],
    ["全年开展业务培训4次，参训人数为150。", "参训人数多少", 150],
  ])("“%s” %s → %d", (sentence, what, value) => {
    const a = xunyang(sentence).answer(`浔阳区2023年${what}`);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
  });

  it("guard: 按时办结数 is no 办理结果总计", () => {
    const a = xunyang("2023年我局共收到依申请公开12件，按时办结数9，结转下年办理3件。").answer("浔阳区2023年办结多少件");
    expect(values(a), a.text).not.toContain(9);
  });
});

describe("a text figure's ranking: each report's number answers to every word asked", () => {
  const reports = (): Report[] => [
    cut("xunyang-2023.txt", "2023年，微信公众号发布信息251条，门户网站公开信息900条。"),
    cut("ganzhou-2023.txt", "三是拓宽交流通道，领导信箱办件71件，办结71件；微信公众号咨询留言537条，办结537条。"),
  ];

  it("咨询留言 is not 发布信息: that report is named as lacking it, the other ranked", () => {
    const a = createAnswerer(reports()).answer("2023年哪个地方微信公众号发布信息最多");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([251]);
    expect(a.text).toContain("赣州市");
    expect(a.text).toContain("未参加排名");
  });
});

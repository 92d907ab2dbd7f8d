/**
 * Questions about what a report says (存在什么问题, 怎么改进, 政府信息管理做了什么, 政务新媒体情况):
 * the whole passage, never its first item, its bare heading or a figure of the introduction; a
 * topic the report never names is not_found, not unrelated sentences. Every sentence here is
 * invented, written into reports rendered from random figures.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";
import { textReport as report } from "../helpers/text-report.ts";

const FIVE = "政务公开工作仍存在一些不足，下一步将进一步提升公开质量。";

const FIVE_TEXT = [
  "2023年，我县政府信息公开工作取得了一定成效，但仍存在一些不足：一是基层公开目录更新不及时，部分栏目内容陈旧；二是政策解读形式单一，以文字稿为主；三是工作人员流动较快，业务培训覆盖不全。",
  "下一步，我县将重点抓好以下工作：一是建立目录季度巡查制度，发现问题限期整改；二是推行图解、短视频解读，做到文件与解读同步发布；三是每半年组织一次全员业务培训。",
].join("\n");

const ONE_TEXT = [
  "（三）政府信息管理。严格执行公开前审查，全年清理过时信息58条，调整公开属性12件。",
  "（四）平台建设。县政府门户网站完成适老化改造，全年访问量12.5万人次。",
  "（五）监督保障。将政务公开纳入年度考核，组织专题培训2次。",
].join("\n");

const ask = (q: string, five = FIVE_TEXT, one = ONE_TEXT): Answer => createAnswerer([report(five, one)]).answer(q);
const quoted = (a: Answer) => a.quotes.map((q) => q.text).join("|");

describe("section 五: the problems and the improvements, each whole", () => {
  it.each(["青岚县2023年存在什么问题", "青岚县2023年存在哪些不足", "青岚县2023年主要问题是什么"])("%s → every problem, none of the improvements", (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures).toEqual([]);
    const text = quoted(a);
    for (const item of ["一是基层公开目录更新不及时", "二是政策解读形式单一", "三是工作人员流动较快"]) expect(text).toContain(item);
    expect(text).not.toContain("季度巡查");
    expect(a.quotes[0]?.section).toContain("五");
  });

  it.each(["青岚县2023年怎么改进", "青岚县2023年打算怎么改进", "青岚县2023年下一步有什么措施", "青岚县2023年改进措施"])("%s → every improvement, none of the problems", (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    const text = quoted(a);
    for (const item of ["一是建立目录季度巡查制度", "二是推行图解、短视频解读", "三是每半年组织一次全员业务培训"]) expect(text).toContain(item);
    expect(text).not.toContain("基层公开目录更新不及时");
  });

  it("improvements that start with 针对存在的问题 or with the next year and 将 are told apart from the problems", () => {
    const five = "2023年，我县政务公开仍有差距，如依申请答复说理不充分、解读不够通俗等。\n针对存在的问题，2024年我县将着力规范答复文书，并开设政策问答专栏。";
    expect(quoted(ask("青岚县2023年存在什么问题", five))).not.toContain("规范答复文书");
    expect(quoted(ask("青岚县2023年怎么改进", five))).toContain("规范答复文书");
    expect(quoted(ask("青岚县2023年怎么改进", five))).not.toContain("说理不充分");
  });

  it("a section that does not part its problems from its improvements is quoted whole, and said so", () => {
    const a = ask("青岚县2023年怎么改进", "政务公开工作仍有不足，要加强学习、改进方法。");
    expect(quoted(a)).toContain("改进方法");
    expect(a.notes.join()).toContain("没有分开");
  });

  it("a figure of the introduction is never the answer to a 问题 question", () => {
    const rendered = renderReport(randomFigures(4242, "2021", "青岚县人民政府", 2023), { layout: "tabs" });
    const withIntro = rendered.replace("编制本报告。", "编制本报告。全文包括总体情况、存在的主要问题及改进情况等共六项内容。").replace(FIVE, FIVE_TEXT);
    const a = createAnswerer([parseReport(withIntro, "qinglan-2023.txt")]).answer("青岚县2023年存在什么问题");
    expect(a.figures).toEqual([]);
    expect(quoted(a)).toContain("二是政策解读形式单一");
  });
});

describe("a topic of section 一: the paragraph under its heading, not the bare heading", () => {
  it.each([
    ["青岚县2023年政府信息管理做了什么", "清理过时信息58条"],
    ["青岚县2023年平台建设情况", "适老化改造"],
    ["青岚县2023年监督保障方面怎么做的", "组织专题培训2次"],
  ])("%s → %s", (q, words) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.quotes[0]?.text).toContain(words);
    expect(a.quotes.some((x) => /^（[三四五]）[^。]*。$/u.test(x.text))).toBe(false);
  });
});

describe("a section named by its heading", () => {
  it("总体情况 → section 一's text from its start, not its bare heading", () => {
    const a = ask("青岚县2023年总体情况");
    expect(a.status, a.text).toBe("answered");
    expect(a.quotes[0]?.text).toContain("市长信箱信件211条");
  });
});

describe("a topic named in sentences", () => {
  it("“…情况” of a sentence that states a figure keeps the figure (the narrative binding)", () => {
    const a = ask("青岚县2023年云直播情况");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([41]);
  });

  it("an enumeration cut at its semicolons is quoted whole", () => {
    const one = "政务新媒体方面，一是开通“青岚发布”公众号；二是每周推送政策问答；三是设置留言回复专人。";
    const a = ask("青岚县2023年政务新媒体做了什么", FIVE_TEXT, one);
    expect(a.status, a.text).toBe("answered");
    expect(quoted(a)).toContain("三是设置留言回复专人");
  });

  it("a topic the report never names is not_found, not unrelated passages", () => {
    const a = ask("青岚县2023年政务新媒体情况");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("没有说到“政务新媒体”");
    expect(a.quotes).toEqual([]);
  });
});

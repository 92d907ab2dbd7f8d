/**
 * Narrative figures in the phrasings reports use, asked the way people ask. Each case writes one
 * sentence into the narrative of a bundled sample (data/reports, tables kept) and asks about it:
 * the figure must be the sentence's, quoted; a figure the narrative does not state is never given.
 *  - measure words with 次 (户次, 批次): “抽查检查结果1024户次” is 1024 户次, not 1024 户 with 次 left over;
 *  - a quoted name inside the clause (“双随机、一公开”): its 、 does not cut the clause;
 *  - the noun after the quantity word (举办了几场线上招聘会 for “举办线上招聘会24场”).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";

const SAMPLES = ["xunyang-2023.txt", "hongze-2024.txt", "ganzhou-2023.txt"] as const;
const REGION: Record<(typeof SAMPLES)[number], [string, number]> = {
  "xunyang-2023.txt": ["浔阳区", 2023],
  "hongze-2024.txt": ["洪泽区", 2024],
  "ganzhou-2023.txt": ["赣州市", 2023],
};
const TABLES = /\n[#*\s]*二[、.．]\s*[*]*\s*主动公开政府信息情况/;
const sample = (file: string) => readFileSync(new URL(`../../data/reports/${file}`, import.meta.url), "utf8");

/** The sample with `sentence` written in as the narrative's last paragraph before the tables. */
function withSentence(file: string, sentence: string) {
  const text = sample(file);
  const at = text.search(TABLES);
  return parseReport(`${text.slice(0, at)}\n${sentence}\n${text.slice(at)}`, file);
}
const squash = (s: string) => s.replace(/\s+/gu, "");

describe.each(SAMPLES)("%s: narrative counts in report phrasings", (file) => {
  const [region, year] = REGION[file];
  const ask = (sentence: string, what: string) => createAnswerer([withSentence(file, sentence)]).answer(`${region}${year}年${what}`);

  it.each([
    ["公示“双随机、一公开”抽查检查结果1024户次，发布食品安全监督抽检信息37批次。", "双随机抽查结果公示了多少户次", 1024, "户次"],
    ["公示“双随机、一公开”抽查检查结果1024户次，发布食品安全监督抽检信息37批次。", "发布食品安全抽检信息多少批次", 37, "批次"],
    ["全年举办线上招聘会24场，发布招聘岗位6800余个。", "举办了几场线上招聘会", 24, "场"],
    ["依托“信用中国（江西）、信用浔阳”平台公示失信主体名单312家。", "公示失信主体名单多少家", 312, "家"],
  ])("“%s” → %s = %d %s", (sentence, what, value, unit) => {
    const a = ask(sentence, what);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.value, f.unit])).toEqual([[value, unit]]);
    expect(a.figures[0]?.source).toContain("正文");
    expect(squash(sentence)).toContain(squash(a.quotes[0]?.text ?? "(no quote)"));
  });
});

describe.each(SAMPLES)("%s: a number the report does not state is never given", (file) => {
  const [region, year] = REGION[file];
  const ask = (sentence: string, what: string) => createAnswerer([withSentence(file, sentence)]).answer(`${region}${year}年${what}`);

  it("stated → the figure; not stated → not_found without a figure; mentioned without a number → not_found quoting it", () => {
    expect(ask("公开工程招投标信息142条。", "公开了多少条招投标信息").figures.map((f) => f.value)).toEqual([142]);
    const none = ask("", "公开了多少条招投标信息");
    expect(none.status, none.text).toBe("not_found");
    expect(none.figures).toEqual([]);
    const words = ask("加强工程建设领域招投标信息公开，做到应公开尽公开。", "公开了多少条招投标信息");
    expect(words.status, words.text).toBe("not_found");
    expect(words.figures).toEqual([]);
    expect(words.quotes.map((q) => q.text).join("")).toContain("招投标信息公开");
    // 公开 alone is in half the report: no sentence is context for it
    const common = ask("", "公开了多少条");
    if (common.status === "not_found") expect(common.quotes).toEqual([]);
  });
});

describe.each(SAMPLES)("%s: “公开了多少” names two counts → asked back", (file) => {
  const [region, year] = REGION[file];
  const answerer = createAnswerer([withSentence(file, "")]);
  const ask = (what: string) => answerer.answer(`${region}${year}年${what}`);

  it.each(["公开了多少", "公开多少件", "一共公开了多少"])("%s → clarify: 主动公开 or 依申请公开", (what) => {
    const a = ask(what);
    expect(a.status, a.text).toBe("clarify");
    expect(a.figures).toEqual([]);
    expect(a.choices.join()).toMatch(/主动公开.*依申请/u);
    // each choice is a question the bot answers with a figure
    for (const c of a.choices) expect(answerer.answer(c).figures.length, c).toBeGreaterThan(0);
  });

  it("a word that picks one is not asked back", () => {
    expect(ask("主动公开了多少条").status).not.toBe("clarify");
    expect(ask("依申请公开多少件").status).toBe("answered");
  });
});

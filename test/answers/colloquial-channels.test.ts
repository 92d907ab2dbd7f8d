/**
 * Questions in the words people say, over figures the narrative states plainly (outside round 20; the
 * sentences here are invented):
 *  - a colloquial verb glued to the channel before it or to its particle (抖音发了多少条, 微博发了几条,
 *    网站发了多少条, 2023年发了几件): jieba has no 抖音/微博/公众号, and its HMM glues 发了;
 *  - a channel named in other words (政府网站 for “人民政府网”, 网上申请 for “网络申请”, 电视广播 for “电视、广播”),
 *    an app's channel that looks like a place (青岚通“乡镇发布”), a service number inside the words (“12345”热线问政);
 *  - an item of a list under a total (“更新政府信息41条，具体包括领导信息17条”: 领导信息 is 17, never the 41 nor
 *    the neighbour's 24), and 信息 said after an item printed without it (“其中:…乡村振兴7条”);
 *  - 多少项 of an item whose template prints one count (2021: 行政许可 · 本年处理决定数量).
 * Guards: a channel or item the text does not state gets no number.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { parseReport } from "../../src/index/read/report.ts";
import type { Answer } from "../../src/index/schema.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";
import { textReport } from "../helpers/text-report.ts";

const squash = (s: string) => s.replace(/\s+/gu, "");
const values = (a: Answer) => a.figures.map((f) => f.value);

/** The answer, and that its number is quoted from the sentence written in. */
function stated(a: Answer, value: number, sentence: string): void {
  expect(a.status, a.text).toBe("answered");
  expect(values(a)).toEqual([value]);
  expect(squash(sentence)).toContain(squash(a.quotes[0]?.text ?? "(no quote)"));
}

describe("a colloquial verb glued to its channel or particle", () => {
  const sentence = "通过政务微信共发布工作动态、政策解读等内容1203条;通过抖音号共发布和转发视频317条,累计观看12万余人次;通过政务微博共发布信息866条。";
  const ask = (q: string) => createAnswerer([textReport("存在不足。", `${sentence}\n`, "青岚县人民政府", 2023)]).answer(`青岚县2023年${q}`);

  it.each([
    ["抖音发了多少条视频", 317],
    ["抖音号发了几条", 317],
    ["政务微博发了几条", 866],
    ["微博发过多少条信息", 866],
    ["微信发了多少条", 1203],
  ])("%s → %d", (q, value) => stated(ask(q), value, sentence));

  it("guard: a channel the text does not state gets no number", () => {
    const a = ask("快手发了多少条视频");
    expect(a.status, a.text).not.toBe("answered");
    expect(a.figures).toEqual([]);
  });

  it("网站发了多少条: 发了 is the verb 发 (发布), the site's count", () => {
    const site = "县政府网站共发布信息2511条,其中政策解读31条,人事信息92条。";
    const a = createAnswerer([textReport("存在不足。", `${site}\n`, "青岚县人民政府", 2023)]).answer("青岚县2023年网站发了多少条信息");
    stated(a, 2511, site);
  });
});

describe("a channel named in other words", () => {
  const portal = "全县累计公开政府信息11920条。青岚县人民政府网公开政府信息3120条(不含政务服务等专业平台发布的数据),县政府部门和乡镇共公开各类政府信息8800条。";
  const carriers = "政务新媒体公开信息55条,占比20.37%;通过报刊、电视、广播、政务服务场所等传统公开载体公开信息215条,占比79.63%。";
  const online = "全年收到政府信息公开申请57件。其中网络申请31件,信函申请26件。";
  const report = textReport("存在不足。", `${portal}\n${carriers}\n${online}\n`, "青岚县人民政府", 2023);
  const ask = (q: string) => createAnswerer([report]).answer(`青岚县2023年${q}`);

  it.each([
    ["县政府网站公开了多少条政府信息", 3120, portal],
    ["政府门户网站公开信息多少条", 3120, portal],
    ["通过报刊电视广播等传统载体公开多少条", 215, carriers],
    ["电视广播等传统载体公开了几条", 215, carriers],
    ["收到的申请里网上申请多少", 31, online],
    ["网上申请有几件", 31, online],
  ])("%s → %d", (q, value, sentence) => stated(ask(q), value, sentence));

  it("政府网站 asked of a body that names its site 政府信息公开网站", () => {
    const site = "2023年全年通过政府信息公开网站发布信息共1342 条,松涛县教体局微信公众号发布(转发)信息1066条。";
    const a = createAnswerer([textReport("存在不足。", `${site}\n`, "松涛县教育体育局", 2023)]).answer("松涛县教育体育局2023年政府网站发布信息多少条");
    stated(a, 1342, site);
  });

  it("guard: a way of applying the text does not state gets no number", () => {
    const a = ask("收到的申请里当面申请多少");
    expect(values(a)).not.toContain(31);
    expect(values(a)).not.toContain(26);
  });
});

describe("an app's channel that looks like a place, a service number inside the words", () => {
  it("松涛通乡镇发布 is the county's app and its channel “乡镇发布”, not a township 松涛通乡", () => {
    const sentence = "2023年,我乡通过政府信息公开网站、公开栏、“松涛通”等平台主动发布各类信息811条,其中政府信息公开网发布21条,松涛通“乡镇发布”70条,公开栏发布720条。";
    // the county's own report loaded: 松涛 is a place the question may name
    const answerer = createAnswerer([textReport("存在不足。", `${sentence}\n`, "松涛县石桥乡人民政府", 2023), textReport("存在不足。", "", "松涛县人民政府", 2023, 4343)]);
    stated(answerer.answer("石桥乡2023年松涛通乡镇发布多少条"), 70, sentence);
    stated(answerer.answer("石桥乡2023年公开栏发布了几条"), 720, sentence);
  });

  it("举办5期“12345”热线问政: the words after the count run past the service number", () => {
    const sentence = "举办6期“12345”热线问政,邀请部门负责人在线接听热线,现场解答群众问题。";
    const answerer = createAnswerer([textReport("存在不足。", `${sentence}\n`, "青岚县人民政府办公室", 2021)]);
    stated(answerer.answer("青岚县政府办2021年举办几期12345热线问政"), 6, sentence);
    stated(answerer.answer("青岚县政府办2021年热线问政搞了几期"), 6, sentence);
  });
});

describe("an item of a list is the number printed after its own words", () => {
  const update = "2023年更新政府信息41条,具体包括领导信息17条,内设机构信息24条。";
  const items = "2023年我乡法定主动公开内容15余条。其中:机构设置2条,政策解读3条,乡村振兴7条,其他类信息3条。";
  const report = textReport("存在不足。", `${update}\n${items}\n`, "青岚县石桥乡人民政府", 2023);
  const ask = (q: string) => createAnswerer([report]).answer(`石桥乡2023年${q}`);

  it.each([
    ["领导信息更新多少条", 17, update],
    ["更新了几条领导信息", 17, update],
    ["内设机构信息更新了几条", 24, update],
    ["更新政府信息多少条", 41, update],
    ["乡村振兴信息几条", 7, items],
    ["政策解读信息有多少条", 3, items],
  ])("%s → %d", (q, value, sentence) => stated(ask(q), value, sentence));

  it("guard: an item the list does not name gets no number", () => {
    const a = ask("教育信息更新多少条");
    expect(a.status, a.text).not.toBe("answered");
    expect(values(a)).toEqual([]);
  });
});

describe("多少项 of an item whose template prints one count", () => {
  it("2021: 行政许可多少项 is its 本年处理决定数量; a named column the template lacks is still refused", () => {
    const f = randomFigures(77, "2021", "青岚县人民政府", 2023);
    const answerer = createAnswerer([parseReport(renderReport(f, { layout: "tabs" }), "qinglan-2023.txt")]);
    const a = answerer.answer("青岚县2023年行政许可多少项");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([f.table1.licensing?.decisions]);
    expect(a.figures[0]?.label).toContain("本年处理决定数量");
    expect(answerer.answer("青岚县2023年行政许可上一年项目数量是多少").status).toBe("not_found");
  });

  it("2019: 多少项 is still the template's 项目数量", () => {
    const f = randomFigures(78, "2019", "青岚县人民政府", 2020);
    const a = createAnswerer([parseReport(renderReport(f, { layout: "tabs" }), "qinglan-2020.txt")]).answer("青岚县2020年行政许可多少项");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.label).toContain("项目数量");
  });
});

describe("a crawled page's marks inside the words: pinyin glosses, counts wrapped in ?", () => {
  // a traditional-character page as some sites print it: glosses after characters, ? for what the crawler lost
  const traditional = [
    "青嵐縣教育體育局2025年政府信息公開工作年度報(bào)告",
    "本年報(bào)根據(jù)《中華人民共和國政府信息公開條例》要求編制,使用數(shù)據(jù)統(tǒng)計時間為2025年1月1日至12月31日。",
    "一、總體情況",
    "(一)主動(dòng)公開情況",
    "2025年,青嵐縣教育體育局嚴(yán)格遵循政府信息公開相關(guān)規(guī)定,依法推進(jìn)教育體育領(lǐng)域政務(wù)公開。全年通過政府信息公開網(wǎng)站主動(dòng)發(fā)布信息共?2216條?,通過“青嵐教育”微信公眾號發(fā)布(轉(zhuǎn)發(fā))信息?508篇?。制作或轉(zhuǎn)載政策解讀材料?9份?,完成互動(dòng)回應(yīng)?4條?,對群眾關(guān)注的內(nèi)容進(jìn)行有效解讀與答復(fù)。組織新聞發(fā)布會(huì)?2場?。",
    "(二)依申請公開情況",
    "2025年受理依申請公開3件,因政府信息公開引起的行政復(fù)議0件、行政訴訟0件。",
  ].join("\n");
  let answerer: ReturnType<typeof createAnswerer> | undefined;
  const ask = (q: string) => (answerer ??= createAnswerer([parseReport(traditional, "qinglan-jiaotiju-2025.txt")])).answer(q);

  it.each([
    ["青岚县教育体育局2025年主动发布信息多少条", 2216],
    ["青嵐縣教育體育局2025年微信公眾號發布多少篇", 508],
    ["青岚县教育体育局2025年制作或转载政策解读材料几份", 9],
    ["青岚县教育体育局2025年互动回应几条", 4],
    ["青岚县教育体育局2025年开了几场新闻发布会", 2],
  ])("%s → %d, quoted as printed", (q, value) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    // the quote is the printed text, glosses and marks included
    expect(squash(traditional)).toContain(squash(a.quotes[0]?.text ?? "(no quote)"));
    expect(a.quotes[0]?.text).toContain(String(value));
  });

  it("a simplified page's counts wrapped in ? are read, and quoted as printed", () => {
    const sentence = "全年通过政府网站主动发布信息共?1350条?,通过微信公众号发布信息?420篇?。";
    const a = createAnswerer([textReport("存在不足。", `${sentence}\n`, "青岚县文化和旅游局", 2025)]).answer("青岚县文化和旅游局2025年微信公众号发布信息多少篇");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([420]);
    expect(squash(sentence)).toContain(squash(a.quotes[0]?.text ?? "(no quote)"));
  });
});

describe("a channel's figure is that channel's (outside round 21)", () => {
  const ask = (sentence: string, q: string) => createAnswerer([textReport("存在不足。", `${sentence}\n`, "松涛县人民政府办公室", 2023)]).answer(`松涛县政府办2023年${q}`);

  it("a channel's count that lost its measure word takes the one its sentence prints for the same words, said so; never the next channel's", () => {
    const sentence = "依托政府门户网站组织发布信息3470条,访问量140万余人次,县政府微信公众号发布信息41,微博发布信息46条,政府工作透明度进一步提高。";
    for (const q of ["微信公众号发布信息多少条", "微信发布信息多少"]) {
      const a = ask(sentence, q);
      expect(values(a), a.text).toEqual([41]);
      expect(a.notes.join(""), a.text).toContain("没有量词");
    }
    stated(ask(sentence, "微博发布信息多少条"), 46, sentence);
  });

  it("a number that lost its measure word with no like words measured in its sentence stays unsure", () => {
    for (const sentence of ["依托政府门户网站访问量140万余人次,县政府微信公众号发布信息41,政府工作透明度进一步提高。", "县政府微信公众号访问量41,微博发布信息46条,政府工作透明度进一步提高。"]) {
      const a = ask(sentence, sentence.includes("访问量41") ? "微信公众号访问量多少" : "微信公众号发布信息多少条");
      expect(values(a), a.text).not.toContain(46);
      expect(a.status, a.text).not.toBe("answered");
    }
  });

  it("a sentence opening with 其中 lists the parts of the count before it", () => {
    const text = "2023年1月1日至2023年12月31日,我办共主动公开各类信息809条。其中,政务网98条,微信公众号711条。";
    stated(ask(text, "政务网公开几条"), 98, "其中,政务网98条,微信公众号711条。");
    stated(ask(text, "微信公众号公开了多少条"), 711, "其中,政务网98条,微信公众号711条。");
    stated(ask(text, "主动公开多少条"), 809, "2023年1月1日至2023年12月31日,我办共主动公开各类信息809条。");
  });

  it("发布信息多少条 is the count said in those words alone, not a channel's the question does not name", () => {
    const sentence = "2023年,通过县政府网站主动公开县政府及县政府办公室文件3件,发布信息15266条,通过微信公众号发布信息251条。";
    stated(ask(sentence, "发布信息多少条"), 15266, sentence);
    stated(ask(sentence, "微信公众号发布信息多少条"), 251, sentence);
  });
});

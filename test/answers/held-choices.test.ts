/**
 * An ask-back offers only bodies with a report for the year asked; one left is answered with a note
 * naming it, never asked back as a list of one. Invented bodies.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { makeReport } from "../helpers/report.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { memoryCore } from "../helpers/core.ts";

const body = (agency: string, region: string, year: number, received: number) =>
  makeReport({ agency, region, year, file: `${agency}-${year}.txt`, table2: { new: { total: received } } });
const answerer = createAnswerer(
  [
    body("甲州市住房和城乡建设局", "甲州市", 2023, 64),
    body("甲州市住房和城乡建设局", "甲州市", 2024, 70),
    body("乙水县住房和城乡建设局", "乙水县", 2023, 12),
    body("丙山市住房和城乡建设局", "丙山市", 2022, 8),
    body("甲州市人民政府", "甲州市", 2023, 110),
    body("乙水县人民政府", "乙水县", 2023, 40),
  ],
  { today: () => new Date("2026-11-30") },
);

describe("ask-backs filtered by the year asked", () => {
  it("one body with a report for the year is answered, with a note naming it", () => {
    const a = answerer.answer("住建局2024年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲州市住房和城乡建设局", 70]]);
    expect(a.notes.join()).toContain("有 2024 年报告的只有甲州市住房和城乡建设局");
  });
  it("several left: only they are offered", () => {
    const a = answerer.answer("住建局2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices).toHaveLength(2);
    expect(a.choices.join()).not.toContain("丙山市");
  });
  it("no year asked: every body is offered", () => {
    expect(answerer.answer("住建局依申请公开多少件").choices).toHaveLength(3);
  });

  it("none has the year: not asked back (no choice could answer), what is loaded said", () => {
    const a = answerer.answer("住建局2021年依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.choices).toHaveLength(0);
    expect(a.text).toContain("都没有 2021 年的报告");
  });
});

describe("an ask-back with a single choice is answered", () => {
  it("市政府 when one city government has a report: its figure, said so", () => {
    const a = answerer.answer("市政府2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.question).toBe("市政府2023年依申请公开多少件");
    expect(a.figures.map((f) => [f.agency, f.value])).toEqual([["甲州市人民政府", 110]]);
    expect(a.notes.join()).toContain("只有甲州市人民政府");
  });
});

describe("what an ask-back leaves out for the year is said, with the years it has", () => {
  const reports = [
    body("甲州市住房和城乡建设局", "甲州市", 2023, 64),
    body("乙水县住房和城乡建设局", "乙水县", 2023, 12),
    body("丙山市住房和城乡建设局", "丙山市", 2022, 8),
    // a county with no government's report: its departments are asked back, never its figure
    body("丁县公安局", "丁县", 2022, 9),
    body("丁县教育局", "丁县", 2023, 10),
    body("丁县财政局", "丁县", 2021, 11),
    body("乙水县人民政府", "乙水县", 2023, 40),
    body("乙水县红石镇人民政府", "红石镇", 2022, 3),
    body("乙水县白水乡人民政府", "白水乡", 2023, 4),
    body("乙水县青山镇人民政府", "青山镇", 2023, 5),
  ];
  const ask = (q: string) => createAnswerer(reports, { today: () => new Date("2026-11-30") }).answer(q);
  /** Each choice is the body numbered so in the text: a reply by number picks what was read. */
  const numbered = (a: ReturnType<typeof ask>) => a.choices.forEach((c, i) => expect(a.text).toMatch(new RegExp(`${i + 1}\\. ${/^\p{Script=Han}+?(?:局|人民政府)/u.exec(c)?.[0]}`, "u")));

  it("several left: the others named apart with their years, not offered", () => {
    const a = ask("住建局2023年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.text).toContain("可以指 3 个机关");
    expect(a.notes).toEqual(["没有 2023 年报告的：丙山市住房和城乡建设局（2022 年）。"]);
    expect(a.choices.join()).not.toContain("丙山市");
    numbered(a);
  });

  it("none has the year: not asked back, each body said with the years it has", () => {
    const a = ask("住建局2021年依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).toContain("都没有 2021 年的报告；已有：甲州市住房和城乡建设局（2023 年）");
    expect(a.text).toContain("丙山市住房和城乡建设局（2022 年）");
  });

  it("a place with no government's report: its bodies with the year first, the rest said; never one answered", () => {
    const a = ask("丁县2023年依申请公开多少件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.choices).toEqual(["丁县教育局2023年依申请公开多少件"]);
    expect(a.text).toContain("丁县已收录 3 个机关的报告");
    expect(a.notes.join()).toContain("丁县公安局（2022 年）");
    expect(a.notes.join()).toContain("丁县财政局（2021 年）");
    // none has the year asked: said, not asked back (outside round 23 §c)
    const none = ask("丁县2020年依申请公开多少件");
    expect(none.status, none.text).toBe("not_found");
    expect(none.text).toContain("没有丁县人民政府（或其办公室）2020 年的报告");
    expect(none.text).toContain("都没有 2020 年的报告；已有：");
    expect(none.text).toContain("丁县公安局（2022 年）");
  });

  it("a field of the place (乙水县乡镇): those with the year; one left is answered, said so", () => {
    const a = ask("乙水县乡镇2023年依申请公开多少件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.choices.join()).not.toContain("红石镇");
    expect(a.notes.join()).toContain("红石镇人民政府（2022 年）");
    numbered(a);
    const one = ask("乙水县乡镇2022年依申请公开多少件");
    expect(one.figures.map((f) => [f.agency, f.value])).toEqual([["乙水县红石镇人民政府", 3]]);
    expect(one.notes.join()).toContain("有 2022 年报告的只有乙水县红石镇人民政府");
  });

  it("no body named: those with the year asked are the choices", () => {
    const a = ask("2022年依申请公开多少件");
    expect(a.status).toBe("clarify");
    expect(a.choices.map((c) => /^\p{Script=Han}+?(?:局|人民政府)/u.exec(c)?.[0]).sort()).toEqual(["丁县公安局", "丙山市住房和城乡建设局", "乙水县红石镇人民政府"].sort());
    numbered(a);
  });

  it("in a chat, the bodies left out are said, and the reply by number answers that choice", async () => {
    const q = "乙水县乡镇2023年依申请公开多少件";
    const conv = createConversation(memoryCore(reports, () => new Date("2026-11-30")), { onError: () => {} });
    const say = async (text: string) => {
      const r = await conv.handle({ platform: "console", text, userId: "u", chatId: "c", isAdmin: false });
      return r ? plainText(r) : "";
    };
    expect(await say(q)).toContain("没有 2023 年报告的：乙水县红石镇人民政府（2022 年）");
    const second = /^\p{Script=Han}+?人民政府/u.exec(ask(q).choices[1] ?? "")?.[0] ?? "(none)";
    expect(await say("2")).toContain(`${second} 2023 年 · 本年新收政府信息公开申请`);
  });
});

describe("zones asked by a kind word (开发区管委会, 经开区)", () => {
  const zones = [body("栖梧高新技术产业开发区管理委员会", "栖梧高新技术产业开发区", 2023, 3), body("石门经济开发区管理委员会", "石门经济开发区", 2022, 4), body("白沙经济开发区管理委员会", "白沙经济开发区", 2023, 5), body("青岩县人民政府", "青岩县", 2023, 9)];
  const ask = (q: string) => createAnswerer(zones, { today: () => new Date("2026-11-30") }).answer(q);

  it("the zones with the year asked are the choices, the other named with its year; one left is answered, said so", () => {
    const a = ask("开发区管委会2023年依申请公开多少件");
    expect(a.choices.join()).not.toContain("石门");
    expect(a.notes).toEqual(["没有 2023 年报告的：石门经济开发区管理委员会（2022 年）。"]);
    const one = ask("经开区2022年依申请公开多少件");
    expect(one.figures.map((f) => [f.agency, f.value])).toEqual([["石门经济开发区管理委员会", 4]]);
    expect(one.notes.join()).toContain("有 2022 年报告的只有石门经济开发区管理委员会");
  });
});

/**
 * A count belongs to the subject its clause states. Reports count their mailboxes, hotlines,
 * 网络理政 and messages with the same verbs as applications (受理, 办结, 转下年度): such a 办结 is
 * never the applications' 办理结果总计 (nor a denominator of 公开率), and its label names its own
 * channel, not the one the paragraph opened with. Reports here are written for the test.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/index/read/report.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";

const report = (body: string) => parseReport(`永和县发展和改革局2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`, "yonghe-fgj-2023.txt");
const ask = (body: string, question: string) => createAnswerer([report(body)]).answer(`永和县发改局2023年${question}`);
const values = (a: ReturnType<typeof ask>) => a.figures.map((f) => f.value);

const MAILBOX_FIRST =
  "（一）主动公开情况。三是拓宽交流渠道,领导信箱办件71件,办结71件,选登公开28件;12345市长热线交办件78件,办结78件;微信公众号咨询留言37条,办结37条。\n" +
  "（二）依申请公开情况。共受理答复依申请公开件34件,办结34件,结转下年度继续办理0件。其中,予以公开7件、部分公开5件,无法提供20件。";
const APPLICATIONS_FIRST = "全年共收到政府信息公开申请12件，办结12件，其中予以公开6件；市长热线受理群众诉求300件，办结298件，转下年度办理2件。";
const CHANNEL_ONLY = "领导信箱收到群众来信40件，办结40件；网络理政平台受理留言120件，办结118件。本年度共收到依申请公开5件，其中予以公开2件。";

describe("a 办结 of another channel is not the applications'", () => {
  it.each([
    [MAILBOX_FIRST, 34],
    [APPLICATIONS_FIRST, 12],
  ])("办结了多少件申请 → the application sentence's (%#)", (body, value) => {
    const a = ask(body, "办结了多少件申请");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    expect(a.quotes.map((q) => q.text).join("")).not.toMatch(/信箱|热线/u);
  });

  it("公开率 divides by the applications' 办结, never a mailbox's", () => {
    const a = ask(MAILBOX_FIRST, "公开率是多少");
    expect(a.status, a.text).toBe("answered");
    expect(values(a)[0]).toBeCloseTo(35.29, 1);
    expect(values(a)).not.toContain(71);
  });

  it("only other channels state a 办结: no 办理结果总计 is given from them", () => {
    for (const q of ["办结了多少件申请", "依申请公开办结多少件", "公开率是多少"]) {
      const a = ask(CHANNEL_ONLY, q);
      expect(values(a), `${q}: ${a.text}`).not.toContain(40);
      expect(values(a), `${q}: ${a.text}`).not.toContain(118);
      expect(a.text).not.toContain("办理结果总计：40");
    }
  });

  it("a hotline's 转下年度 is not the applications' 结转下年度", () => {
    const a = ask(APPLICATIONS_FIRST, "结转下年度继续办理多少件");
    expect(values(a), a.text).not.toContain(2);
  });
});

describe("a channel's figure is labelled with its own channel", () => {
  it.each([
    ["12345市长热线办结多少件", 78, /热线/u, /信箱/u],
    ["微信公众号咨询留言办结多少条", 37, /留言/u, /信箱|热线/u],
    ["领导信箱办结多少件", 71, /信箱/u, /热线/u],
  ])("%s → %d, labelled by its channel", (q, value, own, other) => {
    const a = ask(MAILBOX_FIRST, q);
    expect(a.status, a.text).toBe("answered");
    expect(values(a)).toEqual([value]);
    const label = a.figures[0]?.label ?? "";
    expect(label).toMatch(own);
    expect(label).not.toMatch(other);
  });
});

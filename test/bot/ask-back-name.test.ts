/**
 * The chat after an ask-back and after an answer, over an invented county (test/helpers/county.ts):
 * a reply naming one of the choices (the prompt says 回复序号或名称) keeps the pending question as
 * a reply with its number does, and 那县政府呢 asks the same of the last place's government.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Core, Incoming } from "../../src/bot/types.ts";
import { countyReports } from "../helpers/county.ts";
import { memoryCore } from "../helpers/core.ts";

const reports = countyReports([["柘川县乌石街道办事处", 17, 7]]);
const core: Core = memoryCore(reports, () => new Date("2026-11-30"));
const msg = (text: string): Incoming => ({ platform: "console", text, userId: "u", chatId: "c", isAdmin: false });

async function chat(...lines: string[]): Promise<string[]> {
  const conv = createConversation(core, { onError: () => {} });
  const out: string[] = [];
  for (const l of lines) {
    const r = await conv.handle(msg(l));
    out.push(r ? plainText(r) : "");
  }
  return out;
}

describe("replying to an ask-back", () => {
  it("with a number or with a name: the pending question, for the body chosen", async () => {
    const q = "乌石2023年予以公开多少件";
    const [asked, one] = await chat(q, "1");
    const [, two] = await chat(q, "2");
    expect(asked).toContain("回复序号或名称");
    // the same reply as the number's: the figure asked, not an overview of the body
    const [town, street] = one?.includes("乌石镇") ? [one, two] : [two, one];
    expect(street).toContain("柘川县乌石街道办事处 2023 年 · 予以公开：7 件");
    expect((await chat(q, "乌石街道"))[1]).toBe(street);
    expect((await chat(q, "柘川县乌石镇人民政府"))[1]).toBe(town);
  });

  it("a choice with no year in it (no year asked), picked by number, is asked once — not picked again by its own name", async () => {
    const [asked, one] = await chat("乌石予以公开多少件", "1");
    expect(asked).toContain("回复序号或名称");
    expect(one).toMatch(/柘川县乌石(?:镇人民政府|街道办事处) 2023 年 · 予以公开：\d+ 件/u);
    expect(one).not.toContain("出了错");
  });

  it("a name that fits no choice or several is a new question, not a pick", async () => {
    const [, other] = await chat("乌石2023年予以公开多少件", "桥头镇");
    expect(other).toContain("明细：主要数字（柘川县桥头镇人民政府 2023 年）");
    expect(other).not.toContain("乌石");
  });
});

describe("那县政府呢", () => {
  it("asks the last question of the government of the place last asked about", async () => {
    const [first, then] = await chat("柘川县卫健局2023年依申请公开多少件", "那县政府呢");
    expect(first).toContain("33 件");
    expect(then).toContain("柘川县人民政府2023年依申请公开多少件");
    expect(then).toContain("90 件");
  });

  it("from a town, 县政府 is the county's government above it", async () => {
    const [, then] = await chat("柘川县乌石镇2023年依申请公开多少件", "那县政府呢");
    expect(then).toContain("90 件");
  });
});

describe("那乡镇呢 / 那街道呢 / 那部门呢: a kind of body after a county-level answer", () => {
  it.each([
    ["那乡镇呢", "柘川县2023年各乡镇依申请公开", ["柘川县乌石镇人民政府：8 件", "柘川县东城街道办事处：15 件"]],
    ["那街道呢", "柘川县2023年各街道依申请公开", ["柘川县东城街道办事处：15 件", "柘川县西城街道办事处：9 件"]],
    ["那部门呢", "柘川县2023年各部门依申请公开", ["柘川县卫生健康局：33 件"]],
    ["那局的呢", "柘川县2023年各局依申请公开", ["柘川县财政局：4 件"]],
  ])("%s lists those of the place asked, never the county's own figure", async (then, read, listed) => {
    const [first, answer] = await chat("柘川县2023年依申请公开多少件", then);
    expect(first).toContain("90 件");
    expect(answer).toContain(`按“${read}”回答`);
    for (const l of listed) expect(answer).toContain(l);
    expect(answer).not.toContain("90 件");
  });

  it("after a town, the towns of its county; the figure asked is kept", async () => {
    const [, answer] = await chat("柘川县乌石镇2023年予以公开多少件", "那乡镇呢");
    expect(answer).toContain("按“柘川县2023年各乡镇予以公开”回答");
    expect(answer).toContain("柘川县桥头镇人民政府：2 件");
  });
});

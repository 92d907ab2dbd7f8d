/**
 * A message asking two figures (“…收到多少申请？另外想问一下他们予以公开几件”): the answer's note says the
 * second is offered below — so it must be among the buttons, first, and pressing it answers it.
 * The names are invented.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import { makeReport, t2row } from "../helpers/report.ts";
import { memoryCore } from "../helpers/core.ts";

const reports = [2023, 2024].map((year) => makeReport({ agency: "岚汀县人民政府", region: "岚汀县", year, file: `lanting-${year}.txt`, table2: { new: t2row(year - 1970), granted: t2row(year - 2000) } as never }));

describe("the second question of a message is offered as a button", () => {
  it("offered first, and the button answers it", async () => {
    const conv = createConversation(memoryCore(reports, () => new Date("2026-12-01")), { ratePerMinute: 1000 });
    const say = async (text: string) => {
      const r = await conv.handle({ platform: "console", text, userId: "u", chatId: "c", isAdmin: false });
      return r ? plainText(r) : "";
    };
    const first = await say("岚汀县2024年收到多少申请？另外想问一下他们予以公开几件");
    expect(first).toContain("本年新收政府信息公开申请：54 件");
    expect(first).toContain("接着问：\n1. 岚汀县2024年予以公开几件");
    expect(await say("1")).toContain("予以公开：24 件");
  });
});

/**
 * Issue 14.10 and 12.5: inline queries count against the per-user rate limit (they bypassed it);
 * the console, the operator at the keyboard, has no limit.
 */
import { describe, expect, it } from "vitest";
import { createConversation } from "../../src/bot/conversation.ts";
import { stubCore } from "../bot/stub-core.ts";

const Q = "浔阳区2023年依申请公开多少件";

describe("rate limits", () => {
  it("the fourth inline query of a user within the minute is asked to wait, and the core is not asked", async () => {
    const core = stubCore();
    const conv = createConversation(core, { ratePerMinute: 3, now: () => 1_000_000, onError: () => {} });
    for (let i = 0; i < 3; i++) expect((await conv.inline(Q, "u1"))[0]?.title).not.toBe("请稍候");
    const asked = core.questions.length;
    expect((await conv.inline(Q, "u1"))[0]?.title).toBe("请稍候");
    expect(core.questions.length).toBe(asked);
    // messages and inline queries share the budget
    expect((await conv.handle({ platform: "telegram", text: Q, userId: "u1", chatId: "c", isAdmin: false }))?.title).toBe("请稍候");
    expect((await conv.inline(Q, "u2"))[0]?.title).not.toBe("请稍候");
  });

  it("the console is never rate limited", async () => {
    const conv = createConversation(stubCore(), { ratePerMinute: 3, now: () => 1_000_000, onError: () => {} });
    for (let i = 0; i < 10; i++) {
      expect((await conv.handle({ platform: "console", text: Q, userId: "console", chatId: "console", isAdmin: true }))?.title).not.toBe("请稍候");
    }
  });
});

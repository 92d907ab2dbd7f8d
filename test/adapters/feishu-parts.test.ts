/** The Feishu adapter's pure parts: dedup, message parsing, card rendering, log redaction. */
import { describe, expect, it } from "vitest";
import { escapeMd, renderReply } from "../../src/adapters/feishu/card.ts";
import { TtlSet } from "../../src/adapters/feishu/dedup.ts";
import { replyUuid } from "../../src/adapters/feishu/handler.ts";
import { describeError, redactingLog, sdkLogger, type Log } from "../../src/adapters/feishu/log.ts";
import { parseMessage, type MessageEvent } from "../../src/adapters/feishu/message.ts";
import type { Reply } from "../../src/bot/types.ts";

describe("TtlSet", () => {
  it("remembers a key for the TTL (Feishu retries hours later) and forgets it after", () => {
    let now = 0;
    const set = new TtlSet(12 * 3600_000, 100, () => now);
    expect(set.firstTime(["e:1", "m:1"])).toBe(true);
    now = 6 * 3600_000;
    expect(set.firstTime(["e:2", "m:1"])).toBe(false); // same message, new event id
    now = 11.9 * 3600_000;
    expect(set.has("e:1")).toBe(true);
    now = 12.1 * 3600_000;
    expect(set.has("e:1")).toBe(false);
  });

  it("stays bounded under a flood, dropping the oldest keys", () => {
    const set = new TtlSet(3600_000, 1000);
    for (let i = 0; i < 5000; i++) set.add(`k${i}`);
    expect(set.size).toBe(1000);
    expect(set.has("k4999")).toBe(true);
    expect(set.has("k0")).toBe(false);
  });
});

function ev(message: Partial<MessageEvent["message"]>, senderType = "user"): MessageEvent {
  return {
    sender: { sender_id: { open_id: "ou_u" }, sender_type: senderType },
    message: { message_id: "om_1", chat_id: "oc_1", chat_type: "p2p", message_type: "text", content: JSON.stringify({ text: "hi" }), ...message },
  };
}

describe("parseMessage", () => {
  const bot = { key: "@_user_1", id: { open_id: "ou_bot" }, name: "年报问答" };

  it("ignores other bots, so two bots never talk in a loop", () => {
    expect(parseMessage(ev({}, "app"), "ou_bot").kind).toBe("ignore");
  });

  it("does not confuse @_user_1 with @_user_10", () => {
    const mentions = [bot, ...Array.from({ length: 10 }, (_, i) => ({ key: `@_user_${i + 2}`, id: { open_id: `ou_${i + 2}` }, name: `U${i + 2}` }))];
    const parsed = parseMessage(ev({ chat_type: "group", content: JSON.stringify({ text: "@_user_1 问 @_user_10 和 @_user_11" }), mentions }), "ou_bot");
    expect(parsed).toEqual({ kind: "text", text: "问 @U10 和 @U11" });
  });

  it("ignores group messages while the bot's own open_id is unknown", () => {
    expect(parseMessage(ev({ chat_type: "group", mentions: [bot] }), undefined)).toEqual({ kind: "ignore", reason: "group message but the bot's open_id is unknown" });
  });

  it("reads the text of a rich-text post, mentions included", () => {
    const content = { title: "", content: [[{ tag: "at", user_id: "@_user_1", user_name: "年报问答" }, { tag: "text", text: " 浔阳区 2023 年" }], [{ tag: "text", text: "不予公开多少？" }]] };
    expect(parseMessage(ev({ chat_type: "group", message_type: "post", content: JSON.stringify(content), mentions: [bot] }), "ou_bot")).toEqual({
      kind: "text",
      text: "浔阳区 2023 年\n不予公开多少？",
    });
  });

  it("passes a bare @bot on as an empty question and turns /查 into /ask", () => {
    expect(parseMessage(ev({ chat_type: "group", content: JSON.stringify({ text: "@_user_1 " }), mentions: [bot] }), "ou_bot")).toEqual({ kind: "text", text: "" });
    expect(parseMessage(ev({ content: JSON.stringify({ text: "／查 浔阳区" }) }), "ou_bot")).toEqual({ kind: "text", text: "/ask 浔阳区" });
  });

  it("treats stickers, audio and video as unsupported, and malformed content without throwing", () => {
    for (const t of ["sticker", "audio", "media", "image"]) expect(parseMessage(ev({ message_type: t, content: "{}" }), "ou_bot")).toEqual({ kind: "unsupported", messageType: t });
    expect(parseMessage(ev({ content: "not json" }), "ou_bot")).toEqual({ kind: "text", text: "" });
  });
});

describe("renderReply", () => {
  it("puts the chart after the list of figures as a card 2.0 chart element with the same data", () => {
    const chart = { shape: "bars" as const, title: "排名", unit: "件", bars: [{ label: "赣州市", value: 1516, text: "1516 件" }, { label: "乐清市", value: 70, text: "70 件" }], footer: [] };
    const reply: Reply = { title: "排名", blocks: [{ kind: "paragraph", spans: [{ text: "排名", bold: true }] }, { kind: "list", items: [[{ text: "赣州市：1516 件" }]] }, { kind: "source", text: "s" }], chart };
    const els = JSON.parse(renderReply(reply)[0]?.content ?? "").body.elements as { tag: string; chart_spec?: { data: { values: unknown[] }[] } }[];
    expect(els.map((e) => e.tag)).toEqual(["markdown", "markdown", "chart", "div"]);
    expect(els[2]?.chart_spec?.data[0]?.values).toEqual([{ label: "赣州市", value: 1516 }, { label: "乐清市", value: 70 }]);
    expect(JSON.parse(renderReply(reply, { chart: false })[0]?.content ?? "").body.elements.some((e: { tag: string }) => e.tag === "chart")).toBe(false);
  });

  it("keeps every card under the budget, continuing on a second card and cutting past the limit", () => {
    const items = Array.from({ length: 3000 }, (_, i) => [{ text: `第 ${i} 项：浔阳区 2023 年政府信息公开工作年度报告 某某数据 ${i}` }]);
    const reply: Reply = { title: "很长", blocks: [{ kind: "source", text: "出处" }, { kind: "list", items }] };
    const out = renderReply(reply);
    expect(out.length).toBe(3);
    for (const m of out) {
      expect(m.msg_type).toBe("interactive");
      expect(Buffer.byteLength(m.content)).toBeLessThanOrEqual(25_200);
    }
    expect(JSON.parse(out[1]?.content ?? "").header.title.content).toBe("很长（续 1）");
    expect(out[2]?.content).toContain("内容过长，已截断");
  });

  it("cuts a single quote too long for one card", () => {
    const out = renderReply({ title: "q", blocks: [{ kind: "quote", text: "很".repeat(40_000) }] });
    expect(out).toHaveLength(1);
    expect(Buffer.byteLength(out[0]?.content ?? "")).toBeLessThanOrEqual(25_000);
    expect(out[0]?.content).toContain("已截断");
  });

  it("shows report text literally: markdown characters become entities in lark_md, plain_text is untouched", () => {
    expect(escapeMd("*注：[2023] a_b <x>")).toBe("&#42;注：&#91;2023&#93; a&#95;b &#60;x&#62;");
    const out = renderReply({ title: "t", blocks: [{ kind: "figure", label: "*注", value: "1*2" }] });
    const card = JSON.parse(out[0]?.content ?? "");
    expect(card.body.elements[0]).toEqual({ tag: "div", text: { tag: "plain_text", content: "*注" } });
    expect(card.body.elements[1].content).toBe("**1&#42;2**");
    expect(card.header.template).toBe("blue");
  });

  it("splits a long plain-text reply into several messages", () => {
    const items = Array.from({ length: 2000 }, (_, i) => [{ text: `报告 ${i}：浔阳区 2023 年政府信息公开工作年度报告` }]);
    const out = renderReply({ title: "报告列表", blocks: [{ kind: "list", items }] });
    expect(out.length).toBeGreaterThan(1);
    for (const m of out) expect(m.msg_type).toBe("text");
    expect(JSON.parse(out[0]?.content ?? "").text.startsWith("报告列表\n\n• 报告 0：")).toBe(true);
  });
});

describe("replyUuid", () => {
  it("is stable per message and part, and within Feishu's 50 characters", () => {
    expect(replyUuid("om_x", 0)).toBe(replyUuid("om_x", 0));
    expect(replyUuid("om_x", 0)).not.toBe(replyUuid("om_x", 1));
    expect(replyUuid("om_".padEnd(200, "x"), 0).length).toBeLessThanOrEqual(50);
  });
});

describe("log redaction", () => {
  const secret = "app-secret-xyz-123";
  function sink(): Log & { lines: string[] } {
    const lines: string[] = [];
    return { lines, info: (m) => lines.push(m), warn: (m) => lines.push(m), error: (m) => lines.push(m) };
  }

  it("describes an HTTP error without its request config (which holds the app secret or the bearer token)", () => {
    const axiosLike = Object.assign(new Error("Request failed with status code 500"), {
      config: { data: JSON.stringify({ app_id: "cli_x", app_secret: secret }), headers: { Authorization: "Bearer t-abc" } },
      response: { status: 500, data: { code: 99991, msg: "outage" } },
    });
    const s = sink();
    // The SDK's LoggerProxy passes its arguments as one array.
    sdkLogger(redactingLog(s, [secret])).error([axiosLike]);
    expect(s.lines).toEqual(["sdk: Request failed with status code 500 · HTTP 500 · code 99991: outage"]);
    expect(describeError(axiosLike)).not.toContain(secret);
  });

  it("blanks configured secrets and bearer tokens wherever they appear", () => {
    const s = sink();
    redactingLog(s, [secret, undefined]).warn(`x ${secret} Authorization: Bearer t-123.abc {"app_secret":"other"}`);
    expect(s.lines).toEqual(['x *** Authorization: Bearer *** {"app_secret":"***"}']);
  });
});

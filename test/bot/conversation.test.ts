import { describe, expect, it } from "vitest";
import { parseCommand } from "../../src/bot/commands.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Incoming, Reply } from "../../src/bot/types.ts";
import type { Answer } from "../../src/index/schema.ts";
import { makeReport, stubCore, xunyangFigure } from "./stub-core.ts";
import { renamedCityReports } from "../helpers/renamed-city.ts";

const msg = (text: string, p: Partial<Incoming> = {}): Incoming => ({ platform: "telegram", text, userId: "u1", chatId: "c1", isAdmin: false, ...p });
const text = (r: Reply | null): string => (r ? plainText(r) : "");
const quiet = { onError: () => {} };

function setup(opts: Parameters<typeof stubCore>[0] = {}, convOpts: Parameters<typeof createConversation>[1] = {}) {
  const core = stubCore({ answers: { [xunyangFigure.question]: xunyangFigure }, ...opts });
  return { core, conv: createConversation(core, { ...quiet, ...convOpts }) };
}

describe("questions", () => {
  it("answers plain text as a question with the figure, source and quote", async () => {
    const { core, conv } = setup();
    const r = await conv.handle(msg("浔阳区2023年依申请公开多少件"));
    // The first question is the user's; follow-up buttons may ask more, each checked before it is offered.
    expect(core.questions[0]).toBe("浔阳区2023年依申请公开多少件");
    expect(r?.blocks[0]).toMatchObject({ kind: "figure", value: "14 件" });
    expect(text(r)).toContain("2023年共受理依申请公开14件");
  });

  it.each(["/ask 浔阳区2023年依申请公开多少件", "/查 浔阳区2023年依申请公开多少件", "/查浔阳区2023年依申请公开多少件", "/ask@nianbao_bot 浔阳区2023年依申请公开多少件"])(
    "answers %s like the bare question",
    async (t) => {
      const { core, conv } = setup();
      const r = await conv.handle(msg(t));
      expect(core.questions[0]).toBe("浔阳区2023年依申请公开多少件");
      expect(r?.blocks[0]).toMatchObject({ kind: "figure", value: "14 件" });
    },
  );

  it.each(["@bot 浔阳区2023年依申请公开多少件", "@nianbao_bot  浔阳区2023年依申请公开多少件"])("reads %s without the leading @handle, as the README's inline example is typed", async (t) => {
    const { core, conv } = setup();
    const r = await conv.handle(msg(t, { platform: "console" }));
    expect(core.questions[0]).toBe("浔阳区2023年依申请公开多少件");
    expect(r?.blocks[0]).toMatchObject({ kind: "figure", value: "14 件" });
  });

  it("asks for a question when /ask has none, without calling the core", async () => {
    const { core, conv } = setup();
    const r = await conv.handle(msg("/ask"));
    expect(core.questions).toEqual([]);
    expect(text(r)).toContain("/ask 浔阳区2023年依申请公开多少件");
  });

  it("refuses a 10 000-character message politely without calling the core", async () => {
    const { core, conv } = setup();
    const r = await conv.handle(msg("多".repeat(10_000)));
    expect(core.questions).toEqual([]);
    expect(r?.title).toBe("问题太长");
    expect(text(r)).toContain("1000");
  });

  it("respects a custom maxLength", async () => {
    const { core, conv } = setup({}, { maxLength: 5 });
    expect((await conv.handle(msg("浔阳区2023年")))?.title).toBe("问题太长");
    expect(core.questions).toEqual([]);
  });

  it("turns an exception from the core into an apology, never a throw", async () => {
    const errors: unknown[] = [];
    const core = stubCore({ throwOn: /boom/ });
    const conv = createConversation(core, { onError: (e) => errors.push(e) });
    const r = await conv.handle(msg("boom"));
    expect(r?.title).toBe("出错了");
    expect(text(r)).toContain("抱歉");
    expect(errors).toHaveLength(1);
  });

  it("apologises when reports() throws during /reports too", async () => {
    const core = stubCore();
    core.reports = () => {
      throw new Error("index not ready");
    };
    const r = await createConversation(core, quiet).handle(msg("/reports"));
    expect(r?.title).toBe("出错了");
  });
});

describe("rate limit", () => {
  it("allows ratePerMinute messages per user in a sliding minute, then asks to wait", async () => {
    let t = 1_000_000;
    const { core, conv } = setup({}, { ratePerMinute: 3, now: () => t });
    for (let i = 0; i < 3; i++) {
      await conv.handle(msg("浔阳区2023年依申请公开多少件"));
      t += 10_000;
    }
    // t = +30 s: the fourth message within the minute is refused, the core is not asked
    const r = await conv.handle(msg("浔阳区2023年依申请公开多少件"));
    expect(r?.title).toBe("请稍候");
    expect(text(r)).toMatch(/30 秒后再试/);
    expect(core.questions.filter((q) => q === "浔阳区2023年依申请公开多少件")).toHaveLength(3);

    // another user is not affected
    expect((await conv.handle(msg("浔阳区2023年依申请公开多少件", { userId: "u2" })))?.blocks[0]?.kind).toBe("figure");

    // the window slides: 60 s after the first message, one slot is free again
    t = 1_000_000 + 60_000;
    expect((await conv.handle(msg("浔阳区2023年依申请公开多少件")))?.blocks[0]?.kind).toBe("figure");
    expect((await conv.handle(msg("浔阳区2023年依申请公开多少件")))?.title).toBe("请稍候");
  });
});

describe("commands", () => {
  it("/start greets and explains, /help lists examples built from the loaded reports", async () => {
    const { conv } = setup();
    expect(text(await conv.handle(msg("/start")))).toContain("您好");
    const help = text(await conv.handle(msg("/help")));
    expect(help).toContain("浔阳区2023年依申请公开多少件");
    expect(help).toContain("/check");
    expect(text(await conv.handle(msg("/帮助")))).toBe(help);
  });

  it("points an unknown command to /help", async () => {
    const { core, conv } = setup();
    const r = await conv.handle(msg("/xyz"));
    expect(text(r)).toContain("/help");
    expect(text(r)).toContain("/xyz");
    expect(core.questions).toEqual([]);
  });

  it("/reports lists agency, year, template and consistency, and files that failed", async () => {
    const broken = makeReport({
      agency: "樟树市人民政府",
      region: "樟树市",
      year: 2020,
      template: "2019",
      file: "zhangshu-2020.txt",
      checks: [{ rule: "column_sum", table: "table2", column: "natural_person", holds: false, printed: 48, expected: 49, message: "自然人：办理结果之和 49，总计 48" }],
      repairs: [],
    });
    const { conv } = setup({ reports: [makeReport(), broken], loadErrors: [{ file: "bad.pdf", message: "不是政府信息公开年度报告" }] });
    const t = text(await conv.handle(msg("/reports")));
    expect(t).toContain("浔阳区人民政府 · 2023 年 · 2021 版模板 · ✅ 勾稽一致（2 条）");
    expect(t).toContain("樟树市人民政府 · 2020 年 · 2019 版模板 · ⚠️ 1 处不一致（共 1 条）");
    expect(t).toContain("未能读取 bad.pdf：不是政府信息公开年度报告");
  });

  it("/reports past the last page says there is no such page and shows the last", async () => {
    const many = Array.from({ length: 25 }, (_, i) => makeReport({ year: 2000 + i, file: `xunyang-${2000 + i}.txt` }));
    const t = text(await setup({ reports: many }).conv.handle(msg("/reports 第99页")));
    expect(t).toMatch(/没有第 99 页：共 \d 页，这是最后一页/u);
    expect(t).not.toContain("没有第 1 页");
  });

  it("/reports says which kind of body a report is from when it is not a people's government", async () => {
    const office = makeReport({ agency: "乐清市人民政府办公室", region: "乐清市", file: "yueqing.txt" });
    const dept = makeReport({ agency: "乐清市人力资源和社会保障局", region: "乐清市", file: "yueqing-rs.txt" });
    const t = text(await setup({ reports: [office, dept] }).conv.handle(msg("/reports")));
    expect(t).toContain("乐清市人民政府办公室 · 2023 年（政府办公室） · ");
    expect(t).toContain("乐清市人力资源和社会保障局 · 2023 年（政府部门） · ");
  });

  describe("/check", () => {
    const reports = [
      makeReport(),
      makeReport({ year: 2022, file: "xunyang-2022.txt" }),
      makeReport({ agency: "乐清市人民政府", region: "乐清市", file: "yueqing-a.txt" }),
      makeReport({
        agency: "乐清市人民政府办公室",
        region: "乐清市",
        file: "yueqing-2023.txt",
        checks: [{ rule: "row_sum", table: "table2", row: "granted", holds: false, printed: 9, expected: 8, message: "予以公开：各类申请人之和不等于总计" }],
        repairs: [{ table: "table2", rows: ["refused.state_secret"], description: "数值上移一行，按列和复原" }],
        warnings: ["表三只有表头，没有数字"],
      }),
    ];

    it("resolves a region prefix and a year to one report and lists each rule, breaks first", async () => {
      const { conv } = setup({ reports });
      const t = text(await conv.handle(msg("/check 乐清市人民政府办公室 2023")));
      expect(t).toContain("乐清市人民政府办公室 2023 年报告 · 勾稽核对");
      expect(t).toContain("共 1 条规则：0 条成立，1 条不成立");
      expect(t).toContain("❌ 表二 · 予以公开：各类申请人之和不等于总计（报告所印 9，按规则应为 8）");
      expect(t).toContain("已修复：表二：数值上移一行，按列和复原");
      expect(t).toContain("⚠️ 表三只有表头，没有数字");
    });

    it("accepts a short region name glued to the year", async () => {
      const { conv } = setup({ reports });
      const t = text(await conv.handle(msg("/check 浔阳2023")));
      expect(t).toContain("浔阳区人民政府 2023 年报告");
      expect(t).toContain("✅ 表二 · 新收 + 上年结转");
    });

    it("takes a place for its government, and an office by its short name", async () => {
      const { conv } = setup({ reports });
      expect((await conv.handle(msg("/核对 乐清 2023")))?.title).toBe("乐清市人民政府 2023 年 · 勾稽核对");
      expect((await conv.handle(msg("/check 乐清市府办 2023")))?.title).toBe("乐清市人民政府办公室 2023 年 · 勾稽核对");
    });

    it("asks back when several agencies of one kind fit", async () => {
      const { conv } = setup({ reports: [...reports, makeReport({ agency: "乐平市人民政府", region: "乐平市", file: "leping.txt" })] });
      const r = await conv.handle(msg("/核对 乐 2023"));
      expect(r?.blocks).toContainEqual({ kind: "choices", items: ["/check 乐清市人民政府 2023", "/check 乐平市人民政府 2023"] });
    });

    it("asks for the year when the agency has several", async () => {
      const { conv } = setup({ reports });
      const r = await conv.handle(msg("/check 浔阳区"));
      expect(r?.blocks).toContainEqual({ kind: "choices", items: ["/check 浔阳区人民政府 2023", "/check 浔阳区人民政府 2022"] });
    });

    it("finds a renamed body's report under the name it reported that year (澄岚市城管局 2023: 城市管理综合执法局's)", async () => {
      const renamed = renamedCityReports();
      const { conv } = setup({ reports: renamed });
      expect((await conv.handle(msg("/check 澄岚市城管局 2023")))?.title).toBe("澄岚市城市管理综合执法局 2023 年 · 勾稽核对");
      expect((await conv.handle(msg("/check 澄岚市卫健委 2020")))?.title).toBe("澄岚市卫生和计划生育委员会 2020 年 · 勾稽核对");
      // 农业局 and 农业农村局 both reported 2021: not one body
      expect(text(await conv.handle(msg("/check 澄岚市农业局 2023")))).toContain("没有“澄岚市农业局”2023 年的报告");
    });

    it("says what exists when the year or the agency is not loaded", async () => {
      const { conv } = setup({ reports });
      expect(text(await conv.handle(msg("/check 浔阳区 2019")))).toContain("/check 浔阳区人民政府 2023");
      expect(text(await conv.handle(msg("/check 濂溪区 2023")))).toContain("/reports");
      expect(text(await conv.handle(msg("/check")))).toContain("用法");
    });

    it("a body of a loaded place that has no report is not found, never the place's government", async () => {
      const { conv } = setup({ reports });
      const r = await conv.handle(msg("/check 浔阳区水利局 2023"));
      expect(r?.title).toBe("没有找到");
      expect(text(r)).toContain("没有找到“浔阳区水利局”的年度报告");
      expect(text(r)).not.toContain("勾稽");
    });
  });

  it("/reload is for admins only", async () => {
    const { core, conv } = setup({ loadErrors: [{ file: "x.pdf", message: "扫描件，没有文字" }] });
    expect((await conv.handle(msg("/reload")))?.title).toBe("无权操作");
    expect(core.reloads).toBe(0);
    const t = text(await conv.handle(msg("/reload", { isAdmin: true })));
    expect(core.reloads).toBe(1);
    expect(t).toContain("1 份报告，1 个文件未能读取");
    expect(t).toContain("x.pdf：扫描件，没有文字");
  });

  it("apologises when reload rejects", async () => {
    const { core, conv } = setup();
    core.reload = () => Promise.reject(new Error("disk gone"));
    expect((await conv.handle(msg("/reload", { isAdmin: true })))?.title).toBe("出错了");
  });
});

describe("parseCommand", () => {
  it("recognises @targets, Chinese aliases and unknown names", () => {
    expect(parseCommand("/ask@nianbao_bot 问题")).toEqual({ raw: "ask", name: "ask", target: "nianbao_bot", args: "问题" });
    expect(parseCommand("/查问题")).toEqual({ raw: "查", name: "ask", target: undefined, args: "问题" });
    expect(parseCommand("/XYZ a")?.name).toBeUndefined();
    expect(parseCommand("问题 /ask")).toBeNull();
  });
});

describe("upload", () => {
  const file = { filename: "濂溪区2023年报.txt", data: new TextEncoder().encode("濂溪区人民政府2023年政府信息公开工作年度报告") };

  it("refuses a non-admin without reading the file", async () => {
    const { core, conv } = setup();
    const r = await conv.upload(msg("", { isAdmin: false }), file);
    expect(r.title).toBe("无权上传");
    expect(core.uploads).toEqual([]);
  });

  it("adds an admin's report and replies with agency, year and consistency", async () => {
    const { core, conv } = setup();
    const t = plainText(await conv.upload(msg("", { isAdmin: true }), file));
    expect(core.uploads).toHaveLength(1);
    expect(t).toContain("已加入报告：浔阳区人民政府 2023 年");
    expect(t).toContain("勾稽核对：✅ 勾稽一致");
  });

  it("passes on the core's reason for refusing a file", async () => {
    const { conv } = setup({ addReport: async () => ({ ok: false, reason: "没有找到表二" }) });
    expect(plainText(await conv.upload(msg("", { isAdmin: true }), file))).toContain("没有找到表二");
  });

  it("refuses unsupported file types before asking the core", async () => {
    const { core, conv } = setup();
    const r = await conv.upload(msg("", { isAdmin: true }), { filename: "报告.xlsx", data: new Uint8Array(3) });
    expect(r.title).toBe("文件类型不支持");
    expect(core.uploads).toEqual([]);
  });

  it("apologises when addReport throws", async () => {
    const { conv } = setup({ addReport: () => Promise.reject(new Error("EACCES")) });
    expect((await conv.upload(msg("", { isAdmin: true }), file)).title).toBe("出错了");
  });
});

describe("inline", () => {
  it("returns a hint for queries under two characters, without asking the core", async () => {
    const { core, conv } = setup();
    const r = await conv.inline(" 浔 ");
    expect(r).toHaveLength(1);
    expect(r[0]?.id).toBe("hint");
    expect(core.questions).toEqual([]);
  });

  it("puts the answer first, then the other figures and the passages, at most 10", async () => {
    const many: Answer = {
      ...xunyangFigure,
      question: "浔阳区2023年申请情况",
      kind: "breakdown",
      figures: Array.from({ length: 8 }, (_, i) => ({ ...xunyangFigure.figures[0]!, label: `第${i}项`, value: i })),
      quotes: Array.from({ length: 4 }, (_, i) => ({ text: `原文第${i}段`, report: "浔阳区报告", section: "三、收到和处理政府信息公开申请情况" })),
    };
    const { conv } = setup({ answers: { [many.question]: many } });
    const r = await conv.inline("浔阳区2023年申请情况");
    expect(r).toHaveLength(10);
    expect(r[0]?.id).toBe("a");
    expect(r.slice(1, 8).map((x) => x.id)).toEqual(["f0", "f1", "f2", "f3", "f4", "f5", "f6"]);
    expect(r[8]).toMatchObject({ id: "q0", description: "原文第0段" });
    expect(new Set(r.map((x) => x.id)).size).toBe(10);
  });

  it("titles the answer with the figure and describes it with the source", async () => {
    const { conv } = setup();
    const [first, second] = await conv.inline("浔阳区2023年依申请公开多少件");
    expect(first?.title).toBe("浔阳区 2023 年 · 本年新收政府信息公开申请：14 件");
    expect(first?.description).toContain("浔阳区人民政府2023年政府信息公开工作年度报告");
    expect(second).toMatchObject({ id: "q0", description: "2023年共受理依申请公开14件，依法办结14件" });
    expect(second?.reply.blocks[0]).toEqual({ kind: "quote", text: "2023年共受理依申请公开14件，依法办结14件" });
  });

  it("answers the choices of a clarify answer so the user can pick one", async () => {
    const clarify: Answer = { ...xunyangFigure, question: "浔阳区申请", status: "clarify", figures: [], quotes: [], choices: [xunyangFigure.question], text: "哪一年？" };
    const { conv } = setup({ answers: { [clarify.question]: clarify, [xunyangFigure.question]: xunyangFigure } });
    const r = await conv.inline("浔阳区申请");
    expect(r.map((x) => x.id)).toEqual(["a", "c0"]);
    expect(r[1]?.title).toContain("14 件");
  });

  it("returns an apology result when the core throws", async () => {
    const { conv } = setup({ throwOn: /boom/ });
    expect((await conv.inline("boom boom"))[0]?.id).toBe("error");
  });
});

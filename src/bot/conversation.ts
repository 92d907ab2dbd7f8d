/**
 * The platform-neutral conversation: commands, questions, uploads and inline lookups → `Reply`.
 * Adapters (telegram, feishu, console) only translate platform updates into `Incoming` and draw the
 * reply. Nothing here throws: a failing core becomes an apology reply.
 */
import type { Answer, Report } from "../index/schema.ts";
import { parseCommand } from "./commands.ts";
import { createButtonTokens } from "./buttons.ts";
import { chartOf } from "./chart/spec.ts";
import { choiceNamed, followUp, type Turn } from "./followup.ts";
import { createChatMemory, memoryKey } from "./memory.ts";
import { nextChoices } from "./next.ts";
import { LEADING_HANDLES } from "../answers/understand.ts";
import { lastAnswerOf, metaAsked, metaReply, type LastAnswer } from "./meta.ts";
import { governmentOfLevel } from "./level-government.ts";
import { sameDepartment } from "./same-department.ts";
import { heldFollowUp } from "./held-followups.ts";
import { checkExample, helpExamples } from "./help-examples.ts";
import { pageArg, pageChoices } from "./pages.ts";
import { answerReply, figureLabel, formatValue } from "./render.ts";
import type { Block, Conversation, Core, Incoming, Reply, Span, Upload } from "./types.ts";
import { checkReply, consistencySummary, onPage, resolveReports } from "./reports.ts";
import { groupedWarnings } from "../index/checks.ts";
import { acrossYears } from "../index/across-years.ts";
import { describe, everydayNames } from "../index/agency/forms.ts";
import { identify, KIND_NAMES } from "../index/agency/identity.ts";

/** File types an admin may upload (the reader understands these). */
export const UPLOAD_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".pdf", ".docx"] as const;
/** Largest accepted upload; annual reports are well under 1 MB as text, a few MB as PDF. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

export interface ConversationOptions {
  /** Longest message answered, in characters (default 1000). */
  maxLength?: number;
  /** Messages per user in any 60-second window (default 20). */
  ratePerMinute?: number;
  /** Clock in ms, for tests. */
  now?: () => number;
  /** How long a chat's last question is kept for follow-ups (default 10 minutes). */
  contextMs?: number;
  /** Where unexpected errors go (default console.error). */
  onError?: (error: unknown, where: string) => void;
}

const WINDOW_MS = 60_000;
const INLINE_MAX = 10;

const para = (text: string, bold = false): Block => ({ kind: "paragraph", spans: [{ text, bold }] });
const short = (title: string, text: string): Reply => ({ title, blocks: [para(text)] });

const APOLOGY: Reply = short("出错了", "抱歉，处理这条消息时出了错。请稍后再试，或换个问法。");

export function hasUploadExtension(filename: string): boolean {
  const lower = filename.toLowerCase();
  return UPLOAD_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** The year of a report's title (…2024年政府信息公开工作年度报告). */
function yearOfTitle(title: string | undefined): number | undefined {
  const m = title ? /((?:19|20)\d{2})\s*年度?(?:政府信息公开|政务公开)/u.exec(title) : null;
  return m ? Number(m[1]) : undefined;
}

function truncate(s: string, max: number): string {
  const flat = s.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("")}…`;
}

/** /help: what the bot does, examples built from what is loaded and answered (help-examples.ts), the commands. */
export function helpReply(examples: string[], greeting: boolean): Reply {
  const cmd = (c: string, what: string): Span[] => [{ text: c, code: true }, { text: ` — ${what}` }];
  const blocks: Block[] = [];
  if (greeting) blocks.push(para("您好！我是年报问答机器人。", true));
  blocks.push(
    para("我回答政府信息公开工作年度报告里的问题：给出准确的数字、它在报告里的位置（哪一节、哪张表、哪一行哪一列），并引用报告原文。"),
    { kind: "choices", intro: "可以这样问（点一下就发送）：", items: examples },
    para("命令："),
    {
      kind: "list",
      items: [
        cmd("/ask 问题", "提问（也可以用 /查 问题，私聊时直接发问题即可）"),
        cmd("/reports", "已读取的报告：机关、年份、模板、勾稽核对结果"),
        cmd("/check 机关 年份", `某份报告的勾稽核对明细，如 ${checkExample(examples[0])}`),
        cmd("/help", "本说明"),
      ],
    },
    { kind: "note", tone: "info", text: "管理员可以发送 /reload 重新读取报告目录，或直接发送报告文件（.txt .md .html .pdf .docx）加入新报告；在控制台中用 /upload 文件路径。" },
  );
  return { title: "年报问答 · 使用说明", blocks };
}

async function reportsReply(core: Core, requested: number): Promise<Reply> {
  // one page, read whole; the list itself is only the reports' heads
  const { reports: items, page, pages, total } = await core.reportPage(requested);
  const errors = core.loadErrors();
  const blocks: Block[] = [];
  if (!total) blocks.push(para("还没有读取任何报告。"));
  else {
    if (requested > pages) blocks.push({ kind: "note", tone: "info", text: `没有第 ${requested} 页：共 ${pages} 页，这是最后一页。` });
    blocks.push(para(`已读取 ${total} 份报告${pages > 1 ? `（第 ${page}/${pages} 页）` : ""}：`));
    blocks.push({
      kind: "list",
      items: items.map((r) => [
        { text: `${r.agency} · ${r.year} 年`, bold: true },
        // a body that is not a people's government says which kind it is
        ...(identify(r.agency).kind === "government" ? [] : [{ text: `（${KIND_NAMES[identify(r.agency).kind]}）` }]),
        { text: ` · ${r.template} 版模板 · ${consistencySummary(r)}` },
      ]),
    });
  }
  const shownErrors = page === 1 ? errors.slice(0, 10) : [];
  for (const e of shownErrors) blocks.push({ kind: "note", tone: "warning", text: `未能读取 ${e.file}：${e.message}` });
  if (errors.length > shownErrors.length && page === 1) blocks.push({ kind: "note", tone: "warning", text: `另有 ${errors.length - shownErrors.length} 个文件未能读取（见日志）。` });
  const nav = pageChoices("/reports", page, pages);
  if (nav) blocks.push(nav);
  return { title: "已读取的报告", blocks };
}

function uploadedReply(report: Report, note?: string): Reply {
  const blocks: Block[] = [
    para(`已加入报告：${report.agency} ${report.year} 年`, true),
    para(`机关：${describe(report.agency)}${everydayNames(report.agency).length ? `；提问时也可以写：${everydayNames(report.agency).join("、")}` : ""}`),
    para(`${report.title}（${report.template} 版模板，文件 ${report.file}）`),
    para(`勾稽核对：${consistencySummary(onPage(report))}`),
  ];
  if (note) blocks.push({ kind: "note", tone: "info", text: note });
  for (const c of report.checks.filter((c) => !c.holds).slice(0, 5)) blocks.push({ kind: "note", tone: "warning", text: c.message });
  for (const w of groupedWarnings(report.warnings)) blocks.push({ kind: "note", tone: "warning", text: w });
  return { title: `已加入 ${report.agency} ${report.year} 年报告`, blocks };
}

/** One line that says what an answer is, for inline result titles. */
function answerTitle(answer: Answer, reply: Reply): string {
  const head = answer.figures[0];
  if (answer.status === "answered" && head) return `${figureLabel(head)}：${formatValue(head.value, head.unit)}`;
  return reply.title;
}

function answerDescription(answer: Answer): string {
  const head = answer.figures[0];
  if (answer.status === "answered" && head) return head.source;
  return answer.text.split("\n").find((l) => l.trim()) ?? answer.question;
}

/**
 * Build the conversation over a core.
 *
 * @example
 *   const conv = createConversation(createCore("data/reports"));
 *   await conv.handle({ platform: "console", text: "/ask 浔阳区2023年依申请公开多少件", userId: "u", chatId: "c", isAdmin: false });
 */
export function createConversation(core: Core, opts: ConversationOptions = {}): Conversation {
  const maxLength = opts.maxLength ?? 1000;
  const ratePerMinute = opts.ratePerMinute ?? 20;
  const now = opts.now ?? Date.now;
  const onError = opts.onError ?? ((error: unknown, where: string) => console.error(`[nianbao] ${where} failed:`, error));
  /** userId → times (ms) of the messages accepted in the last minute. */
  const seen = new Map<string, number[]>();
  const memory = createChatMemory({ now, ...(opts.contextMs !== undefined ? { ttlMs: opts.contextMs } : {}) });
  const tokens = createButtonTokens({ now });
  /** The turn `ask` settled on for this message, stored with the reply's choices by `handle`. */
  const turns = new Map<string, Turn | undefined>();
  /** Chats whose reply to this message asks back which agency (its choices can be picked by name). */
  const askingBack = new Set<string>();
  /** The answer `ask` gave to this message, kept for 原文呢 / 为什么这么多 (undefined: it gave nothing). */
  const answers = new Map<string, LastAnswer | undefined>();

  /** Sliding-window limit; returns the seconds to wait, or 0 when the message may pass. */
  function throttle(userId: string): number {
    const t = now();
    const recent = (seen.get(userId) ?? []).filter((x) => t - x < WINDOW_MS);
    if (recent.length >= ratePerMinute) {
      seen.set(userId, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? t) + WINDOW_MS - t) / 1000));
    }
    recent.push(t);
    seen.set(userId, recent);
    if (seen.size > 10_000) {
      for (const [k, v] of seen) if (!v.some((x) => t - x < WINDOW_MS)) seen.delete(k);
    }
    return 0;
  }

  /**
   * A question, read in the light of the chat's last one: a follow-up (“那2024年呢”) is rewritten
   * into the full question and the reply says how it was understood; a question naming a place or
   * a figure becomes the new context. Answers offer follow-up buttons.
   */
  async function ask(msg: Incoming, question: string): Promise<Reply> {
    const q = question.trim();
    if (!q) return { title: "请输入问题", blocks: [para("请在命令后面写上问题，例如："), { kind: "list", items: (await safeExamples()).slice(0, 2).map((e) => [{ text: `/ask ${e}` }]) }] };
    const key = memoryKey(msg.platform, msg.chatId, msg.userId);
    const remembered = memory.get(key);
    const last = remembered?.turn;
    const parts = core.parse(q);
    // 原文在哪, 为什么这么多, 为什么正文和表格不一样: about the last answer, not a new question
    const meta = parts.who.length || parts.years.length ? null : metaAsked(q);
    if (meta) {
      if (!remembered?.answer) return short("没有上一个回答", `还没有可以说明的回答：请先问一个具体的数字，例如“${(await safeExamples())[0] ?? "浔阳区2023年依申请公开多少件"}”，再问它的原文或出处。`);
      return metaReply(meta, remembered.answer, core, last?.text);
    }
    // 那县政府呢 after a place with no 县 in it: which government (level-government.ts)
    // their ask-backs offer the bodies with a report for the year asked (held-followups.ts)
    const heldYear = parts.years[0] ?? last?.years[0];
    const level0 = governmentOfLevel(last, parts, core.names());
    const level = level0 && "choices" in level0 ? await heldFollowUp(core, level0, heldYear) : level0;
    if (level && "choices" in level) {
      if (level.choices.length) askingBack.add(key);
      return { title: "哪一个政府？", blocks: [para(level.text), ...(level.choices.length ? [{ kind: "choices" as const, intro: "回复序号或名称：", items: level.choices }] : [])] };
    }
    // 那楠州市呢 / 那省厅呢 after a department: that department of the place or level said (same-department.ts)
    const department0 = level ? null : sameDepartment(last, parts, core.names());
    const department = department0 && "choices" in department0 ? await heldFollowUp(core, department0, heldYear) : department0;
    if (department && "choices" in department) {
      if (department.choices.length) askingBack.add(key);
      return { title: "哪一个部门？", blocks: [para(department.text), ...(department.choices.length ? [{ kind: "choices" as const, intro: "回复序号或名称：", items: department.choices }] : [])] };
    }
    // a bare body name is carried to the last question's place only where it names one body
    const rewritten0 = level?.question ?? department?.question ?? followUp(last, q, parts, (name) => Boolean(core.parse(name).agencies?.[0]));
    // 那县政府呢 after 对比X局和X县政府: the body swapped in is the other one compared — that body alone, never compared with itself
    const rewritten = rewritten0?.replace(/^(?:对比|比较)(\p{Script=Han}+?)和\1(?=(?:19|20)\d{2}\s*年|[^\p{Script=Han}]|$)/u, "$1") ?? null;
    const asked = rewritten ?? q;
    const askedParts = rewritten ? core.parse(rewritten) : parts;
    const answer = await core.answer(asked);
    const reply = answerReply(answer);
    const chart = chartOf(answer);
    if (chart) reply.chart = chart;
    if (rewritten) reply.blocks.unshift({ kind: "note", tone: "info", text: `接着上一个问题，按“${rewritten}”回答。` });
    const heldNote = [level, department].map((x) => (x && "note" in x && typeof x.note === "string" ? x.note : "")).find(Boolean);
    if (rewritten && heldNote) reply.blocks.splice(1, 0, { kind: "note", tone: "info", text: heldNote });
    // the year answered, when the question named none: the figure's, or the quoted report's (a text answer)
    const answeredYear = answer.figures[0]?.year ?? yearOfTitle(answer.quotes[0]?.report);
    const answeredAgency = answer.figures[0]?.agency;
    const turn: Turn = { ...askedParts, ...(answeredYear !== undefined ? { answeredYear } : {}), ...(answeredAgency ? { answeredAgency } : {}) };
    const next = await nextChoices(core, answer, turn);
    if (next) reply.blocks.push(next);
    // a ranking by a figure only the text states keeps its figure as context even with no place named
    turns.set(key, askedParts.who.length || askedParts.metric || (askedParts.kind === "ranking" && askedParts.figure) ? turn : last);
    answers.set(key, lastAnswerOf(answer));
    if (answer.status === "clarify") askingBack.add(key);
    return reply;
  }

  /** Help's examples; a core failing to give them gives the defaults, never an error. */
  async function safeExamples(): Promise<string[]> {
    try {
      return await helpExamples(core);
    } catch (error) {
      onError(error, "core.heads");
      return helpExamples({ heads: async () => [], multiYearRegion: async () => null });
    }
  }

  /** @param chosen the text is a choice just picked: asked as it stands, never picked again (a choice names itself). */
  async function route(msg: Incoming, chosen = false): Promise<Reply | null> {
    const text = msg.text.trim().replace(LEADING_HANDLES, "");
    if (!text) return { title: "请输入问题", blocks: [para("请直接发送问题，例如："), { kind: "list", items: (await safeExamples()).slice(0, 3).map((e) => [{ text: e }]) }] };
    // A bare number picks one of the choices last offered (the console's way to press a button).
    const remembered = memory.get(memoryKey(msg.platform, msg.chatId, msg.userId));
    const choices = remembered?.choices;
    // …or names one, when the bot asked back which agency (“回复序号或名称”)
    const picked = chosen ? undefined : /^\d{1,2}$/.test(text) && choices ? choices[Number(text) - 1] : choices && remembered?.askedBack ? (choiceNamed(text, choices) ?? undefined) : undefined;
    if (picked !== undefined) return route({ ...msg, text: picked }, true);
    const cmd = parseCommand(text);
    if (!cmd) return ask(msg, text);
    switch (cmd.name) {
      case "start":
        return helpReply(await safeExamples(), true);
      case "help":
        return helpReply(await safeExamples(), false);
      case "ask":
        return ask(msg, cmd.args);
      case "reports":
        return reportsReply(core, pageArg(cmd.args).page);
      case "check": {
        const { page, rest } = pageArg(cmd.args);
        const found = await resolveReports(core, rest, core.loadErrors());
        if (found.kind !== "one") return found.reply;
        // the agency's reports, whole: the one asked for and the year before it
        const own = await core.reportsOf(found.report.agency);
        const report = own.find((r) => r.file === found.report.file);
        return report ? checkReply(report, acrossYears(report, own), page) : short("没有找到", `${found.report.file} 已不在报告中，请重新发送 /reports 查看。`);
      }
      case "reload": {
        if (!msg.isAdmin) return short("无权操作", "只有管理员可以重新读取报告。");
        const r = await core.reload();
        const blocks: Block[] = [para(`已重新读取报告目录：${r.reports} 份报告${r.errors.length ? `，${r.errors.length} 个文件未能读取` : ""}。`)];
        for (const e of r.errors) blocks.push({ kind: "note", tone: "warning", text: `${e.file}：${e.message}` });
        return { title: "已重新读取", blocks };
      }
      case "upload":
        // the console reads `/upload PATH` itself (adapters/console.ts); what reaches here has no file
        return msg.platform === "console"
          ? short("加入报告文件", `请写上文件的路径，例如 /upload ~/报告/浔阳区2023年报告.pdf（${UPLOAD_EXTENSIONS.join(" ")}，不超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB）。`)
          : short("加入报告文件", `管理员直接把报告文件（${UPLOAD_EXTENSIONS.join(" ")}）发给我即可，不需要命令。`);
      case undefined:
        return short("未知命令", `没有 /${cmd.raw} 这个命令。发送 /help 查看可以问什么、怎么问。`);
    }
  }

  return {
    async handle(msg) {
      try {
        // The console is the operator at the keyboard: no limit.
        const wait = msg.platform === "console" ? 0 : throttle(msg.userId);
        if (wait > 0) return short("请稍候", `您发得有点快（每分钟最多 ${ratePerMinute} 条），请 ${wait} 秒后再试。`);
        if ([...msg.text].length > maxLength) {
          return short("问题太长", `这条消息太长了（超过 ${maxLength} 字）。请只发送问题本身，例如“${(await safeExamples())[0] ?? "浔阳区2023年依申请公开多少件"}”。`);
        }
        const key = memoryKey(msg.platform, msg.chatId, msg.userId);
        const before = memory.get(key);
        turns.delete(key);
        answers.delete(key);
        askingBack.delete(key);
        const reply = await route(msg);
        const offered = reply?.blocks.flatMap((b) => (b.kind === "choices" ? b.items : [])) ?? [];
        const answer = answers.has(key) ? answers.get(key) : before?.answer;
        memory.set(key, {
          ...(turns.has(key) ? { turn: turns.get(key) } : before?.turn ? { turn: before.turn } : {}),
          ...(answer ? { answer } : {}),
          ...(offered.length ? { choices: offered } : {}),
          ...(askingBack.has(key) ? { askedBack: true } : {}),
        });
        turns.delete(key);
        answers.delete(key);
        askingBack.delete(key);
        return reply;
      } catch (error) {
        onError(error, "handle");
        return APOLOGY;
      }
    },

    buttonToken: (chatId, text) => tokens.issue(chatId, text),

    async press(msg, token) {
      const text = tokens.resolve(msg.chatId, token);
      if (text === undefined) return null;
      return this.handle({ ...msg, text });
    },

    async upload(msg, file: Upload) {
      try {
        if (!msg.isAdmin) return short("无权上传", "只有管理员可以添加报告文件。如需补充报告，请联系管理员。");
        if (!hasUploadExtension(file.filename)) {
          return short("文件类型不支持", `只接受 ${UPLOAD_EXTENSIONS.join(" ")} 文件，收到的是 ${file.filename}。`);
        }
        if (file.data.byteLength > MAX_UPLOAD_BYTES) {
          return short("文件太大", `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，未处理。`);
        }
        const r = await core.addReport(file);
        if (r.ok) return uploadedReply(r.report, r.note);
        return short("未能加入", `未能加入 ${file.filename}：${r.reason}`);
      } catch (error) {
        onError(error, "upload");
        return APOLOGY;
      }
    },

    examples: safeExamples,

    async inline(query, userId) {
      const q = query.trim();
      // Inline queries arrive as the user types: they count against the same limit as messages.
      const wait = userId === undefined ? 0 : throttle(userId);
      if (wait > 0) return [{ id: "slow", title: "请稍候", description: `您发得有点快（每分钟最多 ${ratePerMinute} 条），请 ${wait} 秒后再试`, reply: short("请稍候", `请 ${wait} 秒后再试。`) }];
      if ([...q].length < 2) {
        const shown = await safeExamples();
        const help = helpReply(shown, false);
        const [example] = shown;
        return [{ id: "hint", title: "请输入问题", description: `例如：${example ?? "浔阳区2023年依申请公开多少件"}`, reply: help }];
      }
      if ([...q].length > maxLength) {
        return [{ id: "long", title: "问题太长", description: `请少于 ${maxLength} 字`, reply: short("问题太长", `问题请少于 ${maxLength} 字。`) }];
      }
      try {
        const answer = await core.answer(q);
        const reply = answerReply(answer);
        const results: Awaited<ReturnType<Conversation["inline"]>> = [
          { id: "a", title: truncate(answerTitle(answer, reply), 64), description: truncate(answerDescription(answer), 120), reply },
        ];
        answer.figures.slice(1).forEach((f, i) => {
          const title = `${figureLabel(f)}：${formatValue(f.value, f.unit)}`;
          results.push({
            id: `f${i}`,
            title: truncate(title, 64),
            description: truncate(f.source, 120),
            reply: { title, blocks: [{ kind: "figure", label: figureLabel(f), value: formatValue(f.value, f.unit) }, { kind: "source", text: f.source }] },
          });
        });
        answer.quotes.forEach((qt, i) => {
          const where = [qt.report, qt.section].filter(Boolean).join(" · ");
          results.push({
            id: `q${i}`,
            title: truncate(`原文 · ${qt.section || qt.report}`, 64),
            description: truncate(qt.text, 120),
            reply: { title: where, blocks: [{ kind: "quote", text: qt.text }, ...(where ? [{ kind: "source" as const, text: where }] : [])] },
          });
        });
        // A clarify answer offers questions; answering them here lets the user pick the right one.
        if (answer.status === "clarify") {
          for (const [i, choice] of answer.choices.slice(0, INLINE_MAX).entries()) {
            try {
              const a = await core.answer(choice);
              const r = answerReply(a);
              results.push({ id: `c${i}`, title: truncate(a.status === "answered" ? answerTitle(a, r) : choice, 64), description: truncate(choice, 120), reply: r });
            } catch (error) {
              onError(error, "inline choice");
            }
          }
        }
        return results.slice(0, INLINE_MAX);
      } catch (error) {
        onError(error, "inline");
        return [{ id: "error", title: "出错了", description: "请稍后再试，或换个问法", reply: APOLOGY }];
      }
    },
  };
}

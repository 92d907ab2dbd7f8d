/**
 * The platform-neutral conversation contract shared by every adapter (telegram, feishu, console).
 * An adapter turns a platform update into an `Incoming`, asks the `Conversation`, and renders the
 * `Reply` blocks with its own markup. Adapters import these types with `import type` only.
 */
import type { AgencyName } from "../index/agency/resolve.ts";
import type { Answer, LoadError, Report } from "../index/schema.ts";
import type { HeadQuery } from "../store/store.ts";
import type { Chart } from "./chart/spec.ts";
import type { Parts } from "./followup.ts";

/** Inline text with light emphasis. Adapters escape `text` for their markup. */
export interface Span {
  text: string;
  bold?: boolean;
  code?: boolean;
}

/** The neutral rich-text model: what a reply says, not how a platform draws it. */
export type Block =
  /** The headline figure, e.g. label “浔阳区 2023 年新收政府信息公开申请”, value “14 件”. */
  | { kind: "figure"; label: string; value: string; detail?: string }
  | { kind: "paragraph"; spans: Span[] }
  /** Verbatim words from a report. */
  | { kind: "quote"; text: string }
  /** Where a figure stands: report · section/table · row · column. */
  | { kind: "source"; text: string }
  /** A warning (inconsistency, repair) or an info note. */
  | { kind: "note"; tone: "warning" | "info"; text: string }
  /** Bulleted, or numbered when `ordered` (rankings keep their places). */
  | { kind: "list"; items: Span[][]; ordered?: boolean }
  /**
   * Things the user can send next, each the exact text to send back (a question, “/reports 第2页”):
   * clarify choices, follow-ups, examples, pages. Adapters draw them as buttons; `labels` (same
   * length) are shorter captions for them; `intro` is the line above them.
   */
  | { kind: "choices"; items: string[]; labels?: string[]; intro?: string };

export interface Reply {
  /** Short title (cards, inline results). */
  title: string;
  blocks: Block[];
  /** A chart of the figures (trend, ranking, comparison, breakdown): adapters draw it (chart/). */
  chart?: Chart;
}

export type Platform = "telegram" | "feishu" | "console";

export interface Incoming {
  platform: Platform;
  /** The message text with bot mentions already stripped by the adapter. */
  text: string;
  userId: string;
  chatId: string;
  isAdmin: boolean;
}

export type { HeadQuery } from "../store/store.ts";

/** What the bot says of a report without reading it whole. */
export type ReportHead = Pick<Report, "file" | "title" | "agency" | "region" | "year" | "template">;

/** What the report list says of a report: who, which year, its template, and how its checks came out. */
export interface ListedOnPage extends Pick<Report, "file" | "agency" | "year" | "template"> {
  /** Consistency rules checked, and how many of them break. */
  checks: number;
  broken: number;
  repairs: number;
  warnings: number;
}

/** A page of the report list (see listPage in reports.ts). */
export interface ReportPage {
  reports: ListedOnPage[];
  page: number;
  pages: number;
  total: number;
}

/** A report file an admin sent: its name and bytes. */
export interface Upload {
  filename: string;
  data: Uint8Array;
}

/** What the bot layer needs from the core. `createCore` in src/bot/core.ts builds it from a data dir. */
export interface Core {
  /** In memory an answer comes at once; from the database (DATABASE_URL) it is awaited. */
  answer(question: string): Answer | Promise<Answer>;
  /** How the core reads a message (places, years, figure, kind), for follow-ups. */
  parse(question: string): Parts;
  /** How many reports are loaded. */
  count(): number;
  /** The agencies loaded, each once with its region, in load order: what names are resolved against (/check). */
  names(): readonly AgencyName[];
  /**
   * The heads (who, which year, template, title: no tables or text) of the reports a query names,
   * in load order (by file). Over the database an indexed lookup: a replica never holds every head.
   */
  heads(query: HeadQuery): Promise<ReportHead[]>;
  /** The first region (in load order) with reports of two years or more, and those years: help's comparison example. */
  multiYearRegion(): Promise<{ region: string; years: number[] } | null>;
  /** One page of the report list (by agency, then year): those reports whole, and where the page stands. */
  reportPage(requested: number, size?: number): Promise<ReportPage>;
  /** An agency's reports, whole, oldest first (for /check). */
  reportsOf(agency: string): Promise<Report[]>;
  loadErrors(): LoadError[];
  /** Re-read the data directory; what was loaded stays if reading fails. */
  reload(): Promise<{ reports: number; errors: LoadError[] }>;
  /** Read and check an uploaded report; on success store it atomically in the data dir and load it. */
  /** Never replaces a file: a name already taken gets a new one, said in `note`. */
  addReport(upload: Upload): Promise<{ ok: true; report: Report; note?: string } | { ok: false; reason: string }>;
}

export interface Conversation {
  /** Answer one message; null means stay silent. Never throws: errors become an apology reply. */
  handle(msg: Incoming): Promise<Reply | null>;
  /** Handle an uploaded file (admins only; others get a refusal). */
  upload(msg: Incoming, file: Upload): Promise<Reply>;
  /** The token a button for `text` carries in this chat (see buttons.ts). */
  buttonToken(chatId: string, text: string): string;
  /**
   * A button was pressed: answer the text its token stands for, as if the user had sent it.
   * null for a token not issued to this chat (forged or expired): the press gets nothing.
   */
  press(msg: Incoming, token: string): Promise<Reply | null>;
  /** Example questions the loaded reports answer (help's); the console's greeting shows the first. */
  examples?(): Promise<string[]>;
  /** Short results for inline lookups (Telegram inline mode): the answer first, then related items. */
  inline(query: string, userId?: string): Promise<{ id: string; title: string; description: string; reply: Reply }[]>;
}

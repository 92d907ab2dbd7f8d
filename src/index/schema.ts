/**
 * The shapes everything else relies on, as zod schemas; TypeScript types are derived from them.
 * Ids (rows, columns, items) are the spec's: shared/spec/report-format.md.
 */
import { z } from "zod";

export const TemplateIdSchema = z.enum(["2019", "2021"]);

/** A character range [start, end) in the report's source text. */
export const SpanSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof SpanSchema>;

/** One row of a table: column id → number, or null when the cell could not be read. */
export const RowSchema = z.record(z.string(), z.number().nullable());
export type Row = z.infer<typeof RowSchema>;

/** A table: row id → row, or null when the row is missing from the text (never 0). */
export const TableSchema = z.record(z.string(), RowSchema.nullable());
export type Table = z.infer<typeof TableSchema>;

export const SectionSchema = z.object({
  no: z.number().int().min(1).max(6),
  heading: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Section = z.infer<typeof SectionSchema>;

export const PassageSchema = z.object({
  id: z.string(),
  /** Section number 1–6, or 0 for text before the first section (title, preamble). */
  section: z.number().int().min(0).max(6),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Passage = z.infer<typeof PassageSchema>;

/**
 * How a figure was read. Every table cell and narrative figure carries one; the values are stable
 * (answers, `nianbao check --json` and the tests rely on them):
 *  - "table":     printed in the table at its own row and column, read as printed. Whether the
 *                 report's own sums hold is told separately, by its checks.
 *  - "realigned": printed in the table but placed by the consistency rules (勾稽关系): a block whose
 *                 values sat one row off their labels (ganzhou-2023), glued crawler digits split by
 *                 the row and column sums, a stray cell dropped from a row that then adds up.
 *  - "derived":   not printed as such; computed from printed figures (（六）其他处理 printed as one
 *                 row of zeros → its three sub-rows 0; “线上…20条，线下…4条” → 24).
 *  - "narrative": stated in the report's text, not in its tables.
 *  - "unsure":    the reader could not be sure of it: `reason` says why (several splits of glued
 *                 digits fit, an implausible count, a repeated or missing table line, a total that
 *                 contradicts its parts …). The value, when one is given, is what was read; it is
 *                 never to be stated as certain.
 */
export const ReadHowSchema = z.enum(["table", "realigned", "derived", "narrative", "unsure"]);
export type ReadHow = z.infer<typeof ReadHowSchema>;
export const FigureReadingSchema = z.object({
  read: ReadHowSchema,
  /** Why, in words a user understands: required for "unsure", optional otherwise. */
  reason: z.string().optional(),
});
export type FigureReading = z.infer<typeof FigureReadingSchema>;

/** A figure stated in the narrative, e.g. “全年收到市长信箱信件211条”. */
export const NarrativeFigureSchema = z.object({
  /** "narrative", "derived" (the sum of `parts`) or "unsure"; see ReadHowSchema. */
  read: ReadHowSchema,
  reason: z.string().optional(),
  value: z.number(),
  unit: z.string(),
  /** The phrase that states the figure, from the clause start to the unit. */
  says: z.string(),
  /** The sentence the figure stands in, verbatim. */
  sentence: z.string(),
  section: z.number().int().min(0).max(6),
  start: z.number().int(),
  end: z.number().int(),
  /** When the figure is the sum of parts stated side by side (“线上…20条，线下…4条”): the parts. */
  parts: z.array(z.number()).optional(),
});
export type NarrativeFigure = z.infer<typeof NarrativeFigureSchema>;

export const CheckSchema = z.object({
  /** balance | row_sum | column_sum | group_sum | table3_sum | text_vs_table */
  rule: z.string(),
  table: z.enum(["table1", "table2", "table3"]),
  row: z.string().optional(),
  column: z.string().optional(),
  holds: z.boolean(),
  /** What the report printed, and what the rule computes it should be. */
  printed: z.number().optional(),
  expected: z.number().optional(),
  message: z.string(),
});
export type Check = z.infer<typeof CheckSchema>;

/**
 * A rule between one agency's report and its report of the year before (src/index/cross-year.ts):
 * carried_over (上年结转 = last year's 结转下年度继续办理) or in_force_continuity (现行有效件数).
 */
export const CrossYearCheckSchema = CheckSchema.extend({ previous: z.object({ file: z.string(), year: z.number().int() }) });
export type CrossYearCheck = z.infer<typeof CrossYearCheckSchema>;

export const RepairSchema = z.object({
  table: z.enum(["table1", "table2", "table3"]),
  rows: z.array(z.string()),
  description: z.string(),
});
export type Repair = z.infer<typeof RepairSchema>;

/** What kind of body wrote a report (src/index/agency/identity.ts). */
export const AgencyKindSchema = z.enum(["government", "office", "department", "vertical", "township", "zone", "other"]);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;
export const LevelSchema = z.enum(["province", "city", "county", "township"]);
export type Level = z.infer<typeof LevelSchema>;
export const AgencyBodySchema = z.object({
  kind: AgencyKindSchema,
  /** The region's level (gazetteer or suffix); null when neither tells. */
  level: LevelSchema.nullable(),
  /** The region's parents, outermost first (江西省, 九江市). */
  parents: z.array(z.string()),
});
export type AgencyBody = z.infer<typeof AgencyBodySchema>;

export const ReportSchema = z.object({
  file: z.string(),
  title: z.string(),
  /** Full name of the reporting body, e.g. 乐清市人民政府办公室. */
  agency: z.string(),
  /** The region it governs, e.g. 乐清市. */
  region: z.string(),
  /** Who the agency is: kind, level, parents (filled by the reader; derived from the name). */
  body: AgencyBodySchema.optional(),
  year: z.number().int(),
  template: TemplateIdSchema,
  /** The report as plain text; every offset refers to it. */
  text: z.string(),
  /**
   * The text as printed, when `text` is its conversion to simplified characters (traditional
   * reports; char for char, so offsets hold): quotes are given from it (src/answers/verbatim.ts).
   */
  original: z.string().optional(),
  sections: z.array(SectionSchema),
  passages: z.array(PassageSchema),
  table1: TableSchema,
  table2: TableSchema,
  table3: TableSchema.nullable(),
  /** Where each table row stands in the text, keyed “table2.new”, “table1.licensing”, “table3”. */
  spans: z.record(z.string(), SpanSchema),
  narrative: z.array(NarrativeFigureSchema),
  /**
   * How each table cell was read, keyed like AnswerFigure.metric: “table2.new.total”,
   * “table1.licensing.decisions”, “table3.review.upheld”. Only cells not read plainly are listed:
   * a cell with no entry was read as "table". Use cellReading() (src/index/readings.ts).
   */
  readings: z.record(z.string(), FigureReadingSchema),
  checks: z.array(CheckSchema),
  repairs: z.array(RepairSchema),
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;

/** A file that could not be read as a report: the file and why, in words a user understands. */
export const LoadErrorSchema = z.object({
  file: z.string(),
  message: z.string(),
  /** What was wrong, when it was the file's (SourceProblem, sources/errors.ts): “no_text_layer” is a scan (index/unreadable.ts). */
  problem: z.string().optional(),
});
export type LoadError = z.infer<typeof LoadErrorSchema>;

// ---------------------------------------------------------------------------------------------
// Answers (the core API's output; `nianbao ask --json` prints exactly this)

export const AnswerStatusSchema = z.enum(["answered", "clarify", "not_found"]);
export const AnswerKindSchema = z.enum([
  "figure",
  "breakdown",
  "comparison",
  "ranking",
  "trend",
  "reports",
  "search",
  "help",
  "check",
]);

export const AnswerFigureSchema = z.object({
  agency: z.string(),
  region: z.string(),
  year: z.number().int(),
  /** Figure id, e.g. “table2.new.total”, “table1.licensing.decisions”, “narrative”. */
  metric: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  /** Report title · section/table · row · column. */
  source: z.string(),
});
export type AnswerFigure = z.infer<typeof AnswerFigureSchema>;

export const QuoteSchema = z.object({
  text: z.string(),
  report: z.string(),
  section: z.string(),
  /** A quoted table row: the figure's row and column as printed, and its place in the row (answers/cell-quote.ts). */
  cell: z.string().optional(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export const AnswerSchema = z.object({
  question: z.string(),
  status: AnswerStatusSchema,
  kind: AnswerKindSchema,
  figures: z.array(AnswerFigureSchema),
  quotes: z.array(QuoteSchema),
  notes: z.array(z.string()),
  /** When status is “clarify”: the choices offered, each a question that can be asked as is. */
  choices: z.array(z.string()).default([]),
  /** Chat-ready rendering in plain text. */
  text: z.string(),
});
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerStatus = z.infer<typeof AnswerStatusSchema>;
export type AnswerKind = z.infer<typeof AnswerKindSchema>;

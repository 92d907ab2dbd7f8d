/**
 * One error type for every way a source file can be unreadable, so callers (the indexer, the
 * bot's upload handler) can tell "this file is bad" apart from a bug and show the message as is.
 */
import { basename } from "node:path";

export type SourceProblem =
  | "empty"
  | "binary"
  | "unsupported"
  | "too_large"
  | "not_pdf"
  | "encrypted"
  | "no_text_layer"
  | "corrupt"
  | "timeout";

export class SourceError extends Error {
  override name = "SourceError";
  constructor(
    readonly file: string,
    readonly problem: SourceProblem,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    // The message names the file so it can be shown to a user without more context.
    super(`${basename(file) || file}: ${reason}`, options);
  }
}

/**
 * Thrown by the format readers, which do not know the file name; readSource turns it into a
 * SourceError naming the file.
 */
export class FormatError extends Error {
  override name = "FormatError";
  constructor(
    readonly problem: SourceProblem,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

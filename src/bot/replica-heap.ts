/**
 * How far a bot replica's V8 heap may grow past what the last full collection kept before the
 * next one. V8's own factor (up to 4x) let a 100 000-report PostgreSQL replica with 94 MB live
 * reserve 185-230 MB after answering. A replica's live heap is small and bounded (the agency
 * names, what recent questions fetched), so it grows by a quarter: RSS after answering 375, 368,
 * 367 -> 298, 290, 297 MB, CPU of 300 answers 7.5, 5.6, 5.3 -> 6.5, 5.5, 5.6 s (alternated, load
 * 27-30). V8 reads the setting at each collection, so it can be set once the process runs; the
 * in-memory store, whose heap is the corpus, keeps V8's default.
 *
 * YOUNG: nor does its young generation double from 2 x 1 MB up to 2 x 16 MB under allocation
 * (--semi-space-growth-factor=1, read by V8 when it grows the space, so it too can be set once the
 * process runs; --max-semi-space-size cannot). At 100 000 reports, alternated with the replica
 * without it (load 18-24): RSS after start-up 214, 213 -> 192, 203 MB, after answering 251, 244 ->
 * 218, 232 MB, CPU of 300 answers 6.1, 5.9 -> 6.0, 6.1 s. Set when the core opens, the space had
 * already grown to 8-16 MB while the code loaded; it grows no further.
 */
import { setFlagsFromString } from "node:v8";

export const HEAP_GROWING_PERCENT = 25;

export function limitHeapGrowth(percent = HEAP_GROWING_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
  // the young generation grows no further: see YOUNG above
  setFlagsFromString("--semi-space-growth-factor=1");
}

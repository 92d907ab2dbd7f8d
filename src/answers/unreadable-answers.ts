/**
 * Answers that a report file which could not be read (a scan, a read stopped at its time budget:
 * index/unreadable.ts) concerns: “no
 * report” for its body and year becomes “there is a file but its text cannot be read”, a body
 * whose year has no report hears of the year's unreadable files of unknown body, and a ranking or
 * comparison of that year names them among the left out.
 */
import type { Answer } from "../index/schema.ts";
import { unreadableLeftOut, unreadableNote, type UnreadableFile } from "../index/unreadable.ts";
import type { Question } from "./understand.ts";

export function withUnreadable(a: Answer, q: Question, files: readonly UnreadableFile[], hasReport: (agency: string, year: number) => boolean): Answer {
  if (!files.length) return a;
  const year = q.years[0] ?? a.figures[0]?.year ?? null;
  if (a.kind === "ranking" || a.kind === "comparison") {
    const note = year === null ? null : unreadableLeftOut(files, year);
    return note ? addNote(a, note, false) : a;
  }
  if (a.status === "answered") return a;
  const agencies = [...new Set(q.agencies.flatMap((m) => m.matches.map((x) => x.agency)))];
  const agency = agencies.length === 1 ? (agencies[0] as string) : null;
  if (agency !== null && year !== null && hasReport(agency, year)) return a;
  const note = unreadableNote(files, agency, year);
  if (!note) return a;
  const noted = addNote(a, note, true);
  // “没有X 2023 年的报告” when its file is there: none that could be read.
  const own = files.find((f) => f.agency === agency && f.year === year);
  if (!own) return noted;
  return { ...noted, text: noted.text.replace(/没有(\S+?) (\d{4}) 年的报告/u, own.why === "scan" ? "没有能读取文字的$1 $2 年报告" : "$1 $2 年的报告这次没能读入") };
}

function addNote(a: Answer, note: string, first: boolean): Answer {
  if (a.notes.includes(note)) return a;
  return { ...a, notes: [...a.notes, note], text: first ? `${note}\n${a.text}` : `${a.text}\n注：${note}` };
}

/**
 * A body's name shortened the way people shorten it when no rule of abbreviate.ts gives the form:
 * words of the full name left out, or cut to their first character, the ending kept
 * (自然资源和规划局 → 资源规划局, 市场监督管理局 → 市场管理局 / 市监管局, 住房和城乡建设局 →
 * 城乡建设局). Tried only for a place and a body's name that names no loaded agency: the place's
 * loaded bodies that the name shortens are what it means — one is answered (with a note saying so),
 * several are asked back.
 *
 * @example
 * shortens("资源规划局", "自然资源和规划局") // → true
 * shortens("规划资源局", "自然资源和规划局") // → false (the words keep their order)
 */
import { governsPlace, type AgencyIdentity } from "./identity.ts";
import { cutWords } from "./abbreviate.ts";
import type { AgencyName, Directory } from "./resolve.ts";
import { stageOfBody } from "./successions.ts";

/** Endings of a body's name and the forms they are said in (委员会 → 委, 办公室 → 办). */
const ENDINGS: [string, string[]][] = [
  ["委员会办公室", ["办", "办公室"]],
  ["委员会", ["委", "委员会"]],
  ["办公室", ["办", "办公室"]],
  ["中心", ["中心"]],
  ["大队", ["大队"]],
  ["局", ["局"]],
  ["委", ["委"]],
  ["办", ["办"]],
];

/** Does `said` (a body's name as typed, without the place) shorten `body` by leaving out words or cutting them to their first characters? */
export function shortens(said: string, body: string): boolean {
  const ending = ENDINGS.find(([e]) => body.endsWith(e) && body.length > e.length);
  if (!ending) return false;
  const saidEnd = ending[1].filter((e) => said.endsWith(e)).sort((a, b) => b.length - a.length)[0];
  if (saidEnd === undefined) return false;
  const core = said.slice(0, -saidEnd.length);
  if (core.length < 2 || !/^\p{Script=Han}+$/u.test(core)) return false;
  const words = body
    .slice(0, -ending[0].length)
    .split(/[和与及、]/u)
    .filter(Boolean)
    .flatMap((c) => cutWords(c));
  return piecesFit(core, words, 0, 0);
}

/** Can `core` from `at` be cut into pieces, each the beginning of a later word (in order, words may be skipped)? */
function piecesFit(core: string, words: readonly string[], at: number, from: number): boolean {
  if (at === core.length) return true;
  for (let w = from; w < words.length; w++) {
    const word = words[w] as string;
    for (let n = Math.min(word.length, core.length - at); n >= 1; n--) {
      if (core.startsWith(word.slice(0, n), at) && piecesFit(core, words, at + n, w + 1)) return true;
    }
  }
  return false;
}

/**
 * The loaded bodies a place and a shortened body's name mean (枫溪县资源规划局 → 枫溪县自然资源和规划局):
 * the longest place form the text begins with, then its bodies (not its government) whose names
 * the rest shortens. Empty when none does.
 */
export function shortenedBodies(dir: Directory, said: string): AgencyName[] {
  for (let k = Math.min(said.length - 2, 12); k >= 2; k--) {
    const at = dir.heads.get(said.slice(0, k));
    if (!at) continue;
    const rest = said.slice(k);
    const found = new Set<number>();
    for (const i of at) {
      const id = dir.ids[i] as AgencyIdentity;
      if (governsPlace(id.kind)) continue;
      // 水利局 is no shortening of 农业农村和水利局: another reform line's body, never read as this line's (successions.ts)
      if (shortens(rest, id.branchOf ?? id.body) && !otherLine(rest, id.branchOf ?? id.body)) found.add(i);
    }
    if (found.size) return [...found].map((i) => dir.names[i] as AgencyName);
  }
  return [];
}

/** The words said name a body of another reform line than the body's (水利局 said, 农业农村和水利局 loaded). */
function otherLine(said: string, body: string): boolean {
  const line = stageOfBody(body)?.line;
  const saidLine = line ? stageOfBody(said)?.line : undefined;
  return !!saidLine && saidLine !== line;
}

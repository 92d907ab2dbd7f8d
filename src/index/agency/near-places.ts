/**
 * A place typed with one character wrong that is not of the same sound (桐芩县 for 桐岑县, 鹫门县 for
 * 鹭门县 — the sound-alike reading in resolve.ts catches 风溪县 for 枫溪县): the loaded places whose
 * full name (with its 县 / 区 / 市 / 旗 …) is one character away from a run of the question.
 *
 * Only places of county level and up, and only when the run as typed is no division of the
 * gazetteer (which holds every real county, district and city): 桐庐县 is a real county, never
 * read as a loaded 桐岑县. Townships are not in the gazetteer, and one character tells 城东镇 from
 * 城关镇: they are never read this way.
 *
 * @example
 * placesOneOff(dir, "桐芩县教育局2023年依申请") // → [{ typed: "桐芩县", places: ["桐岑县"], at: 0 }]
 */
import { isKnownDivision } from "./gazetteer.ts";
import type { Directory } from "./resolve.ts";
import { isPlaceForm } from "./resolve.ts";

/** A place name's last character at county level and up. */
const SUFFIX = /[县区市旗州盟省]$/u;
/** Township-like names, never corrected. */
const TOWNSHIP = /(?:镇|乡|街道|开发区|新区|园区)$/u;

export interface NearPlace {
  /** The run as typed. */
  typed: string;
  /** Where it starts in the text. */
  at: number;
  /** The loaded place forms one character away, in the directory's order. */
  places: string[];
}

/** Place forms by their length and one character (not the suffix) blanked: 桐?县 → [桐岑县]. */
const blanked = new WeakMap<Directory, { keys: Map<string, string[]>; lengths: number[] }>();

function table(dir: Directory): { keys: Map<string, string[]>; lengths: number[] } {
  const made = blanked.get(dir);
  if (made) return made;
  const keys = new Map<string, string[]>();
  const lengths = new Set<number>();
  // a place's own name (鹭门县), not a form joined with its parents (江西信州区: one off from 江市信州区)
  for (const form of new Set(dir.ids.map((id) => id.region))) {
    if (form.length < 3 || !SUFFIX.test(form) || TOWNSHIP.test(form) || !/^\p{Script=Han}+$/u.test(form)) continue;
    lengths.add(form.length);
    for (let j = 0; j < form.length - 1; j++) {
      const key = `${form.slice(0, j)}?${form.slice(j + 1)}`;
      const list = keys.get(key);
      if (!list) keys.set(key, [form]);
      else if (!list.includes(form)) list.push(form);
    }
  }
  const out = { keys, lengths: [...lengths].sort((a, b) => b - a) };
  blanked.set(dir, out);
  return out;
}

/** Runs of the text one character away from loaded places (longest first, not overlapping). */
export function placesOneOff(dir: Directory, text: string): NearPlace[] {
  const { keys, lengths } = table(dir);
  const known = placesSaid(dir, text);
  // a run cutting into a place said right (九江市|信州区: 江市信州区) is no place typed wrong
  const cuts = (s: number, e: number) => known.some(([ks, ke]) => s < ke && e > ks && (s > ks || e < ke));
  const out: NearPlace[] = [];
  for (let i = 0; i < text.length; ) {
    let hit: NearPlace | null = null;
    for (const n of lengths) {
      const typed = text.slice(i, i + n);
      if (typed.length < n || !/^\p{Script=Han}+$/u.test(typed) || !SUFFIX.test(typed) || cuts(i, i + n)) continue;
      if (isPlaceForm(dir, typed) || isKnownDivision.longestPrefix(typed) === typed) continue;
      const places: string[] = [];
      for (let j = 0; j < n - 1; j++) for (const p of keys.get(`${typed.slice(0, j)}?${typed.slice(j + 1)}`) ?? []) if (!places.includes(p)) places.push(p);
      if (places.length) {
        hit = { typed, at: i, places };
        break;
      }
    }
    if (hit) {
      out.push(hit);
      i += hit.typed.length;
    } else i++;
  }
  return out;
}

/** Where the text names a place right: a division of the gazetteer or a loaded place form (longest at each point). */
function placesSaid(dir: Directory, text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < text.length; i++) {
    let end = 0;
    const g = isKnownDivision.longestPrefix(text.slice(i));
    if (g) end = i + g.length;
    for (let n = Math.min(12, text.length - i); n >= 2 && i + n > end; n--) if (isPlaceForm(dir, text.slice(i, i + n))) end = i + n;
    if (end > i) out.push([i, end]);
  }
  return out;
}

/**
 * The parents a report states for its own place, when its name prints none and the gazetteer does
 * not know the place (an invented county, a new district): the units printed right before the
 * place's name (“撤销柏坪县，设立楠州市柏坪区”, “楠州市柏坪区人民政府”), or after 隶属 in the body's
 * own words (“我县隶属楠州市”, “柏坪县隶属于楠州市”). Every statement must name the same parent;
 * statements that disagree state nothing. A ranking of a city's counties then counts the place
 * under the city its own report names (answers/who.ts), never under one merely assumed.
 */
import { identify, splitUnits } from "../agency/identity.ts";
import { isKnownDivision } from "../agency/gazetteer.ts";
import type { AgencyBody } from "../schema.ts";
import { squash } from "./text.ts";

/** Words that stand right before a place in a sentence and are no part of its name. */
const LEAD = /^(?:设立|撤销|隶属于|隶属|属于|位于|地处|成立|原|即|和|与|及|是|为|的|在|对|由|经|将|把|至|到|从|自|经国务院批准|批准)/u;
const PRONOUN = /^[我本该全各此]/u;

/** The suffixes a place's direct parent may end with, by the place's own suffix. */
function parentSuffix(region: string): RegExp | null {
  if (/(?:镇|乡|街道)$/u.test(region)) return /(?:县|区|市|旗)$/u;
  if (/(?:县|旗|区|市)$/u.test(region) && !/(?:开发区|新区|高新区|园区)$/u.test(region)) return /(?:市|州|盟|地区)$/u;
  return null;
}

/** The units printed right before `at` in `flat` (outermost first), or [] when none stand there as a name. */
function unitsBefore(flat: string, at: number, parent: RegExp): string[] {
  const before = flat.slice(Math.max(0, at - 16), at);
  for (let k = 0; k < before.length - 1; k++) {
    const tail = before.slice(k);
    if (LEAD.test(tail) || PRONOUN.test(tail) || !/^\p{Script=Han}+$/u.test(tail)) continue;
    const { units, rest, prefix } = splitUnits(tail);
    // a two-character unit only when the gazetteer knows it (赵县, 滑县): else a word glued before a place
    if (rest || prefix || !units.length || units.some((u) => u.length < 3 && isKnownDivision.longestPrefix(u) !== u)) continue;
    // the name starts here: at a boundary (punctuation, a line's start) or after a word that is no name's
    const lead = before.slice(0, k);
    if (lead && /\p{Script=Han}$/u.test(lead) && !LEAD_END.test(lead)) continue;
    return parent.test(units.at(-1) ?? "") ? units : [];
  }
  return [];
}

const LEAD_END = /(?:了|设立|撤销|隶属于|隶属|属于|位于|地处|成立|原|即|和|与|及|是|为|的|在|对|由|经|将|把|至|到|从|自|批准)$/u;

/**
 * The text with its line breaks closed up (a name wrapped across lines is one name again), a section
 * heading's line ended first: “一、总体情况” and the sentence under it (“岭溪县苇川镇…”) are never one name.
 */
function flatOf(text: string): string {
  return squash(text.slice(0, 60000).replace(/^(\s*[（(]?[一二三四五六七八九十]{1,3}[、.．)）][^\n。，,]{0,24})$/gmu, "$1。"));
}

/** The parents the report states for its agency's place, outermost first; [] when its name or the gazetteer gives them, or nothing (or disagreeing things) is stated. */
export function statedParents(text: string, agency: string): string[] {
  const id = identify(agency);
  const region = id.region;
  const parent = region ? parentSuffix(region) : null;
  if (!parent || id.parents.length || id.chain.length !== 1) return [];
  const flat = flatOf(text);
  const found: string[][] = [];
  for (let at = flat.indexOf(region); at >= 0; at = flat.indexOf(region, at + region.length)) {
    const units = unitsBefore(flat, at, parent);
    if (units.length) found.push(units);
  }
  const self = new RegExp(`(?:[我本](?:县|区|市|旗|镇|乡|街道)|${region})隶属(?:于)?(\\p{Script=Han}{2,12}?(?:市|州|盟|地区|县|区|旗))`, "gu");
  for (const m of flat.matchAll(self)) {
    const units = splitUnits(m[1] ?? "").units;
    if (units.length && units.join("") === m[1] && parent.test(units.at(-1) ?? "")) found.push(units);
  }
  if (!found.length || new Set(found.map((u) => u.at(-1))).size > 1) return [];
  return found.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The body as its name tells, with the parents its report states when the name and the gazetteer tell none. */
export function withStatedParents(body: AgencyBody, text: string, agency: string): AgencyBody {
  if (body.parents.length) return body;
  const parents = statedParents(text, agency);
  return parents.length ? { ...body, parents } : body;
}

/**
 * A township titled without its county (沙湄乡人民政府) whose own text prints its full name with the
 * parents it states (“由萝浦县沙湄乡人民政府编制”): that full name, as the townships titled with their
 * county are named — so that answers and rankings show 萝浦县沙湄乡人民政府 beside 萝浦县龙蟠镇人民政府.
 * Only the name the report prints; otherwise the title's.
 */
export function townInFull(agency: string, body: AgencyBody, text: string): string {
  if (body.kind !== "township" || !body.parents.length || body.parents.some((p) => agency.startsWith(p))) return agency;
  const flat = flatOf(text);
  for (const full of [body.parents.join("") + agency, (body.parents.at(-1) as string) + agency]) if (flat.includes(full)) return full;
  return agency;
}

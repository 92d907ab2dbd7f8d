/**
 * Places asked about by their level, not by name: a count (三个县, 这两个区, 三县 — the counties
 * asked about together) and the words that put a field under a place (汐原市下面哪个县, 下辖各区).
 * Understanding reads these spans as the field of a ranking or comparison (who.ts rankPool), never
 * as a place without a report.
 */

import { parseChineseNumber } from "../index/numerals.ts";

/** A count of places: 三, 两, 3 (not the digits of a year). */
export const COUNT = "(?:[两二三四五六七八九十几]+|(?<!\\d)\\d{1,2})";

/** 三个县, 这两个区, 三县, 两个区县: the count and the level said. */
const COUNTED = new RegExp(`(?:这|那)?${COUNT}\\s*个?(?:县市区|县区|区县|县市|县|区|市)(?![长委])`, "gu");

/** 汐原市下面 哪个县, 下辖 各区, 所属的 三个县: the words between a place and the field under it. */
const UNDER_FIELD = new RegExp(`(?:下面|下属|所属|下辖|辖区内?|管辖|里面|里)的?(?=哪|各|所有|全部|每个|${COUNT}\\s*个?[县区市乡镇街])`, "gu");

export interface PlaceField {
  /** The spans that name the field (三个县) or only link it to its place (下面的). */
  spans: [number, number][];
  /** A count of places was said (三个县): the field is the places of that level, or an apposition (苇塘、桑渚三县). */
  counted: boolean;
}

/** Where the question names places by a count of them, or a field under a place. */
export function findPlaceField(text: string): PlaceField {
  const spans: [number, number][] = [];
  let counted = false;
  for (const m of text.matchAll(COUNTED)) {
    spans.push([m.index, m.index + m[0].length]);
    counted = true;
  }
  for (const m of text.matchAll(UNDER_FIELD)) spans.push([m.index, m.index + m[0].length]);
  return { spans, counted };
}

/**
 * “问题说的是三个县，…有 4 个” when the places counted in the question (三个县的教育局) are not as many
 * as the field the answer lists: all are listed, and the count said is not taken for a choice.
 */
export function countNote(text: string, listed: number, field: string, year: number): string | null {
  // 前三个区 asks for the first three, not for a field of three
  const m = new RegExp(`(?<![前后第])(${COUNT})\\s*个?(县市区|县区|区县|县市|县|区|市)`, "u").exec(text);
  const said = m ? parseChineseNumber(m[1] ?? "") : null;
  if (said === null || said === listed) return null;
  return `问题说的是${m?.[1]}个${m?.[2]}；已收录的 ${year} 年报告中${field}有 ${listed} 份，都列入比较。`;
}

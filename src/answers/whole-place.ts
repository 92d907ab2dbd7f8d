/**
 * 全省 / 全市 / 全县 asked a figure with no body word (全省2023年收到多少申请): a report's tables count the
 * body that wrote it, so the government's figure is not the whole place's — asked back between the
 * government's own figure and its departments' total, never one of them given as the place's.
 */
import { identify } from "../index/agency/identity.ts";
import { atLevel } from "./level-said.ts";
import type { AgencyName } from "./understand.ts";

const WHOLE = /全(省|市|县|区)/u;

/** The ask-back for 全省… (null when the words are not there or no government of that level is loaded). */
export function wholePlaceAsked(text: string, names: readonly AgencyName[]): { text: string; choices: string[] } | null {
  const m = WHOLE.exec(text);
  if (!m) return null;
  const level = m[1] as string;
  const governments = names.filter((a) => identify(a.agency).kind === "government" && atLevel(level, identify(a.agency))).slice(0, 3);
  if (!governments.length) return null;
  const rest = text.replace(m[0], "");
  const lines = [`“${m[0]}”的数字：年报的表格统计的是写报告的机关本身，${m[0]}各机关的数字要相加。您问的是哪一个？（回复序号）`];
  const choices: string[] = [];
  for (const g of governments) {
    const place = identify(g.agency).region;
    choices.push(`${g.agency}${rest}`, `${place}${level}直部门${rest}（合计）`);
    lines.push(`${choices.length - 1}. ${g.agency}本级  ${choices.length}. ${place}${level}直部门（单位）合计`);
  }
  return { text: lines.join("\n"), choices };
}

/**
 * A development zone asked by a loose name (高新区管委会, 经开区, 舒城经济开发区) that names no loaded body
 * as said: looked for among the zones (kind zone, or a region named as one), never among the people's
 * governments. The kind word narrows them (高新区 → 高新…, 经开区 → 经济(技术)开发区); a name said with
 * it (舒城) must be in the zone's.
 */
import { identify, isZoneRegion } from "../index/agency/identity.ts";
import type { AgencyName } from "./understand.ts";

/** A zone's name as said: a name part (舒城, 楠州), the kind word, and 管委会 after it. */
const ZONE_SAID = /(\p{Script=Han}{0,6}?)(高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|工业园区|产业园区|园区)(?:管委会|管理委员会)?|管委会|管理委员会/u;

/** What each kind word fits in a zone's name. */
const KIND_FITS: [RegExp, RegExp][] = [
  [/高新/u, /高新/u],
  [/经济|经开/u, /经济(?:技术)?开发区|经开区/u],
  [/园区/u, /园区/u],
  [/开发区|管委会|管理委员会/u, /开发区|高新区|经开区|园区/u],
];

/** The zone said and the loaded zones it fits (maybe none); null when no zone word is said. */
export function zoneAsked(text: string, names: readonly AgencyName[]): { said: string; zones: AgencyName[] } | null {
  const m = ZONE_SAID.exec(text);
  if (!m) return null;
  const kind = m[2] ?? m[0];
  const fits = KIND_FITS.find(([said]) => said.test(kind))?.[1] ?? /开发区|园区/u;
  // the name part, without words of the question before it (2023年, 请问)
  const part = (m[1] ?? "").replace(/^.*?(?:年|请问|查询|问)/u, "");
  const zones = names.filter((a) => {
    const id = identify(a.agency);
    const zone = id.kind === "zone" || isZoneRegion(id.region);
    return zone && fits.test(a.agency) && (!part || a.agency.includes(part));
  });
  return { said: m[0], zones };
}

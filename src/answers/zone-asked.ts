/**
 * A development zone asked by a loose name (高新区管委会, 经开区, 舒城经济开发区) that names no loaded body
 * as said: looked for among the zones (kind zone, or a region named as one), never among the people's
 * governments. The kind word narrows them (高新区 → 高新…, 经开区 → 经济(技术)开发区); a name said with
 * it (舒城) must be in the zone's.
 */
import { identify, isZoneRegion } from "../index/agency/identity.ts";
import { isKnownDivision } from "../index/agency/gazetteer.ts";
import { parentFits } from "../index/agency/resolve.ts";
import type { AgencyName } from "./understand.ts";

/** The kind words of zones (高新区, 综保区 …), longest first. */
const KINDS = "高新技术产业开发区|经济技术开发区|经济开发区|综合保税区|保税港区|高新区|经开区|开发区|工业园区|产业园区|园区|保税区|综保区|经济区|示范区|试验区";
/** A zone's name as said: a name part (舒城, 楠州), the kind word, and 管委会 after it. */
const ZONE_SAID = new RegExp(`(\\p{Script=Han}{0,6}?)(${KINDS})(?:管委会|管理委员会)?|管委会|管理委员会`, "u");

/** What each kind word fits in a zone's name. */
const KIND_FITS: [RegExp, RegExp][] = [
  [/高新/u, /高新/u],
  [/保税|综保/u, /保税|综保/u],
  [/经济区/u, /经济区/u],
  [/示范区/u, /示范区/u],
  [/试验区/u, /试验区/u],
  [/经济|经开/u, /经济(?:技术)?开发区|经开区/u],
  [/园区/u, /园区/u],
  [/开发区|管委会|管理委员会/u, /开发区|高新区|经开区|园区/u],
];

/** Does the zone's kind fit the kind word said (综保区 a 综合保税区, 开发区 any 开发区 or 园区)? */
const kindFits = (kind: string, agency: string) => (KIND_FITS.find(([said]) => said.test(kind))?.[1] ?? /开发区|园区/u).test(agency);

/** A zone's own name and its kind said at the start of `text` (东疆综保区, 白鹭开发区管委会): its length and the loaded zones it fits. */
const ZONE_AT = new RegExp(`^(\\p{Script=Han}{2,6}?)(${KINDS})(?:管委会|管理委员会)?`, "u");

/**
 * The loaded zones named at the start of `text` by a part of their name and their kind word (东疆综保区
 * for 天津东疆综合东疆综保区, 白鹭开发区 for 白鹭港经济开发区): the part must be in the zone's name, before
 * its kind. Null when no zone is so named (more than one is asked back by the caller).
 */
export function zoneNamedAt(text: string, names: readonly AgencyName[]): { length: number; zones: AgencyName[] } | null {
  const m = ZONE_AT.exec(text);
  if (!m) return null;
  const said = m[1] as string;
  // 孝感市临空经济区 for a zone printed without its city (市临空经济区): the city said before the part, where it fits
  const place = isKnownDivision.longestPrefix(said);
  const part = place && said.length - place.length >= 2 ? said.slice(place.length) : said;
  const zones = zonesOf(names).filter((a) => {
    const id = identify(a.agency);
    const at = a.agency.indexOf(part);
    const inName = at >= 0 && at + part.length < id.region.length + a.agency.indexOf(id.region);
    return inName && kindFits(m[2] as string, a.agency) && (part === said || parentFits(place as string, a));
  });
  return zones.length ? { length: m[0].length, zones } : null;
}

const zonesMade = new WeakMap<readonly AgencyName[], { length: number; last: AgencyName | undefined; zones: AgencyName[] }>();

/** The loaded zones and the bodies in them, found once per set of names (a question's reading tries several positions). */
function zonesOf(names: readonly AgencyName[]): AgencyName[] {
  const made = zonesMade.get(names);
  // checked as resolve.ts directory checks its names: an upload appends to the same array
  if (made && made.length === names.length && made.last === names[names.length - 1]) return made.zones;
  const zones = names.filter((a) => {
    const id = identify(a.agency);
    return id.kind === "zone" || isZoneRegion(id.region);
  });
  zonesMade.set(names, { length: names.length, last: names[names.length - 1], zones });
  return zones;
}

/** The zone said and the loaded zones it fits (maybe none); null when no zone word is said. */
export function zoneAsked(text: string, names: readonly AgencyName[]): { said: string; zones: AgencyName[] } | null {
  const m = ZONE_SAID.exec(text);
  if (!m) return null;
  const kind = m[2] ?? m[0];
  // the name part, without words of the question before it (2023年, 请问)
  const part = (m[1] ?? "").replace(/^.*?(?:年|请问|查询|问)/u, "");
  const zones = names.filter((a) => {
    const id = identify(a.agency);
    const zone = id.kind === "zone" || isZoneRegion(id.region);
    return zone && kindFits(kind, a.agency) && (!part || a.agency.includes(part));
  });
  return { said: m[0], zones };
}

/**
 * 对比硚口区发改局和城改局, 硚口区发改局、城改局、民政局…一共: bodies listed after a first one
 * with their place left out are that place's bodies, however shortened — the second name is read
 * with the first one's place before it (the name resolver's forms, then shortened.ts), so it is
 * compared or added up, never silently dropped. A department's name there that fits none of the
 * place's loaded bodies is kept as a name without a report (the answer says so), not skipped.
 */
import { governsPlace, identify } from "../index/agency/identity.ts";
import { resolveForm, type AgencyName, type Directory } from "../index/agency/resolve.ts";
import { shortenedBodies } from "../index/agency/shortened.ts";
import { organTail } from "./organ-tail.ts";

type Span = [number, number];

export interface FoundName {
  start: number;
  end: number;
  text: string;
  matches: AgencyName[];
  others?: number;
  noGovernment?: boolean;
}

/** A joining word between two names of a list (a comma too, for a name that fits one of the place's bodies). */
const JOIN = /^\s*(?:以及|[和与及、跟同,，])\s*/u;
/** A department's name, as people shorten it: a bureau or a commission (发改局, 城改局, 卫健委). */
const DEPARTMENT = /^\p{Script=Han}{2,}(?:局|委|委员会)$/u;

/** The place a body stands for: a city bureau's 分局 is in the place it is named after. */
function placeOf(a: AgencyName): string {
  const id = identify(a.agency);
  return id.branchOf ? id.region : a.region || id.region;
}

/** A city bureau's 分局 in one of the city's counties, the city given: 琮阳市自然资源和规划局荻屏分局 under 琮阳市. */
function branchUnder(a: AgencyName, place: string): boolean {
  const id = identify(a.agency);
  return id.branchOf !== undefined && id.chain.includes(place);
}

/** The loaded bodies (not the government) of `place` that `said` names, by its forms or shortened. */
function bodiesOfPlace(dir: Directory, place: string, said: string): AgencyName[] {
  const found = resolveForm(dir, place + said);
  if (found && found.tier < 3) {
    const own = found.matches.filter((a) => placeOf(a) === place && !governsPlace(identify(a.agency).kind));
    if (own.length) return own;
  }
  return shortenedBodies(dir, place + said).filter((a) => placeOf(a) === place);
}

/**
 * The names found, with the bodies named after a body of one place (and joined to it) added: each
 * of that place. `taken` spans (years, figure words) are never names; `placeAt` tells whether a
 * place begins a text (then it is a name of its own, found elsewhere).
 */
export function laterBodies(text: string, dir: Directory, mentions: readonly FoundName[], taken: readonly Span[], placeAt: (s: string) => boolean): FoundName[] {
  const out = [...mentions];
  const busy = (s: number, e: number) => [...taken, ...out.map((m): Span => [m.start, m.end])].some(([a, b]) => s < b && e > a);
  for (let k = 0; k < out.length; k++) {
    const first = out[k] as FoundName;
    if (first.matches.length !== 1) continue;
    const place = placeOf(first.matches[0] as AgencyName);
    if (!place) continue;
    const join = JOIN.exec(text.slice(first.end));
    if (!join) continue;
    const start = first.end + join[0].length;
    const rest = text.slice(start);
    if (placeAt(rest)) continue;
    // 硚口区统计局和民政局 with only another place's 民政局 loaded: the name found on its own is the
    // list's place's (that body, or none — said with its place), never the other place's figure
    const at = out.findIndex((m, i) => i > k && m.start === start);
    const found = out[at];
    // (a city bureau's 分局 in its county is the city's: 琮阳市自规局和自规局荻屏分局 names the branch)
    if (found && !placeAt(found.text) && !/^[省市州盟县区旗镇乡]/u.test(found.text) && found.matches.length && found.matches.every((a) => placeOf(a) !== place && !branchUnder(a, place))) {
      const own = bodiesOfPlace(dir, place, found.text);
      if (own.length || DEPARTMENT.test(found.text)) out[at] = { start, end: found.end, text: own.length ? found.text : place + found.text, matches: own };
      continue;
    }
    // X市2024年自规局、住建局、公安局: a name that fits the place's body and other places' is the place's (never asked back);
    // never the body named just before it (交建局和交通局: 交通局 is not the 交建局 again)
    const named = (first.matches[0] as AgencyName).agency;
    const here = found && !placeAt(found.text) && !/^[省市州盟县区旗镇乡]/u.test(found.text) ? found.matches.filter((a) => placeOf(a) === place && a.agency !== named) : [];
    if (found && here.length && here.length < found.matches.length) {
      out[at] = { ...found, matches: here };
      continue;
    }
    const said = organTail(rest, placeAt);
    if (!said || busy(start, start + said.length)) continue;
    const matches = bodiesOfPlace(dir, place, said);
    // a bureau's name the place has no report of: that name with its place, said to have none (never dropped)
    if (!matches.length && (!DEPARTMENT.test(said) || /[,，]/u.test(join[0]))) continue;
    out.splice(k + 1, 0, { start, end: start + said.length, text: matches.length ? said : place + said, matches });
  }
  return out;
}

/**
 * 2023年武汉哪个区…最多, 海南哪个县…最多: a place that has no report of its own but lies over loaded
 * ones (武汉市 over 武汉市江岸区 and 硚口区; 海南省 over 白沙黎族自治县 by the gazetteer) names the
 * field of a ranking — the bodies under it — not a body without a report. Only the places the
 * loaded names or the gazetteer put over a loaded body count, so a place nobody is under stays a
 * name without a report (“没有找到…”).
 */
import { identify, splitUnits } from "../index/agency/identity.ts";
import { regionShortNames } from "../index/agency/forms.ts";
import type { AgencyName } from "../index/agency/resolve.ts";

const made = new WeakMap<readonly AgencyName[], Map<string, string>>();

/** Each place over a loaded body (and not itself a loaded body's place), by the ways it is written: 武汉, 武汉市 → 武汉市. */
function placesOver(names: readonly AgencyName[]): Map<string, string> {
  let byForm = made.get(names);
  if (byForm) return byForm;
  byForm = new Map();
  const own = new Set(names.map((n) => n.region || identify(n.agency).region));
  const taken = new Set<string>();
  for (const n of names) {
    const id = identify(n.agency);
    for (const p of new Set([...id.chain.slice(0, -1), ...id.parents])) {
      if (own.has(p) || taken.has(p)) continue;
      taken.add(p);
      for (const f of [p, ...regionShortNames(p)]) if (!byForm.has(f)) byForm.set(f, p);
    }
  }
  made.set(names, byForm);
  return byForm;
}

/** The place over loaded bodies that `said` names (武汉 → 武汉市; 湖北省武汉市 → 武汉市, the last of its units), or null. */
export function parentPlace(said: string, names: readonly AgencyName[]): string | null {
  const byForm = placesOver(names);
  const place = said.replace(/的$/u, "");
  const direct = byForm.get(place);
  if (direct) return direct;
  const { units, rest } = splitUnits(place);
  const last = units.at(-1);
  return units.length > 1 && !rest && last ? (byForm.get(last) ?? null) : null;
}

/**
 * 那县政府呢 after a question about 鸣泉区 (a 区 of 砚州市): the last place has no 县 in it, so the
 * follow-up cannot be rewritten by its words alone (it was asked as it stood, and answered with
 * unrelated quotes). The governments it may mean are the loaded ones at that level near the last
 * place — under the same city (芦渡县), or under the last place itself when it is above that level —
 * and the last place's own when it is county-level too (a 区 or 县级市 is governed like a 县). One is
 * taken (the reply says how the question was read), several are asked back, none is said so.
 */
import type { AgencyName } from "../answers/understand.ts";
import { identify } from "../index/agency/identity.ts";
import { unplacedGovernment, type Parts, type Turn } from "./followup.ts";

export type LevelGovernment = { question: string } | { choices: string[]; text: string };

/** Levels that are all county-level: a 区 may be what someone calls “the county”. */
const COUNTY_WORDS = new Set(["县", "区", "旗"]);

export function governmentOfLevel(prev: Turn | undefined, parts: Parts, names: readonly AgencyName[]): LevelGovernment | null {
  const said = unplacedGovernment(prev, parts);
  const lastAgency = prev?.agencies?.[0];
  if (!said || !prev || !lastAgency) return null;
  const last = identify(lastAgency);
  // the place whose parts are looked at: a county-level place's city, else the place itself
  const scope = last.level === "county" ? (last.chain.at(-2) ?? last.parents.at(-1)) : last.region;
  const governments = names.map((n) => ({ name: n.agency, id: identify(n.agency) })).filter((g) => g.id.kind === "government");
  const near = scope ? governments.filter((g) => g.id.region.endsWith(said.level) && g.id.region !== last.region && [...g.id.chain, ...g.id.parents].includes(scope)) : [];
  const own = COUNTY_WORDS.has(said.level) && last.level === "county" ? governments.filter((g) => g.id.region === last.region && g.id.body === "人民政府").slice(0, 1) : [];
  const found = [...new Map([...own, ...near].map((g) => [g.name, g])).values()];
  // 和县政府比呢: the last body against the government, as followup.ts writes a comparison
  const question = (name: string) => {
    const other = `${name}${said.office ? "办公室" : ""}`;
    if (!said.compare) return prev.text.replace(prev.who[0] as string, other);
    const q = prev.text.replace(prev.who[0] as string, `${prev.who[0]}和${other}`);
    return /^(?:对比|比较)/u.test(q) ? q : `对比${q}`;
  };
  const asked = `${said.level}政府${said.office ? "办公室" : ""}`;
  const one = found.length === 1 ? (found[0] as { name: string }).name : undefined;
  // the one found is the body just answered (浔阳区人民政府, a 区 and county-level): asking it again says nothing new
  if (one === lastAgency && !said.office) return { choices: [], text: `上一个问题问的就是${one}（${last.region.slice(-1)}是县级）；已收录的报告中没有${scope ? `${scope}下面` : "它附近"}的其他${asked}。请写出要问的政府的名称。` };
  if (one) return { question: question(one) };
  if (!found.length) return { choices: [], text: `上一个问题问的是${last.region}，已收录的报告中没有${scope && scope !== last.region ? `${scope}下面` : last.region}的${asked}；请写出要问的政府的名称。` };
  const ownNote = own.length ? `${last.region}本身是县级的${last.region.slice(-1)}，` : "";
  return { choices: found.map((g) => question(g.name)), text: `上一个问题问的是${last.region}。${ownNote}“${asked}”可以指下面几个，您问的是哪一个？` };
}

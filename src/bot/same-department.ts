/**
 * A department's question carried to another place: 那楠州市呢 after 霖江省教育厅 means 楠州市's
 * education department, and 那省厅呢 after 楠州市教育局 the province's. The same function is named
 * by its level — a province's 厅 is a city's or county's 局 (教育厅 → 教育局, 公安厅 → 公安局),
 * 委员会 at every level (卫生健康委员会), and a reform may have renamed it at one level only
 * (自然资源厅 → 自然资源和规划局, successions.ts) — so the words of the last question cannot simply
 * be put after the new place (楠州市教育厅 names nothing, and the place alone is its government).
 *
 * The loaded departments of that function at the new place (or level) are what it means: one is
 * taken (the reply says how the question was read), several are asked back, and none is said so
 * with the place's government offered — never another body's figure given as the department's.
 */
import type { AgencyName } from "../answers/understand.ts";
import { governsPlace, identify, splitUnits, type AgencyIdentity, type Level } from "../index/agency/identity.ts";
import { stageOfBody } from "../index/agency/successions.ts";
import { withYear, type Parts, type Turn } from "./followup.ts";

export type SameDepartment = { question: string } | { choices: string[]; text: string };

/** What a department does, without the word its level names it by: 教育厅, 教育局 → 教育; 自然资源厅, 自然资源和规划局 → 自然资源. */
export function functionOf(body: string): string {
  const plain = body.replace(/(?:委员会|厅|局|委)$/u, "");
  return stageOfBody(`${plain}局`)?.line ?? stageOfBody(body)?.line ?? plain;
}

/** 那楠州市呢, 楠州市呢, 换成楠州市: a place said alone (a year may come with it). */
const MARKS = /^(?:那么|那个|那|还有|换成|改成|再看|看看)|(?:的)?(?:呢|嘞|咧)?[?？。!！]*$/gu;
const YEAR = /(?:19|20)\d{2}\s*年?度?/gu;
/** 那省厅呢, 那市局呢, 省里的呢, 那省级的呢: a level with a department's word, or 里/级 after it. */
const LEVEL_SAID = /^(?:那么?|那个|还有|换成|改成|看看)?(省|市|区|县)(?:(?:里|级)(?:的)?(?:厅|局|委|部门)?|的?(?:厅|局|委|委员会|部门|主管部门|对应部门))(?:呢|嘞|咧)?[?？。!！]*$/u;
const LEVEL_OF: Record<string, Level> = { 省: "province", 市: "city", 区: "county", 县: "county" };
const GOVERNMENT_WORD = /政府|府办|管委会|办事处/u;

/** @param names the loaded agencies. */
export function sameDepartment(prev: Turn | undefined, parts: Parts, names: readonly AgencyName[]): SameDepartment | null {
  const lastAgency = prev?.agencies?.[0] || prev?.answeredAgency || "";
  const said = prev?.who[0];
  // (after a ranking the agency answered is its first place, not a department asked about: followup.ts reads a place then)
  if (!prev || !said || !lastAgency || !prev.text.includes(said) || prev.kind === "ranking") return null;
  const last = identify(lastAgency);
  if (last.kind !== "department" || !last.region) return null;
  const fn = functionOf(last.branchOf ?? last.body);
  const departments = names.filter((n) => n.agency !== lastAgency).map((n) => ({ name: n.agency, id: identify(n.agency) })).filter((d) => d.id.kind === "department" && functionOf(d.id.branchOf ?? d.id.body) === fn);
  const year = parts.years[0];
  const question = (name: string) => {
    const q = prev.text.replace(said, name);
    return year !== undefined ? withYear(q, year, name) : q;
  };
  const what = `${fn}部门`;

  const level = parts.who.length ? null : LEVEL_SAID.exec(parts.text.trim());
  if (level) {
    const wanted = LEVEL_OF[level[1] as string] as Level;
    const atLevel0 = departments.filter((d) => levelOf(d.id) === wanted && d.id.region !== last.region);
    // 县里的 is a 县's (a 区 is county-level too, but not 县里) when the loaded ones have one; else any county-level place's
    const named = atLevel0.filter((d) => d.id.region.endsWith(level[1] as string));
    const atLevel = named.length ? named : atLevel0;
    const found = near(atLevel, last);
    const asked = `${level[1]}级的${what}`;
    if (found.length === 1) return { question: question((found[0] as { name: string }).name) };
    // 那市局呢 right after the city's bureau: it is the one of that level, said so — never “none of that level”
    if (!found.length && levelOf(last) === wanted) return { choices: [], text: `上一个问题问的就是${lastAgency}（${level[1]}级）；已收录的报告中没有其他${asked}。请写出要问的机关的名称。` };
    if (!found.length) return { choices: [], text: `上一个问题问的是${lastAgency}；已收录的报告中没有${asked}。请写出要问的机关的名称。` };
    return { choices: found.map((d) => question(d.name)), text: `上一个问题问的是${lastAgency}。“${level[0].replace(MARKS, "") || asked}”可以指下面几个${what}，您问的是哪一个？` };
  }

  // a place said alone (a year may come with it), standing for its government
  if (parts.who.length !== 1 || parts.metric) return null;
  const place = parts.who[0] as string;
  if (parts.text.trim().replace(YEAR, "").replace(MARKS, "") !== place || GOVERNMENT_WORD.test(place)) return null;
  const agency = parts.agencies?.[0] ?? "";
  const region = agency ? (governsPlace(identify(agency).kind) ? identify(agency).region : "") : splitUnits(place).rest === "" ? (splitUnits(place).units.at(-1) ?? "") : "";
  if (!region || region === last.region) return null;
  const found = departments.filter((d) => d.id.region === region);
  if (found.length === 1) return { question: question((found[0] as { name: string }).name) };
  if (found.length > 1) return { choices: found.map((d) => question(d.name)), text: `上一个问题问的是${lastAgency}。${region}有几个${what}的报告，您问的是哪一个？` };
  const others = names.filter((n) => identify(n.agency).region === region).map((n) => n.agency);
  // a town's or a zone's own body governs it as a government does
  const government = others.find((a) => governsPlace(identify(a).kind));
  return {
    choices: government ? [question(government)] : [],
    text: `上一个问题问的是${lastAgency}；已收录的报告中没有${region}的${what}（${region}已收录的是：${others.slice(0, 6).join("、") || "无"}${others.length > 6 ? ` 等 ${others.length} 个` : ""}），这里不用别的机关的数字代替。${government ? `要问${government}，请回复 1。` : ""}`,
  };
}

function levelOf(id: AgencyIdentity): Level | null {
  if (id.level) return id.level;
  const end = id.region.slice(-1);
  return end === "省" ? "province" : end === "市" ? "city" : end === "县" || end === "区" ? "county" : null;
}

/**
 * The departments related to the last one's place, when the names tell: a province above it (in its
 * parents), or places under it (it in theirs). When no name tells (invented or unprinted parents), all.
 */
function near<T extends { id: AgencyIdentity }>(found: T[], last: AgencyIdentity): T[] {
  const above = found.filter((d) => [...last.chain, ...last.parents].includes(d.id.region));
  if (above.length) return above;
  const below = found.filter((d) => [...d.id.chain, ...d.id.parents].includes(last.region));
  return below.length ? below : found;
}

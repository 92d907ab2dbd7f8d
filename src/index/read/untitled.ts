/**
 * Agency and year of a report whose text has no usable title line: PDF-to-Markdown output that
 * cut the title over lines or lost it, a saved page that starts mid-text. Tried in order:
 *  1. the title cut over two or three short lines (“# 平度市公安局2023年政府信息公开” / “工作年度报告”);
 *  2. the file name when it is a title (“平度市公安局2023年政府信息公开工作年度报告.pdf”);
 *  3. the body: the byline (“本报告由X编制”), the signature above the date at the end
 *     (“XX市公安局 / 2024年1月20日”), the contact line (“请与X联系”), a sentence announcing the
 *     report (“现将X2023年政府信息公开工作年度报告公布如下”).
 * The year is the report's (“2023年度”, the statistical period), never the date it was published.
 * When no name can be read the agency is “机关不明（file）”: the report loads, marked so.
 */
import { basename, extname } from "node:path";
import { regionOf, agencyIn, cleanName, FIELD_LABEL, fullAgency, NAVIGATION_BAR, readTitle, type TitleInfo } from "./title.ts";
import { bareBody, placedBody } from "./bare-body.ts";
import { isPageFurniture, squash } from "./text.ts";
import { governsPlace, identify, isZoneRegion } from "../agency/identity.ts";
import { isKnownDivision } from "../agency/gazetteer.ts";

/** Where the agency and year of a report were read. */
export type IdentitySource = "title" | "body" | "file" | "unknown";

export interface ReadIdentity extends TitleInfo {
  from: IdentitySource;
  /** How the agency and year were found, for the report's warnings (none when from the title). */
  note?: string;
}

/** The name given to a report whose agency could not be read; never mixed with known bodies. */
export const UNKNOWN_AGENCY = "机关不明";
export const isUnknownAgency = (agency: string): boolean => agency.startsWith(UNKNOWN_AGENCY);

/** The title line, else the title cut over lines, the file name, the body; null when no year can be read. */
export function readIdentity(text: string, file: string): ReadIdentity | null {
  const titled = readTitle(text);
  if (titled) return siteNamed(titled, text, file) ?? { ...titled, from: "title" };
  const joined = titleOverLines(text);
  if (joined) return siteNamed(joined, text, file) ?? { ...joined, from: "title", note: ["标题分在几行，已合并读取", joined.note].filter(Boolean).join("；") };
  const year = yearFromBody(text);
  const name = basename(file, extname(file));
  const fromFile = readTitle(name);
  if (fromFile) return { ...fromFile, from: "file", note: `正文没有标题行：机关和年度取自文件名“${name}”` };
  if (!year) return null;
  const body = agencyFromBody(text);
  if (body) {
    const named = fullAgency(body.name);
    const agency = compiledFor(named, body.where, text);
    const role = body.where === "报告的编制说明" ? `由“${named}”编制` : `“${named}”只是${body.where}里的机关`;
    const compiler = agency === named ? "" : `（${role}，正文说的是${regionOf(agency)}全域的工作）`;
    return {
      title: `${agency}${year}年政府信息公开工作年度报告`,
      agency,
      region: regionOf(agency),
      year,
      from: "body",
      note: `正文没有标题行：机关“${agency}”取自${body.where}${compiler}，年度 ${year} 取自正文`,
    };
  }
  const agency = `${UNKNOWN_AGENCY}（${basename(file)}）`;
  return {
    title: `${year}年政府信息公开工作年度报告（${agency}）`,
    agency,
    region: "",
    year,
    from: "unknown",
    note: `正文没有标题行，也读不出报告机关：标为“${UNKNOWN_AGENCY}”，不参加排名和比较；年度 ${year} 取自正文`,
  };
}

/**
 * “本年度报告…由中江县人民政府办公室组织编制”, the text then speaking of 全县 (“全县共收到政府信息公开申请
 * 42件”): the report of the place's government, which its office compiles — not the office's own,
 * which calls itself 我办 / 本办. The office stands when the text says neither.
 * The same for the office named only as the contact (“如对本报告有任何疑问，请与X区人民政府办公室联系”) or
 * the page's publisher (发布机构): the office answers for and publishes the government's report — the
 * weakest evidence of whose report it is; the office stands when the text names it again (its own report
 * names itself: “2024年，X区人民政府办公室全面贯彻…”).
 */
function compiledFor(agency: string, where: string, text: string): string {
  const id = identify(agency);
  if (!OFFICE_NAMED_IN.has(where) || id.kind !== "office" || !id.region) return agency;
  const flat = squash(text.slice(0, 60000));
  const level = id.region.slice(-1);
  const place = flat.split(new RegExp(`[我本全]${level}`, "u")).length - 1;
  const office = (flat.match(/[我本](?:办|室|厅)(?![法理公事结])/gu) ?? []).length;
  const named = where === "报告的编制说明" ? 0 : flat.split(agency.slice(agency.indexOf(id.region))).length - 2;
  return place >= 2 && office === 0 && named <= 0 ? fullAgency(agency.slice(0, agency.indexOf(id.region) + id.region.length)) : agency;
}

/** Where an office named in the text may be only the one compiling, answering for or posting the government's report. */
const OFFICE_NAMED_IN = new Set(["报告的编制说明", "联系方式", "发布信息"]);

/** How a department, a commission or a 街道 calls itself (我局, 本委, 我街); 我办 and 本单位 governments write too. */
const OWN_BODY_SELF = /[我本](?:局|委|厅|街道|街|中心)/gu;
/** How a government calls itself: by its place (我县, 本区, 我镇). */
const PLACE_SELF = /[我本](?:省|市|区|县|旗|州|盟|镇|乡)/u;

/**
 * A title read as a government's (“定海区人民政府” over “2022年政府信息公开工作年度报告”: the web site's
 * name, or a page's header glued to the title) whose text calls itself 我局 and never by its place
 * (我区): the report is a body's under that government, not the government's. Its body is read from
 * the text (contact line, byline, signature, the name it repeats) or it is 机关不明 — never the
 * government, whose figures these are not. null when the title's government stands.
 */
function siteNamed(t: TitleInfo, text: string, file: string): ReadIdentity | null {
  if (!/^(?:人民政府|政府)$/u.test(identify(t.agency).body)) return null;
  const own = text.slice(0, 60000).match(OWN_BODY_SELF);
  if (!own || PLACE_SELF.test(text.slice(0, 60000))) return null;
  const said = `标题处的“${t.agency}”不是报告机关（正文自称“${own[0]}”，是其下属机关的报告）`;
  const body = agencyFromBody(text);
  const agency = body ? fullAgency(body.name) : "";
  if (body && agency !== t.agency && identify(agency).kind !== "government") {
    return { title: `${agency}${t.year}年政府信息公开工作年度报告`, agency, region: regionOf(agency), year: t.year, from: "body", note: `${said}：机关“${agency}”取自${body.where}` };
  }
  const unknown = `${UNKNOWN_AGENCY}（${basename(file)}）`;
  return { title: `${t.year}年政府信息公开工作年度报告（${unknown}）`, agency: unknown, region: "", year: t.year, from: "unknown", note: `${said}，读不出报告机关：标为“${UNKNOWN_AGENCY}”，不参加排名和比较` };
}

/** Markdown/emphasis marks and blanks removed, page footers dropped: the lines a title may be cut over. */
function titleLines(text: string, limit: number): string[] {
  return text
    .slice(0, 6000)
    .split("\n")
    .filter((l) => !NAVIGATION_BAR.test(l))
    .map((l) => squash(l.replace(FIELD_LABEL, "")))
    .filter((l) => l && !isPageFurniture(l))
    .slice(0, limit);
}

/** A page's metadata fields (“索引号 … 发文字号”, “成文日期 …”): never part of a title cut over lines. */
const PAGE_FIELD = /索引号|发文字号|成文日期|发布日期|发布机构|公文时效|主题分类/u;

/** “# 平度市公安局2023年政府信息公开” / “# 工作年度报告”: two or three short lines read as one. */
function titleOverLines(text: string): TitleInfo | null {
  const lines = titleLines(text, 40);
  for (let i = 0; i < lines.length; i++) {
    for (let n = 2; n <= 3 && i + n <= lines.length; n++) {
      const parts = lines.slice(i, i + n);
      if (parts.some((p) => p.length > 40 || /[。；]/.test(p) || PAGE_FIELD.test(p))) break;
      const found = readTitle(parts.join(""));
      if (found) return found;
    }
  }
  return null;
}

/** Sentences of the body that name the body writing the report, most telling first. */
const NAMED_IN: { re: RegExp; where: string }[] = [
  { re: /本(?:年度)?报告由(.{2,40})/g, where: "报告的编制说明" },
  { re: /由(.{2,40}?)(?:编制|编写)/g, where: "报告的编制说明" },
  // no 由: “根据《条例》规定，X编制本报告”, “X根据《条例》要求编制了本年度报告” (the clause's subject)
  { re: /(?<=^|[。，,；;¶])([^。，,；;¶]{2,80}?)(?:编制|编写)了?本(?:年度)?报告/g, where: "报告的编制说明" },
  { re: /(?:编制单位|发布机构|发文机关|发布单位|信息来源)[：:](.{2,40}?)(?=[，。；\s¶]|$)/g, where: "发布信息" },
  // a table's header line “单位：东阳市自然资源和规划局 2023年度” (a unit of measure, “单位：件”, names no body)
  { re: /(?<![编发填报制布])单位[：:](\D{2,40})/g, where: "表格的填报单位" },
  { re: /现将(.{2,40}?)(?:19|20)\d{2}\s*年度?政府信息公开/g, where: "报告的开头" },
  // the year first: “现将2023年度X局政府信息公开工作情况报告如下”
  { re: /现将(?:19|20)\d{2}\s*年度?(.{2,40}?)政府信息公开/g, where: "报告的开头" },
  { re: /请(?:与|联系)[：:]?(.{2,40})/g, where: "联系方式" },
  // the opening's subject: “在区委、区政府的坚强领导下，官洲街道办事处认真贯彻落实《条例》”
  { re: /(?:领导|指导)下[，,](.{2,30}?)(?:认真|深入|全面|严格|始终|坚持|持续)?(?:贯彻落实|贯彻执行|落实)/g, where: "报告开头的主语" },
  // “2025年，开平市交通运输局严格按照《条例》…”: the subject of a sentence opening with the year
  // (or a line: “发布单位：… | 主题分类：其他” above “2023年,杭州市X局根据《条例》…编制”)
  { re: /(?<=^|[。：:¶]|情况)(?:19|20)\d{2}年(?:度|以来)?[，,](.{2,30}?)(?:认真|深入|全面|严格|始终|坚持|持续|紧紧|紧密|围绕|按照|依据|根据)/gm, where: "报告开头的主语" },
];

/** Where a line ended, in the squashed text the body is searched in (names run on over hard-wrapped lines). */
const LINE = "¶";

/** A date line: “2024年1月20日”, “二〇二四年一月二十日”, possibly after the name on the same line. */
const DATE = /((?:19|20)\d{2}|[二][〇零○O][一二三四五六七八九〇零○]{2})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;

export function agencyFromBody(text: string): { name: string; where: string } | null {
  const signed = signature(text);
  if (signed) return { name: signed, where: "文末落款" };
  // Line ends kept as LINE: a sentence that opens a line opens a sentence (after a page's metadata table).
  const lined = text
    .slice(0, 60000)
    .split("\n")
    .map((l) => squash(l))
    .filter(Boolean)
    .join(LINE);
  const flat = lined.replaceAll(LINE, "");
  for (const { re, where } of NAMED_IN) {
    for (const m of lined.matchAll(re)) {
      const name = bodyName((m[1] ?? "").replaceAll(LINE, ""), flat);
      if (name) return where === "联系方式" ? (contactsFor(name, lined, flat) ?? { name, where }) : { name, where };
    }
  }
  const self = selfNamed(flat);
  if (self) return { name: self, where: "正文中反复出现、与“我局/我镇”等自称相符的名称" };
  const guide = ownGuide(flat);
  if (guide) return { name: guide, where: "正文所引本机关的政府信息公开指南（与正文“我局/我委”等自称相符）" };
  const site = postedBy(lined, flat);
  return site ? { name: site, where: "报告的发布网站（与正文“我县/我区”等自称相符）" } : null;
}

/** A sentence opening with the year and the place, no comma between (“2025年霍城县坚持…”). */
const OPENING_PLACE = /(?<=^|[。¶])(?:19|20)\d{2}年(?:度|以来)?[，,]?(\p{Script=Han}{2,20}?)(?:认真|深入|全面|严格|始终|坚持|持续|紧紧|紧密|围绕|按照|依据|根据)/gmu;

/**
 * “如对本报告有任何疑问，请与霍城县数字化发展局联系” in a report whose opening's subject is the place
 * itself (“2025年霍城县坚持…”) and which never calls itself by a body word (我局, 本办): the body
 * answers questions for the place's government, whose report it is; null when the contact stands.
 */
function contactsFor(contact: string, lined: string, flat: string): { name: string; where: string } | null {
  const id = identify(contact);
  if (!id.region || governsPlace(id.kind) || BODY_SELF.test(flat)) return null;
  for (const { re, where } of [...NAMED_IN.filter((n) => n.where === "报告开头的主语"), { re: OPENING_PLACE, where: "报告开头的主语" }]) {
    for (const m of lined.matchAll(re)) {
      const name = bodyName((m[1] ?? "").replaceAll(LINE, ""), flat);
      if (name && identify(name).kind === "government" && identify(name).region === id.region) return { name, where };
    }
  }
  return null;
}

/** Where the report says it is posted: “本报告的电子版可在兴海县人民政府(http://…)政府信息公开年度报告专栏获取”. */
const POSTED = /(?:可在|可以在|可通过|可以通过|可登录|可以登录)(.{2,30}?)(?:[（(][^）)]{0,80}[）)])?[^。¶]{0,30}?(?:获取|查阅|下载|查看|浏览)/gu;
/** A report calling itself by a body word (我局, 本委, 我街, 我镇): a department's or a town's, not the government's. */
const BODY_SELF = /[我本](?:局|委|厅|办|街|镇|乡|中心|单位)/u;

/**
 * The government whose site posts the report, when the report calls itself by that government's
 * level word (我县, 全县 for a 县's government) and never by a body word: a government's site holds
 * its departments' and towns' reports too (“…可以通过道里区人民政府门户网站…查阅”, written by a 街道).
 */
function postedBy(lined: string, flat: string): string | null {
  if (BODY_SELF.test(flat)) return null;
  const said = new Map<string, number>();
  for (const m of flat.matchAll(SELF)) said.set(m[1] ?? "", (said.get(m[1] ?? "") ?? 0) + 1);
  const word = [...said].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const m of lined.matchAll(POSTED)) {
    const name = bodyName((m[1] ?? "").replaceAll(LINE, ""));
    const id = name ? identify(name) : null;
    if (name && id?.kind === "government" && word && id.region.endsWith(word)) return name;
  }
  return null;
}

/** How a report calls its own body (我局, 本镇, 全市 …) → the word its name ends with. */
const SELF = /(?:我|本|全)(局|委|厅|镇|乡|街道|市|区|县|旗)/gu;

/**
 * The name a report uses for itself: the body word it calls itself by (“我镇” → 镇) decides the
 * kind, and the name is the most repeated one ending in that word that holds a place
 * (七家子镇, 平度市公安局, 桐乡市), the longest of equal counts (昌图县七家子镇). Names in quoted titles (《…》, “…”) do not count: they are
 * other bodies' documents.
 */
function selfNamed(flat: string): string | null {
  const said = new Map<string, number>();
  for (const m of flat.matchAll(SELF)) said.set(m[1] ?? "", (said.get(m[1] ?? "") ?? 0) + 1);
  const word = [...said].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!word) return null;
  const text = flat.replace(/《[^》]{0,80}》|“[^”]{0,80}”/gu, "");
  const counts = new Map<string, number>();
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    for (let n = 2; n <= 10 && n <= at; n++) {
      const name = text.slice(at - n, at + word.length);
      if (!/^\p{Script=Han}+$/u.test(name) || PRONOUN_START.test(name) || /年|的|在|和|与|为|对|及|等/u.test(name.slice(0, n))) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  // A department's report names other departments now and then: its own name must come back;
  // a township's rarely names another township, once is enough.
  const least = /^(?:镇|乡|街道)$/u.test(word) ? 1 : 2;
  // The most repeated; among equal counts one that starts with a known division (昌图县七家子镇,
  // not 开昌图县七家子镇); a name seen once only then, since any glued character makes another.
  const known = (name: string) => isKnownDivision.longestPrefix(name) !== null;
  let best: [string, number] | null = null;
  for (const [name, n] of counts) {
    if (n < least || !placeShaped(name) || (n === 1 && !known(name))) continue;
    const better = !best || n > best[1] || (n === best[1] && (known(name) ? !known(best[0]) || name.length > best[0].length : !known(best[0]) && name.length > best[0].length));
    if (better) best = [name, n];
  }
  return best ? bodyName(best[0]) : null;
}

/**
 * A report that calls itself only by a body word (“我局通过…发布各类信息170条”) and cites its own disclosure guide
 * (“我局严格落实《南华县乡村振兴局政府信息公开指南》”): the guide's body is the report's when its name ends in that
 * body word (局 for 我局), holds a place, and is the only such guide cited. A town or a place (我县, 全市) is not read
 * this way: a government's report cites its departments' guides too.
 */
function ownGuide(flat: string): string | null {
  const said = new Map<string, number>();
  for (const m of flat.matchAll(SELF)) if (m[0][0] !== "全") said.set(m[1] ?? "", (said.get(m[1] ?? "") ?? 0) + 1);
  const word = [...said].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!word || !/^(?:局|委|厅)$/u.test(word)) return null;
  const named = new Set<string>();
  for (const m of flat.matchAll(/《([^《》]{2,40}?)政府信息公开指南》/gu)) named.add((m[1] ?? "").replace(/\s+/gu, ""));
  const own = [...named].filter((n) => n.endsWith(word) && placeShaped(n));
  return own.length === 1 && named.size === 1 ? bodyName(own[0] as string) : null;
}

const PRONOUN_START = /^[我本该全各此]/u;

/** Names of places are short (七家子镇, 昌图县): a “unit” of six characters is text glued to one (信息公开昌图县). */
function placeShaped(name: string): boolean {
  const { chain, body } = identify(name);
  return chain.length > 0 && !/公开|信息|工作|政务|报告/u.test(name) && chain.every((u) => u.length <= 5 || /自治|特别/u.test(u)) && body.length <= 12;
}

/** The name above (or before) the date that closes the report. */
function signature(text: string): string | null {
  const lines = text
    .slice(-3000)
    .split("\n")
    .map((l) => squash(l))
    .filter((l) => l && !isPageFurniture(l));
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const line = lines[i] ?? "";
    const date = DATE.exec(line);
    if (!date) continue;
    const before = line.slice(0, date.index);
    const name = bodyName(before, text) ?? bodyName(lines[i - 1] ?? "", text) ?? bodyName(`${lines[i - 2] ?? ""}${lines[i - 1] ?? ""}`, text);
    if (name) return name;
  }
  return null;
}

/** The body a name starts with: up to its first body word (公安局办公室 → 公安局; 滨江区分局 kept whole). */
const LEADING_BODY = /^(.{2,30}?(?:人民政府办公[室厅]|人民政府|政府办公[室厅]|办事处|管理委员会|委员会|管委会|局(?:[\u4e00-\u9fff]{1,8}?分局)?|厅|委|办公[室厅]|中心|政府))/u;

/** A zone's internal office, never a reporting body of its own (a 管委会办公室 may be). */
const ZONE_OFFICE = /^(?:综合|党政|党政综合|党群|行政)?办公室$|^(?:综合|党政)办$/u;

/**
 * The reporting body at the start of a phrase: a body of a region (XX市公安局, XX街道办事处) or a
 * region alone, as printed. A unit inside a body is its body's (XX市公安局办公室 → XX市公安局,
 * XX街道党政办公室 → XX街道办事处): such units do not publish reports of their own.
 */
function bodyName(raw: string, text = ""): string | null {
  const phrase = (raw.replace(/[（(][^）)]*[）)]/g, "").split(/[，,。；、：:（(“”"《]/u)[0] ?? "").replace(/^(?:现将|现予|公布|发布|印发|编制|编写|由)+/u, "");
  const words = phrase.split(/根据|依据|按照|依照|编制|编写|制作|负责|联系/u)[0] ?? "";
  // a body named without its place (“县乡村振兴局严格按照…”) takes the place the text names (bare-body.ts)
  const bare = text && bareBody(cleanName(words)) ? (placedBody(cleanName(words), text) ?? "") : null;
  // “中江县水利局结合…数据编制本报告”: the name ends at its body word, before the sentence's verb
  const s = bare ?? (agencyIn(words) || agencyIn(LEADING_BODY.exec(words)?.[1] ?? ""));
  if (!s) return null;
  // A place alone (昌图县七家子镇, 桐乡市) names its government (or 街道办事处).
  const name = LEADING_BODY.exec(s)?.[1] ?? (identify(s).chain.join("") === s ? fullAgency(s) : "");
  if (name.length < 3) return null;
  const id = identify(name);
  if (!id.region) return null;
  // “请联系吴起县政府…”: a sentence's short form of the government is named as a title names it.
  if (id.body === "政府" && identify(name.slice(0, -2)).chain.join("") === name.slice(0, -2)) return fullAgency(name.slice(0, -2));
  if (/(?:镇|乡|街道)$/u.test(id.region) && !/^(?:人民政府|政府|办事处|街道办事处)$/u.test(id.body)) return fullAgency(name.slice(0, name.indexOf(id.region) + id.region.length));
  // a zone's own office (“请与舒城经济开发区综合办公室联系”) is its 管委会's: the zone reports, not its office
  if (isZoneRegion(id.region) && ZONE_OFFICE.test(id.body)) return fullAgency(name.slice(0, name.indexOf(id.region) + id.region.length));
  return name;
}

/**
 * The report's year from its body: “2023年度” counts most, then the statistical period
 * (“自2023年1月1日起至12月31日”), then “2023年” in a sentence. Publication dates (“2024年1月20日”),
 * comparisons (“较2022年”) and the plans of section 五 (“2024年，我局将…”) do not count.
 */
export function yearFromBody(text: string): number | null {
  const plans = text.search(/\n[^\n]{0,12}五\s*[、.．]\s*(?:\*\*)?\s*存在的主要问题/);
  const flat = squash(plans > 0 ? text.slice(0, plans) : text.slice(0, 60000));
  const score = new Map<number, number>();
  for (const m of flat.matchAll(/((?:19|20)\d{2})年(度)?(\d{1,2}月\d{1,2}日)?/g)) {
    const year = Number(m[1]);
    const before = flat.slice(Math.max(0, (m.index ?? 0) - 2), m.index);
    if (/较|比|于|与|至$/.test(before.slice(-1)) || /同比|上年/.test(before)) continue;
    const day = m[3];
    const points = m[2] ? 3 : day ? (/^1月1日$|^12月31日$/.test(day) ? 2 : 0) : 1;
    score.set(year, (score.get(year) ?? 0) + points);
  }
  let best: number | null = null;
  for (const [year, points] of score) if (points > 0 && (best === null || points > (score.get(best) ?? 0))) best = year;
  return best;
}

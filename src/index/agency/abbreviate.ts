/**
 * The short forms people use for a body's name, by rule: the first character of each component
 * (人力资源和社会保障局 → 人社局, 住房和城乡建设局 → 住建局, 工业和信息化局 → 工信局) or of each word
 * (市场监督管理局 → 市监局, 文化广电和旅游局 → 文广旅局, 卫生健康委员会 → 卫健委), generic words
 * dropped (行政审批局 → 审批局, 退役军人事务局 → 退役军人局), 委员会 → 委, 办公室 → 办. The few
 * forms no rule gives (人民政府办公室 → 政府办 / 府办, 国有资产监督管理委员会 → 国资委) are in
 * abbreviations.json.
 *
 * Words are cut as two characters (the names are built from two-character words), except a few
 * three-character ones: the cut must not depend on the corpus, so jieba (whose dictionary grows
 * with the loaded names) is not used.
 */
import { readFileSync } from "node:fs";

/** Endings and what they shorten to. */
const ENDINGS: [string, string][] = [
  ["委员会办公室", "办"], ["委员会", "委"], ["办公室", "办"], ["办公厅", "办"], ["管理中心", "中心"], ["服务中心", "中心"],
  ["中心", "中心"], ["大队", "大队"], ["支队", "支队"], ["中队", "中队"], ["局", "局"], ["委", "委"], ["办", "办"], ["厅", "厅"], ["署", "署"],
];
/** Three-character words (the rest are cut in twos). */
const THREE = new Set(["信息化", "大数据", "公积金", "互联网", "标准化", "现代化", "城镇化"]);
/** Leading words that say nothing about what the body does. */
const LEADING = new Set(["行政", "综合", "地方"]);
/** A modifier the short forms leave out: 城乡建设 → 建设, 住房城乡建设 → 住建. */
const MODIFIER = new Set(["城乡"]);
/** Trailing words the short forms leave out. */
const GENERIC = new Set(["管理", "事务", "工作", "服务", "发展", "专卖"]);

/** Cut into words: twos, or threes from the list. */
export function cutWords(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; ) {
    const three = s.slice(i, i + 3);
    const n = THREE.has(three) ? 3 : Math.min(2, s.length - i);
    out.push(s.slice(i, i + n));
    i += n;
  }
  return out;
}

function dropLeading(words: string[], set: ReadonlySet<string>): string[] {
  let i = 0;
  while (i < words.length - 1 && set.has(words[i] as string)) i++;
  return words.slice(i);
}

function dropTrailing(words: string[]): string[] {
  let end = words.length;
  while (end > 1 && GENERIC.has(words[end - 1] as string)) end--;
  return words.slice(0, end);
}

const initials = (words: readonly string[]) => words.map((w) => w[0] ?? "").join("");

/** Keep a short form of two to four characters that is not one character repeated (农农). */
function fit(abbr: string): boolean {
  return abbr.length >= 2 && abbr.length <= 4 && new Set(abbr).size > 1;
}

export interface ShortForms {
  /** Forms as specific as the name (人社局, 发改委, 人力资源社会保障局, 政府办). */
  exact: string[];
  /** Looser forms that people also use, beaten by any exact form (交通局 for 交通运输局, 城管局). */
  loose: string[];
}

const made = new Map<string, ShortForms>();

/** Short forms of a body's name (without the place): 人力资源和社会保障局 → 人社局 … (kept per body: thousands of places share a few hundred bodies). */
export function shortForms(body: string): ShortForms {
  let forms = made.get(body);
  if (!forms) {
    if (made.size > 20_000) made.clear();
    forms = computeShortForms(body);
    made.set(body, forms);
  }
  return forms;
}

function computeShortForms(body: string): ShortForms {
  const exact = new Set<string>();
  const loose = new Set<string>();
  for (const f of irregular().get(body) ?? []) exact.add(f);
  // a body printed by its short name (岐山县教体局): its full name's forms are its own (教育局, as 教育体育局's)
  for (const f of irregular().get(body) ?? []) {
    const full = f.length > body.length ? shortForms(f) : null;
    if (!full?.exact.includes(body)) continue;
    for (const e of full.exact) exact.add(e);
    for (const l of full.loose) loose.add(l);
  }
  // a government's own working body (人民政府地方志办公室, 人民政府国有资产监督管理委员会) is named without
  // 人民政府 too, and so by that name's forms (地方志办公室, 方志办; 国资委) — not the government's office (办公室)
  const own = /^(?:人民)?政府(\p{Script=Han}{3,})$/u.exec(body)?.[1];
  if (own && !ENDINGS.some(([e]) => e === own)) {
    const forms = shortForms(own);
    for (const f of [own, ...forms.exact]) exact.add(f);
    for (const f of forms.loose) loose.add(f);
  }
  // a department's unit (公安局交通警察大队) by its own name's forms; the rules read the whole as one name otherwise
  if (!unitForms(body, exact, loose)) rulesOf(body, exact, loose);
  // the name as people also say it, its middle words left out or its fields told apart
  // (城市管理综合行政执法局 → 城市管理执法局, 城市管理和综合行政执法局 → 城管局, 综合执法局):
  // every form of such a variant is a looser form of the name
  for (const v of variants(body)) {
    const more = { exact: new Set<string>(), loose: new Set<string>() };
    rulesOf(v, more.exact, more.loose);
    for (const f of [v, ...more.exact, ...more.loose]) loose.add(f);
  }
  return result(body, exact, loose);
}

/**
 * Words the everyday name leaves out wherever they stand (行政审批服务局 → 行政审批局, 综合行政执法局
 * → 综合执法局 / 行政执法局); one of them after a 管理 field also begins a second field
 * (城市管理|综合行政执法局: the city management and the enforcement, as 城市管理和综合执法局 says).
 */
const FILLER = new Set(["综合", "行政", "服务"]);
/** At most this many variants of one name (a name has one to three filler words). */
const MAX_VARIANTS = 24;

/** The body with filler words left out, or with a 和 where a filler word begins a second field. */
export function variants(body: string): string[] {
  const ending = ENDINGS.find(([e]) => body.endsWith(e) && body.length > e.length);
  if (!ending) return [];
  const [end] = ending;
  const core = body.slice(0, -end.length);
  const parts = core.split(/([和与及、])/u);
  let made = [""];
  for (const p of parts) {
    const ways = /^[和与及、]$/u.test(p) ? [p] : componentVariants(p);
    made = made.flatMap((m) => ways.map((w) => m + w)).slice(0, MAX_VARIANTS);
  }
  return [...new Set(made.map((m) => m + end))].filter((v) => v !== body);
}

function componentVariants(component: string): string[] {
  const words = cutWords(component);
  const fillers = words.map((w, i) => (FILLER.has(w) ? i : -1)).filter((i) => i >= 0);
  if (!fillers.length || fillers.length === words.length) return [component];
  const out = new Set<string>([component]);
  // every subset of the fillers left out, a field word always kept
  for (let mask = 1; mask < 1 << fillers.length; mask++) {
    const drop = new Set(fillers.filter((_, k) => mask & (1 << k)));
    out.add(words.filter((_, i) => !drop.has(i)).join(""));
  }
  // a filler after a field that ends as a bureau's field ends (城市管理) begins a second field:
  // 城市管理 | 综合行政执法 (not 交通运输 | 综合行政执法, a unit of the 交通运输局, not that bureau)
  const at = fillers.find((i) => i >= 2 && GENERIC.has(words[i - 1] as string) && words.slice(i).some((w) => !FILLER.has(w)));
  // (and the second field alone, as the last of 和-joined fields is named alone: 综合执法局)
  if (at !== undefined) {
    for (const tail of componentVariants(words.slice(at).join(""))) out.add(`${words.slice(0, at).join("")}和${tail}`).add(tail);
  }
  return [...out];
}

function rulesOf(body: string, exact: Set<string>, loose: Set<string>): void {
  const ending = ENDINGS.find(([e]) => body.endsWith(e) && body.length > e.length);
  if (!ending) return;
  const [end, short] = ending;
  const core = body.slice(0, -end.length);
  const components = core.split(/[和与及、]/u).filter(Boolean).map((c) => dropLeading(cutWords(c), LEADING));
  const all = components.flat();
  const cores = dropLeading(all, LEADING);
  // first character of each component (two or more components)
  if (components.length >= 2) {
    const firsts = components.map((c) => dropLeading(c, MODIFIER)[0]?.[0] ?? "").join("");
    if (fit(firsts)) exact.add(firsts + short);
    // the first component alone, its initials (城市管理和综合执法局 → 城管局) or in full (自然资源局)
    const first = components[0] ?? [];
    if (fit(initials(first))) loose.add(initials(first) + short);
    loose.add(first.join("") + end);
    // and as printed, its leading word kept (行政审批和政务服务局 → 行政审批局)
    loose.add((core.split(/[和与及、]/u)[0] ?? "") + end);
    // each component by its first word or its initials (人力资源和社会保障局 → 人力社保局)
    let mixes = [""];
    for (const c of components) {
      const ways = [...new Set([c[0] ?? "", initials(c)])].filter(Boolean);
      mixes = mixes.flatMap((m) => ways.map((w) => m + w));
    }
    for (const m of mixes) if (fit(m) && m.length >= 3) loose.add(m + short);
  }
  // first character of each word, the generic words left out or kept
  const words = components.flatMap((c) => c.filter((w) => !MODIFIER.has(w) || c.length === 1));
  for (const ws of [dropTrailing(words.filter((w, i) => i === 0 || !GENERIC.has(w))), words]) {
    if (fit(initials(ws))) exact.add(initials(ws) + short);
  }
  // the words without the connectors (发展改革委, 人力资源社会保障局) and without the generic ones (退役军人局, 审批局)
  const joined = cores.join("");
  if (joined !== core) exact.add(joined + short);
  exact.add(core + short);
  const plain = dropTrailing(cores.filter((w, i) => i === 0 || !GENERIC.has(w))).join("");
  if (plain.length >= 2) exact.add(plain + short);
  // the first word alone (交通运输局 → 交通局, 教育体育局 → 教育局)
  if (cores.length > 1 && (cores[0]?.length ?? 0) >= 2) loose.add(`${cores[0]}${short}`);
  // the name without its leading modifier (城乡规划局 → 规划局, 城乡建设局 → 建设局)
  const unmodified = dropLeading(cores, MODIFIER);
  if (unmodified.length < cores.length) exact.add(unmodified.join("") + short);
  // the last component alone, after a merger (自然资源和规划局 → 规划局, 文化广电和旅游局 → 旅游局)
  const last = components.at(-1);
  if (components.length >= 2 && last) loose.add(dropLeading(last, MODIFIER).join("") + short);
  // a supervising bureau: its field's first character and 监 (安全生产监督管理局 → 安监局, 质量技术监督局 → 质监局)
  const supervise = cores.indexOf("监督");
  if (end === "局" && supervise > 0 && components.length === 1) exact.add(`${cores[0]?.[0] ?? ""}监${short}`);
  // an office of one field: its first character and 办 (侨务办公室 → 侨办, 外事办公室 → 外办, 台湾事务办公室 → 台办)
  const field = dropTrailing(cores);
  if (short === "办" && components.length === 1 && field.length === 1) exact.add(`${field[0]?.[0] ?? ""}办`);
}

/** A unit of a department, named after it: 公安局|交通警察大队, 公安局|治安管理大队, 林业局|森林派出所. */
const UNIT = /^(\p{Script=Han}{2,8}?局)(\p{Script=Han}{2,10}?(?:大队|支队|中队|派出所|所|站))$/u;

/**
 * A department's unit is called by the unit's own name and its short forms (交通警察大队, 交警大队),
 * and with its department's short form before it (公安交警大队, 公安局交警大队).
 */
function unitForms(body: string, exact: Set<string>, loose: Set<string>): boolean {
  const m = UNIT.exec(body);
  if (!m) return false;
  const [, parent = "", unit = ""] = m;
  const own = { exact: new Set<string>([unit]), loose: new Set<string>() };
  rulesOf(unit, own.exact, own.loose);
  const field = parent.slice(0, -1);
  for (const f of own.exact) for (const p of ["", field, parent]) exact.add(p + f);
  for (const f of own.loose) loose.add(f);
  return true;
}

function result(body: string, exact: Set<string>, loose: Set<string>): ShortForms {
  exact.delete(body);
  for (const f of exact) loose.delete(f);
  loose.delete(body);
  // a bare ending (局, 委) or a lone character before it names nothing
  const ok = (f: string) => f.length >= 2 && !ENDINGS.some(([e, s]) => f === e || f === s);
  return { exact: [...exact].filter(ok), loose: [...loose].filter(ok) };
}

let table: Map<string, string[]> | null = null;

/** abbreviations.json: body → the short forms no rule gives. */
export function irregular(): Map<string, string[]> {
  if (table) return table;
  const raw = JSON.parse(readFileSync(new URL("./abbreviations.json", import.meta.url), "utf8")) as { forms: Record<string, string[]>; everyday?: Record<string, string[]> };
  table = new Map(Object.entries(raw.forms));
  for (const [body, forms] of Object.entries(raw.everyday ?? {})) table.set(body, [...new Set([...(table.get(body) ?? []), ...forms])]);
  return table;
}

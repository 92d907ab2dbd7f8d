/**
 * A place's government and its office named together after the place (“X县2023年政府和政府办依申请
 * 公开对比”, “X县2023年县政府与县政府办各多少”, “X县2023年政府和教育局…”), or one of its bodies and
 * its government (“X区2024年市监局和区政府…对比”, “X县财政局和县府…”): each is that place's, so
 * the question is the comparison of the two, written out with the place before each (“2023年X县政府和X县政府办…”) and read
 * again — never “政府办 not understood”, never the government's figure alone.
 */
import { governsPlace, identify } from "../index/agency/identity.ts";
import type { Question } from "./understand.ts";

/** A government or its office said without a place: 政府, 县政府, 人民政府, 政府办, 区政府办公室, 县府, 区府办 (not 政府信息). */
const GOV = /(?:[省市区县旗镇乡]|街道)?(?:人民)?政府(?:办公室|办公厅|办)?(?!信息)|[省市区县旗]府办?/gu;
const JOINS = "和|与|跟|同|、|及|以及|还是|vs";
/** Right after a word: a joining word and another government word (政府|和政府办). */
const JOINED_TO_GOV = new RegExp(`^(?:${JOINS})(?:${GOV.source})`, "u");
/** Before a word that stands alone: the start, a year, 的, a comma, a space or a joining word. */
const ALONE_AFTER = /(?:^|[年的,，\s和与跟同、及]|以及|还是|vs)$/u;
/** A government word beside one of the place's bodies is asked with it only when a joining word ties the two (财政局和县政府; not 财政局2024年政府采购). */
const JOINED_BEFORE = new RegExp(`(?:${JOINS}|比)$`, "u");
const JOINED_AFTER = new RegExp(`^(?:${JOINS}|比)`, "u");

/**
 * The question asked of the place's government and office, read again (`read`), when the place (or
 * its government) is all that was named and a government word without a place stands beside it;
 * null otherwise.
 */
export function ownGovernments(first: Question, read: (text: string) => Question): Question | null {
  const named = first.agencies.map((m) => (m.matches.length === 1 ? (m.matches[0] as { agency: string; region: string }) : null));
  const [place] = first.agencies;
  const region = named[0]?.region;
  const kind = named[0] ? identify(named[0].agency).kind : null;
  if (!place || !region || !kind || first.agencies.length > 2) return null;
  // X区2024年市监局和区政府: one of the place's bodies named first, its government said without the place
  const body = !(governsPlace(kind) || kind === "office");
  // the other name is the place's too (财政局 after X县2024年县政府和: the place's one among those it fits)
  if (body ? !first.agencies.every((m) => m.matches.some((a) => a.region === region)) : !first.agencies.every((m, k) => named[k]?.region === region || (k > 0 && m.matches.some((a) => a.region === region)))) return null;
  const q = first.text;
  const spans = first.agencies.map((m) => spanOf(q, m.text));
  const bare = [...q.matchAll(GOV)].filter((g) => {
    const [s, e] = [g.index, g.index + g[0].length];
    if (spans.some(([a, b]) => s < b && e > a)) return false;
    if (body) return JOINED_BEFORE.test(q.slice(0, s)) || JOINED_AFTER.test(q.slice(e));
    return ALONE_AFTER.test(q.slice(0, s)) || JOINED_TO_GOV.test(q.slice(e));
  });
  if (!bare.length) return null;
  const said = body ? region : place.text.replace(/(?:人民)?政府(?:办公室|办)?$/u, "");
  // 市政府和市政府办: the level said instead of the place (level-said.ts) — the place the body found is in
  const name = /^[省市区县州旗]$/u.test(said) ? region : said;
  const level = name.slice(-1);
  // the place said alone goes before each government word; a government named with it stays, and so does a body
  const [at, end] = spans[0] as readonly [number, number];
  const dropPlace = !body && !/政府|府办/u.test(place.text);
  let text = "";
  let from = 0;
  for (const g of bare) {
    // 县府 is 县政府, 区府办 is 区政府办
    const word = g[0].replace(/^([省市区县旗])府/u, "$1政府");
    text += (dropPlace && from <= at && at < g.index ? q.slice(from, at) + q.slice(end, g.index) : q.slice(from, g.index)) + name + (word.startsWith(level) ? word.slice(1) : word);
    from = g.index + g[0].length;
  }
  text += q.slice(from);
  const second = read(text);
  const agencies = new Set(second.agencies.flatMap((x) => (x.matches.length === 1 ? [(x.matches[0] as { agency: string }).agency] : [])));
  return second.agencies.length === 2 && agencies.size === 2 ? second : null;
}

/**
 * Where a name found stands in the question: as written, or with a year or spaces inside it (X县2022年政府办
 * is found as X县政府办) — so that the government word it holds is not taken for one said alone.
 */
function spanOf(q: string, said: string): readonly [number, number] {
  const at = q.indexOf(said);
  if (at >= 0) return [at, at + said.length];
  const spread = new RegExp([...said].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("(?:\\s|(?:19|20)\\d{2}\\s*年度?)*"), "u").exec(q);
  return spread ? [spread.index, spread.index + spread[0].length] : [-1, -1];
}

/**
 * What follows a place in a question and makes it one of the place's bodies rather than its
 * government: 赣州市|人社局, 淮安市 |市政府办, 赣州市2023年|住房和城乡建设局, 上饶市|侨办. Read by
 * the shape of a body's name (Chinese characters up to an ending such as 局 / 委员会 / 办), so a
 * body that has no report is still seen as a body and never answered for by its place.
 */

/** A body's name ends so (the longest reading is taken when the name goes on: 委 → 委员会). */
const ENDING = /(?:局|委|委员会|厅|署|中心|办|办公室|队)$/u;
/** After an ending, the name goes on: 发展和改革委|员会, 人民政府办|公室, 公安局|滨江分局. */
const GOES_ON = /^(?:员会|公室|公厅|办公室|办公厅|办(?![理结法事件])|\p{Script=Han}{1,4}?分局)/u;
/** After an ending, not a body: 办理 / 办结 (verbs), 局长. */
const NOT_AN_ENDING = /^(?:[理结法事件长])/u;
/** Words of a question, never of a body's name. */
const QUESTION_WORD = /的|了|多少|几|哪|什么|怎么|是否|收到|受理|办理|共|各|每|其中|这|那|某|该|吗|呢/u;
/** 三个教育局, 3个局: a count of bodies (甲市、乙区、丙区三个教育局), never the start of one body's name. */
const COUNTED = /^(?:[两二三四五六七八九十]+|\d{1,2})个/u;
const VERB_BEFORE_BAN = /[转交督承代主协举申查催批领包合开创经要难好来去再]办$/u;
const CONNECTOR = /[和与及、跟同]/u;
/** A place's government as said after its name: 政府, 人民政府, 区政府. */
const GOVERNMENT = /^(?:[省市区县镇乡]|街道)?(?:人民)?政府$/u;
const MAX = 14;

/**
 * The body's name at the start of `s` (a place's body named after the place), or null. `placeAt`
 * tells whether a place begins at a point of `s`: a connector before a place ends the name
 * (衡丰县|和莆江县财政局: two places, not one body called 和莆江县财政局).
 */
export function organTail(s: string, placeAt: (rest: string) => boolean): string | null {
  for (let j = 1; j <= Math.min(MAX, s.length); j++) {
    const ch = s[j - 1] as string;
    if (!/\p{Script=Han}/u.test(ch)) return null;
    const head = s.slice(0, j);
    if (QUESTION_WORD.test(head) || COUNTED.test(head)) return null;
    if (CONNECTOR.test(ch) && placeAt(s.slice(j))) return null;
    // 栖澜区政府和住建局: the government named, then another body — not one body (nor one
    // called 和住建局: no body's name begins with a connector)
    if (CONNECTOR.test(ch) && (j === 1 || GOVERNMENT.test(s.slice(0, j - 1)))) return null;
    if (j < 2 || !ENDING.test(head)) continue;
    const after = s.slice(j);
    if (GOES_ON.test(after)) continue;
    if (NOT_AN_ENDING.test(after) && ch === "办") return null;
    // 转办, 督办, 举办: a verb, not an office
    if (ch === "办" && VERB_BEFORE_BAN.test(head)) return null;
    if (ch === "局" && after.startsWith("长")) return null;
    return head;
  }
  return null;
}

/**
 * Which quantity a question asks for, when it is not a count printed in the report: a ratio
 * (公开率, 占比, 比例, 百分比, 纠错率 …), a change from the year before (比上年多了多少, 同比增长 …),
 * its rate (同比, 增幅 …) or an average (平均, 月均 …). Such a question must never be answered with
 * the plain count its words also name (“公开率” contains 公开; “同比增长多少件” names 件): the
 * answerer computes the quantity (indicators.ts) or says it cannot.
 *
 * Traditional forms (佔比, 環比, 增長, 糾錯, 敗訴 …) and common slips (公开律, 站比) are matched too.
 *
 * @example
 * detectQuantity("赣州市2023年公开率是多少") // → { kind: "ratio", phrase: "公开率", … }
 * detectQuantity("洪泽区2024年依申请比上年多了多少") // → { kind: "change", phrase: "比上年多了多少", … }
 */

export type QuantityKind = "ratio" | "change" | "change_rate" | "average" | "outcome";

export interface QuantityAsk {
  /**
   * ratio: one figure over another (公开率, 占比 …); change: this year − last year, signed;
   * change_rate: that change over last year's figure (同比, 增幅 …); average: a mean (平均 …);
   * outcome: 纠错 / 败诉 / 胜诉 counts, which table 3 prints under other names (结果纠正 …).
   */
  kind: QuantityKind;
  /** The words that ask for it, as typed (normalised), e.g. “公开率”, “比上年多了多少”. */
  phrase: string;
  /** Where those words stand in the normalised question. */
  spans: [number, number][];
}

// Each pattern is tried on the normalised question (NFKC: ％ → %). Character classes carry the
// traditional forms: [长長] [环環] [纠糾] [错錯] [败敗] [诉訴] [减減] [较較] [与與] [涨漲] [占佔站].

/** 率 as a ratio, not in words where it means “lead” or “frank” (率先, 效率, 坦率 …). */
const RATE = /(?<![效坦草轻輕表统統直])率(?![先领領队隊众眾])/u;
/** 律 is a rate only as a slip right after a figure word (公开律, 办结律), never in 法律 / 规律. */
const RATE_SLIP = /(?:公开|公開|办结|辦結|纠错|糾錯|败诉|敗訴|增长|增長|处理|處理)律/u;

const RATIO: RegExp[] = [
  /比例|比率|比重|[占佔站]比|百分比|百分之[几幾多]|[几幾]成|百分点|百分點|%/u,
  // 占全县部门合计的多少, 占全市的几成: a part of a whole named between 占 and the asking word
  /所[占佔]|[占佔](?:了|到)?(?:多少|[几幾]|百分|总|總|全部|所有|整体|整體)|[占佔](?:全|总|總|各|所有)\p{Script=Han}{0,12}?(?:多少|[几幾])/u,
  /[几幾]倍|多少倍|翻了|翻[番倍]/u,
];
const CHANGE_RATE: RegExp[] = [
  /同比|[环環]比|增[幅速]|[降跌涨漲]幅|增[长長]率|下降率|减少率|減少率/u,
  /(?:增[长長]|增加|下降|减少|減少|上升|提高|降低)(?:了)?(?:百分之|多少%|[几幾]%|[几幾]个百分|多少个百分)/u,
];
/** A comparison with the year before, or a change asked with a quantity word. */
const CHANGE: RegExp[] = [
  /(?:比|较|較|与|與|和|跟|同|相比)(?:上一?年度?|去年|前一年|上年同期|往年)(?!结转|結轉|项目|項目)/u,
  /(?<![对對])(?:比|较|較|相比|相较|相較)\s*(?:19|20)\d\d\s*年/u,
  /(?:多了|少了|高了|低了|多出|少出|增加了?|减少了?|減少了?|增[长長]了?|下降了?|上升了?|降低了?|提高了?|变化了?|變化了?|增减|增減)(?:多少|[几幾])/u,
  // 2022年和2023年依申请差多少: the difference of two years asked
  /(?:相差|差了|差距(?:是|有)?|差)(?:多少|[几幾])/u,
];
/** Change words that name a change but do not ask “how much”: a change only when a figure is named. */
const CHANGE_WORD = /增[长長]|增加|下降|减少|減少|上升|降低|提高|涨|漲|跌/u;
const AVERAGE = /平均|均值|人均|[月日年周]均|平均每/u;
const OUTCOME = /[纠糾][错錯]|[败敗][诉訴]|胜诉|勝訴/u;

/** Printed column names that contain change words (2019 template table 1: 本年增/减). */
const PRINTED = /本年增[/／]?减|增[/／]减|新增/gu;

function firstMatch(text: string, patterns: RegExp[]): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = m;
  }
  return best;
}

/**
 * The quantity a question asks for, or null for a count (or for words that are not a question
 * about a quantity). `namesFigure` says whether a table figure was named: a bare change word
 * (“增长情况”) asks for a change only about a figure.
 */
export function detectQuantity(text: string, namesFigure = true): QuantityAsk | null {
  // Printed template columns are counts, not changes: blank them out first (same length).
  const t = text.replace(PRINTED, (m) => "\u0000".repeat(m.length));
  const at = (m: RegExpExecArray, kind: QuantityKind, start = m.index): QuantityAsk => ({
    kind,
    phrase: t.slice(start, m.index + m[0].length),
    spans: [[m.index, m.index + m[0].length]],
  });

  const changeRate = firstMatch(t, CHANGE_RATE);
  const change = firstMatch(t, CHANGE);
  const rateWord = RATE.exec(t) ?? RATE_SLIP.exec(t);
  // 同比 / 增长率 / 增幅 … first: “同比增长多少” asks the rate (the change is shown with it),
  // unless a unit says it is a count (“同比增加多少件”).
  if (changeRate) {
    const countAsked = /同比|[环環]比/u.test(changeRate[0]) && /(?:多少|[几幾])[件个個条條项項次]/u.test(t) && !/[率%]|百分/u.test(t);
    return at(changeRate, countAsked ? "change" : "change_rate");
  }
  if (change) {
    // “比上年增长了百分之几” was caught above; “比上年公开率高了多少” is a change (of a ratio).
    return at(change, "change");
  }
  // 平均公开率 is an average (of a rate): the mean is the quantity to compute.
  const avg = AVERAGE.exec(t);
  if (avg) return at(avg, "average");
  if (rateWord) return at(rateWord, "ratio", rateWord[0].length === 1 ? rateStart(t, rateWord.index) : rateWord.index);
  const ratio = firstMatch(t, RATIO);
  if (ratio) return at(ratio, "ratio");
  const outcome = OUTCOME.exec(t);
  if (outcome) return at(outcome, "outcome");
  const word = CHANGE_WORD.exec(t);
  if (word && namesFigure) return at(word, "change");
  return null;
}

/** 率 with the two characters that name it (公开率, 纠错率), for the reply. */
function rateStart(text: string, at: number): number {
  let s = at;
  while (s > 0 && at - s < 2 && /\p{Script=Han}/u.test(text[s - 1] ?? "") && !/[年的之]/u.test(text[s - 1] ?? "")) s--;
  return s;
}

/** What the kind of quantity is called in a reply. */
export const QUANTITY_NAMES: Record<QuantityKind, string> = {
  ratio: "比率（两个数字之比）",
  change: "与上一年相比的变化",
  change_rate: "与上一年相比的变化率",
  average: "平均数",
  outcome: "案件结果",
};

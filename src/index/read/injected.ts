/**
 * Words a hacked or mirrored page injects into a report's sentences: a gambling site's SEO keywords, joined
 * by an underscore, often with a colon (“未发生金沙城中心赌场_澳门金沙官网:政府信息公开的行政复议、行政诉讼案件”).
 * They are no words of the report: a reading that weighs the words around a number or a negation (what
 * qualifies 行政复议) reads the sentence without them. Quotes keep the page's text as it stands.
 *
 * Told by shape, not by one site: a run of Han characters opening with a gambling word, an underscore, a
 * second run. Report prose never joins words with an underscore.
 */
const INJECTED = /(?:澳门|金沙|威尼斯人|葡京|太阳城|皇冠|永利|银河|百家乐|博彩|赌场|赌城|娱乐城|彩票|棋牌)\p{Script=Han}{0,10}[_＿]\p{Script=Han}{2,12}[:：]?/gu;

/** The text without injected keywords (the rest of it unchanged). */
export function withoutInjected(text: string): string {
  return text.replace(INJECTED, "");
}

/**
 * Messages that are not a question about a report: thanks and goodbyes (谢谢, 好的), a request to
 * write something (帮我写一份2024年的年报), small talk (今天天气怎么样, 讲个笑话). Each gets a plain
 * reply saying what the bot does — never report titles as “相关原文”, never a search of the words,
 * and in a chat never a follow-up of the last question (“按‘X县2022年今天天气怎么样’回答”).
 */

export type OffTopic = "thanks" | "write" | "chat";

/** The whole message is thanks, an acknowledgement or a goodbye. */
const THANKS = /^(?:(?:谢谢|多谢|感谢|谢了|谢啦|好的|好滴|行|ok|okay|嗯+|明白了?|知道了|了解了|收到|再见|拜拜|辛苦了?)(?:你|您|啦|了|哈|呀|哦|啊|[,，。.!！~～\s])*)+$/iu;
/** Asked to write or draft a text (写一份…年报, 起草…报告), not to read one. */
const WRITE = /(?:(?:写|编|拟|做)(?:一份|一篇|一个|份|篇|个)|代写|起草|撰写|编写|生成)[^,，。？?]{0,16}(?:年报|年度报告|报告|总结|材料|文章|稿)/u;
/** Small talk, when the message names no place, year or figure (气象局…天气预报 is a question). */
const CHAT = /天气|笑话|讲个故事|你是谁|你叫什么|你好吗|吃了吗|吃饭了吗/u;

/** @param about whether the message names a place, a year or a figure */
export function offTopic(text: string, about: boolean): OffTopic | null {
  const t = text.trim();
  if (THANKS.test(t)) return "thanks";
  if (WRITE.test(t)) return "write";
  if (!about && CHAT.test(t)) return "chat";
  return null;
}

/** The reply to an off-topic message, with an example of what can be asked. */
export function offTopicText(kind: OffTopic, example: string): string {
  if (kind === "thanks") return `不客气。还可以接着问某地某年的数字，例如“${example}”。`;
  if (kind === "write") return `我只能查已收录的政府信息公开年度报告里的数字、出处和原文，不能代写报告。可以问例如“${example}”。`;
  return `这不是关于政府信息公开年度报告的问题。我只能回答已收录报告里的数字、出处和原文，例如“${example}”。`;
}

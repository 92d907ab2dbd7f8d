/**
 * Accounts a report introduces by name and then speaks of by that name alone: “通过“武义教育”官方微信
 * 公众号进行权威发布。……武义教育粉丝量为28793，今年共发布文章252篇”. A sentence naming the account is
 * about its channel (公众号), so a question naming the channel (公众号发布文章多少篇) is about the
 * sentence's numbers. Only a quoted name with the channel right after it counts as introduced.
 */
import type { Report } from "../index/schema.ts";

const CHANNEL = "(?:官方)?(?:政务)?(?:微信)?(?:公众号|服务号|订阅号|视频号|微博|头条号|抖音号|抖音|快手号|客户端|APP|app|网站|门户网站)";
const INTRODUCED = new RegExp(`[“"「]([^”"」]{2,12})[”"」]\\s*(${CHANNEL})`, "gu");
const kept = new WeakMap<Report, [string, string][]>();
/** The channels of a body's 政务新媒体 as reports name them, longest first (微信公众号 before 公众号). */
export const CHANNEL_WORD = /微信公众号|微信公众平台|微信视频号|视频号|公众号|服务号|订阅号|微信|微博|头条号|今日头条|抖音号|抖音|快手号|快手/gu;

/** The channel words of the accounts `sentence` names (“官方微信公众号” for 武义教育), or "". */
export function accountWords(report: Report, sentence: string): string {
  let accounts = kept.get(report);
  if (!accounts) {
    accounts = [];
    for (const p of report.passages) for (const m of p.text.matchAll(INTRODUCED)) accounts.push([m[1] as string, m[2] as string]);
    kept.set(report, accounts);
  }
  return accounts.filter(([name]) => sentence.includes(name)).map(([, channel]) => channel.toLowerCase()).join(" ");
}

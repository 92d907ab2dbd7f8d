/**
 * An invented county for conversation follow-ups: 沅桥县 (its government, 财政局, 教育局 and three
 * towns) and 泷阳县 (its government and 财政局), reports of 2023–2025 rendered with random tables
 * (textReport) and section 一 sentences stating figures the tables do not hold: 微信公众号发布信息
 * (a channel's count, text only) and 主动公开政府信息 (the text's count). 沅桥县教育局's text states
 * neither; 芦湾镇 states its 微信公众号 count with a second number beside it (其中原创…).
 */
import type { Report } from "../../src/index/schema.ts";
import { textReport } from "./text-report.ts";

/** agency → year → the sentences its section 一 adds. */
export const FOLLOWUP_TEXTS: Record<string, Record<number, string>> = {
  沅桥县人民政府: {
    2023: "2023年，全县主动公开政府信息1503条，微信公众号发布信息412条。",
    2024: "2024年，全县主动公开政府信息1620条，微信公众号发布信息455条。",
    2025: "2025年，全县主动公开政府信息1712条，微信公众号发布信息498条。",
  },
  沅桥县财政局: {
    2024: "2024年，本局主动公开政府信息86条，微信公众号发布信息61条。",
    2025: "2025年，本局主动公开政府信息93条，微信公众号发布信息57条。",
  },
  沅桥县教育局: {
    2024: "2024年，本局持续加强政务公开工作。",
    2025: "2025年，本局持续加强政务公开工作。",
  },
  沅桥县禾坪镇人民政府: {
    2023: "2023年，我镇主动公开政府信息205条，微信公众号发布信息71条。",
    2024: "2024年，我镇主动公开政府信息231条，微信公众号发布信息83条。",
    2025: "2025年，我镇主动公开政府信息246条，微信公众号发布信息94条。",
  },
  沅桥县石溆镇人民政府: {
    2024: "2024年，我镇主动公开政府信息178条，微信公众号发布信息129条。",
    2025: "2025年，我镇主动公开政府信息190条，微信公众号发布信息136条。",
  },
  沅桥县芦湾镇人民政府: {
    2024: "2024年，我镇主动公开政府信息143条，通过微信公众号发布信息67条，其中原创信息40条。",
    2025: "2025年，我镇主动公开政府信息152条，通过微信公众号发布信息75条，其中原创信息46条。",
  },
  泷阳县人民政府: {
    2024: "2024年，全县主动公开政府信息1388条，微信公众号发布信息377条。",
    2025: "2025年，全县主动公开政府信息1451条，微信公众号发布信息402条。",
  },
  泷阳县财政局: {
    2024: "2024年，本局主动公开政府信息74条，微信公众号发布信息39条。",
    2025: "2025年，本局主动公开政府信息81条，微信公众号发布信息44条。",
  },
};

export function followupCountyReports(): Report[] {
  let seed = 7100;
  return Object.entries(FOLLOWUP_TEXTS).flatMap(([agency, years]) =>
    Object.entries(years).map(([year, one]) => textReport("政务公开工作仍存在不足。", `${one}\n`, agency, Number(year), seed++)),
  );
}

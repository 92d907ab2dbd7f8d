/**
 * A report rendered from random figures with invented text written into it: section 五 replaced,
 * and paragraphs added to section 一 after （一）主动公开's. For questions about what a report says.
 */
import { parseReport } from "../../src/index/read/report.ts";
import type { Report } from "../../src/index/schema.ts";
import { randomFigures } from "./figures.ts";
import { renderReport } from "./render-report.ts";

const FIVE = "政务公开工作仍存在一些不足，下一步将进一步提升公开质量。";
const ONE = /（一）主动公开\n[^\n]*\n/u;

export function textReport(five: string, one = "", agency = "青岚县人民政府", year = 2023, seed = 4242): Report {
  const text = renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" });
  if (!text.includes(FIVE) || !ONE.test(text)) throw new Error("render-report changed: the sentences to replace are gone");
  return parseReport(text.replace(FIVE, five).replace(ONE, (m) => `${m}${one}`), `${agency}-${year}.txt`);
}

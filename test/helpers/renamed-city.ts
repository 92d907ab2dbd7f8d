/**
 * Invented corpora for bodies renamed by a reform and a city bureau's 分局 in a county:
 *
 *  - 澄岚市: 卫生和计划生育委员会 2019–2020 → 卫生健康委员会 2021–2024, 城市管理局 2019–2021 →
 *    城市管理综合执法局 2022–2024, 环境保护局 2019–2020 → 生态环境局 2021–2024 (环保局 fits both);
 *    never one body: 农业局 and 农业农村局 (both 2021), 工商行政管理局 and 质量技术监督局 (both 2019)
 *    before 市场监督管理局, and 溪口县's 卫生健康局 (another place); 溪口县 has a 生态环境局 too.
 *  - 漱玉市生态环境局苇川分局 in 苇川县 (a county no gazetteer lists), the reader giving its region as 漱玉市.
 * Each report prints 本年新收 only.
 */
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "./report.ts";

/** agency → year → 本年新收 */
const RENAMED: [string, Record<number, number>][] = [
  ["澄岚市人民政府", { 2019: 300, 2020: 310, 2021: 320, 2022: 330, 2023: 340, 2024: 350 }],
  ["澄岚市卫生和计划生育委员会", { 2019: 41, 2020: 27 }],
  ["澄岚市卫生健康委员会", { 2021: 22, 2022: 35, 2023: 38, 2024: 31 }],
  ["澄岚市城市管理局", { 2019: 8, 2020: 21, 2021: 19 }],
  ["澄岚市城市管理综合执法局", { 2022: 12, 2023: 9, 2024: 6 }],
  ["澄岚市环境保护局", { 2019: 14, 2020: 15 }],
  ["澄岚市生态环境局", { 2021: 16, 2022: 17, 2023: 18, 2024: 19 }],
  ["澄岚市农业局", { 2019: 5, 2020: 6, 2021: 7 }],
  ["澄岚市农业农村局", { 2021: 13, 2022: 14, 2023: 15, 2024: 16 }],
  ["澄岚市工商行政管理局", { 2019: 51 }],
  ["澄岚市质量技术监督局", { 2019: 17 }],
  ["澄岚市市场监督管理局", { 2020: 60, 2021: 61, 2022: 62, 2023: 63, 2024: 64 }],
  ["澄岚市溪口县人民政府", { 2023: 90, 2024: 91 }],
  ["澄岚市溪口县卫生健康局", { 2023: 11, 2024: 12 }],
  ["澄岚市溪口县生态环境局", { 2023: 3, 2024: 4 }],
];

/** agency, the region as the reader gives it, year → 本年新收 */
const BRANCH: [string, string, Record<number, number>][] = [
  ["漱玉市人民政府", "漱玉市", { 2023: 120, 2024: 130 }],
  ["漱玉市生态环境局", "漱玉市", { 2023: 17, 2024: 15 }],
  ["漱玉市公安局", "漱玉市", { 2023: 40, 2024: 44 }],
  ["漱玉市生态环境局苇川分局", "漱玉市", { 2023: 4, 2024: 6 }],
  ["苇川县人民政府", "苇川县", { 2023: 9, 2024: 8 }],
  ["苇川县医疗保障局", "苇川县", { 2023: 2, 2024: 3 }],
];

function reports(bodies: [string, string, Record<number, number>][]): Report[] {
  return bodies.flatMap(([agency, region, years]) =>
    Object.entries(years).map(([year, received]) => makeReport({ agency, region, year: Number(year), file: `${agency}-${year}.txt`, table2: { new: { total: received } } as never })),
  );
}

export const renamedCityReports = (): Report[] => reports(RENAMED.map(([agency, years]) => [agency, identify(agency).region, years]));
export const branchCityReports = (): Report[] => reports(BRANCH);

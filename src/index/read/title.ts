/**
 * Title, reporting agency, region and year, from the title line near the top:
 * “浔阳区人民政府2023年政府信息公开工作年度报告”, or split over two lines
 * (“乐清市人民政府办公室” / “2023 年政府信息公开工作年度报告”), or naming only the region
 * (“樟树市 2020 年政府信息公开工作年度报告” → agency 樟树市人民政府).
 */
import { isPageFurniture, parseChineseNumber, squash } from "./text.ts";

export interface TitleInfo {
  title: string;
  agency: string;
  region: string;
  year: number;
}

const REPORT_WORDS = /政府信息公开(?:工作)?(?:年度)?报告|政务公开(?:工作)?年度报告|信息公开年报/;
const YEAR = /((?:19|20)\d{2}|[二][〇零○][一二三四五六七八九〇零○]{2})\s*年度?/;
const UNIT = /.+?(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|盟|地区|新区|区|县|旗|镇|乡|街道)/g;

/** Read the title block; null when the text has no recognisable report title. */
export function readTitle(text: string): TitleInfo | null {
  const lines = text.slice(0, 4000).split("\n").map(cleanTitleLine);
  for (let i = 0; i < lines.length && i < 60; i++) {
    const line = lines[i] ?? "";
    const words = REPORT_WORDS.exec(line);
    if (!words) continue;
    const y = YEAR.exec(line);
    if (!y || y.index > words.index) continue;
    let before = line.slice(0, y.index);
    // Agency on the line(s) above: “淮安市人民政府” / “2024 年政府信息公开工作年度报告”.
    for (let j = i - 1; !before && j >= 0 && j >= i - 3; j--) {
      const prev = lines[j] ?? "";
      if (prev && !isPageFurniture(prev) && prev.length <= 40) before = prev;
    }
    before = before.replace(/^.*[：:]/, "").replace(/[《〈“"]/g, "");
    if (!before) continue;
    const year = readYear(y[1] ?? "");
    if (!year) continue;
    const agency = fullAgency(before);
    const region = regionOf(agency);
    if (!region) continue;
    const title = `${before}${line.slice(y.index, words.index + words[0].length)}`.replace(/\s+/g, "");
    return { title, agency, region, year };
  }
  return null;
}

function cleanTitleLine(l: string): string {
  return squash(l).replace(/^[-—–]\d+[-—–]/, "");
}

function readYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  const n = parseChineseNumber(s.replace(/○/g, "〇"));
  return n && n > 1900 ? n : null;
}

/** “赣州市” alone names the people's government of 赣州市. */
function fullAgency(name: string): string {
  const units = name.match(UNIT)?.join("") ?? "";
  return units === name ? `${name}人民政府` : name;
}

/**
 * The lowest administrative unit the agency belongs to: 淮安市洪泽区人民政府 → 洪泽区,
 * 乐清市人民政府办公室 → 乐清市, 赣州市发展和改革委员会 → 赣州市.
 */
export function regionOf(agency: string): string {
  const cut = agency.search(/人民政府|政府|委员会|办公室|办公厅/);
  const chain = cut > 0 ? agency.slice(0, cut) : agency;
  const units = chain.match(UNIT) ?? [];
  if (units.length === 0) return cut > 0 ? chain : agency;
  // Whatever follows the last unit (e.g. a department name) is not part of the region.
  return units[units.length - 1] ?? chain;
}

/** The administrative units in a name, outermost first: 淮安市洪泽区 → [淮安市, 洪泽区]. */
export function regionChain(agency: string): string[] {
  const cut = agency.search(/人民政府|政府|委员会|办公室|办公厅/);
  const chain = cut > 0 ? agency.slice(0, cut) : agency;
  return chain.match(UNIT) ?? [];
}

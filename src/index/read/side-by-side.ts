/**
 * Tables 2 and 3 printed side by side (a landscape page: the headings of 三 and 四 on one line, the
 * two tables' rows interleaved down to 五). Table 3's region then started inside table 2 and held
 * its rows too: runs of fifteen zeros from table 2 “added up” and were read as table 3 (维持 0 for a
 * printed 2), and table 2's region was empty. Here each table gets the region with the other's
 * lines blanked (offsets kept, so spans and quotes stay the report's own):
 *  - a line naming a table-2 row or applicant column is table 2's; one naming table 3's groups or
 *    result columns is table 3's; a line of numbers alone, or of other words, belongs to the table
 *    of the line before it;
 *  - a line naming both tables (the headings) is neither's;
 *  - a table-2 row that carries more numbers than table 2's seven columns (space-aligned text, both
 *    tables' numbers on one line): its first seven are table 2's and the fifteen after them table 3's
 *    when that is exactly what it holds; otherwise the line is read by neither — never one table's
 *    numbers as the other's.
 */
import { TABLE2_COLUMNS, TABLE3_COLUMNS, TABLE3_GROUPS, table2Rows } from "../template.ts";
import type { Region } from "./appendix.ts";
import { parseCellNumber, splitLines, squash } from "./text.ts";

const T3_WORDS = /行政复议|行政诉讼|直接起诉|复议后起诉|结果维持|结果纠正|其他结果|尚未审结/u;
const APPLICANTS = ["勾稽关系", "申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "公益组织", "法律服务机构"];
const T2_KEYS = [...APPLICANTS, ...table2Rows("2021").flatMap((r) => r.keys), ...table2Rows("2019").flatMap((r) => r.keys)].filter((k) => k.length >= 2);
const T3_WIDTH = TABLE3_GROUPS.length * TABLE3_COLUMNS.length;

/**
 * 三's and 四's headings on one line: only the heading's words and spaces between where they start
 * (text on one line, as crawlers print it, has table 2 between them).
 */
export function sideBySide(text: string, t2Heading: number | undefined, t3Heading: number | undefined): boolean {
  if (t2Heading === undefined || t3Heading === undefined || t3Heading <= t2Heading || t3Heading - t2Heading > HEADING_GAP) return false;
  return !/[\n\d]/u.test(text.slice(t2Heading + 1, t3Heading)); // (its own numeral aside: “3.”)
}
/** The longest 三's heading and the spaces after it can be, in characters. */
const HEADING_GAP = 120;

/** The text with the lines of `region` that are not table `keep`'s blanked (same length). */
export function keepTable(text: string, region: Region, keep: 2 | 3): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  let owner: 2 | 3 | null = null;
  for (const line of splitLines(text, region.start, region.end)) {
    const sq = squash(line.text);
    const two = T2_KEYS.some((k) => sq.includes(k));
    const three = T3_WORDS.test(sq);
    if (two && three) owner = null;
    else if (two) owner = 2;
    else if (three) owner = 3;
    if (owner === 2 && two) {
      // a table-2 row with table 3's numbers after its own (space-aligned text)
      const nums = numbersOf(line.text);
      if (nums.length > TABLE2_COLUMNS.length) {
        const split = nums.length === TABLE2_COLUMNS.length + T3_WIDTH;
        const cut = nums[TABLE2_COLUMNS.length]?.start ?? 0;
        if (!split) blank(line.start, line.end);
        else if (keep === 2) blank(line.start + cut, line.end);
        else blank(line.start, line.start + cut);
        continue;
      }
    }
    if (owner !== keep) blank(line.start, line.end);
  }
  return out.join("");
}

/** The numbers of a line as whitespace-separated words, with where each starts in the line. */
function numbersOf(line: string): { start: number }[] {
  return [...line.matchAll(/[^\s\t]+/gu)].filter((m) => parseCellNumber(m[0]) !== null).map((m) => ({ start: m.index }));
}

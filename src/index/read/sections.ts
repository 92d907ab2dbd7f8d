/**
 * The six sections of a report. Headings are found by their words, anywhere in the text (crawler
 * text may have no line breaks at all), in order: table-2 row labels such as “三、本年度办理结果” or
 * “四、结转下年度继续办理” start with the same numerals and must not be taken for headings.
 */
import type { Section } from "../schema.ts";

const N = String.raw`[\s#*]*`; // markdown marks and spaces a heading may carry
const SEP = String.raw`\s*[、.．]?\s*(?:\*\*)?\s*`;

/** “三” or “3”; an Arabic numeral must carry its mark (“3.”), or “…14⏎四、…” would read as heading 4. */
const num = (cn: string, digit: number) => `(?:${cn}|${digit}(?=\\s*[、.．]))`;

const HEADINGS: { no: number; re: RegExp }[] = [
  { no: 1, re: new RegExp(`${N}${num("一", 1)}${SEP}总\\s*体\\s*情\\s*况`, "g") },
  { no: 2, re: new RegExp(`${N}${num("二", 2)}${SEP}主\\s*动\\s*公\\s*开(?:政府信息)?(?:情况)?`, "g") },
  // a tab ends it: 四's heading may follow on the same line (tables 2 and 3 side by side, read/side-by-side.ts)
  { no: 3, re: new RegExp(`${N}${num("三", 3)}${SEP}(?:收到和处理|依申请公开)[^\\n\\t。]{0,14}`, "g") },
  { no: 4, re: new RegExp(`${N}${num("四", 4)}${SEP}[^\\n。]{0,16}?行政复议[^\\n。]{0,12}`, "g") },
  { no: 5, re: new RegExp(`${N}${num("五", 5)}${SEP}[^\\n。]{0,14}?(?:存在的?|主要)[^\\n。]{0,4}问题[^\\n。]{0,10}`, "g") },
  { no: 6, re: new RegExp(`${N}${num("六", 6)}${SEP}其他[^\\n。]{0,10}`, "g") },
];

interface Found {
  no: number;
  start: number;
  headEnd: number;
  heading: string;
}

/** Find section headings in order; a section missing from the text is simply absent. */
export function findSections(text: string): Section[] {
  let found = scan(text, 0);
  // A table of contents (目录) lists the headings with nothing between them: the report starts after it.
  const toc = tocEnd(text, found);
  if (toc > 0) found = scan(text, toc);
  return found.map((f, i) => ({
    no: f.no,
    heading: f.heading,
    start: f.start,
    end: found[i + 1]?.start ?? text.length,
  }));
}

/** Where a table of contents ends: three or more headings from the first one on with only dot leaders and page numbers between. */
function tocEnd(text: string, found: Found[]): number {
  let end = -1;
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i] as Found, found[i + 1] as Found];
    if (b.start > a.headEnd && !/^[\s.…·．\-—\d页]*$/.test(text.slice(a.headEnd, b.start))) break;
    if (i >= 1) end = b.headEnd;
  }
  return end;
}

function scan(text: string, start: number): Found[] {
  const found: Found[] = [];
  let from = start;
  for (const { no, re } of HEADINGS) {
    re.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      // A heading starts a line (or follows sentence-ending punctuation in collapsed text).
      const at = m.index + (m[0].length - m[0].trimStart().length);
      const before = text.slice(Math.max(0, at - 1), at);
      // A digit numeral glued to a digit before it is part of a number (“…10” + “4.”), not a heading.
      const digitAfterDigit = /\d/.test(text[at] ?? "") && /\d/.test(before);
      if ((at === 0 || /[\n\r。；;：:）)\s\f\d]/.test(before)) && !digitAfterDigit) {
        const heading = m[0].replace(/[#*]/g, "").replace(/\s+/g, "").trim();
        found.push({ no, start: at, headEnd: m.index + m[0].length, heading });
        from = m.index + m[0].length;
        break;
      }
    }
  }
  return found;
}

export function sectionAt(sections: Section[], offset: number): number {
  let no = 0;
  for (const s of sections) if (offset >= s.start) no = s.no;
  return no;
}

/**
 * Hand-made `Report`s for tests that must not depend on the reader.
 *
 * `paragraphs` is a shortcut: each entry (a string, or `[section, string]`; default section 1)
 * becomes one passage, and the report text is the title and the paragraphs joined by newlines,
 * so that passage offsets point at the passage text.
 */
import type { Passage, Report, Section } from "../../src/index/schema.ts";
import { SECTION_HEADINGS } from "../../src/index/template.ts";

export type ReportInit = Partial<Report> & { paragraphs?: (string | [number, string])[] };

export function makeReport(init: ReportInit = {}): Report {
  const { paragraphs, ...partial } = init;
  const agency = partial.agency ?? "浔阳区人民政府";
  const region = partial.region ?? "浔阳区";
  const year = partial.year ?? 2023;
  const title = partial.title ?? `${agency}${year}年政府信息公开工作年度报告`;

  let text = partial.text ?? title;
  const passages: Passage[] = [];
  const sections: Section[] = [];
  if (paragraphs && !partial.text) {
    text = title;
    for (const [i, entry] of paragraphs.entries()) {
      const [section, body] = typeof entry === "string" ? [1, entry] : entry;
      let last = sections.at(-1);
      if (!last || last.no !== section) {
        const heading = SECTION_HEADINGS[section] ?? "";
        text += "\n" + heading;
        last = { no: section, heading, start: text.length - heading.length, end: text.length };
        sections.push(last);
      }
      text += "\n";
      const start = text.length;
      text += body;
      passages.push({ id: `p${i}`, section, text: body, start, end: text.length });
      last.end = text.length;
    }
  }

  return {
    file: partial.file ?? `${region}-${year}.txt`,
    title,
    agency,
    region,
    year,
    template: partial.template ?? (year >= 2021 ? "2021" : "2019"),
    text,
    sections: partial.sections ?? sections,
    passages: partial.passages ?? passages,
    table1: partial.table1 ?? {},
    table2: partial.table2 ?? {},
    table3: partial.table3 ?? null,
    spans: partial.spans ?? {},
    narrative: partial.narrative ?? [],
    readings: partial.readings ?? {},
    checks: partial.checks ?? [],
    repairs: partial.repairs ?? [],
    warnings: partial.warnings ?? [],
  };
}

/** A table-2 row with the given total and natural-person count (other columns 0). */
export function t2row(total: number, naturalPerson = total): Record<string, number> {
  return {
    natural_person: naturalPerson,
    commercial: total - naturalPerson,
    research: 0,
    public_interest: 0,
    legal_service: 0,
    other_org: 0,
    total,
  };
}

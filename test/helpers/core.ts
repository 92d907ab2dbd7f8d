/**
 * A bot core over reports held in memory, answering with the real answerer: for conversation tests
 * that need the whole chat (follow-ups, ask-backs) without the bot's start-up.
 */
import { createAnswerer } from "../../src/answers/answerer.ts";
import { partsOf } from "../../src/bot/core.ts";
import { memoryCatalogue } from "../../src/bot/catalogue.ts";
import { listPage, onPage } from "../../src/bot/reports.ts";
import type { Core } from "../../src/bot/types.ts";
import type { Report } from "../../src/index/schema.ts";

export function memoryCore(reports: Report[], today?: () => Date): Core {
  const answerer = createAnswerer(reports, today ? { today } : {});
  const names = [...new Map(reports.map((r) => [r.agency, { agency: r.agency, region: r.region }])).values()];
  return {
    answer: (q) => answerer.answer(q),
    parse: (q) => partsOf(q, names),
    ...memoryCatalogue(() => reports),
    reportPage: async (requested, size) => {
      const { heads, ...at } = listPage(reports, requested, size);
      return { reports: heads.map(onPage), ...at };
    },
    reportsOf: async (agency) => reports.filter((r) => r.agency === agency),
    loadErrors: () => [],
    reload: async () => ({ reports: reports.length, errors: [] }),
    addReport: async () => ({ ok: false, reason: "not in this test" }),
  };
}

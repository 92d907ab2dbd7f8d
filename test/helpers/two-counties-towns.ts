/**
 * Two invented counties whose townships share names (the outside tests' shape, with a city 丙川市 of
 * 2023): 甲溪县 has 石埠镇 and 青杉镇, 乙岭县 has 石埠乡 and 柘塘镇 (a town of one county, a township
 * of the same name in the other, and towns only one county has). Two towns' titles print no county (as many do); their
 * reports state it. Reports of 2022–2024 for the governments and offices, 2023–2024 for the others,
 * with 本年新收 and 予以公开 (and one table 3).
 */
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "./report.ts";

/** agency → year → [本年新收, 予以公开] */
const BODIES: [string, Record<number, [number, number]>][] = [
  ["丙川市人民政府", { 2023: [279, 90] }],
  ["丙川市人民政府办公室", { 2023: [18, 7] }],
  ["甲溪县人民政府", { 2022: [42, 20], 2023: [55, 16], 2024: [66, 31] }],
  ["乙岭县人民政府", { 2022: [90, 40], 2023: [55, 21], 2024: [62, 30] }],
  ["甲溪县人民政府办公室", { 2022: [15, 6], 2023: [18, 7], 2024: [11, 5] }],
  ["乙岭县人民政府办公室", { 2022: [13, 4], 2023: [14, 6], 2024: [12, 4] }],
  ["甲溪县财政局", { 2023: [28, 9], 2024: [5, 2] }],
  ["乙岭县财政局", { 2023: [21, 8], 2024: [26, 10] }],
  ["甲溪县石埠镇人民政府", { 2023: [1, 1], 2024: [0, 0] }],
  ["甲溪县青杉镇人民政府", { 2023: [2, 1], 2024: [8, 3] }],
  ["乙岭县石埠乡人民政府", { 2023: [3, 2], 2024: [8, 5] }],
  ["乙岭县柘塘镇人民政府", { 2023: [7, 4], 2024: [9, 3] }],
  ["沙湄乡人民政府", { 2023: [6, 2], 2024: [4, 1] }],
  ["梅坞乡人民政府", { 2023: [0, 0], 2024: [2, 2] }],
];

/** Table 3 where one is printed: 甲溪县人民政府 2023 (行政复议 2 维持, 1 纠正). */
const TABLE3: Record<string, Report["table3"]> = {
  "甲溪县人民政府 2023": {
    review: { upheld: 2, corrected: 1, other: 0, pending: 0, total: 3 },
    suit_direct: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 },
    suit_after_review: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
  },
};

/** The county each untitled town's own report states (“由甲溪县沙湄乡人民政府编制”: read/stated-parents.ts). */
const STATED: Record<string, string> = { 沙湄乡人民政府: "甲溪县", 梅坞乡人民政府: "乙岭县" };

export const twoCountyTownReports = (): Report[] =>
  BODIES.flatMap(([agency, years]) =>
    Object.entries(years).map(([year, [received, granted]]) =>
      ({
        ...makeReport({ agency, region: identify(agency).region, year: Number(year), file: `${agency}-${year}.txt`, table2: { new: { total: received }, granted: { total: granted } } as never, table3: TABLE3[`${agency} ${year}`] ?? null }),
        ...(STATED[agency] ? { body: { kind: "township" as const, level: "township" as const, parents: [STATED[agency] as string] } } : {}),
      }),
    ),
  );

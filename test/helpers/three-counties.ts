/**
 * An invented city as people ask about its counties (澜汀市: its 教育局 and 财政局 but no report of
 * its government; three counties 枫溪县, 鹭门县, 桐岑县, each with its government and the same
 * 教育局, 财政局, 民政局), reports of 2023 and 2024 with 本年新收 and 予以公开. 鹭门县民政局 has no
 * 2024 report; only 枫溪县 has a 水利局 (2023), two counties a 市场监督管理局 (2023). The city's bureaus print the largest 教育局 / 财政局 figures, so a county field that
 * lets them in shows it at the top.
 */
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "./report.ts";

/** agency → year → [本年新收, 予以公开] */
const BODIES: [string, Record<number, [number, number]>][] = [
  ["澜汀市教育局", { 2023: [60, 20], 2024: [66, 21] }],
  ["澜汀市财政局", { 2023: [50, 15], 2024: [55, 16] }],
  ["枫溪县人民政府", { 2023: [120, 40], 2024: [95, 31] }],
  ["鹭门县人民政府", { 2023: [108, 35], 2024: [131, 44] }],
  ["桐岑县人民政府", { 2023: [99, 30], 2024: [102, 33] }],
  ["枫溪县教育局", { 2023: [21, 7], 2024: [26, 9] }],
  ["鹭门县教育局", { 2023: [24, 8], 2024: [35, 12] }],
  ["桐岑县教育局", { 2023: [31, 11], 2024: [30, 10] }],
  ["枫溪县财政局", { 2023: [23, 6], 2024: [19, 5] }],
  ["鹭门县财政局", { 2023: [14, 4], 2024: [17, 6] }],
  ["桐岑县财政局", { 2023: [9, 3], 2024: [12, 4] }],
  ["枫溪县民政局", { 2023: [17, 5], 2024: [18, 6] }],
  ["鹭门县民政局", { 2023: [22, 9] }],
  ["桐岑县民政局", { 2023: [13, 2], 2024: [16, 3] }],
  ["枫溪县水利局", { 2023: [5, 2] }],
  ["枫溪县市场监督管理局", { 2023: [41, 12] }],
  ["鹭门县市场监督管理局", { 2023: [44, 13] }],
];

export const threeCountyReports = (): Report[] =>
  BODIES.flatMap(([agency, years]) =>
    Object.entries(years).map(([year, [received, granted]]) =>
      makeReport({ agency, region: identify(agency).region, year: Number(year), file: `${agency}-${year}.txt`, table2: { new: { total: received }, granted: { total: granted } } as never }),
    ),
  );

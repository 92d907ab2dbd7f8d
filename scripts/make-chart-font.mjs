#!/usr/bin/env node
/**
 * Regenerates assets/fonts/NotoSansSC-chart.ttf, the CJK font charts are drawn with
 * (src/bot/chart/). resvg reads TrueType/OpenType only, and the npm packages that ship Noto Sans SC
 * as TTF are large (@expo-google-fonts/noto-sans-sc: 57 MB download, 9 weights of 10.5 MB), so the
 * repository keeps a subset of the regular weight: ASCII, GB 2312 (all 6 763 hanzi and its symbols),
 * CJK punctuation and full-width forms. Run once by hand, not on install:
 *
 *   npm install --no-save @expo-google-fonts/noto-sans-sc subset-font
 *   node scripts/make-chart-font.mjs
 */
/* global Buffer, URL, console */
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import iconv from "iconv-lite";

const require = createRequire(import.meta.url);
const subsetFont = (await import("subset-font")).default;
const source = require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf");

const chars = new Set();
for (let c = 0x20; c < 0x7f; c++) chars.add(String.fromCharCode(c));
// Every GB 2312 code point (rows 0xA1–0xF7, cells 0xA1–0xFE).
for (let hi = 0xa1; hi <= 0xf7; hi++) {
  for (let lo = 0xa1; lo <= 0xfe; lo++) {
    const ch = iconv.decode(Buffer.from([hi, lo]), "gb2312");
    if (ch && ch !== "\ufffd") chars.add(ch);
  }
}
for (let c = 0x3000; c <= 0x303f; c++) chars.add(String.fromCharCode(c)); // CJK punctuation
for (let c = 0xff01; c <= 0xff5e; c++) chars.add(String.fromCharCode(c)); // full-width forms
for (const ch of "·—–‘’“”…‰℃№×÷≤≥±％、。，；：？！（）《》〈〉【】") chars.add(ch);

const out = await subsetFont(await readFile(source), [...chars].join(""), { targetFormat: "truetype" });
await writeFile(new URL("../assets/fonts/NotoSansSC-chart.ttf", import.meta.url), out);
console.log(`${chars.size} characters, ${out.length} bytes`);

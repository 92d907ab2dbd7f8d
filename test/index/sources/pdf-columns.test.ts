/**
 * Narrative set in two columns on a PDF page is read column by column, not row by row across the
 * page (outside round 11: “…318条，通过“办公室发 度，对拟公开信息…” quoted as the report's words,
 * 「召开新闻发布会2 事件。」 losing the figure). Built on positioned fragments, as any PDF engine gives
 * them (pdf-layout.ts lays them out), with invented text.
 */
import { describe, expect, it } from "vitest";
import type { Fragment } from "../../../src/index/sources/pdf-geometry.ts";
import { layoutPages } from "../../../src/index/sources/pdf-layout.ts";

const SIZE = 10.5;
const LINE = 16;
/** Width of a string in a CJK font: ideographs a full em, digits and Latin half. */
const width = (s: string) => [...s].reduce((w, c) => w + (/[\x20-\x7e]/.test(c) ? 0.5 : 1) * SIZE, 0);

function frag(str: string, left: number, top: number, right = left + width(str)): Fragment {
  return { str, left, right, top, bottom: top + SIZE, size: SIZE, vertical: false };
}

const COLUMNS = { left: [72, 282], right: [312, 522] } as const;
/** A column's line: a full line is justified to the column's right edge. */
const col = (side: keyof typeof COLUMNS, row: number, str: string, full: boolean) =>
  frag(str, COLUMNS[side][0], 200 + row * LINE, full ? COLUMNS[side][1] : undefined);

const LEFT: [string, boolean][] = [
  ["（一）主动公开。本年度通过门户网站主动公", true],
  ["开政府信息318条，通过政务微信公众号发布", true],
  ["信息44条，召开新闻发布会3场。", false],
  ["（二）依申请公开。本年度共收到政府信息公", true],
  ["开申请20件，上年结转1件，已全部按照法定", true],
];
const RIGHT: [string, boolean][] = [
  ["时限答复，结转下年度继续办理0件。", false],
  ["（三）政府信息管理。严格落实“三审三校”", true],
  ["制度，全年未发生泄密事件。", false],
  ["（四）平台建设。持续优化门户网站信息公开", true],
  ["专栏。", false],
];

function page(fragments: Fragment[]) {
  return { width: 595, height: 842, fragments, segments: [] };
}

const HEAD = [frag("澜溪县农业农村局2023年政府信息公开工作年度报告", 72, 120), frag("一、总体情况", 72, 170)];
const BELOW = [frag("二、主动公开政府信息情况", 72, 300), frag("行政许可", 72, 320), frag("17", 420, 320), frag("行政处罚", 72, 336), frag("3", 420, 336)];

describe("two-column narrative on a PDF page", () => {
  it("is read column by column, a paragraph carried from the left column to the right joined", () => {
    const two = [...LEFT.map(([s, full], i) => col("left", i, s, full)), ...RIGHT.map(([s, full], i) => col("right", i, s, full))];
    expect(layoutPages([page([...HEAD, ...two, ...BELOW])]).split("\n")).toEqual([
      "澜溪县农业农村局2023年政府信息公开工作年度报告",
      "一、总体情况",
      "（一）主动公开。本年度通过门户网站主动公开政府信息318条，通过政务微信公众号发布信息44条，召开新闻发布会3场。",
      "（二）依申请公开。本年度共收到政府信息公开申请20件，上年结转1件，已全部按照法定时限答复，结转下年度继续办理0件。",
      "（三）政府信息管理。严格落实“三审三校”制度，全年未发生泄密事件。",
      "（四）平台建设。持续优化门户网站信息公开专栏。",
      "二、主动公开政府信息情况",
      "行政许可\t17",
      "行政处罚\t3",
    ]);
  });

  it("a table of labels and figures without borders is not taken for two columns", () => {
    const rows = ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开", "部分公开", "不予公开"].flatMap((label, i) => [
      frag(label, 72, 200 + i * LINE),
      frag(String(10 + i), 420, 200 + i * LINE),
    ]);
    expect(layoutPages([page(rows)]).split("\n")).toEqual([
      "本年新收政府信息公开申请数量\t10",
      "上年结转政府信息公开申请数量\t11",
      "予以公开\t12",
      "部分公开\t13",
      "不予公开\t14",
    ]);
  });
});

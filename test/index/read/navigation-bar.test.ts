/**
 * A page's navigation bar above a title that names no body (outside round 23: “中国政府网 | 中华人民共和国生态环境部 |
 * 湖南省政府门户网站 无障碍浏览|” over “2023年政府信息公开工作年度报告”, the page's “发布机构: 湖南省生态环境厅” below):
 * the bar's links are never the reporting agency; the page's label naming a body (发布机构, 发文机关, 信息来源) is.
 * Places and texts are invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";

const body = [
  "本年度报告根据《中华人民共和国政府信息公开条例》编制。",
  "一、总体情况",
  "(一)主动公开情况。全年在门户网站发布信息1386条,微博发布信息944条。",
  "(二)依申请公开情况。全年共收到政府信息公开申请27件,均已按期答复。",
].join("\n");
const who = (head: string) => {
  const r = parseReport(`${head}\n${body}\n`, "t20240131_7731.html.txt");
  return [r.agency, r.year];
};

describe("a navigation bar above a title naming no body", () => {
  it.each([
    ["中国政府网 | 中华人民共和国水利部 | 渚阳省政府门户网站 无障碍浏览|", "发布机构: 渚阳省水利厅"],
    ["首页 | 渚阳省人民政府 | 国家林业和草原局 | English |", "发文机关：渚阳省林业局"],
    ["渚阳省人民政府门户网站 ｜ 中华人民共和国应急管理部 ｜ 无障碍 ｜", "信息来源：渚阳省应急管理厅"],
  ])("“%s”: the body the page's label names", (bar, label) => {
    const name = label.split(/[:：]\s*/u)[1];
    const head = `${bar}\n\n2023年政府信息公开工作年度报告\n\n  • 索引号:430S00/2024-001234\n  • ${label}\n  • 发文日期: 2024-01-30\n`;
    expect(who(head)).toEqual([name, 2023]);
  });

  it("guard: a title line's own body stands under a bar", () => {
    const head = "中国政府网 | 渚阳省人民政府 | 无障碍浏览|\n渚阳省水利厅2023年政府信息公开工作年度报告\n发布机构: 渚阳省水利厅";
    expect(who(head)).toEqual(["渚阳省水利厅", 2023]);
  });
});

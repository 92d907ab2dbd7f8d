import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { htmlToText } from "../../../src/index/sources/html.ts";

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url), "utf8");

describe("htmlToText tables", () => {
  it("expands colspan and rowspan into a grid, text at the top-left position only", () => {
    const html = `<table>
      <tr><td colspan="2" rowspan="2">说明</td><td colspan="3">申请人情况</td></tr>
      <tr><td>自然人</td><td>法人</td><td>总计</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td>(一)予以公开</td><td>40</td><td>&nbsp;</td><td>42</td></tr>
      <tr><td>(二)部分公开</td><td>15</td><td>0</td><td>15</td></tr>
    </table>`;
    expect(htmlToText(html).split("\n")).toEqual([
      "说明\t\t申请人情况\t\t",
      "\t\t自然人\t法人\t总计",
      "三、本年度办理结果\t(一)予以公开\t40\t\t42",
      "\t(二)部分公开\t15\t0\t15",
    ]);
  });

  it("reads cells as one line: <br> and <p> become spaces, whitespace collapses, &nbsp;-only cells are empty", () => {
    const html = `<table><tr><td><p>商业</p><p>企业</p></td><td>结果<br>纠正</td><td>  a \n\t b  </td><td>&nbsp;&nbsp;</td><td>\u3000</td><td>x</td></tr></table>`;
    expect(htmlToText(html)).toBe("商业 企业\t结果 纠正\ta b\t\t\tx");
  });

  it("treats rowspan=0 as 'to the end of the table' and clamps spans past the last row", () => {
    const html = `<table><tr><td rowspan="0">A</td><td>1</td></tr><tr><td>2</td></tr><tr><td rowspan="9">B</td></tr></table>`;
    expect(htmlToText(html).split("\n")).toEqual(["A\t1", "\t2", "\tB"]);
  });

  it("keeps a caption and skips empty rows", () => {
    const html = `<table><caption>表一</caption><tr><td>&nbsp;</td><td></td></tr><tr><td>规章</td><td>0</td></tr></table>`;
    expect(htmlToText(html).split("\n")).toEqual(["表一", "规章\t0"]);
  });

  it("keeps a row of empty cells under a header naming each of their columns (表三 with no case, zeros left blank), not one under figures", () => {
    const head = `<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>`;
    const empty = `<tr><td></td><td>&nbsp;</td><td></td><td></td><td></td></tr>`;
    expect(htmlToText(`<table>${head}${empty}</table>`).split("\n")).toEqual(["结果维持\t结果纠正\t其他结果\t尚未审结\t总计", "\t\t\t\t"]);
    expect(htmlToText(`<table>${head}<tr><td>1</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>${empty}</table>`).split("\n")).toHaveLength(2);
  });

  it("reads layout tables (one column, or a nested table) as blocks, not as one long row", () => {
    const html = `<table><tr><td><p>第一段</p><p>第二段</p><table><tr><td>行政许可</td><td>8014</td></tr></table></td><td>侧栏</td></tr></table>`;
    expect(htmlToText(html).split("\n")).toEqual(["第一段", "第二段", "行政许可\t8014", "侧栏"]);
  });

  it("survives hostile spans without building huge grids", () => {
    const html = `<table><tr><td colspan="99999999">a</td><td>b</td></tr><tr><td rowspan="-3">c</td><td colspan="x">d</td></tr></table>`;
    const lines = htmlToText(html).split("\n");
    expect(lines[0]!.startsWith("a\t")).toBe(true);
    expect(lines[0]!.split("\t").length).toBeLessThanOrEqual(300);
    expect(lines[1]).toBe("c\td");
  });
});

describe("htmlToText text", () => {
  it("drops head, script, style, comments and hidden elements; keeps paragraphs, headings and <br> as lines", () => {
    const html = `<html><head><title>标题栏</title><style>p{}</style></head><body>
      <script>alert("x")</script><!-- 注释 --><h2>一、总体情况</h2>
      <p>第一行<br>第二行</p><div hidden>隐藏</div><span style="display:none">也隐藏</span><p>末段 <b>加粗</b>文字</p></body></html>`;
    expect(htmlToText(html).split("\n")).toEqual(["一、总体情况", "第一行", "第二行", "末段 加粗文字"]);
  });

  it("decodes entities", () => {
    expect(htmlToText("<p>A &amp; B &lt;C&gt; &#x4E00;&#20108; &ldquo;三&rdquo; &copy;</p>")).toBe("A & B <C> 一二 “三” ©");
  });

  it("reads a government article page: layout tables around, the report table as tab-separated rows", () => {
    const lines = htmlToText(fixture("gov-page.html")).split("\n");
    expect(lines).toContain("乐清市人民政府办公室2023年政府信息公开工作年度报告");
    expect(lines).toContain("本报告依据《中华人民共和国政府信息公开条例》编制。");
    expect(lines).toContain("数据统计期限自2023年1月1日至2023年12月31日。");
    expect(lines).toContain("一、本年新收政府信息公开申请数量\t\t\t68\t2\t0\t0\t0\t0\t70");
    expect(lines).toContain("二、上年结转政府信息公开申请数量\t\t\t0\t\t\t\t\t\t0");
    expect(lines).toContain("三、本年度 办理结果\t（一）予以公开\t\t40\t2\t0\t0\t0\t0\t42");
    expect(lines).toContain("\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t15\t0\t0\t0\t0\t0\t15");
    expect(lines).toContain("\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0");
    expect(lines).toContain("\t\t2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0");
    expect(lines).toContain("\t\t\t\t商业 企业\t科研 机构\t社会公益组织\t法律服务机构\t其他\t");
    expect(lines).toContain("联系电话：0577-61880550 & 电子邮件：yqsxxgk@163.com");
    const text = lines.join("\n");
    for (const noise of ["统计代码", "_hmt", "分享到微信", "border", "_乐清市人民政府"]) expect(text).not.toContain(noise);
  });
});

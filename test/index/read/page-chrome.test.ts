/**
 * A report saved as a web page, or pasted from one, comes wrapped in the page's chrome: the site's
 * header, menu and breadcrumbs, a side table (热点排行 … 点击), the page's metadata under the title
 * (发布时间 / 来源 / 浏览次数), and after the report the attachment link, 打印本页 关闭窗口, 相关阅读 and
 * the footer (主办, 网站标识码, ICP备案号, 公网安备, 联系电话). None of it may become a passage, a
 * narrative figure or part of a section (the footer was quoted as “六、其他需要报告的事项”). The
 * chrome here is invented (琨州市); the reports are the bundled samples, whose own reading must not
 * change: the same tables, the same narrative figures, the same passages of sections 一 to 六.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { readReport } from "../../../src/index/corpus.ts";
import { identify } from "../../../src/index/agency/identity.ts";
import { createAnswerer } from "../../../src/answers/answerer.ts";
import type { Report } from "../../../src/index/schema.ts";
import { expectedFigures } from "../../helpers/figures.ts";
import { differences } from "../../helpers/compare.ts";

const SAMPLES = expectedFigures();
const sample = (file: string) => readFileSync(new URL(`../../../data/reports/${file}`, import.meta.url), "utf8");

const HEAD = [
  "琨州市人民政府门户网站 今天是：2025-01-17 无障碍 长者版 登录",
  "首页",
  "走进琨州",
  "政务公开",
  "政务服务",
  "互动交流",
  "当前位置：首页 > 政务公开 > 年度报告",
  "热点排行",
  "排名\t标题\t点击",
  "1\t琨州市2024年国民经济和社会发展统计公报\t8595",
  "2\t关于2024年义务教育招生入学的公告\t3252",
];
const META = "发布时间：2024-01-11 17:06  来源：琨州市政务公开办  浏览次数：4513  【字体：大 中 小】";
const TAIL = [
  "附件：琨州市2023年政府信息公开工作年度报告.docx",
  "【打印本页】 【关闭窗口】",
  "相关阅读",
  "序号\t标题\t发布日期",
  "1\t琨州市2022年政府信息公开工作年度报告\t2023-01-28",
  "2\t关于公布琨州市2024年政务公开工作要点的通知\t2024-03-01",
  "主办：琨州市人民政府办公室  网站标识码：3607990001  赣ICP备05002718号-1",
  "赣公网安备 36079902000123号  联系电话：0797-6543210  政务服务便民热线：12345",
];
const CHROME = /网站标识码|浏览次数|热点排行|点击|打印本页|关闭窗口|相关阅读|公网安备|ICP备|走进琨州|当前位置|0797-6543210|8595|4513/;

/** The sample with the page's chrome around it and its metadata line right under its title line. */
function wrapped(text: string): string {
  const lines = text.split("\n");
  const title = lines.findIndex((l, i) => i < 15 && /政府信息公开(?:工作)?年度报告\s*$/.test(l.replace(/[#*\s]/g, "")));
  expect(title, "the sample has a title line").toBeGreaterThanOrEqual(0);
  return [...HEAD, ...lines.slice(0, title + 1), META, ...lines.slice(title + 1), ...TAIL].join("\n");
}

/** What the report itself says: its sections' passages and its narrative figures. */
const own = (r: Report) => ({
  passages: r.passages.filter((p) => p.section >= 1).map((p) => p.text),
  narrative: r.narrative.map((f) => `${f.value}${f.unit} ${f.says}`),
});

describe.each(SAMPLES)("$file saved as a web page", (e) => {
  const plain = parseReport(sample(e.file), e.file);
  const page = parseReport(wrapped(sample(e.file)), e.file);

  it("reads the same report: agency, year, every table figure, the same passages and narrative figures", () => {
    expect({ agency: page.agency, year: page.year }).toEqual({ agency: plain.agency, year: plain.year });
    expect(differences(page, e)).toEqual([]);
    expect(own(page)).toEqual(own(plain));
  });

  it("no passage, figure or section holds the page's chrome", () => {
    expect(page.passages.filter((p) => CHROME.test(p.text)).map((p) => p.text)).toEqual([]);
    expect(page.narrative.filter((f) => CHROME.test(f.sentence))).toEqual([]);
    const last = page.sections.at(-1);
    expect(last && page.text.slice(last.start, last.end)).not.toMatch(CHROME);
  });

  it("guard: a sentence of the report naming the same words (相关链接, 技术支持, 打印) stays the report's", () => {
    const said = "下一步，本机关将完善门户网站相关链接栏目，做好技术支持，及时打印归档公开信息。";
    // its own paragraph right under the heading of 六
    const text = sample(e.file).replace(/(\n[#*\s]*六[、.．]\s*[*]*\s*其他需要报告的事项[*]*\s*\n)/, `$1\n${said}\n\n`);
    expect(text).toContain(said);
    const r = parseReport(wrapped(text), e.file);
    expect(r.passages.some((p) => p.text === said)).toBe(true);
    expect(r.passages.filter((p) => CHROME.test(p.text)).map((p) => p.text)).toEqual([]);
  });

  it("the footer is never quoted as the report's: 网站标识码, 联系电话 and 浏览次数 questions quote no chrome", () => {
    const ask = createAnswerer([page]);
    for (const what of ["网站标识码是多少", "公网安备号是多少", "报告浏览次数", "热点排行第一名点击多少"]) {
      const a = ask.answer(`${identify(e.agency).region}${e.year}年${what}`);
      expect(a.figures.map((f) => f.value), `${what}: ${a.text}`).not.toContain(4513);
      expect(a.text, what).not.toMatch(/网站标识码：|浏览次数：|8595|0797-6543210/);
    }
  });
});

describe("the same page as HTML (header, nav, side table, footer elements)", () => {
  const e = SAMPLES[0] as (typeof SAMPLES)[number];
  const text = sample(e.file);
  const body = text
    .split("\n")
    .map((l) => (l.includes("\t") ? `<tr>${l.split("\t").map((c) => `<td>${c}</td>`).join("")}</tr>` : `<p>${l}</p>`))
    .join("\n")
    .replace(/(<tr>[\s\S]*?<\/tr>)(?!\s*<tr>)/g, "$1</table>")
    .replace(/(?<!<\/tr>\s*)(<tr>)/g, "<table>$1");
  const html = `<!DOCTYPE html><html><head><title>x</title></head><body>
<div class="top">琨州市人民政府门户网站 今天是：2025-01-17 无障碍 长者版 登录</div>
<ul class="nav"><li>首页</li><li>走进琨州</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
<div class="side"><h3>热点排行</h3><table><tr><th>排名</th><th>标题</th><th>点击</th></tr><tr><td>1</td><td>琨州市2024年国民经济和社会发展统计公报</td><td>8595</td></tr></table></div>
<div class="article">${body.replace(/(<p>[^<]*年度报告\s*<\/p>)/, `$1<div class="meta">${META}</div>`)}</div>
<div class="foot"><p>附件：<a href="x.docx">琨州市2023年政府信息公开工作年度报告.docx</a></p><p>【打印本页】 【关闭窗口】</p>
<p>主办：琨州市人民政府办公室 网站标识码：3607990001 赣ICP备05002718号-1</p><p>联系电话：0797-6543210</p></div>
</body></html>`;

  it("reads the report, and none of the chrome", async () => {
    const r = await readReport("page.html", new TextEncoder().encode(html));
    expect(differences(r, e)).toEqual([]);
    expect(r.passages.filter((p) => CHROME.test(p.text)).map((p) => p.text)).toEqual([]);
    expect(own(r).narrative).toEqual(own(parseReport(text, e.file)).narrative);
  });
});

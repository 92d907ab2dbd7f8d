/**
 * A report's body named only inside a sentence (outside round 20, real pages cut before the tables):
 * the name never takes the sentence's words along (“如有疑问请与苍溪县农业农村局办公室联系” is 苍溪县
 *农业农村局, not “如有疑问请与苍溪县农业农村局”). Texts are written for these tests; the places are
 * real divisions (the gazetteer must know them), the bodies' texts invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";

const read = (text: string, file = "t20190307_4455.html.txt") => {
  const r = parseReport(text, file);
  return { agency: r.agency, region: r.region, year: r.year, title: r.title };
};

const BODY = [
  "一、政务公开情况",
  "(一)主动公开政府信息情况。2018年,我局在县人民政府门户网站主动公开政府信息143条。其中:概况类信息9条,工作动态类信息98条。",
  "(二)依申请公开政府信息情况。2018年,我局未收到政府信息公开申请。",
  "二、存在的问题及改进措施",
  "2018年,我局信息公开工作还存在公开还不全面等问题。",
].join("\n");

describe("a body named inside a sentence", () => {
  it("the contact sentence's words are not the name (如有疑问请与X办公室联系)", () => {
    const text = `根据《中华人民共和国政府信息公开条例》及上级有关文件要求,编制本局2018年度政府信息公开报告,并向社会公开。如有疑问请与旺苍县林业局办公室联系(地址:旺苍县东河镇滨河路8号,电话:0839-4200000)。\n${BODY}`;
    expect(read(text)).toMatchObject({ agency: "旺苍县林业局", region: "旺苍县", year: 2018 });
    expect(read(`${text}\n旺苍县林业局\n2019年3月7日\n`)).toMatchObject({ agency: "旺苍县林业局", region: "旺苍县" });
  });

  it("other sentence words glued before the place are not the name either", () => {
    const text = `依据《条例》要求编制本局2018年度政府信息公开报告,对报告内容有疑问的可咨询剑阁县林业局办公室(电话:0839-6600000)。\n${BODY}`;
    expect(read(text)).toMatchObject({ agency: "剑阁县林业局", region: "剑阁县" });
  });
});

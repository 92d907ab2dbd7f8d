/**
 * A page cut before the tables, with no title line, that calls its body only 我局 and cites its own disclosure guide
 * (outside round 23: “我局严格落实《南华县乡村振兴局政府信息公开指南》”): the guide's body is the report's, when its name
 * ends in the body word the text uses and it is the only guide cited. Texts are written for these tests; the places
 * are real divisions (the gazetteer must know them), the bodies' texts invented.
 */
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";

const text = (guides: string, self = "我局") =>
  [
    "本报告根据《中华人民共和国政府信息公开条例》规定编制,由总体情况、主动公开政府信息情况等6部分组成。",
    "一、总体情况",
    `(一)主动公开情况。2023年,${self}通过“平武县人民政府网站”发布各类信息215条。其中,工作动态信息188条。`,
    `(二)依申请公开情况。${self}严格落实${guides}中“依申请公开的有关事项”要求,完善依申请公开流程。2023年,${self}收到政府信息公开申请3件。`,
  ].join("\n");

describe("a body named only by its own disclosure guide", () => {
  it("我局 and 《平武县水利局政府信息公开指南》: the report is 平武县水利局's", () => {
    const r = parseReport(text("《平武县水利局政府信息公开指南》"), "info-88123.htm.txt");
    expect({ agency: r.agency, region: r.region, year: r.year }).toEqual({ agency: "平武县水利局", region: "平武县", year: 2023 });
  });

  it("two guides cited: neither is taken", () => {
    let agency = "";
    try {
      agency = parseReport(text("《平武县水利局政府信息公开指南》和《平武县人民政府政府信息公开指南》"), "info-88124.htm.txt").agency;
    } catch {
      agency = "";
    }
    expect(agency).not.toBe("平武县水利局");
  });

  it("a body word the guide's name does not end in (我委 and a 局's guide): not taken", () => {
    let agency = "";
    try {
      agency = parseReport(text("《平武县水利局政府信息公开指南》", "我委"), "info-88125.htm.txt").agency;
    } catch {
      agency = "";
    }
    expect(agency).not.toBe("平武县水利局");
  });
});

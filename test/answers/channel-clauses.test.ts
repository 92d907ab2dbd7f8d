/**
 * A sentence listing counts by channel, each clause naming its own (“通过…公众号公开信息104条;通过…网站公布各类
 * 政府信息115条”): the sentence's head clause does not scope over a later clause that names its own channel, so a
 * question about the first channel never gets the second's number (merge of session 13: 发布 ≈ 公布 let the
 * website's 115 answer a 微信公众号 question through the head clause's words). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { textReport } from "../helpers/text-report.ts";

const sentence =
  "2023年,苇塘县教育局通过苇塘教育微信公众号向社会公开工作信息96条,关注人数1.2万人,全年点击量18万次;通过县人民政府网站教育局子站向社会公布各类政府信息131条,其中包括:通知公告22条、政策文件9条。";
const ask = (q: string) => createAnswerer([textReport("存在不足。", `${sentence}\n`, "苇塘县教育局", 2023)]).answer(`苇塘县教育局2023年${q}`);

describe("clauses that each name their own channel", () => {
  it("微信公众号发布信息: never the website's 131", () => {
    const a = ask("微信公众号发布信息多少条");
    expect(a.figures.map((f) => f.value)).not.toContain(131);
  });

  it("the website's count is still the website's", () => {
    const a = ask("通过政府网站公布各类政府信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([131]);
  });

  it("the 公众号's count is still the 公众号's", () => {
    const a = ask("微信公众号公开工作信息多少条");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures.map((f) => f.value)).toEqual([96]);
  });
});

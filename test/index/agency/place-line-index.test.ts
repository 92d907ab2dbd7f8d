/**
 * A place renamed (撤县设区 柏坪县 → 柏坪区) is found among the loaded agencies by its stem, from an
 * index made once per names array (successions.ts stemIndexOf), not by a pass over every agency for
 * each agency asked about: the same candidates, in the names' order, and agencies appended to the
 * names (an upload) are found too.
 */
import { describe, expect, it } from "vitest";
import { lineCandidates } from "../../../src/index/agency/successions.ts";

const named = (agencies: string[]) => agencies.map((agency) => ({ agency, region: "" }));

describe("a place's other statuses among the loaded agencies", () => {
  const names = named([
    "柏坪县人民政府", "柏坪区财政局", "柏坪镇人民政府", "汐原市人民政府", "柏坪区人民政府",
    "柏坪县财政局", "柏坪县人民政府", "柏坪市人民政府", "柏原区人民政府", "柏坪街道办事处", "柏坪乡人民政府",
  ]);

  it("are its place's stem with another status and the same body, county with county, township with township", () => {
    expect(lineCandidates(names, "柏坪县人民政府")).toEqual(["柏坪区人民政府", "柏坪市人民政府"]);
    expect(lineCandidates(names, "柏坪区人民政府")).toEqual(["柏坪县人民政府", "柏坪市人民政府"]);
    expect(lineCandidates(names, "柏坪县财政局")).toEqual(["柏坪区财政局"]);
    expect(lineCandidates(names, "柏坪镇人民政府")).toEqual(["柏坪街道办事处", "柏坪乡人民政府"]);
    expect(lineCandidates(names, "柏原区人民政府")).toEqual([]);
  });

  it("finds an agency appended to the names after a first question", () => {
    const growing = named(["琨阳县人民政府", "汐原市人民政府"]);
    expect(lineCandidates(growing, "琨阳县人民政府")).toEqual([]);
    growing.push({ agency: "琨阳区人民政府", region: "" });
    expect(lineCandidates(growing, "琨阳县人民政府")).toEqual(["琨阳区人民政府"]);
  });
});

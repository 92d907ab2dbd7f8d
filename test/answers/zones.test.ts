/**
 * Development zones, parks and new areas (高新技术产业开发区, 经济开发区 …) are governed by a 管委会
 * the government sends, not by a people's government: named the way people name them (栖梧高新区,
 * 高新区管委会), never taken for the city whose name they carry (栖梧 is 栖梧市), and never ranked
 * as a “地方” beside governments. A government left out of a ranking because its tables could not be
 * read is named, not only counted.
 */
import { describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { fullAgency } from "../../src/index/read/title.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const results = (granted: number, partly: number, total: number) => ({ granted: t2row(granted), partly_granted: t2row(partly), results_total: t2row(total) });
const reports = [
  makeReport({ agency: "青梧市人民政府", region: "青梧市", table2: { new: t2row(40), ...results(10, 10, 40) } }),
  makeReport({ agency: "青梧高新技术产业开发区管理委员会", region: "青梧高新技术产业开发区", table2: { new: t2row(90), ...results(80, 5, 90) } }),
  makeReport({ agency: "丹溪经济开发区", region: "丹溪经济开发区", table2: { new: t2row(60), ...results(50, 0, 60) } }),
  makeReport({ agency: "白石县人民政府", region: "白石县", table2: { new: t2row(20), ...results(5, 5, 20) } }),
  // tables not read: no figure at all
  makeReport({ agency: "红岭区人民政府", region: "红岭区" }),
  makeReport({ agency: "青梧市交通运输局", region: "青梧市", file: "青梧市交通运输局-2023.txt", table2: { new: t2row(7), ...results(7, 0, 7) } }),
];
const answerer = createAnswerer(reports, { today: () => new Date("2026-11-15") });
const ask = (q: string) => answerer.answer(q);

describe("a zone's 管委会", () => {
  it("is its own kind of body, not a people's government", () => {
    expect(identify("青梧高新技术产业开发区管理委员会").kind).toBe("zone");
    expect(identify("丹溪经济开发区").kind).toBe("zone");
    // a 综合实验区 or 新区 governs its territory in the government's place; a 人民政府 is one
    expect(identify("平潭综合实验区管理委员会").kind).toBe("government");
    expect(identify("浦东新区人民政府").kind).toBe("government");
    // a zone's report titled with the zone alone is its 管委会's, as a place's is its government's
    expect(fullAgency("福州高新技术产业开发区")).toBe("福州高新技术产业开发区管理委员会");
    expect(fullAgency("赣州市")).toBe("赣州市人民政府");
    // a department of a zone named after its city: the zone is its place, not 景德镇 + 高新区税务局
    expect(identify("景德镇高新区税务局")).toMatchObject({ region: "景德镇高新区", body: "税务局" });
  });

  it("is found by the names people use: 高新区, 高新区管委会, 经开区", () => {
    for (const q of ["青梧高新区2023年依申请公开多少件", "青梧高新区管委会2023年依申请公开多少件", "青梧高新技术产业开发区2023年收到多少申请"]) {
      const a = ask(q);
      expect(a.status, `${q}\n${a.text}`).toBe("answered");
      expect(a.figures[0]).toMatchObject({ agency: "青梧高新技术产业开发区管理委员会", value: 90 });
    }
    const a = ask("丹溪经开区2023年收到多少申请");
    expect(a.figures[0], a.text).toMatchObject({ agency: "丹溪经济开发区", value: 60 });
  });

  it("a rate asked by a name only the zones are looked for by (白鹭开发区 for 白鹭港经济开发区) is the zone's, as a count is", () => {
    const port = makeReport({ agency: "白鹭港经济开发区管理委员会", region: "白鹭港经济开发区", table2: { new: t2row(30), ...results(12, 3, 30) } });
    const zoned = createAnswerer([...reports, port], { today: () => new Date("2026-11-15") });
    expect(zoned.answer("白鹭开发区2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "白鹭港经济开发区管理委员会", value: 30 });
    const a = zoned.answer("白鹭开发区2023年公开率");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ agency: "白鹭港经济开发区管理委员会", value: 50 });
  });

  it("does not take the city's name: 青梧 is 青梧市, without asking back", () => {
    const a = ask("青梧2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ agency: "青梧市人民政府", value: 40 });
  });

  it("is not ranked among the places (governments), only when zones are asked for", () => {
    const places = ask("2023年哪个地方收到的申请最多");
    expect(places.figures.map((f) => f.agency)).toEqual(["青梧市人民政府", "白石县人民政府"]);
    const rate = ask("2023年哪个地方公开率最高");
    expect(rate.figures.map((f) => f.agency)).toEqual(["青梧市人民政府", "白石县人民政府"]);
    const zones = ask("2023年哪个开发区收到的申请最多");
    expect(zones.figures.map((f) => f.agency)).toEqual(["青梧高新技术产业开发区管理委员会", "丹溪经济开发区"]);
  });

  it("a government whose figures could not be read is named in the ranking's notes", () => {
    const rate = ask("2023年哪个地方公开率最高");
    expect(rate.notes.join("\n")).toMatch(/缺少计算所需数字的未参加排名：红岭区人民政府/u);
    const count = ask("2023年哪个地方收到的申请最多");
    expect(count.notes.join("\n")).toContain("红岭区人民政府");
  });
});

describe("a zone printed under its city, or named an 经济区", () => {
  it("广元市…工业园区管委会 and 临空经济区 are zones, not a county-level government under the city", () => {
    expect(identify("广元市天然气综合利用工业园区管委会").kind).toBe("zone");
    expect(identify("孝感市临空经济区").kind).toBe("zone");
    expect(identify("市临空经济区").kind).toBe("zone");
    // a district under its city stays a government
    expect(identify("广元市利州区人民政府").kind).toBe("government");
  });

  it("哪个地方…最多 leaves the zone out, counted as a 管委会", () => {
    const a = createAnswerer(
      [
        makeReport({ agency: "青梧市人民政府", region: "青梧市", table2: { new: t2row(40), ...results(10, 10, 40) } }),
        makeReport({ agency: "青梧市天然气综合利用工业园区管委会", region: "天然气综合利用工业园区", table2: { new: t2row(90), ...results(80, 5, 90) } }),
        makeReport({ agency: "白石县人民政府", region: "白石县", table2: { new: t2row(20), ...results(5, 5, 20) } }),
      ],
      { today: () => new Date("2026-11-15") },
    ).answer("2023年哪个地方收到的申请最多");
    expect(a.figures.map((f) => f.agency)).toEqual(["青梧市人民政府", "白石县人民政府"]);
    expect(a.notes.join("")).toContain("开发区（园区）管委会 1 份");
  });
});

describe("a body not found is offered only its own place's reports", () => {
  it("资阳市发改委: 资阳区's reports are not 资阳市's", () => {
    const a = createAnswerer([makeReport({ agency: "资阳区人民政府", region: "资阳区", table2: { new: t2row(4) } }), makeReport({ agency: "白石县人民政府", region: "白石县", table2: { new: t2row(2) } })], { today: () => new Date("2026-11-15") }).answer("资阳市发改委2023年依申请公开多少件");
    expect(a.status, a.text).toBe("not_found");
    expect(a.text).not.toContain("资阳区已收录");
    expect(a.text).toContain("资阳市没有已收录的报告");
  });
});

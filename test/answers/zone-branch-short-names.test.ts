/**
 * Bodies that are neither a government nor a bureau — a bonded zone, a zone printed without its city,
 * a city centre's branch in a county — named the way people name them: the distinctive part of the
 * name and its kind word (鸥礁综保区, 鸥礁, 保税区, 鹭洲分中心, 鹭洲公共资源交易分中心). One body that
 * fits is answered; two are asked back; the zone's city (温州) is never what its zone's name means.
 * Run in memory and from PostgreSQL, answer for answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { identify } from "../../src/index/agency/identity.ts";
import { fullAgency } from "../../src/index/read/title.ts";
import { unifyAgencies } from "../../src/index/corpus.ts";
import type { PgStore } from "../../src/store/pg/store.ts";
import { PG_SKIPPED, pgSuite } from "../helpers/pg.ts";
import { answerDiffs, pgStoreOf, type PgFixture } from "../helpers/pg-store.ts";
import { makeReport, t2row } from "../helpers/report.ts";

const today = () => new Date("2026-11-15");
const received = (n: number) => ({ new: t2row(n), results_total: t2row(n) });

const reports = [
  makeReport({ agency: "温州市人民政府", region: "温州市", table2: received(400) }),
  makeReport({ agency: "温州鸥礁综合保税区管理委员会", region: "温州鸥礁综合保税区", table2: received(17) }),
  makeReport({ agency: "宁波鹭岛综合保税区管理委员会", region: "宁波鹭岛综合保税区", table2: received(9) }),
  makeReport({ agency: "鸥湾港保税区管理委员会", region: "鸥湾港保税区", table2: received(23) }),
  // printed with its city unnamed (“市鹊桥经济区”), as its own report names it
  makeReport({ agency: "市鹊桥经济区管理委员会", region: "市鹊桥经济区", table2: received(5) }),
  makeReport({ agency: "广州南沙经济技术开发区管理委员会", region: "广州南沙经济技术开发区", table2: received(31) }),
  makeReport({ agency: "鸥川现代农业示范区管理委员会", region: "鸥川现代农业示范区", table2: received(12) }),
  makeReport({ agency: "瑶津市鹭洲区人民政府", region: "鹭洲区", table2: received(61) }),
  makeReport({ agency: "瑶津市公共资源交易服务中心鹭洲分中心", region: "瑶津市", file: "鹭洲分中心-2023.txt", table2: received(3) }),
];
const answerer = createAnswerer(reports, { today });
const ask = (q: string) => answerer.answer(q);

describe("a bonded zone", () => {
  it("is a zone run by its 管委会, its report titled with the zone alone its 管委会's", () => {
    expect(identify("鸥湾港保税区管理委员会").kind).toBe("zone");
    expect(identify("温州鸥礁综合保税区管理委员会").kind).toBe("zone");
    expect(fullAgency("鸥湾港保税区")).toBe("鸥湾港保税区管理委员会");
    // a 示范区 too, as rankings count it (who.ts)
    expect(fullAgency("鸥川现代农业示范区")).toBe("鸥川现代农业示范区管理委员会");
  });

  it.each([
    ["鸥礁综保区2023年依申请公开多少件", 17],
    ["温州鸥礁综保区2023年收到多少申请", 17],
    ["鸥礁2023年依申请公开多少件", 17],
    ["鸥礁综合保税区2023年收到几件申请", 17],
    ["保税区2023年新收依申请几件", 23],
    ["鹭岛综保区2023年依申请多少件", 9],
    ["鸥川示范区2023年依申请多少件", 12],
  ])("%s: the zone's own figure", (q, value) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]?.value, a.text).toBe(value);
  });

  it("the city the zone is named after is the city's government, never the zone", () => {
    const a = ask("温州2023年依申请公开多少件");
    expect(a.figures[0], a.text).toMatchObject({ agency: "温州市人民政府", value: 400 });
  });

  it("a zone's own name that is a district's (南沙: 南沙区) names the zone only with its kind word", () => {
    expect(ask("南沙经开区2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "广州南沙经济技术开发区管理委员会", value: 31 });
    const district = ask("南沙2023年依申请公开多少件");
    expect(district.figures.map((f) => f.agency), district.text).not.toContain("广州南沙经济技术开发区管理委员会");
  });

  it("综保区 alone fits two zones: asked back with both, no figure", () => {
    const a = ask("综保区2023年依申请公开多少件");
    expect(a.status, a.text).toBe("clarify");
    expect(a.text).toContain("温州鸥礁综合保税区管理委员会");
    expect(a.text).toContain("宁波鹭岛综合保税区管理委员会");
  });

  it("a zone and another said together are compared, each its own", () => {
    const a = ask("鸥湾港保税区和鸥礁综保区2023年依申请对比");
    expect(a.figures.map((f) => [f.agency, f.value]), a.text).toEqual([
      ["鸥湾港保税区管理委员会", 23],
      ["温州鸥礁综合保税区管理委员会", 17],
    ]);
  });
});

describe("a zone printed without its city", () => {
  it("is found with the city said before it, and says how it was read", () => {
    const a = ask("襄阳市鹊桥经济区2023年依申请公开多少件");
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ agency: "市鹊桥经济区管理委员会", value: 5 });
    expect(a.text).toContain("按“市鹊桥经济区管理委员会”理解");
  });

  it("and by its own name alone", () => {
    expect(ask("鹊桥经济区2023年依申请公开多少件").figures[0]?.value).toBe(5);
  });
});

describe("a city centre's branch in a county (分中心)", () => {
  it.each(["鹭洲分中心2023年依申请公开几件", "鹭洲公共资源交易分中心2023年依申请公开多少件", "瑶津市公共资源交易服务中心鹭洲分中心2023年依申请公开多少件"])("%s: the branch's own figure", (q) => {
    const a = ask(q);
    expect(a.status, a.text).toBe("answered");
    expect(a.figures[0]).toMatchObject({ agency: "瑶津市公共资源交易服务中心鹭洲分中心", value: 3 });
  });

  it("the county alone is its government, not the branch", () => {
    expect(ask("鹭洲区2023年依申请公开多少件").figures[0]).toMatchObject({ agency: "瑶津市鹭洲区人民政府", value: 61 });
  });
});

const QUESTIONS = [
  "鸥礁综保区2023年依申请公开多少件",
  "鸥礁2023年依申请公开多少件",
  "保税区2023年新收依申请几件",
  "南沙2023年依申请公开多少件",
  "综保区2023年依申请公开多少件",
  "襄阳市鹊桥经济区2023年依申请公开多少件",
  "鹭洲分中心2023年依申请公开几件",
  "鹭洲公共资源交易分中心2023年依申请公开多少件",
];

let db: PgFixture;
let store: PgStore;

describe.skipIf(!!PG_SKIPPED)(pgSuite("zones and branches by their short names from PostgreSQL"), () => {
  beforeAll(async () => {
    db = await pgStoreOf(reports);
    store = db.store;
  }, 120_000);

  afterAll(async () => {
    await db?.close();
  });

  it("answers as the in-memory store does, JSON for JSON", async () => {
    // the store lists its names by their first report's file, as a folder is loaded
    const byFile = [...reports].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const memory = createAnswerer(unifyAgencies(byFile), { today });
    expect(await answerDiffs(store, () => memory, QUESTIONS, today)).toEqual([]);
  });
});

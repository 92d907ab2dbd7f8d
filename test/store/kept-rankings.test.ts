/**
 * Rankings are kept per year and figure (the store's values, the indicator fields), so a ranking
 * asked again costs the reports it shows. What is kept goes with the reports it was made from:
 * after an upload or a /reload, a ranking asked again includes the new report.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCore } from "../../src/bot/core.ts";
import type { Answer } from "../../src/index/schema.ts";
import { scratch } from "../helpers/scratch.ts";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
/** 浔阳区's 2023 report as another district's: the same figures, another government. */
const copyAs = (place: string) => readFileSync(join(DATA, "xunyang-2023.txt"), "utf8").replaceAll("浔阳", place);

const RATE = "2023年哪个地方公开率最高";
const COUNT = "2023年哪个地区依申请公开最多";
const FEWEST = "2023年依申请公开最少的是哪个地区";
const ranked = (a: Answer) => a.figures.map((f) => `${f.region} ${f.value}`);

describe("kept rankings", () => {
  it("include a report uploaded after the ranking was first asked, by a figure and by a rate", { timeout: 60_000 }, async () => {
    const { data } = scratch("nianbao-kept-rankings-");
    const core = await createCore(data);
    const ask = async (q: string) => await core.answer(q);
    const before = [await ask(RATE), await ask(COUNT), await ask(FEWEST)];
    for (const a of before) {
      expect(a.kind).toBe("ranking");
      expect(ranked(a)).not.toContainEqual(expect.stringContaining("濂溪区"));
    }
    // asked again: the same answers from what was kept
    expect([(await ask(RATE)).text, (await ask(COUNT)).text, (await ask(FEWEST)).text]).toEqual(before.map((a) => a.text));

    const up = await core.addReport({ filename: "lianxi-2023.txt", data: new TextEncoder().encode(copyAs("濂溪")) });
    expect(up.ok).toBe(true);
    expect(ranked(await ask(RATE))).toContain("濂溪区 64.29");
    expect(ranked(await ask(COUNT))).toContain("濂溪区 14");
    // the other order of a figure already ranked
    expect(ranked(await ask(FEWEST))).toContain("濂溪区 14");
  });

  it("include a report a /reload found", { timeout: 60_000 }, async () => {
    const { data } = scratch("nianbao-kept-rankings-");
    const core = await createCore(data);
    const ask = async (q: string) => await core.answer(q);
    expect(ranked(await ask(RATE))).not.toContainEqual(expect.stringContaining("柴桑区"));
    expect(ranked(await ask(COUNT))).not.toContainEqual(expect.stringContaining("柴桑区"));
    writeFileSync(join(data, "chaisang-2023.txt"), copyAs("柴桑"));
    await core.reload();
    expect(ranked(await ask(RATE))).toContain("柴桑区 64.29");
    expect(ranked(await ask(COUNT))).toContain("柴桑区 14");
  });
});

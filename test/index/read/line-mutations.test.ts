/**
 * Issue 14.7: one table line duplicated, removed or swapped with the next row must not change a
 * figure silently. Seeded and bounded: 30 mutants of each bundled report. A figure of a mutant
 * either equals the original reading, or is not read, or is marked unsure, or a consistency
 * check on its row or column breaks that held before (test/helpers/mutate-lines.ts).
 */
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport } from "../../../src/index/read/report.ts";
import { mutate, mutants, parseMutant, silentChanges } from "../../helpers/mutate-lines.ts";

const dir = new URL("../../../data/reports/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const text = (f: string) => readFileSync(new URL(f, dir), "utf8");

describe.each(files)("%s: 30 one-line mutants", (file) => {
  it("change no figure silently", () => {
    const source = text(file);
    const truth = parseReport(source, file);
    const silent: string[] = [];
    for (const m of mutants(source, 30, 14)) {
      const r = parseMutant(m.text, file);
      if (!r) continue;
      for (const s of silentChanges(truth, r)) silent.push(`${m.kind} line ${m.line + 1}: ${s.key} ${s.truth} → ${s.read}`);
    }
    expect(silent).toEqual([]);
  });
});

describe("ganzhou-2023's 不予公开 block (values one row above their labels)", () => {
  const source = text("ganzhou-2023.txt");
  const lines = source.split("\n");
  const at = (words: string) => lines.findIndex((l) => l.replace(/\s/g, "").includes(words));

  it("with one row of the block duplicated, 属于国家秘密 is unsure rather than 12", () => {
    const r = parseReport(mutate(source, "duplicate", at("6.属于四类过程性信息")), "ganzhou-2023.txt");
    const v = r.table2["refused.state_secret"]?.total ?? null;
    expect(v === 1 || r.readings["table2.refused.state_secret.total"]?.read === "unsure").toBe(true);
    expect(r.readings["table2.refused.state_secret.total"]?.reason).toBeTruthy();
  });

  it("with a line elsewhere duplicated, the block is not silently read by its labels", () => {
    const r = parseReport(mutate(source, "duplicate", at("一、本年新收政府信息公开申请数量")), "ganzhou-2023.txt");
    expect(r.table2["refused.state_secret"]?.total === 1 || r.readings["table2.refused.state_secret.total"]?.read === "unsure").toBe(true);
  });

  it("with two whole rows swapped, the realignment is not trusted", () => {
    const r = parseReport(mutate(source, "swap", at("（二）部分公开")), "ganzhou-2023.txt");
    expect(r.table2["partly_granted"]?.total === 158 || r.readings["table2.partly_granted.total"]?.read === "unsure").toBe(true);
  });
});

describe("table 1 rows printed out of template order", () => {
  it("are read by their labels when each is followed by its own numbers", () => {
    const source = text("ganzhou-2023.txt");
    const lines = source.split("\n");
    const i = lines.findIndex((l) => l.startsWith("行政处罚"));
    const r = parseReport(mutate(source, "swap", i), "ganzhou-2023.txt");
    expect(r.table1["penalty"]?.decisions).toBe(672632);
    expect(r.table1["coercion"]?.decisions).toBe(39586);
  });
});

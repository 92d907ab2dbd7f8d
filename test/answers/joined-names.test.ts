/**
 * 甲区和乙区: a 和 (与, 及, 跟, 同) right after a name read joins two names; it is no character of a
 * place typed by its sound. Such a question is not read again by sound (soundAlikeNames and a second
 * reading: 1–2 ms at 50 000 reports, every comparison's first reading), and reads as before; a name
 * not read on either side of the 和 still goes to the reading by sound.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import * as resolve from "../../src/index/agency/resolve.ts";
import { createAnswerer } from "../../src/answers/answerer.ts";
import { understand } from "../../src/answers/understand.ts";
import { distinctAgencies } from "../../src/store/memory.ts";
import { makeReport } from "../helpers/report.ts";

vi.mock("../../src/index/agency/resolve.ts", async (importOriginal) => {
  const m = await importOriginal<typeof resolve>();
  return { ...m, soundAlikeNames: vi.fn(m.soundAlikeNames) };
});

const body = (agency: string, region: string, received: number) => makeReport({ agency, region, year: 2023, file: `${agency}-2023.txt`, table2: { new: { total: received } } });
const reports = [
  body("九江市浔阳区人民政府", "浔阳区", 31),
  body("九江市柴桑区人民政府", "柴桑区", 17),
  body("九江市濂溪区人民政府", "濂溪区", 9),
  body("九江市浔阳区教育局", "浔阳区", 4),
  body("九江市柴桑区教育局", "柴桑区", 6),
];
const names = distinctAgencies(reports);
const today = new Date("2026-11-23");
const sounded = vi.mocked(resolve.soundAlikeNames);
const read = (q: string) => understand(q, names, today).agencies.map((m) => m.matches.map((a) => a.agency));
const figures = (q: string) => createAnswerer(reports, { today: () => today }).answer(q).figures.map((f) => [f.agency, f.value]);

beforeEach(() => {
  sounded.mockClear();
});

describe("two names joined by 和", () => {
  it("are read once, not again by sound", () => {
    expect(read("浔阳区和柴桑区2023年依申请公开对比")).toEqual([["九江市浔阳区人民政府"], ["九江市柴桑区人民政府"]]);
    expect(read("对比浔阳区教育局与柴桑区教育局2023年依申请公开数量")).toEqual([["九江市浔阳区教育局"], ["九江市柴桑区教育局"]]);
    expect(read("浔阳区、柴桑区及濂溪区2023年依申请公开对比")).toEqual([["九江市浔阳区人民政府"], ["九江市柴桑区人民政府"], ["九江市濂溪区人民政府"]]);
    expect(sounded).not.toHaveBeenCalled();
    expect(figures("浔阳区和柴桑区2023年依申请公开对比")).toEqual([["九江市浔阳区人民政府", 31], ["九江市柴桑区人民政府", 17]]);
  });

  it("a name not read on either side still goes to the reading by sound", () => {
    // (a comparison with a name typed by its sound is not found today, before and after this change: the sound's reading needs every name to resolve)
    read("浔杨区和柴桑区2023年依申请公开对比");
    expect(sounded).toHaveBeenCalledTimes(1);
    read("浔阳区和柴嗓区2023年依申请公开对比");
    expect(sounded).toHaveBeenCalledTimes(2);
    // and a name alone typed by its sound is put right
    expect(figures("浔杨区2023年依申请公开多少件")).toEqual([["九江市浔阳区人民政府", 31]]);
  });
});

/**
 * Issue 14.1: an upload never overwrites a loaded report, two concurrent uploads of one report
 * store it once, uploads and /reload run one at a time, and a file that became unreadable keeps
 * the copy loaded before. Issue 14.10: a missing data folder is named on /reload.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createCore } from "../../src/bot/core.ts";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const XUNYANG = readFileSync(join(DATA, "xunyang-2023.txt"), "utf8");
/** A report of another agency: xunyang's text with the district renamed. */
const LIANXI = new TextEncoder().encode(XUNYANG.replaceAll("浔阳", "濂溪"));

const roots: string[] = [];
function scratch(): string {
  const root = mkdtempSync(join(tmpdir(), "nianbao-uploads-"));
  roots.push(root);
  const data = join(root, "reports");
  cpSync(DATA, data, { recursive: true, filter: (p) => !p.includes(".cache") });
  return data;
}
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

const agencies = (core: Awaited<ReturnType<typeof createCore>>) => core.reports().map((r) => r.agency);

describe("uploads never overwrite", () => {
  it("another agency's report under an existing file name is stored under a new name; after /reload both agencies are there", async () => {
    const data = scratch();
    const core = await createCore(data);
    const r = await core.addReport({ filename: "xunyang-2023.txt", data: LIANXI });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.file).not.toBe("xunyang-2023.txt");
    expect(r.note).toContain("xunyang-2023.txt");
    expect(readFileSync(join(data, "xunyang-2023.txt"), "utf8")).toBe(XUNYANG);
    await core.reload();
    expect(agencies(core)).toEqual(expect.arrayContaining(["浔阳区人民政府", "濂溪区人民政府"]));
  });

  it("two concurrent uploads of one new report: one is accepted, the other refused naming the stored file", async () => {
    const data = scratch();
    const core = await createCore(data);
    const results = await Promise.all([core.addReport({ filename: "lianxi.txt", data: LIANXI }), core.addReport({ filename: "lianxi-copy.txt", data: LIANXI })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const refused = results.find((r) => !r.ok);
    expect(refused && !refused.ok && refused.reason).toMatch(/已收录（lianxi\.txt）/);
    expect(readdirSync(data).filter((f) => f.startsWith("lianxi"))).toEqual(["lianxi.txt"]);
    expect(agencies(core).filter((a) => a === "濂溪区人民政府")).toHaveLength(1);
  });

  it("an upload and a /reload at the same time: the uploaded report stays loaded", async () => {
    const data = scratch();
    const core = await createCore(data);
    // A new file for the reload to parse, so that it is still reading when the upload is stored.
    writeFileSync(join(data, "chaisang.txt"), XUNYANG.replaceAll("浔阳", "柴桑"));
    await Promise.all([core.reload(), core.addReport({ filename: "lianxi.txt", data: LIANXI })]);
    expect(agencies(core)).toContain("柴桑区人民政府");
    expect(agencies(core)).toContain("濂溪区人民政府");
  });
});

describe("/reload", () => {
  it("keeps the good copy of a report whose file became unreadable, and says so", async () => {
    const data = scratch();
    const core = await createCore(data);
    const before = core.reports().length;
    writeFileSync(join(data, "xunyang-2023.txt"), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 9, 8]));
    const r = await core.reload();
    expect(core.reports()).toHaveLength(before);
    expect(agencies(core)).toContain("浔阳区人民政府");
    expect(r.errors.find((e) => e.file === "xunyang-2023.txt")?.message).toMatch(/kept the copy loaded before/);
  });

  it("a missing data folder is named, and what was loaded stays", async () => {
    const data = scratch();
    const core = await createCore(data);
    const before = core.reports().length;
    rmSync(data, { recursive: true });
    const r = await core.reload();
    expect(core.reports()).toHaveLength(before);
    expect(r.errors[0]?.message).toContain(`data folder ${data} does not exist`);
  });
});

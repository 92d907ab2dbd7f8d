/**
 * A report file whose text cannot be read (a scanned PDF without a text layer) is not “no report”:
 * the answer for its body and year, /check and a ranking of its year say a file is there and could
 * not be read (outside round 11: 「没有…2023 年的报告。已有：2024 年。」 for a scan). Invented reports.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCore, type MemoryCore } from "../../src/bot/core.ts";
import { createConversation } from "../../src/bot/conversation.ts";
import { plainText } from "../../src/bot/render.ts";
import type { Reply } from "../../src/bot/types.ts";
import { createReaderPool } from "../../src/index/reader-pool.ts";
import { unreadableFiles } from "../../src/index/unreadable.ts";
import { randomFigures } from "../helpers/figures.ts";
import { renderReport } from "../helpers/render-report.ts";
import { makePdf } from "../index/sources/make-pdf.ts";

/** Pages that are pictures only: no text layer. */
const SCAN = makePdf(["0.5 g 50 50 495 742 re f\n", "0 0 100 100 re f\n"]);
const report = (agency: string, year: number, seed: number) => renderReport(randomFigures(seed, "2021", agency, year), { layout: "tabs" });

let dir = "";
let core: MemoryCore;
// Read on a worker thread, as the bot does (what was wrong with a file crosses the thread), with
// room for a loaded machine: past the default budget a file is refused as too slow, not as a scan.
const reader = createReaderPool({ workers: 1, budgetMs: 120_000 });
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "nianbao-unreadable-"));
  writeFileSync(join(dir, "lx-nyj-2024.txt"), report("澜溪县农业农村局", 2024, 11));
  writeFileSync(join(dir, "lx-nyj-2023-scan.pdf"), SCAN);
  writeFileSync(join(dir, "lx-jtj-2023.txt"), report("澜溪县交通运输局", 2023, 12));
  writeFileSync(join(dir, "lx-wjj-2023.txt"), report("澜溪县卫生健康局", 2023, 13));
  writeFileSync(join(dir, "scan-0042.pdf"), SCAN);
  core = await createCore(dir, { reader });
}, 240_000);
afterAll(async () => {
  await reader.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a report file that could not be read", () => {
  it("is known by the file name it shares with its body's other report, the year apart", () => {
    const files = unreadableFiles(core.loadErrors(), core.reports());
    expect(files).toEqual([
      { file: "lx-nyj-2023-scan.pdf", year: 2023, agency: "澜溪县农业农村局", how: "文件名与 lx-nyj-2024.txt 只差年份", why: "scan" },
      { file: "scan-0042.pdf", year: null, agency: null, how: null, why: "scan" },
    ]);
  });

  it("its body and year are answered as a file that cannot be read, not as no report", async () => {
    const a = await core.answer("澜溪县农业农村局2023年依申请公开多少件");
    expect(a.status).toBe("not_found");
    expect(a.figures).toEqual([]);
    expect(a.text).toContain("lx-nyj-2023-scan.pdf");
    expect(a.text).toContain("无法读取文字（可能是扫描件）");
    expect(a.text).not.toContain("没有澜溪县农业农村局 2023 年的报告");
  });

  it("a body with no report that year hears of the files whose body is not known", async () => {
    const a = await core.answer("澜溪县交通运输局2022年依申请公开多少件");
    expect(a.text).toContain("scan-0042.pdf");
    expect(a.text).not.toContain("lx-nyj-2023-scan.pdf");
  });

  it("a ranking of its year names it among the left out", async () => {
    const a = await core.answer("澜溪县2023年哪个部门依申请公开最多");
    expect(a.kind).toBe("ranking");
    expect(a.notes.join("\n")).toMatch(/未参加比较：2 个报告文件无法读取文字.*lx-nyj-2023-scan\.pdf（澜溪县农业农村局 2023 年）/);
  });

  it("/check of its body and year says so", async () => {
    const conv = createConversation(core, { onError: () => {} });
    const r = (await conv.handle({ platform: "console", text: "/check 澜溪县农业农村局 2023", userId: "u", chatId: "c", isAdmin: false })) as Reply;
    const text = plainText(r);
    expect(text).toContain("lx-nyj-2023-scan.pdf");
    expect(text).toContain("无法读取文字");
  });
});

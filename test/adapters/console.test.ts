/**
 * The console chat (`npm start` without tokens) takes a report file as `/upload PATH` or as its path
 * alone (a file dragged into a terminal, quoted or not): the file goes through the conversation's
 * upload with its checks (type, size) and is answered at once. Outside round 11 found no way to upload
 * in the console (“没有 /upload 这个命令”; a typed path was asked as a question).
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { runConsole } from "../../src/adapters/console.ts";
import { createConversation, MAX_UPLOAD_BYTES } from "../../src/bot/conversation.ts";
import { createCore } from "../../src/bot/core.ts";

const DATA = new URL("../../data/reports/", import.meta.url).pathname;
const root = mkdtempSync(join(tmpdir(), "nianbao-console-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The console's whole output for these lines typed in. */
async function session(lines: string[]): Promise<string> {
  const data = join(root, `reports-${Math.random().toString(36).slice(2)}`);
  mkdirSync(data);
  cpSync(join(DATA, "xunyang-2023.txt"), join(data, "xunyang-2023.txt"));
  const conversation = createConversation(await createCore(data));
  const input = new PassThrough();
  const output = new PassThrough();
  let out = "";
  output.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const done = runConsole(conversation, input, output);
  input.end(`${lines.join("\n")}\n`);
  await done;
  return out;
}

// another district's report: the sample's text with the place renamed
const upload = join(root, "苕溪区 2023.txt");
writeFileSync(upload, readFileSync(join(DATA, "xunyang-2023.txt"), "utf8").replaceAll("浔阳", "苕溪"));

describe("console uploads", () => {
  it("/upload PATH adds the report (the same reply as a chat upload) and it is answered at once", async () => {
    const out = await session([`/upload ${upload}`, "苕溪区2023年依申请公开多少件"]);
    expect(out).toContain("已加入报告：苕溪区人民政府 2023 年");
    expect(out).toMatch(/苕溪区 2023 年 · 本年新收政府信息公开申请：\d+ 件/u);
    expect(out).not.toContain("没有 /upload 这个命令");
  });

  it("a path alone, quoted as a terminal quotes a dragged file, is an upload too", async () => {
    expect(await session([`'${upload}'`])).toContain("已加入报告：苕溪区人民政府 2023 年");
  });

  it("the chat's checks hold: a missing file, a folder, a wrong type and a file over the limit are refused, without a crash", async () => {
    const exe = join(root, "tool.exe");
    writeFileSync(exe, "MZ");
    const big = join(root, "big.txt");
    writeFileSync(big, Buffer.alloc(MAX_UPLOAD_BYTES + 10, 0x41));
    const out = await session([`/upload ${join(root, "none.pdf")}`, `/upload ${root}`, `/upload ${exe}`, `/upload ${big}`, "/upload", "浔阳区2023年依申请公开多少件"]);
    expect(out).toContain(`没有找到文件 ${join(root, "none.pdf")}`);
    expect(out).toContain("不是一个文件（是目录");
    expect(out).toContain("收到的是 tool.exe");
    expect(out).toContain("文件超过 5 MB，未处理");
    expect(out).toContain("请写上文件的路径");
    // the chat goes on
    expect(out).toMatch(/浔阳区 2023 年 · 本年新收政府信息公开申请：\d+ 件/u);
  });
});

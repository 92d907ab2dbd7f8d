/**
 * The console chat a newcomer meets first: `npm start` with no bot token configured.
 * Reads questions from stdin, answers through the same conversation as Telegram and Feishu.
 * A file is sent as `/upload PATH` (or by typing or dragging in its path alone): it goes through
 * the conversation's upload, with the same checks and limits as a file sent in Telegram.
 */
import { open, stat } from "node:fs/promises";
import { homedir } from "node:os";
import { basename, resolve } from "node:path";
import { createInterface } from "node:readline";
import { chartText } from "../bot/chart/text.ts";
import { hasUploadExtension, MAX_UPLOAD_BYTES } from "../bot/conversation.ts";
import { plainText } from "../bot/render.ts";
import type { Conversation, Incoming, Reply } from "../bot/types.ts";

/** `/upload PATH` (`/上传 PATH`): the path, quotes a terminal adds around a dragged file dropped. */
const UPLOAD = /^[/／](?:upload|上传)\s+(.+)$/iu;

/** A path as typed: quotes dropped, `~` for the home directory. */
function pathOf(typed: string): string {
  const bare = typed.trim().replace(/^(["'])(.*)\1$/u, "$2");
  return resolve(bare === "~" || bare.startsWith("~/") ? `${homedir()}${bare.slice(1)}` : bare);
}

/** A line that is only the path of an existing report file (a file dragged into the terminal). */
async function isFilePath(line: string): Promise<boolean> {
  const typed = line.trim().replace(/^(["'])(.*)\1$/u, "$2");
  if (!/^(?:[/~.]|[A-Za-z]:\\)/u.test(typed) || !hasUploadExtension(typed)) return false;
  return (await stat(pathOf(typed)).catch(() => null))?.isFile() ?? false;
}

const say = (title: string, text: string): Reply => ({ title, blocks: [{ kind: "paragraph", spans: [{ text }] }] });

/**
 * The file at `typed`, sent as a chat upload. At most MAX_UPLOAD_BYTES + 1 bytes are read, so a
 * file over the limit is refused by the conversation's own check without being read whole.
 */
export async function uploadPath(conversation: Conversation, who: Incoming, typed: string): Promise<Reply> {
  const path = pathOf(typed);
  const info = await stat(path).catch(() => null);
  if (!info) return say("没有这个文件", `没有找到文件 ${path}。请检查路径，例如 /upload ./报告/浔阳区2023年报告.pdf`);
  if (!info.isFile()) return say("不是文件", `${path} 不是一个文件${info.isDirectory() ? "（是目录：请逐个发送其中的报告文件，或把它们放进报告目录后发送 /reload）" : ""}。`);
  const filename = basename(path);
  // a refused type is refused by the conversation before anything is read, as in Telegram
  if (!hasUploadExtension(filename)) return conversation.upload(who, { filename, data: new Uint8Array() });
  const file = await open(path, "r");
  try {
    const buffer = new Uint8Array(Math.min(info.size, MAX_UPLOAD_BYTES + 1));
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
    return await conversation.upload(who, { filename, data: buffer.subarray(0, bytesRead) });
  } finally {
    await file.close();
  }
}

export async function runConsole(conversation: Conversation, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  // the example is one the loaded reports answer (help's first); worked out before the input is
  // read, so no line typed meanwhile is missed
  const example = (await conversation.examples?.())?.[0] ?? "浔阳区2023年依申请公开多少件";
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  const write = (s: string) => output.write(`${s}\n`);
  // Ctrl+C on a terminal: without a listener readline only pauses, and the chat hangs on.
  rl.on("SIGINT", () => rl.close());
  write(`年报问答 · 输入问题，例如：${example}（/help 查看用法，/upload 文件路径 加入报告，/quit 退出）`);
  rl.setPrompt("> ");
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text) {
      const who: Incoming = { platform: "console", text, userId: "console", chatId: "console", isAdmin: true };
      const upload = UPLOAD.exec(text)?.[1] ?? ((await isFilePath(text)) ? text : undefined);
      let reply: Reply | null;
      try {
        reply = upload !== undefined ? await uploadPath(conversation, who, upload) : await conversation.handle(who);
      } catch (error) {
        // reading the file failed (permissions, a file removed meanwhile): say so, keep the chat
        reply = say("未能读取文件", `未能读取 ${upload ?? text}：${error instanceof Error ? error.message : String(error)}`);
      }
      if (reply) write(`${plainText(reply)}${reply.chart ? `\n\n${chartText(reply.chart)}` : ""}\n`);
    }
    rl.prompt();
  }
  rl.close();
}

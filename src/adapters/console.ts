/**
 * The console chat a newcomer meets first: `npm start` with no bot token configured.
 * Reads questions from stdin, answers through the same conversation as Telegram and Feishu.
 */
import { createInterface } from "node:readline";
import { chartText } from "../bot/chart/text.ts";
import { plainText } from "../bot/render.ts";
import type { Conversation } from "../bot/types.ts";

export async function runConsole(conversation: Conversation, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream = process.stdout): Promise<void> {
  const rl = createInterface({ input, output, terminal: (input as { isTTY?: boolean }).isTTY === true });
  const say = (s: string) => output.write(`${s}\n`);
  // Ctrl+C on a terminal: without a listener readline only pauses, and the chat hangs on.
  rl.on("SIGINT", () => rl.close());
  say("年报问答 · 输入问题，例如：浔阳区2023年依申请公开多少件（/help 查看用法，/quit 退出）");
  rl.setPrompt("> ");
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === "/quit" || text === "/exit") break;
    if (text) {
      const reply = await conversation.handle({ platform: "console", text, userId: "console", chatId: "console", isAdmin: true });
      if (reply) say(`${plainText(reply)}${reply.chart ? `\n\n${chartText(reply.chart)}` : ""}\n`);
    }
    rl.prompt();
  }
  rl.close();
}

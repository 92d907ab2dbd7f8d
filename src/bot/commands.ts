/**
 * Command names and parsing, shared by the conversation and the adapters (an adapter needs to know
 * whether `/xyz` in a group is one of ours before it answers).
 */

/** Canonical command → the names it answers to; Chinese aliases where they read naturally. */
export const COMMANDS = {
  start: ["start", "开始"],
  help: ["help", "帮助"],
  ask: ["ask", "查", "问"],
  reports: ["reports", "报告"],
  check: ["check", "核对"],
  reload: ["reload", "重载"],
  /** The console's way to send a file (`/upload PATH`, src/adapters/console.ts); elsewhere a file is sent as a file. */
  upload: ["upload", "上传"],
} as const;

export type CommandName = keyof typeof COMMANDS;

const byAlias = new Map<string, CommandName>();
for (const [name, aliases] of Object.entries(COMMANDS) as [CommandName, readonly string[]][]) {
  for (const a of aliases) byAlias.set(a.toLowerCase(), name);
}
/** Chinese aliases may be glued to their argument: “/查浔阳区2023年…”. */
const cjkAliases = [...byAlias.keys()].filter((a) => /^\p{Script=Han}/u.test(a));

export interface ParsedCommand {
  /** The name as typed, lower-cased, without the slash and @target. */
  raw: string;
  /** The canonical command, or undefined when unknown. */
  name: CommandName | undefined;
  /** “/ask@nianbao_bot …” → “nianbao_bot”. */
  target: string | undefined;
  args: string;
}

/** Parse “/name[@bot] args”; null when the text is not a command. */
export function parseCommand(text: string): ParsedCommand | null {
  const m = /^[/／]([^\s@/]+)(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/u.exec(text.trim());
  if (!m) return null;
  const typed = m[1] ?? "";
  let raw = typed.toLowerCase();
  let args = (m[3] ?? "").trim();
  let name = byAlias.get(raw);
  if (!name) {
    const alias = cjkAliases.find((a) => raw.startsWith(a));
    if (alias) {
      args = `${typed.slice(alias.length)} ${args}`.trim();
      raw = alias;
      name = byAlias.get(alias);
    }
  }
  return { raw, name, target: m[2], args };
}

/**
 * A long chatty message with the question in the middle (“你好，我是研究生……最近老旧小区改造和城中
 * 村的事情比较多……我现在想知道的是：X县住建局2024年的行政许可处理决定数量是多少？……非常感谢！”):
 * the sentence that names a loaded body and a figure is the question, answered on its own — a noun
 * of the preamble (城中村) is never taken for the place asked about. A year said only in another
 * sentence is put before it.
 */
import type { Question } from "./understand.ts";

/** Longer than this, a message with several sentences is read sentence by sentence. */
export const CHATTY = 120;
const SENTENCE = /[^。！？!?；;：:\n]+[。！？!?；;：:]*/gu;

/**
 * The one sentence that asks a figure of a loaded body, when the message is long and has several
 * sentences (`read` is how a sentence is understood); null when none or several do.
 */
export function questionSentence(text: string, read: (q: string) => Question): string | null {
  if (text.length <= CHATTY) return null;
  const sentences = [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter(Boolean);
  if (sentences.length < 3) return null;
  const asking = sentences.filter((s) => {
    const q = read(s);
    return (q.metric !== null || q.quantity !== null) && q.agencies.length > 0 && q.agencies.every((m) => m.matches.length > 0);
  });
  const [one] = asking;
  if (asking.length !== 1 || !one) return null;
  // a year said only in another sentence (我翻了2023年的年报。…X县依申请多少？) is the question's year
  const elsewhere = read(one).years.length ? [] : read(text).years;
  return `${elsewhere.map((y) => `${y}年`).join("和")}${one}`;
}

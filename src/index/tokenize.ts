/**
 * Chinese word segmentation for the search index and for questions — the only module that
 * imports @node-rs/jieba (libraries.md §1.2).
 *
 * One `Jieba` instance, created on first use, with the default dictionary plus a user
 * dictionary of the template's terms; the names of the loaded reports' agencies and regions are
 * added at run time with `addWords`, or kept out until a text holds them (`useNamesOnDemand`, for
 * a PostgreSQL replica). jieba-rs cannot remove words (napi-rs/node-rs#766), so the dictionary only
 * grows; `dictionaryHash()` identifies its state for the index snapshot.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Jieba } from "@node-rs/jieba";
import type { SortedStrings } from "./sorted-strings.ts";

/**
 * Terms of the template and of the narrative that jieba's default dictionary splits. A high
 * frequency makes the whole term win in `cut`; `cutForSearch` still emits the two- and
 * three-character words inside it (申请, 公开 …), so partial queries keep matching.
 */
const TEMPLATE_TERMS: readonly string[] = [
  "政府信息公开", "政府信息公开申请", "依申请公开", "主动公开", "政务公开", "政府信息管理",
  "本机关不掌握相关政府信息", "不掌握", "另行制作", "补正", "不予公开", "部分公开", "予以公开",
  "无法提供", "不予处理", "其他处理", "结转", "上年结转", "结转下年度", "继续办理", "办结",
  "行政复议", "行政诉讼", "复议后起诉", "直接起诉", "结果维持", "结果纠正", "尚未审结",
  "行政许可", "行政处罚", "行政强制", "行政事业性收费", "事业性收费", "规章", "规范性文件",
  "行政规范性文件", "政府集中采购", "集中采购", "信访举报投诉", "重复申请", "公开出版物",
  "国家秘密", "三安全一稳定", "第三方合法权益", "内部事务信息", "过程性信息", "行政执法案卷",
  "行政查询事项", "信息处理费", "市长信箱", "云直播", "政务新媒体", "政府网站", "政府公报",
  "政策解读", "新闻发布会", "依申请", "自然人", "商业企业", "科研机构", "社会公益组织",
  "法律服务机构", "法人或其他组织", "人民政府", "人民政府办公室", "人民政府办公厅",
  // the 政务新媒体 channels, missing from jieba's dictionary: without them the verb after one is glued to it
  // (抖音发了多少条 → 抖音发, 微博发, 公众号发 → 公众/号发), and no report's words hold the piece
  "微信", "微博", "抖音", "快手", "公众号", "微信公众号", "视频号", "头条号", "抖音号", "快手号",
];

const TERM_FREQ = 50_000;
const NAME_FREQ = 50_000;

/** Function words and question words: never useful as search terms. */
const STOP_WORDS: ReadonlySet<string> = new Set([
  "的", "了", "和", "与", "及", "或", "是", "在", "有", "对", "把", "被", "为", "中", "其中", "等",
  "之", "以", "于", "并", "也", "都", "就", "而", "从", "到", "向", "给", "由", "该", "这", "那",
  "这个", "那个", "这些", "那些", "哪", "哪个", "哪些", "哪里", "什么", "怎么", "怎样", "如何",
  "多少", "几", "几件", "几个", "几次", "是否", "吗", "呢", "吧", "啊", "请问", "请", "一下",
  "一共", "共", "总共", "共计", "合计", "个", "件", "条", "项", "次", "场", "期", "年", "年度",
  "我", "我们", "你", "您", "他", "它", "想", "知道", "查", "查询", "看看", "告诉", "还",
]);

export const STOP_WORD_LIST: readonly string[] = [...STOP_WORDS];

let instance: Jieba | null = null;
/** The names added so far (template terms not included). */
const userWords = new Set<string>();

/**
 * jieba's native code allocates with mimalloc, whose defaults suit a short batch job, not a bot
 * that keeps its dictionary for days: it commits a 1 GiB arena up front, which the kernel backs
 * with 2 MB huge pages, and returns freed pages only after a delay. Committing as used and
 * returning freed pages at once: resident set −20..25 MB with 28 000 agencies' names in the
 * dictionary (253/246 against 271/265 MB, a process with the names loaded), the same words cut.
 * mimalloc reads these when the addon is loaded, so they are set before the first `require`; a
 * value set in the environment is kept.
 */
const ALLOCATOR_DEFAULTS: Readonly<Record<string, string>> = { MIMALLOC_ARENA_EAGER_COMMIT: "0", MIMALLOC_PURGE_DELAY: "0" };

function jieba(): Jieba {
  if (!instance) {
    for (const [k, v] of Object.entries(ALLOCATOR_DEFAULTS)) process.env[k] ??= v;
    const require = createRequire(import.meta.url);
    const { Jieba: JiebaClass } = require("@node-rs/jieba") as { Jieba: typeof Jieba };
    // the default dictionary read here and let go once loaded (the package's dict.js keeps it and
    // the 6 MB keyword-weight table we never use for as long as the process runs: 11 MB)
    instance = JiebaClass.withDict(readFileSync(defaultDictPath()));
    loadLines(TEMPLATE_TERMS.map((w) => `${w} ${TERM_FREQ} n`));
  }
  return instance;
}

function defaultDictPath(): string {
  return createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt");
}

/**
 * Names kept out of jieba until a text to cut holds them (useNamesOnDemand): the forms, what each
 * weighed before a name's frequency replaced it (default dictionary or template term), and the
 * frequency the forms not yet loaded add to the dictionary's total.
 */
let onDemand: { words: SortedStrings; before: Map<string, number>; pending: number } | null = null;
/**
 * A word no text holds (private-use characters are outside the runs jieba cuts), whose frequency
 * stands for the names not yet loaded: jieba weighs each word by its frequency over the total of
 * all, so a dictionary without them would cut differently (他说的确实在理: 的/确实 or 的确/实在).
 */
const STAND_IN = "\uE000\uE001";

/**
 * Keep these names (a NameTable's words) out of jieba until a text holds them, and cut every text
 * exactly as if they were all added (`addWords`): a word in the dictionary changes the cut of a
 * text only where the text holds it, and through the total of all frequencies, which a stand-in
 * word carries for the names not yet loaded. jieba's native dictionary with the 142 563 forms of
 * 28 642 agencies took ~45 MB more than without them; a replica loads the names its questions hold.
 * Called again with the names after a change, it replaces them (words already loaded stay).
 */
export function useNamesOnDemand(words: SortedStrings): void {
  jieba();
  const before = new Map<string, number>();
  // the default dictionary's frequency of each name in it (a later line of a word replaces an earlier)
  // walked line by line, not split: 349 000 lines held at once took ~10 MB more at start-up
  const dict = readFileSync(defaultDictPath(), "utf8");
  for (let at = 0; at < dict.length; ) {
    const end = dict.indexOf("\n", at) >>> 0; // the last line without a newline: to the end
    const space = dict.indexOf(" ", at);
    // one-character words are never names (isDictWord)
    if (space >= at + 2 && space < end) {
      const word = dict.slice(at, space);
      if (words.has(word)) before.set(word, parseInt(dict.slice(space + 1, Math.min(end, dict.length)), 10));
    }
    at = Math.min(end, dict.length) + 1;
  }
  for (const t of TEMPLATE_TERMS) if (words.has(t)) before.set(t, TERM_FREQ);
  let pending = 0;
  const unclean: string[] = [];
  for (const w of words) {
    if (w.trim() !== w || !isDictWord(w)) unclean.push(w);
    else if (!userWords.has(w)) pending += NAME_FREQ - (before.get(w) ?? 0);
  }
  onDemand = { words, before, pending };
  // a form addWords would change (spaces around it) is added now: found in a text it would not be itself
  addWords(unclean);
  loadLines([`${STAND_IN} ${onDemand.pending} x`]);
}

/** jieba, with the names on demand that this text holds loaded first. */
function cutter(text: string): Jieba {
  const j = jieba();
  if (onDemand) {
    const fresh = onDemand.words.occurrencesIn(text).filter((w) => !userWords.has(w));
    if (fresh.length) addWords(fresh);
  }
  return j;
}

function loadLines(lines: string[]): void {
  if (lines.length === 0) return;
  // jieba-rs wants `word freq [tag]` lines (napi-rs/node-rs#55); a line without freq throws.
  instance?.loadDict(Buffer.from(lines.join("\n") + "\n"));
}

/** A word jieba can take: no whitespace (it would break the `word freq tag` line). */
function isDictWord(w: string): boolean {
  return w.length >= 2 && !/[\s]/u.test(w);
}

/**
 * Add names (agencies, regions and their short forms: 浔阳区人民政府, 浔阳区, 浔阳) to the
 * dictionary so that they are cut as one word. Words already known are skipped, so calling it
 * again with the same names is cheap and leaves `dictionaryHash()` unchanged.
 */
export function addWords(words: readonly string[]): void {
  jieba();
  const fresh = [...new Set(words.map((w) => w.trim()))].filter((w) => isDictWord(w) && !userWords.has(w));
  if (!fresh.length) return;
  for (const w of fresh) userWords.add(w);
  const lines = fresh.map((w) => `${w} ${NAME_FREQ} ns`);
  if (onDemand) {
    // what these names add to the total is no longer the stand-in's to carry
    let loaded = 0;
    for (const w of fresh) if (onDemand.words.has(w)) loaded += NAME_FREQ - (onDemand.before.get(w) ?? 0);
    if (loaded) lines.push(`${STAND_IN} ${(onDemand.pending -= loaded)} x`);
  }
  loadLines(lines);
}

/**
 * Identifies the dictionary state (built-in terms + every word added), for snapshot manifests;
 * with `extra`, the state once those words are added too — so that a snapshot can be checked
 * before its names are loaded into jieba (20 000 names take ~200 ms). The words are a set: the
 * order they were added in does not change how text is cut.
 */
export function dictionaryHash(extra: readonly string[] = []): string {
  const added = new Set(userWords);
  for (const w of extra) {
    const t = w.trim();
    if (isDictWord(t)) added.add(t);
  }
  const h = createHash("sha256").update(TEMPLATE_TERMS.join("\n")).update(`\n${TERM_FREQ} ${NAME_FREQ}\n`);
  return h.update([...added].sort().join("\n")).digest("hex").slice(0, 16);
}

/** The installed @node-rs/jieba version (read from its package.json). */
export function jiebaVersion(): string {
  try {
    const require = createRequire(import.meta.url);
    const pkg = join(dirname(require.resolve("@node-rs/jieba")), "package.json");
    const parsed = JSON.parse(readFileSync(pkg, "utf8")) as { version?: unknown };
    return typeof parsed.version === "string" ? parsed.version : "unknown";
  } catch {
    return "unknown";
  }
}

const PUNCT_OR_SPACE = /^[\p{P}\p{S}\p{Z}\s]+$/u;
const NUMBER = /^[\d.,%]+$/u;
const YEAR = /^(19|20)\d\d$/u;

function keep(term: string, keepNumbers: boolean): boolean {
  if (term.length === 0 || PUNCT_OR_SPACE.test(term) || STOP_WORDS.has(term)) return false;
  // Every distinct count would become an index term (libraries.md §2.4); years are the
  // exception because people search by them.
  if (NUMBER.test(term)) return keepNumbers || YEAR.test(term);
  return true;
}

/** NFKC (full-width → half-width) and lower case, before cutting. */
export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

/**
 * Search terms of a text, for indexing and for queries: `cutForSearch` with HMM (whole words
 * plus the shorter words inside them), lower-cased, without stop words, punctuation and numbers
 * other than 4-digit years.
 *
 * @example tokens("浔阳区2023年依申请公开多少件") // ["浔阳", "浔阳区", "2023", "申请", "公开", "依申请", "依申请公开"]
 */
export function tokens(text: string): string[] {
  const normal = normalizeText(text);
  return cutter(normal)
    .cutForSearch(normal, true)
    .map((t) => t.trim())
    .filter((t) => keep(t, false));
}

/**
 * Plain words of a text (`cut` with HMM, no sub-words), lower-cased, without stop words and
 * punctuation; numbers are kept. For question understanding (keywords).
 */
export function words(text: string): string[] {
  const normal = normalizeText(text);
  const cut = cutter(normal).cut(normal, true);
  // tagged only when a word may be a glued verb and particle (tagging takes about three times as long)
  return (cut.some((w) => GLUED_PARTICLE.test(w)) ? unglued(cutter(normal).tag(normal, true)).map((t) => t.word) : cut)
    .map((t) => t.trim())
    .filter((t) => keep(t, true));
}

/**
 * A verb of one character and its aspect particle that jieba's HMM glues into a word no dictionary
 * has (发了, 发过: tagged x): the verb and the particle, as 发布了 would be cut. Dictionary words
 * (为了, 通过, 超过) keep their tags and are never split.
 */
const GLUED_PARTICLE = /^(\p{Script=Han})([了过着])$/u;
function unglued(tagged: { word: string; tag: string }[]): { word: string; tag: string }[] {
  if (!tagged.some((t) => t.tag === "x" && GLUED_PARTICLE.test(t.word))) return tagged;
  return tagged.flatMap((t) => (t.tag === "x" && GLUED_PARTICLE.test(t.word) ? [{ word: t.word[0] as string, tag: "v" }, { word: t.word[1] as string, tag: "ul" }] : [t]));
}

/** Words with their part-of-speech tags and offsets in `text` (no filtering, no normalisation). */
export function taggedWords(text: string): { word: string; tag: string; start: number; end: number }[] {
  const out: { word: string; tag: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const { word, tag } of unglued(cutter(text).tag(text, true))) {
    const start = text.indexOf(word, pos);
    const at = start >= 0 ? start : pos;
    out.push({ word, tag, start: at, end: at + word.length });
    pos = at + word.length;
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

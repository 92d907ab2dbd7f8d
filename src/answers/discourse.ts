/**
 * Words about the asking, not about what is asked: how sure or insistent the asker is (到底, 究竟),
 * when they looked (最近, 近期), what they mean to do (打算), what they read (材料, 资料 — the
 * report), the topic markers that point at a part of it (方面, 那块), and the fillers of speech (那个,
 * 嗯, 来着, 能不能告诉我). They name no figure and no
 * passage, so they neither block a figure (coverage.ts) nor steer a search (understand.ts keywords).
 * Words that qualify a count (按期, 及时, 网上, 目前 …) are content and are never here.
 */
export const DISCOURSE_WORDS: ReadonlySet<string> = new Set([
  "到底", "究竟", "最近", "近期", "近来", "打算", "准备", "想要", "材料", "资料",
  "方面", "这方面", "那方面", "那块", "这块", "那一块", "这一块", "一块", "部分内容",
  // fillers of speech: 那个 / 那啥 / 嗯 said while thinking, 来着 trying to recall, 问问 asking
  "那个", "那啥", "嗯", "呃", "额", "来着", "问问",
]);

/** Asking whether one may ask (能不能告诉我…, 可不可以帮我查…): words about the asking too. */
export const ASKING_LEADS = /(?:能不能|可不可以|能否|可否)(?=告诉|帮|查|说|给|问|看)/gu;

/**
 * The ranking pinned by its scores: every hit's score is the documented formula (BM25 with
 * k 1.2, b 0.7, d 0.5, times the number of query terms the passage matches), computed here
 * independently from the passages' terms. Each ranking below depends on one factor of the
 * formula — IDF, length normalisation (b), the matched-terms factor — so dropping any of them
 * fails a test, not only the exact scores.
 */
import { describe, expect, it } from "vitest";
import { buildSearchIndex, type Hit } from "../../src/index/search.ts";
import { tokens } from "../../src/index/tokenize.ts";
import { makeReport } from "../helpers/report.ts";

const FILLER = "我们认真做好日常工作";
const passages = [
  /* p0 */ `培训${FILLER}`,
  /* p1 */ `档案${FILLER}`,
  /* p2 */ `培训一次`,
  /* p3 */ `培训两次`,
  /* p4 */ `信箱${FILLER}${FILLER}${FILLER}${FILLER}`,
  /* p5 */ `信箱答复`,
  /* p6 */ `热线 热线 热线 热线 热线 热线 热线 热线`,
  /* p7 */ `热线 信箱${FILLER}`,
  /* p8 */ `热线值班`,
  // 信箱 in many passages: a low IDF, so p7 beats p6 only through the matched-terms factor
  /* p9 */ `信箱受理`,
  /* p10 */ `信箱回复`,
  /* p11 */ `信箱留言`,
  /* p12 */ `信箱来信`,
];
const report = makeReport({ file: "scores-2023.txt", agency: "某某县人民政府", region: "某某县", paragraphs: passages });
const index = buildSearchIndex([report]);

/** BM25 × matched terms, from scratch: the formula search.ts documents. */
function reference(query: string): Map<string, number> {
  const k = 1.2;
  const b = 0.7;
  const d = 0.5;
  const docs = passages.map((p) => tokens(p));
  const avg = docs.reduce((s, t) => s + t.length, 0) / docs.length;
  const out = new Map<string, number>();
  const terms = [...new Set(tokens(query))];
  docs.forEach((toks, i) => {
    let score = 0;
    let matched = 0;
    for (const term of terms) {
      const tf = toks.filter((t) => t === term).length;
      if (!tf) continue;
      const df = docs.filter((t) => t.includes(term)).length;
      const idf = Math.log(1 + (docs.length - df + 0.5) / (df + 0.5));
      score += idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * toks.length) / avg)));
      matched++;
    }
    if (matched) out.set(`p${i}`, score * matched);
  });
  return out;
}

const ids = (hits: Hit[]) => hits.map((h) => h.passageId);

describe("search scores", () => {
  it.each(["培训 档案", "信箱", "热线 信箱", "培训", "热线"])("“%s”: every hit scores exactly BM25 × matched terms", (query) => {
    const want = reference(query);
    const hits = index.search(query, { limit: 20 });
    expect(new Set(ids(hits))).toEqual(new Set(want.keys()));
    for (const h of hits) expect(h.score).toBeCloseTo(want.get(h.passageId ?? "") ?? NaN, 4);
  });

  it("a rare word outweighs a common one (IDF): 档案 (1 passage) ranks above 培训 (3 passages)", () => {
    // p0 and p1 have the same length and one occurrence each; without IDF they tie and p0 (first) wins.
    const hits = ids(index.search("培训 档案"));
    expect(hits[0]).toBe("p1");
    expect(hits.indexOf("p1")).toBeLessThan(hits.indexOf("p0"));
  });

  it("a short passage ranks above a long one with the same word once (length normalisation, b)", () => {
    // without b the two tie and the long one (p4, first) wins
    const hits = ids(index.search("信箱"));
    expect(hits.indexOf("p5")).toBeLessThan(hits.indexOf("p4"));
  });

  it("a passage with both words ranks above one repeating a single word (matched-terms factor)", () => {
    // summed BM25 alone puts p6 (热线 ×8) first: 3.16 against p7's 2.77; matching two terms doubles p7
    const hits = ids(index.search("热线 信箱"));
    expect(hits.indexOf("p7")).toBeLessThan(hits.indexOf("p6"));
    expect(hits[0]).toBe("p7");
  });
});

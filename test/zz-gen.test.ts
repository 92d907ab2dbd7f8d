import { it } from "vitest";
import { randomFigures } from "./helpers/figures.ts";
import { wordHtml2019 } from "./helpers/word-html-2019.ts";
import { readSource } from "../src/index/sources/index.ts";
import { parseReport } from "../src/index/read/report.ts";
it("gen", async () => {
  for (let i = 0; i < 12; i++) {
  const f = randomFigures(700 + i, "2019");
  const { text } = await readSource("report.html", new TextEncoder().encode(wordHtml2019(f, { blankZeros: true })));
  const r = parseReport(text, "x.html");
  if (r.table2["refused.state_secret"]) continue;
  const k = text.indexOf("本年新收");
  console.log(i, text.slice(k - 10, k + 1400).replace(/\t/g, "|"));
  console.log(JSON.stringify(Object.entries(r.readings).filter(([k, v]) => v.read === "unsure").slice(0, 3)), r.repairs, r.checks.filter(c => !c.holds));
  break;
  }
});

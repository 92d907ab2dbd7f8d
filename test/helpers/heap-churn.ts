// `node bin/run-ts.mjs test/helpers/heap-churn.ts [limit]`: ~30 MB kept, then short-lived garbage
// made in rounds; prints the most heap V8 reserved meanwhile and the young generation's size at the
// end, in MB (replica-heap.test.ts).
import { getHeapSpaceStatistics } from "node:v8";
import { limitHeapGrowth } from "../../src/bot/replica-heap.ts";

if (process.argv[2] === "limit") limitHeapGrowth();
const kept: { a: number; b: string }[] = [];
for (let i = 0; i < 400_000; i++) kept.push({ a: i, b: `k${i}` });
let most = 0;
for (let round = 0; round < 20; round++) {
  const garbage: unknown[] = [];
  for (let i = 0; i < 100_000; i++) garbage.push({ a: i, b: `g${i}`, c: [i] });
  most = Math.max(most, process.memoryUsage().heapTotal);
}
const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;
process.stdout.write(`${Math.round(most / 1048576)} ${kept.length} ${Math.round(young / 1048576)}\n`);

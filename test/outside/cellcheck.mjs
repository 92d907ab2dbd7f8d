#!/usr/bin/env node
/* global process, console */
/**
 * Cell-by-cell check of the three tables against a round's truth.json (every printed figure).
 *
 *   node bin/nianbao.mjs check --json test/outside/round22/reports > /tmp/r22.json
 *   node test/outside/cellcheck.mjs /tmp/r22.json test/outside/round22/truth.json [-v] [--unread]
 *
 * Each printed cell is one of:
 *   right   read (table, derived or realigned) and equal to the printed figure
 *   WRONG   read, not marked unsure, and not the printed figure (the worst defect: must stay 0)
 *   unsure  a value offered but marked unsure (not answered as sure)
 *   unread  no value; "flagged" when `check` lists the cell as unsure, "silent" otherwise
 * Prints totals, by table and by file format; -v lists every WRONG cell, --unread every
 * unread/unsure cell grouped by report with its reason.
 */
import fs from "node:fs";

const [checkFile, truthFile] = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const verbose = process.argv.includes("-v");
const listUnread = process.argv.includes("--unread");
if (!checkFile || !truthFile) {
  console.error("usage: cellcheck.mjs CHECK.jsonl TRUTH.json [-v] [--unread]");
  process.exit(2);
}

const raw = fs.readFileSync(checkFile, "utf8");
const reports = raw.split("\n").filter((l) => l.trim().startsWith("{")).map((l) => JSON.parse(l));
const truth = new Map(JSON.parse(fs.readFileSync(truthFile, "utf8")).map((t) => [t.file, t]));

const ROWS = {
  new: "new", carried_in: "carried_in", granted: "granted", partly_granted: "partly",
  "refused.state_secret": "r1", "refused.law_prohibited": "r2", "refused.security_stability": "r3",
  "refused.third_party": "r4", "refused.internal_affairs": "r5", "refused.process_info": "r6",
  "refused.enforcement_file": "r7", "refused.query_matter": "r8",
  "unavailable.not_held": "u1", "unavailable.needs_creation": "u2", "unavailable.unclear": "u3",
  "not_processed.complaint": "n1", "not_processed.duplicate": "n2", "not_processed.publication": "n3",
  "not_processed.excessive": "n4", "not_processed.confirmation": "n5",
  "other.no_correction": "o1", "other.unpaid_fee": "o2", "other.other": "o3", other: "other",
  results_total: "results_total", carried_out: "carried_out",
};
const COLS = {
  natural_person: "natural", commercial: "commercial", research: "research", public_interest: "public_interest",
  legal_service: "legal", other_org: "other_org", total: "total",
};
const T3_GROUPS = ["review", "suit_direct", "suit_after_review"];
const T3_FIELDS = ["upheld", "corrected", "other", "pending", "total"];
const T1_2021 = { rules: ["issued", "repealed", "in_force"], normative: ["issued", "repealed", "in_force"], licensing: ["decisions"], penalty: ["decisions"], coercion: ["decisions"], fees: ["amount_10k_yuan"] };
const T1_2019 = {
  rules: ["made", "published", "total_published"], normative: ["made", "published", "total_published"],
  licensing: ["prev_items", "change", "decisions"], other_services: ["prev_items", "change", "decisions"],
  penalty: ["prev_items", "change", "decisions"], coercion: ["prev_items", "change", "decisions"],
  fees: ["prev_items", "change"], procurement: ["count", "amount_10k_yuan"],
};

/** [key, printed value] for every printed cell of one report. */
function printedCells(t) {
  const out = [];
  const printed = t.printed ?? { t2: t.t2, t3: t.t3 }; // truth.json without a separate printed copy: its tables are as printed
  for (const [key, tk] of Object.entries(ROWS)) {
    const row = printed.t2[tk];
    if (!row) continue;
    for (const [col, tc] of Object.entries(COLS)) out.push([`table2.${key}.${col}`, row[tc]]);
  }
  T3_GROUPS.forEach((g, gi) => T3_FIELDS.forEach((f, fi) => out.push([`table3.${g}.${f}`, printed.t3[gi * 5 + fi]])));
  const t1 = t.tpl === 2019 ? T1_2019 : T1_2021;
  for (const [item, fields] of Object.entries(t1)) {
    const v = t.t1[item];
    if (v === undefined) continue;
    fields.forEach((f, i) => out.push([`table1.${item}.${f}`, Array.isArray(v) ? v[i] : v]));
  }
  return out;
}

function valueAt(r, key) {
  const [table, ...rest] = key.split(".");
  const field = rest.pop();
  let o = r[table];
  if (!o) return null;
  o = o[rest.join(".")] ?? (rest.length === 2 ? o[rest[0]]?.[rest[1]] : undefined);
  return o?.[field] ?? null;
}

const total = { cells: 0, right: 0, WRONG: 0, unsure: 0, unsureWrong: 0, unreadFlagged: 0, unreadSilent: 0 };
const by = new Map();
const bump = (k, what) => {
  if (!by.has(k)) by.set(k, { cells: 0, right: 0, WRONG: 0, unsure: 0, unsureWrong: 0, unreadFlagged: 0, unreadSilent: 0 });
  by.get(k)[what]++;
  by.get(k).cells++;
};
const wrongList = [];
const unreadByReport = new Map();
let missing = 0;
for (const r of reports) {
  const name = r.file.split("/").pop();
  const t = truth.get(name);
  if (!t) { missing++; continue; }
  const unsure = new Map((r.unsure ?? []).map((u) => [u.key, u]));
  for (const [key, printed] of printedCells(t)) {
    if (printed === undefined || printed === null) continue;
    const v = valueAt(r, key);
    const reading = r.readings?.[key];
    const isUnsure = unsure.has(key) || reading?.read === "unsure";
    let what;
    if (v === null && !isUnsure) what = "unreadSilent";
    else if (v === null) what = "unreadFlagged";
    else if (isUnsure) what = Math.abs(v - printed) < 1e-6 ? "unsure" : "unsureWrong";
    else what = Math.abs(v - printed) < 1e-6 ? "right" : "WRONG";
    total.cells++;
    total[what]++;
    bump(`${key.split(".")[0]}`, what);
    bump(`fmt ${t.fmt} empty=${JSON.stringify(t.style?.empty ?? "?")}`, what);
    if (what === "WRONG") wrongList.push(`${name} ${t.agency} ${t.year} ${t.fmt} ${key} read ${v} printed ${printed} (${reading?.read ?? "table"}${reading?.reason ? ": " + reading.reason : ""})`);
    if (what !== "right" && what !== "WRONG") {
      const k = `${name} ${t.agency} ${t.year} ${t.fmt} empty=${JSON.stringify(t.style?.empty)}`;
      if (!unreadByReport.has(k)) unreadByReport.set(k, new Map());
      const reason = `${key.split(".").slice(0, 1)} ${what}: ${unsure.get(key)?.reason ?? reading?.reason ?? "(no value, no reason)"}`;
      const m = unreadByReport.get(k);
      m.set(reason, [...(m.get(reason) ?? []), key.split(".").slice(1).join(".")]);
    }
  }
}
const line = (k, s) => `${k.padEnd(34)} cells ${String(s.cells).padStart(6)}  right ${String(s.right).padStart(6)}  WRONG ${String(s.WRONG).padStart(3)}  unsure ${s.unsure}+${s.unsureWrong}wrong  unread ${s.unreadFlagged} flagged + ${s.unreadSilent} silent`;
console.log(`${reports.length} reports read, ${missing} not in truth`);
console.log(line("ALL", total));
for (const [k, s] of [...by].sort()) console.log(line(k, s));
if (verbose || wrongList.length <= 20) for (const w of wrongList) console.log("WRONG " + w);
if (listUnread) {
  for (const [k, m] of unreadByReport) {
    console.log(`\n${k}`);
    for (const [reason, keys] of m) console.log(`  ${keys.length} ${reason}\n     ${keys.join(" ")}`);
  }
}
console.log(`SUMMARY cells=${total.cells} right=${total.right} wrong_sure=${total.WRONG} not_read_sure=${total.cells - total.right - total.WRONG} (unsure ${total.unsure + total.unsureWrong}, unread flagged ${total.unreadFlagged}, silent ${total.unreadSilent})`);

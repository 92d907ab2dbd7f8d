import json, os
T = {os.path.basename(r["file"]): r for r in json.load(open("/work/outsider24/gen/truth.json"))}
RM = {"partly": "partly_granted", "r1": "refused.state_secret", "r2": "refused.law_prohibited", "r3": "refused.security_stability",
 "r4": "refused.third_party", "r5": "refused.internal_affairs", "r6": "refused.process_info", "r7": "refused.enforcement_file",
 "r8": "refused.query_matter", "u1": "unavailable.not_held", "u2": "unavailable.needs_creation", "u3": "unavailable.unclear",
 "n1": "not_processed.complaint", "n2": "not_processed.duplicate", "n3": "not_processed.publication", "n4": "not_processed.excessive",
 "n5": "not_processed.confirmation", "o1": "other.no_correction", "o2": "other.unpaid_fee", "o3": "other.other"}
CM = {"natural": "natural_person", "legal": "legal_service"}
G = ["review", "suit_direct", "suit_after_review"]; F = ["upheld", "corrected", "other", "pending", "total"]
tot = {"right": 0, "wrong": 0, "missing": 0}; wrong = []; missing = {}
for l in open("/work/outsider24/check_all.json"):
    if not l.strip().startswith("{"): continue
    x = json.loads(l); f = os.path.basename(x["file"]); r = T[f]
    cells = []
    for row, cols in r["t2"].items():
        for col, v in cols.items():
            cells.append((f"t2.{row}.{col}", v, ((x.get("table2") or {}).get(RM.get(row, row)) or {}).get(CM.get(col, col))))
    for i, v in enumerate(r["t3"]):
        cells.append((f"t3.{G[i//5]}.{F[i%5]}", v, ((x.get("table3") or {}).get(G[i//5]) or {}).get(F[i%5])))
    t1 = x.get("table1") or {}
    if r["tpl"] == 2021:
        for k in ("rules", "normative"):
            for j, nm in enumerate(("issued", "repealed", "in_force")): cells.append((f"t1.{k}.{nm}", r["t1"][k][j], (t1.get(k) or {}).get(nm)))
        for k in ("licensing", "penalty", "coercion"): cells.append((f"t1.{k}", r["t1"][k], (t1.get(k) or {}).get("decisions")))
        cells.append(("t1.fees", r["t1"]["fees"], (t1.get("fees") or {}).get("amount_10k_yuan")))
    for name, v, got in cells:
        if got is None: tot["missing"] += 1; missing.setdefault(f"{r['fmt']}", set()).add(f)
        elif abs(got - v) < 1e-6: tot["right"] += 1
        else: tot["wrong"] += 1; wrong.append((r["fmt"], r["agency"], r["year"], f, name, v, got))
print(tot)
for w in wrong: print("WRONG", *w)
for k, v in missing.items(): print("MISSING in", k, len(v))

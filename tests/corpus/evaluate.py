#!/usr/bin/env python3
"""Run xxgk-lint over a generated corpus and measure it against the truth.

    python3 tests/corpus/evaluate.py build/cli/xxgk-lint tests/corpus/sample [--bar] [--worst 15]

For every NAME.truth.json in DIR it runs `CLI --format json NAME.txt|NAME.html` and compares the
result (../../shared/spec/output.md) with the truth. See README.md for what each number means.
Exit status is 0, unless --bar is given and a number is below the bar (then 1).
"""

import argparse
import collections
import glob
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

BAR = {"cells": 99.0, "defects": 95.0, "suspect": 95.0, "clean_errors_max": 2.0}

# defect kind -> rule that reports it (wrong-cell: any error finding on its table)
DEFECT_RULES = {"lost-cell": "cell-missing", "text-mismatch": "text-table-mismatch",
                "wrong-template": "template-outdated", "fee-missing": "fee-statement-missing"}


# ---- running the CLI ---------------------------------------------------------------------------------

def report_path(truth_path):
    base = truth_path[: -len(".truth.json")]
    for ext in (".txt", ".html"):
        if os.path.exists(base + ext):
            return base + ext
    return None


def run_cli(cli, path, timeout):
    try:
        proc = subprocess.run([cli, "--format", "json", path], capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None, f"timeout after {timeout}s"
    except OSError as exc:
        return None, f"cannot run CLI: {exc}"
    out = proc.stdout.decode("utf-8", "replace").strip()
    if not out:
        err = proc.stderr.decode("utf-8", "replace").strip()
        return None, f"exit {proc.returncode}, no output; stderr: {err[:200]}"
    try:
        return json.loads(out), None
    except json.JSONDecodeError:
        pass
    try:
        return json.loads(out.splitlines()[0]), None      # JSON Lines
    except json.JSONDecodeError as exc:
        return None, f"exit {proc.returncode}, invalid JSON ({exc}): {out[:200]}"


# ---- comparing one report ----------------------------------------------------------------------------

def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, bool) or isinstance(b, bool) or not isinstance(b, (int, float)):
        return False
    return abs(float(a) - float(b)) < 1e-6


def got_cell(result, table, row, col):
    try:
        cell = result["tables"][table]["rows"][row][col]
    except (KeyError, TypeError):
        return "<absent>", None
    if not isinstance(cell, dict):
        return "<absent>", None
    return cell.get("value"), cell.get("raw")


def skipped_rows(truth):
    """Rows whose cells cannot be placed: a lost cell that left no gap (six numbers for seven columns)."""
    return {(d["table"], d["row"]) for d in truth["defects"]
            if d["kind"] == "lost-cell" and not d.get("position_known")}


def unjudgeable(truth):
    """Run-together cells whose split the table's equations do not pin down: no reader can know
    them. The validator must leave them without a value (null or absent) and put no error on them."""
    return {tuple(x) for x in truth.get("undetermined", [])}


def order_placed(truth):
    """Cells of a broken grid's label-less rows: left without a value, or placed by the template's
    row order where that singles out one placement (then they must hold the true value)."""
    return {(table, row, col) for table, row in truth.get("unplaceable_rows", [])
            for col in truth["cells"][table][row]}


def compare_cells(truth, result):
    skip = skipped_rows(truth)
    blank = unjudgeable(truth)
    by_order = order_placed(truth)
    ok, total, wrong = collections.Counter(), collections.Counter(), []
    for table, rows in truth["cells"].items():
        layout = truth.get("table_layouts", {}).get(table, truth["layout"])
        for row, cols in rows.items():
            if (table, row) in skip:
                continue
            for col, want in cols.items():
                got, raw = got_cell(result, table, row, col)
                total[layout] += 1
                if (table, row, col) in blank:
                    good = got == "<absent>" or got is None
                    want = "<no value>"
                elif (table, row, col) in by_order:
                    good = got == "<absent>" or got is None or same(want, got)
                    want = f"<no value> or {want}"
                else:
                    good = got != "<absent>" and same(want, got)
                if good:
                    ok[layout] += 1
                else:
                    wrong.append((table, row, col, want, got, raw))
    return ok, total, wrong


def expected_warnings(truth, fs):
    """Warnings a class of damage calls for: [(what, given)].

    "template" (a 2021 table with a 2019-style (六) row): a warning whose rule names the template;
    a table name (run-together cells not pinned down): at least one warning on that table."""
    out = []
    for want in truth.get("expect_warnings", []):
        if want == "template":
            given = any(f.get("severity") == "warning" and "template" in (f.get("rule") or "") for f in fs)
        else:
            given = any(f.get("severity") == "warning" and f.get("table") == want for f in fs)
        out.append((want, given))
    return out


def findings(result):
    return [f for f in (result.get("findings") or []) if isinstance(f, dict)]


def defect_found(d, fs):
    if d["kind"] == "wrong-cell":
        return any(f.get("severity") == "error" and f.get("table") == d["table"] for f in fs)
    rule = DEFECT_RULES[d["kind"]]
    for f in fs:
        if f.get("rule") != rule:
            continue
        if d["kind"] == "lost-cell" and (f.get("table") != d["table"] or f.get("row") != d["row"]):
            continue
        return True
    return False


def text_exact(d, fs):
    return any(f.get("rule") == "text-table-mismatch" and f.get("table") == d["table"] and f.get("row") == d["row"]
               and f.get("column") == d["column"] for f in fs)


def suspect_named(d, fs):
    return any(f.get("rule") == "suspect-cell" and f.get("table") == d["table"] and f.get("row") == d["row"]
               and f.get("column") == d["column"] and same(d["correct"], f.get("expected")) for f in fs)


def unexpected_errors(truth, fs):
    """Error findings no planted defect explains (on a clean report: every error)."""
    wrong_tables = {d["table"] for d in truth["defects"] if d["kind"] == "wrong-cell"}
    return [f for f in fs if f.get("severity") == "error" and f.get("table") not in wrong_tables]


def class_failures(truth, rec):
    """What a class of real damage measures beyond cells and defects (README: classes 8 and 9)."""
    out = []
    classes = truth.get("classes") or []
    if "metadata" in classes:
        if rec["meta"]["year"] != truth["year"]:
            out.append(f"year {rec['meta']['year']} for {truth['year']}")
        if rec["meta"]["agency"] != truth["agency"]:
            out.append(f"agency {rec['meta']['agency']!r} for {truth['agency']!r}")
    if "narrative-sums" in classes and not any(d["kind"] == "text-mismatch" for d in truth["defects"]):
        if any(f.get("rule") == "text-table-mismatch" for f in rec["findings"]):
            out.append("text-table-mismatch on a narrative that agrees with the table")
    if "renumbered-sections" in classes and any(f.get("rule") == "section-missing" for f in rec["findings"]):
        out.append("section-missing on a report of seven parts that has all six")
    return out


def evaluate_one(cli, truth_path, timeout):
    truth = json.load(open(truth_path, encoding="utf-8"))
    name = os.path.basename(truth_path)[: -len(".truth.json")]
    path = report_path(truth_path)
    rec = {"name": name, "file": path, "truth": truth, "problems": []}
    result, err = run_cli(cli, path, timeout) if path else (None, "report file missing")
    if result is None or "tables" not in result:
        err = err or f"no tables in result: {json.dumps(result.get('error'), ensure_ascii=False)[:200]}"
        rec.update(cli_error=err, result=None)
        result = {}
    rec["result_ok"] = bool(result)
    fs = findings(result)
    rec["ok"], rec["total"], rec["wrong_cells"] = compare_cells(truth, result)
    rec["defects"] = [(d, defect_found(d, fs)) for d in truth["defects"]]
    rec["suspects"] = [(d, suspect_named(d, fs)) for d in truth["defects"] if d["kind"] == "wrong-cell"]
    rec["text_exact"] = [text_exact(d, fs) for d in truth["defects"] if d["kind"] == "text-mismatch"]
    rec["unexpected"] = unexpected_errors(truth, fs)
    rec["expected_warnings"] = expected_warnings(truth, fs)
    rec["findings"] = fs
    rec["meta"] = {"template": result.get("template"), "year": result.get("year"), "agency": result.get("agency")}
    rec["passed"] = (not rec.get("cli_error") and not rec["wrong_cells"] and all(f for _d, f in rec["defects"])
                     and not rec["unexpected"] and all(g for _w, g in rec["expected_warnings"])
                     and not class_failures(truth, rec))
    return rec


# ---- summary -----------------------------------------------------------------------------------------

def pct(a, b):
    return 100.0 * a / b if b else 100.0


def fmt(a, b):
    return f"{pct(a, b):6.2f}%  ({a}/{b})"


def summarize(recs, worst):
    print(f"reports: {len(recs)}   CLI failures: {sum(1 for r in recs if r.get('cli_error'))}")
    ok, total = collections.Counter(), collections.Counter()
    for r in recs:
        ok.update(r["ok"])
        total.update(r["total"])
    cells = (sum(ok.values()), sum(total.values()))
    print(f"\ncells rebuilt exactly       {fmt(*cells)}")
    for layout in sorted(total):
        print(f"    {layout:12s}            {fmt(ok[layout], total[layout])}")

    by_kind = collections.defaultdict(lambda: [0, 0])
    for r in recs:
        for d, found in r["defects"]:
            by_kind[d["kind"]][0] += found
            by_kind[d["kind"]][1] += 1
    defects = (sum(v[0] for v in by_kind.values()), sum(v[1] for v in by_kind.values()))
    print(f"\ndefects reported            {fmt(*defects)}")
    for kind in sorted(by_kind):
        print(f"    {kind:15s}         {fmt(*by_kind[kind])}")
    te = [x for r in recs for x in r["text_exact"]]
    if te:
        print(f"    (text-mismatch naming the right cell: {fmt(sum(te), len(te))})")

    sus = [found for r in recs for _d, found in r["suspects"]]
    suspect = (sum(sus), len(sus))
    print(f"\nsuspect named (cell+value)  {fmt(*suspect)}")

    clean = [r for r in recs if r["truth"]["clean"]]
    dirty_clean = [r for r in clean if r["unexpected"]]
    clean_err = (len(dirty_clean), len(clean))
    print(f"clean reports with an error {fmt(*clean_err)}")
    other = [r for r in recs if not r["truth"]["clean"]]
    print(f"unexplained errors on reports with a defect: {fmt(sum(1 for r in other if r['unexpected']), len(other))}")

    _extras(recs)
    _per_class(recs)
    cats = _categories(recs)
    print("\nfailure categories (reports):")
    for cat, rs in sorted(cats.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rs):5d}  {cat}")
    _worst(recs, cats, worst)

    bar = {"cells": pct(*cells), "defects": pct(*defects), "suspect": pct(*suspect),
           "clean_errors": pct(*clean_err)}
    passed = sum(1 for r in recs if r["passed"])
    print(f"\ncorpus: {passed} passed, {len(recs) - passed} failed")
    return bar


def _extras(recs):
    n = len(recs)
    tpl = sum(1 for r in recs if r["meta"]["template"] == r["truth"]["template"])
    yr = sum(1 for r in recs if r["meta"]["year"] == r["truth"]["year"])
    ag = sum(1 for r in recs if r["meta"]["agency"] == r["truth"]["agency"])
    print(f"\ntemplate detected           {fmt(tpl, n)}")
    print(f"year detected               {fmt(yr, n)}")
    print(f"agency detected             {fmt(ag, n)}")
    spurious = collections.Counter()
    readable = [r for r in recs if not r["wrong_cells"] and not r.get("cli_error")]
    for r in readable:
        kinds = {d["kind"] for d in r["truth"]["defects"]}
        expect = {DEFECT_RULES[k] for k in kinds if k in DEFECT_RULES}
        if "wrong-template" in kinds:
            expect.add("basis-outdated")      # an old template usually comes with the old basis cited
        wanted = r["truth"].get("expect_warnings", [])
        rules = {f.get("rule") for f in r["findings"]
                 if f.get("severity") != "error" and not _blank_in_truth(r["truth"], f)
                 and not ("template" in wanted and "template" in (f.get("rule") or ""))
                 and f.get("table") not in wanted}
        for rule in sorted(rules - expect):
            spurious[rule] += 1
    if spurious:
        print("warnings/infos with no planted cause (share of the reports whose cells were all read right):")
        for rule, c in spurious.most_common():
            print(f"    {rule:24s} {fmt(c, len(readable))}")


def _per_class(recs):
    """One block per class of real damage (truth "classes"): what the core still fails on it."""
    by_class = collections.defaultdict(list)
    for r in recs:
        for c in r["truth"].get("classes") or ["(none)"]:
            by_class[c].append(r)
    if list(by_class) == ["(none)"]:
        return
    print("\nper class of real damage:")
    print(f"    {'class':16s} {'reports':>7s} {'passed':>7s} {'cells':>8s} {'defects':>8s} {'clean+err':>10s}  other")
    for cls in sorted(by_class):
        rs = by_class[cls]
        ok = sum(sum(r["ok"].values()) for r in rs)
        tot = sum(sum(r["total"].values()) for r in rs)
        ds = [f for r in rs for _d, f in r["defects"]]
        clean = [r for r in rs if r["truth"]["clean"]]
        bad_clean = sum(1 for r in clean if r["unexpected"])
        passed = sum(1 for r in rs if r["passed"])
        print(f"    {cls:16s} {len(rs):7d} {passed:7d} {pct(ok, tot):7.2f}% {pct(sum(ds), len(ds)):7.2f}% "
              f"{pct(bad_clean, len(clean)):9.2f}%  {_class_detail(cls, rs)}")


def _class_detail(cls, rs):
    """The number that says whether the core handles this class's own difficulty."""
    def share(xs):
        return f"{sum(xs)}/{len(xs)}"
    warns = [g for r in rs for _w, g in r["expected_warnings"]]
    blank = [not any((w[0], w[1], w[2]) in unjudgeable(r["truth"]) for w in r["wrong_cells"]) for r in rs
             if unjudgeable(r["truth"])]
    if cls == "run-together":
        once = [sum(1 for f in r["findings"] if f.get("severity") == "warning" and f.get("table") == w) <= 1
                for r in rs for w, given in r["expected_warnings"] if given]
        return (f"undetermined cells all left empty {share(blank)}; warning given {share(warns)}, "
                f"once {share(once)}")
    if cls == "md-broken":
        placed = [not any((w[0], w[1], w[2]) in order_placed(r["truth"]) for w in r["wrong_cells"]) for r in rs
                  if order_placed(r["truth"])]
        return f"label-less rows left empty or placed right {share(placed)}"
    if cls == "hybrid-template":
        return f"template warning {share(warns)}"
    if cls == "metadata":
        yr = [r["meta"]["year"] == r["truth"]["year"] for r in rs]
        ag = [r["meta"]["agency"] == r["truth"]["agency"] for r in rs]
        none = [r["meta"]["agency"] is None for r in rs if r["truth"]["agency"] is None]
        return f"year {share(yr)}; agency {share(ag)}; agency null when none printed {share(none)}"
    if cls == "narrative-sums":
        quiet = [not any(f.get("rule") == "text-table-mismatch" for f in r["findings"])
                 for r in rs if not any(d["kind"] == "text-mismatch" for d in r["truth"]["defects"])]
        return f"no text-table-mismatch where none planted {share(quiet)}"
    if cls == "renumbered-sections":
        quiet = [not any(f.get("rule") == "section-missing" for f in r["findings"]) for r in rs]
        return f"no section-missing {share(quiet)}"
    return ""


def _blank_in_truth(truth, f):
    """A cell-missing finding on a cell the report really leaves blank ("/", "—", empty) is right."""
    if f.get("rule") != "cell-missing":
        return False
    if any(d["kind"] == "lost-cell" and (d["table"], d["row"]) == (f.get("table"), f.get("row"))
           for d in truth["defects"]):
        return True
    blank = unjudgeable(truth) | order_placed(truth)
    rows = truth["cells"].get(f.get("table")) or {}
    cols = rows.get(f.get("row")) or {}
    key = (f.get("table"), f.get("row"))
    if f.get("column"):
        return f["column"] in cols and (cols[f["column"]] is None or key + (f["column"],) in blank)
    return any(v is None or key + (c,) in blank for c, v in cols.items())


def _categories(recs):
    cats = collections.defaultdict(list)
    for r in recs:
        t = r["truth"]
        if r.get("cli_error"):
            cats["CLI error / no tables"].append(r)
            continue
        tables = {(w[0], t.get("table_layouts", {}).get(w[0], t["layout"])) for w in r["wrong_cells"]}
        for table, layout in sorted(tables):
            cats[f"cells wrong: {table} in {layout}"].append(r)
        for d, found in r["defects"]:
            if not found:
                cats[f"defect missed: {d['kind']}"].append(r)
        for d, found in r["suspects"]:
            if not found:
                cats["wrong-cell: suspect not named (or wrong value)"].append(r)
        for want, given in r["expected_warnings"]:
            if not given:
                cats[f"expected warning missing: {want}"].append(r)
        for why in class_failures(t, r):
            cats[f"class {t['classes'][0]}: " + why.split(" ")[0]].append(r)
        for rule in sorted({f.get("rule") for f in r["unexpected"]}):
            cats[f"false error: {rule}" + (" (clean report)" if t["clean"] else "")].append(r)
        if r["meta"]["template"] != t["template"]:
            cats[f"template detected {r['meta']['template']} for {t['template']}"].append(r)
    return cats


def _describe(r):
    t = r["truth"]
    lines = [f"{r['file']}  [{t['layout']} {t.get('table_layouts')} template {t['template']} year {t['year']}]"]
    if r.get("cli_error"):
        lines.append(f"    CLI: {r['cli_error']}")
    for table, row, col, want, got, raw in r["wrong_cells"][:6]:
        lines.append(f"    cell {table}.{row}.{col}: truth {want}, got {got!r} (raw {raw!r})")
    if len(r["wrong_cells"]) > 6:
        lines.append(f"    … {len(r['wrong_cells']) - 6} more wrong cells")
    for d, found in r["defects"]:
        if not found:
            lines.append(f"    missed {d['kind']}: {d.get('table')}.{d.get('row')}.{d.get('column')} "
                         f"shown {d.get('shown')} correct {d.get('correct')}")
    for d, found in r["suspects"]:
        if not found:
            sus = [(f.get("row"), f.get("column"), f.get("expected")) for f in r["findings"]
                   if f.get("rule") == "suspect-cell"]
            lines.append(f"    suspect wanted {d['row']}.{d['column']} = {d['correct']} (shows {d['shown']}); "
                         f"got {sus or 'none'}")
    for want, given in r["expected_warnings"]:
        if not given:
            lines.append(f"    expected a warning ({want}) and got none")
    for why in class_failures(t, r):
        lines.append(f"    {why}")
    for f in r["unexpected"][:4]:
        lines.append(f"    false error {f.get('rule')} {f.get('table')}.{f.get('row')}.{f.get('column')}: "
                     f"{f.get('message', '')[:120]}")
    return "\n".join(lines)


def _worst(recs, cats, worst):
    if not worst:
        return
    print(f"\nworst examples (up to {worst}; two per category, then by number of wrong cells):")
    shown, out = set(), []
    for _cat, rs in sorted(cats.items(), key=lambda kv: -len(kv[1])):
        for r in sorted(rs, key=lambda r: -len(r["wrong_cells"]))[:2]:
            if r["name"] not in shown and len(out) < worst:
                shown.add(r["name"])
                out.append(r)
    for r in out:
        print(_describe(r))


def check_bar(bar):
    fails = []
    if bar["cells"] < BAR["cells"]:
        fails.append(f"cells {bar['cells']:.2f}% < {BAR['cells']}%")
    if bar["defects"] < BAR["defects"]:
        fails.append(f"defects {bar['defects']:.2f}% < {BAR['defects']}%")
    if bar["suspect"] < BAR["suspect"]:
        fails.append(f"suspect {bar['suspect']:.2f}% < {BAR['suspect']}%")
    if bar["clean_errors"] > BAR["clean_errors_max"]:
        fails.append(f"clean reports with errors {bar['clean_errors']:.2f}% > {BAR['clean_errors_max']}%")
    return fails


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cli")
    ap.add_argument("dir")
    ap.add_argument("--bar", action="store_true", help="exit 1 when below the bar")
    ap.add_argument("--worst", type=int, default=15, help="how many failing examples to print")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 4)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--json", help="write per-report details here")
    args = ap.parse_args(argv)
    truths = sorted(glob.glob(os.path.join(args.dir, "*.truth.json")))
    if not truths:
        print(f"no *.truth.json in {args.dir}", file=sys.stderr)
        return 1 if args.bar else 0
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        recs = list(pool.map(lambda p: evaluate_one(args.cli, p, args.timeout), truths))
    bar = summarize(recs, args.worst)
    if args.json:
        _dump(recs, args.json)
    if args.bar:
        fails = check_bar(bar)
        for f in fails:
            print(f"below the bar: {f}")
        return 1 if fails else 0
    return 0


def _dump(recs, path):
    rows = []
    for r in recs:
        rows.append({"name": r["name"], "file": r["file"], "passed": r["passed"], "cli_error": r.get("cli_error"),
                     "wrong_cells": r["wrong_cells"], "defects": r["defects"], "suspects": r["suspects"],
                     "unexpected": r["unexpected"], "meta": r["meta"], "classes": r["truth"].get("classes", []),
                     "expected_warnings": r["expected_warnings"]})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(rows, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    sys.exit(main())

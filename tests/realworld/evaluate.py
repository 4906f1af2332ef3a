#!/usr/bin/env python3
"""Run xxgk-lint over the real reports of ../shared/realworld and compare with their hand-written truth.

    python3 tests/realworld/evaluate.py build/cli/xxgk-lint [../shared/realworld] [--bar] [--verbose]

For each NAME.truth.json: every cell, the year, the template and the agency; every `genuine_errors`
entry reported as an error on its table and row or column; no other error finding. For each page
of flattened/: a year, at least the requests table found, and no error finding but those listed
in tests/realworld/flattened_genuine.json (inconsistencies the printed tables really contain).

--bar exits 1 unless every case meets the truth, apart from the cells listed in
tests/realworld/unreachable.json (each with the reason the text cannot tell it). The reports are
read in place and never copied into the repository.
"""

import argparse
import glob
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_cli(cli, path):
    proc = subprocess.run([cli, "--format", "json", path], capture_output=True, timeout=120)
    out = proc.stdout.decode("utf-8", "replace").strip()
    if not out:
        raise RuntimeError(f"{path}: exit {proc.returncode}, no output: {proc.stderr[:300]!r}")
    return json.loads(out.splitlines()[0])


def same(a, b):
    if a is None or b is None:
        return a is None and b is None
    return isinstance(a, (int, float)) and not isinstance(a, bool) and abs(float(a) - float(b)) < 1e-6


def cell_of(result, table, row, col):
    try:
        return result["tables"][table]["rows"][row][col]
    except (KeyError, TypeError):
        return None


def parse_genuine(entry):
    """'review/review/total: why' -> (table, row, column)."""
    place = entry.split(":", 1)[0].strip()
    parts = (place.split("/") + [None, None, None])[:3]
    return tuple(p if p not in ("", "*", None) else None for p in parts)


def finding_matches(f, genuine):
    table, row, col = genuine
    if f.get("table") != table:
        return False
    return (row is not None and f.get("row") == row) or (col is not None and f.get("column") == col)


def errors_of(result):
    return [f for f in result.get("findings", []) if f.get("severity") == "error"]


def evaluate_case(cli, root, truth_path, unreachable):
    truth = json.load(open(truth_path, encoding="utf-8"))
    name = truth["id"]
    result = run_cli(cli, os.path.join(root, truth["file"]))
    skip = unreachable.get(name, {})
    problems, cells, right = [], 0, 0
    for table, rows in truth["cells"].items():
        for row, cols in rows.items():
            for col, want in cols.items():
                cells += 1
                cell = cell_of(result, table, row, col)
                got = cell.get("value") if isinstance(cell, dict) else "<absent>"
                if same(got, want):
                    right += 1
                elif f"{table}/{row}/{col}" not in skip:
                    problems.append(f"cell {table}/{row}/{col}: {got!r}, truth {want!r}")
    for key in ("year", "template", "agency"):
        got = result.get(key)
        if str(got) != str(truth.get(key)) and key not in skip:
            problems.append(f"{key}: {got!r}, truth {truth.get(key)!r}")
    genuine = [parse_genuine(g) for g in truth.get("genuine_errors", [])]
    errors = errors_of(result)
    for g, text in zip(genuine, truth.get("genuine_errors", [])):
        if not any(finding_matches(f, g) for f in errors):
            problems.append(f"genuine error not reported: {text}")
    for f in errors:
        if not any(finding_matches(f, g) for g in genuine):
            problems.append(f"false error [{f['rule']}] {f['message']}")
    return {"name": name, "cells": cells, "right": right, "problems": problems, "kind": "truth"}


def evaluate_flattened(cli, path, genuine_by_page):
    result = run_cli(cli, path)
    problems = []
    texts = genuine_by_page.get(os.path.basename(path), [])
    genuine = [parse_genuine(g) for g in texts]
    errors = errors_of(result)
    for g, text in zip(genuine, texts):
        if not any(finding_matches(f, g) for f in errors):
            problems.append(f"genuine error not reported: {text}")
    if not isinstance(result.get("year"), int):
        problems.append("no year")
    if not result.get("tables", {}).get("requests", {}).get("found"):
        problems.append("requests table not found")
    for f in errors:
        if not any(finding_matches(f, g) for g in genuine):
            problems.append(f"error [{f['rule']}] {f['message']}")
    return {"name": "flattened/" + os.path.basename(path), "problems": problems, "kind": "flat",
            "year": result.get("year"), "agency": result.get("agency")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cli")
    ap.add_argument("root", nargs="?", default=os.path.join(HERE, "../../../shared/realworld"))
    ap.add_argument("--bar", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    if not os.path.isdir(root):
        print(f"realworld: {root} not found", file=sys.stderr)
        return 2
    unreachable = json.load(open(os.path.join(HERE, "unreachable.json"), encoding="utf-8"))
    results = [evaluate_case(args.cli, root, p, unreachable)
               for p in sorted(glob.glob(os.path.join(root, "*.truth.json")))]
    genuine_flat = json.load(open(os.path.join(HERE, "flattened_genuine.json"), encoding="utf-8"))
    results += [evaluate_flattened(args.cli, p, genuine_flat)
                for p in sorted(glob.glob(os.path.join(root, "flattened", "*.txt")))]
    cells = sum(r.get("cells", 0) for r in results)
    right = sum(r.get("right", 0) for r in results)
    failing = [r for r in results if r["problems"]]
    for r in results:
        extra = f" {r['right']}/{r['cells']} cells" if r["kind"] == "truth" else f" year {r['year']} agency {r['agency']}"
        print(f"{'FAIL' if r['problems'] else 'ok  '} {r['name']}:{extra}, {len(r['problems'])} problems")
        shown = r["problems"] if args.verbose else r["problems"][:8]
        for p in shown:
            print(f"       {p}")
        if len(shown) < len(r["problems"]):
            print(f"       ... {len(r['problems']) - len(shown)} more (-v)")
    print(f"realworld: cells {right}/{cells} ({100.0 * right / max(cells, 1):.1f}%), "
          f"{len(results) - len(failing)} of {len(results)} cases meet their truth")
    return 1 if args.bar and failing else 0


if __name__ == "__main__":
    sys.exit(main())

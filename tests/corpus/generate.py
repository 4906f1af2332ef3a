#!/usr/bin/env python3
"""Write a synthetic, held-out-style corpus of 政府信息公开工作年度报告 with their truth.

    python3 tests/corpus/generate.py --seed 7 --count 500 --out /tmp/corpus

Each report is NAME.txt or NAME.html plus NAME.truth.json (see README.md). Deterministic for a
given --seed and --count. Python 3 standard library only.
"""

import argparse
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from xxgkgen import classes as C          # noqa: E402
from xxgkgen import numbers as N          # noqa: E402
from xxgkgen import report                # noqa: E402
from xxgkgen import templates as T        # noqa: E402


def self_check(truth):
    """The truth is internally consistent: clean tables satisfy every equation of rules.md."""
    cells = truth["cells"]
    shape = T.table_shape(truth["template"])
    for table, rows in shape.items():
        assert set(cells[table]) == set(rows), table
        for rid, cols in rows.items():
            assert set(cells[table][rid]) == set(cols), (table, rid)
    kinds = {d["kind"] for d in truth["defects"]}
    hybrid = "hybrid-template" in truth.get("classes", [])
    if not ({"wrong-cell", "lost-cell"} & kinds) and not hybrid:
        N.check_requests(cells["requests"], truth["template"])
        N.check_review(cells["review"])
    if "wrong-cell" in kinds:
        assert len(N.requests_failing(cells["requests"], truth["template"])) >= 2
    for d in truth["defects"]:
        if d["kind"] == "lost-cell":
            assert cells[d["table"]][d["row"]][d["column"]] is None
        if d["kind"] == "wrong-cell":
            assert cells["requests"][d["row"]][d["column"]] == d["shown"] != d["correct"]
    assert truth["clean"] == (not truth["defects"])
    for table, row, col in truth.get("undetermined", []):
        assert col in cells[table][row], (table, row, col)
    for table, row in truth.get("unplaceable_rows", []):
        assert row in cells[table], (table, row)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100)
    ap.add_argument("--out", required=True)
    ap.add_argument("--defect-rate", type=float, default=0.45, help="share of reports with a defect")
    ap.add_argument("--layouts", help="only these layout families, comma-separated: " + ",".join(report.FAMILIES))
    ap.add_argument("--classes", help="every report carries one of these classes of real damage, by number or "
                    "name, comma-separated: " + ",".join(f"{v[0]}={k}" for k, v in C.CLASSES.items()))
    args = ap.parse_args(argv)
    families = set(args.layouts.split(",")) if args.layouts else None
    if families and not families <= set(report.FAMILIES) | {"flat"}:
        ap.error(f"unknown layout: {sorted(families - set(report.FAMILIES))}")
    try:
        classes = C.parse(args.classes) if args.classes else None
    except ValueError as exc:
        ap.error(f"unknown class: {exc}")
    if classes and not any(C.fits(c, families) for c in classes):
        ap.error("no class given occurs in the layout families given")
    if families and families <= C.CLASS_ONLY_FAMILIES and classes and "run-together" not in classes:
        ap.error("--layouts flat needs the run-together class")
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        rng = random.Random(f"{args.seed}:{i}")
        ext, content, truth = report.make(rng, args.defect_rate, families, classes)
        self_check(truth)
        name = f"r{args.seed}-{i:04d}"
        with open(os.path.join(args.out, f"{name}.{ext}"), "w", encoding="utf-8", newline="") as fh:
            fh.write(content)
        with open(os.path.join(args.out, f"{name}.truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    print(f"wrote {args.count} reports to {args.out}")


if __name__ == "__main__":
    main()

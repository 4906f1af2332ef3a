#!/usr/bin/env python3
"""A stand-in for xxgk-lint that answers from NAME.truth.json: the evaluator's own self-test.

    python3 tests/corpus/evaluate.py tests/corpus/oracle_cli.py tests/corpus/sample   # must pass 100%
    python3 tests/corpus/evaluate.py "tests/corpus/oracle_cli.py" DIR  (with ORACLE_MODE=blind: finds nothing)
"""

import json
import os
import sys


def finding(rule, severity, table=None, row=None, column=None, expected=None, actual=None):
    return {"rule": rule, "severity": severity, "message": "", "table": table, "row": row, "column": column,
            "expected": expected, "actual": actual, "range": None, "related": []}


def answer(truth):
    fs = []
    for d in truth["defects"]:
        k = d["kind"]
        if k == "wrong-cell":
            fs.append(finding("suspect-cell", "error", d["table"], d["row"], d["column"], d["correct"], d["shown"]))
        elif k == "lost-cell":
            fs.append(finding("cell-missing", "warning", d["table"], d["row"], d["column"]))
        elif k == "text-mismatch":
            fs.append(finding("text-table-mismatch", "warning", d["table"], d["row"], d["column"],
                              d["correct"], d["shown"]))
        elif k == "wrong-template":
            fs.append(finding("template-outdated", "warning"))
        elif k == "fee-missing":
            fs.append(finding("fee-statement-missing", "warning"))
    for want in truth.get("expect_warnings", []):
        if want == "template":
            fs.append(finding("template-outdated", "warning"))
        else:
            fs.append(finding("cells-run-together", "warning", want))
    if os.environ.get("ORACLE_MODE") == "blind":
        fs = []
    blank = {tuple(x) for x in truth.get("undetermined", [])}
    blank |= {(t, r, c) for t, r in truth.get("unplaceable_rows", []) for c in truth["cells"][t][r]}

    def cell(t, r, c, v):
        v = None if (t, r, c) in blank else v
        return {"value": v, "raw": "" if v is None else str(v), "range": None}

    tables = {t: {"found": True, "range": None,
                  "rows": {r: {c: cell(t, r, c, v) for c, v in cols.items()} for r, cols in rows.items()}}
              for t, rows in truth["cells"].items()}
    return {"schema": 1, "tool": {"name": "oracle", "version": "0"}, "template": truth["template"],
            "year": truth["year"], "agency": truth["agency"], "tables": tables, "findings": fs,
            "summary": {"errors": sum(f["severity"] == "error" for f in fs), "warnings": 0, "infos": 0}}


def main():
    path = sys.argv[-1]
    base = os.path.splitext(path)[0]
    truth = json.load(open(base + ".truth.json", encoding="utf-8"))
    print(json.dumps(answer(truth), ensure_ascii=False))
    return 1 if any(d["kind"] == "wrong-cell" for d in truth["defects"]) else 0


if __name__ == "__main__":
    sys.exit(main())

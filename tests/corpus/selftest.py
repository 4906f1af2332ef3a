#!/usr/bin/env python3
"""Self-test of the corpus generator and evaluator (ctest `corpus-selftest`).

Generates a small corpus holding every class of real damage, twice, and checks that
  - the same seed gives the same files (the generator self-checks every truth as it writes it),
  - the oracle (answers from the truth) passes the bar at 100 %,
  - the blind oracle (finds nothing) falls below the bar: the evaluator can fail.
"""

import filecmp
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def run(*args, env=None):
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env)


def generate(out, *extra):
    proc = run(os.path.join(HERE, "generate.py"), "--seed", "5", "--count", "36", "--out", out, *extra)
    if proc.returncode:
        sys.exit(f"generate.py failed: {proc.stderr[-2000:]}")


def main():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        classes = ("--classes", "1,2,3,4,5,6,7,8,9")
        generate(a, *classes)
        generate(b, *classes)
        cmp = filecmp.dircmp(a, b)
        if cmp.diff_files or cmp.left_only or cmp.right_only:
            failures.append(f"not deterministic: {cmp.diff_files[:5]} {cmp.left_only[:5]}")
        evaluate, oracle = os.path.join(HERE, "evaluate.py"), os.path.join(HERE, "oracle_cli.py")
        proc = run(evaluate, oracle, a, "--bar", "--worst", "3")
        if proc.returncode or "corpus: 36 passed, 0 failed" not in proc.stdout:
            failures.append("oracle does not pass every report:\n" + proc.stdout[-3000:])
        seen = [c for c in ("html-span", "md-split", "pdf-text", "md-broken", "cell-notes", "hybrid-template",
                            "run-together", "metadata", "narrative-sums") if c not in proc.stdout]
        if seen:
            failures.append(f"classes missing from the corpus: {seen}")
        blind = run(evaluate, oracle, a, "--bar", "--worst", "0", env=dict(os.environ, ORACLE_MODE="blind"))
        if blind.returncode == 0:
            failures.append("the blind oracle passes the bar: the evaluator cannot fail")
    for f in failures:
        print("FAIL:", f)
    print("corpus self-test:", "failed" if failures else "passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

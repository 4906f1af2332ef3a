#!/usr/bin/env python3
"""Pathological inputs for the validator: what clerks paste by accident, and what a fuzzer would.

    python3 tests/stress/generate.py --list
    python3 tests/stress/generate.py SHAPE BYTES OUT_FILE

Each shape is a function of a target size in bytes; the file written is about that size (never
more than BYTES + one repeated unit). Built from the seed reports (../shared/seeds) where a real
report is needed, so the core reads tables and runs every rule on the result. Standard library only.
"""

import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "seeds"))
FIXTURES = os.path.normpath(os.path.join(HERE, "..", "fixtures"))


def seed(name="siming-2019.txt"):
    with open(os.path.join(SEEDS, name), encoding="utf-8") as f:
        return f.read()


def html_fixture():
    for name in ("layout-html-2021.html", "layout-html-2019.html"):
        p = os.path.join(FIXTURES, name)
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                return f.read()
    # No fixtures: a minimal table-bearing page.
    rows = "".join(f"<tr><td>{i}.属于国家秘密</td>" + "<td>0</td>" * 7 + "</tr>" for i in range(20))
    return f"<html><body><p>一、总体情况</p><table>{rows}</table></body></html>"


def repeat(unit, n_bytes, head="", tail=""):
    """head + unit * k + tail, about n_bytes long in UTF-8."""
    ub = len(unit.encode("utf-8")) or 1
    k = max(1, (n_bytes - len(head.encode()) - len(tail.encode())) // ub)
    return head + unit * k + tail


def report_plus(line_unit, n_bytes):
    """A real report with one long extra line of narrative appended (the rules then run on it)."""
    r = seed() + "\n"
    return r + repeat(line_unit, max(1, n_bytes - len(r.encode())), tail="\n")


SHAPES = {
    # Size in the ordinary sense.
    "pasted-report": lambda n: repeat(seed() + "\n", n),                      # a report pasted over and over
    "pasted-html": lambda n: repeat(html_fixture() + "\n", n),                # thousands of tables
    "short-lines": lambda n: repeat("1\n总计\n0\n/\n", n),                    # a million short lines
    "blank-lines": lambda n: repeat("\n", n),
    "long-line-text": lambda n: repeat("本机关认真贯彻落实政府信息公开条例，", n),  # one huge line, no breaks
    "long-line-numbers": lambda n: repeat("规章 0 ", n, tail="\n"),           # PDF-like: numbers split by one space
    "long-line-gaps": lambda n: repeat("0  ", n, tail="\n"),                  # PDF-like: runs of spaces
    "long-line-tabs": lambda n: repeat("\t", n, head="总计"),                  # one row, many empty cells
    "long-line-pipes": lambda n: repeat(" | 0", n, head="| 总计", tail=" |\n"),
    "bar-rows": lambda n: repeat("|\n总计 |\n0 |\n", n),
    "markdown-rules": lambda n: repeat("|---|---|\n", n),
    # Row labels everywhere: every token matches a template row.
    "labels-one-row": lambda n: repeat("总计\t", n, tail="\n"),
    "labels-lines": lambda n: repeat("(七)总计\n", n),
    "labels-then-values": lambda n: repeat("总计\t", n // 2, tail="\n") + repeat("0\t", n // 2, tail="\n"),
    # Narrative that the rules read.
    "claims-line": lambda n: report_plus("收到1件，", n),                      # text-table-mismatch key words
    "claims-with-need": lambda n: report_plus("收到政府信息公开申请1件。", n),
    "title-years-line": lambda n: repeat("2023年政府信息公开工作年度报告", n, tail="\n"),
    "dates-line": lambda n: repeat("2023年1月1日至2023年12月31日", n, tail="\n"),
    "headings": lambda n: repeat("一、总体情况\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n", n),
    # HTML shapes.
    "html-nested-tables": lambda n: repeat("<table><tr><td>", n, head="<html>"),
    "html-nested-divs": lambda n: repeat("<div>", n, head="<html>"),
    "html-unclosed-tags": lambda n: repeat("<a ", n, head="<html>"),
    "html-lt": lambda n: repeat("<", n, head="<html>"),
    "html-amp": lambda n: repeat("&", n, head="<html>"),
    "html-entities": lambda n: repeat("&nbsp;&#x4E00;&amp;", n, head="<html>"),
    "html-unclosed-comment": lambda n: repeat("-", n, head="<html><!--"),
    "html-unclosed-script": lambda n: repeat("<p>x", n, head="<html><script>"),
    "html-many-scripts": lambda n: repeat("<script>x</script>", n, head="<html>"),
    "html-attributes": lambda n: repeat(' a="1" rowspan=2', n, head="<table><tr><td", tail=">"),
    "html-many-cells": lambda n: repeat("<td>0</td>", n, head="<table><tr>"),
    "html-many-rows": lambda n: repeat("<tr><td>0</td></tr>", n, head="<table>"),
    "html-colspan-row": lambda n: repeat("<td colspan=64>", n // 2, head="<table><tr>") + repeat("<tr><td>0", n // 2),
    "html-rowspan-block": lambda n: repeat("<td rowspan=64 colspan=64>", n, head="<table><tr>"),
    "html-rowspan-cells": lambda n: repeat("<tr><td rowspan=64>0", n, head="<table>"),
    "html-rowspan-stair": lambda n: repeat("<tr><td rowspan=64 colspan=64>", n, head="<table>"),
    "html-nested-closed": lambda n: repeat("<table><tr><td>", n // 2) + "x" + repeat("</td></tr></table>", n // 2),
    # Many small tables, each a 64x64 span block filled out by one-cell rows (every table has its own budget).
    "html-span-tables": lambda n: repeat("<table><tr><td rowspan=64 colspan=64>x" + "<tr><td>0" * 63 + "</table>", n),
    "html-table-in-cells": lambda n: repeat("<td><table><tr><td>0</td></tr></table></td>", n, head="<table><tr>"),
}

# Inputs that are not text at all: each must be refused at once with a clear error.
BYTE_SHAPES = {
    "binary-random": lambda n: random.Random(1).randbytes(n),
    "gbk-text": lambda n: repeat("本机关认真贯彻落实政府信息公开条例，收到申请5件。", n).encode("gb18030")[:n],
    "utf8-then-invalid": lambda n: repeat(seed(), n - 1).encode("utf-8")[: n - 1] + b"\xff",
    "too-large": lambda n: repeat(seed() + "\n", max(n, 17 * 1024 * 1024)).encode("utf-8"),
}


def main(argv):
    if len(argv) == 2 and argv[1] == "--list":
        print("\n".join(list(SHAPES) + list(BYTE_SHAPES)))
        return 0
    if len(argv) != 4 or argv[1] not in {**SHAPES, **BYTE_SHAPES}:
        print(__doc__, file=sys.stderr)
        return 2
    write(argv[1], int(argv[2]), argv[3])
    return 0


def write(shape, n_bytes, path):
    """Writes shape at about n_bytes to path; returns the number of bytes written."""
    if shape in BYTE_SHAPES:
        data = BYTE_SHAPES[shape](n_bytes)
    else:
        data = SHAPES[shape](n_bytes).encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    return len(data)


if __name__ == "__main__":
    sys.exit(main(sys.argv))

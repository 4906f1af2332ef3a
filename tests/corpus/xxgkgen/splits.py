"""Which cells of a run-together table (`713000074`) the table's own equations pin down.

Page text with every cell of a row concatenated can only be split where one split satisfies the
equations. The generator records the cells no bounded search can pin down, so the evaluator expects
the validator to leave them unjudged. The search is sound: a cell called determined has one value in
every split that satisfies the equations; when a bound is hit, the cells concerned count as undetermined.
"""

import itertools
import re

from . import templates as T

BLANKS = ("——", "—", "／", "/", "-", "无")
NODE_CAP = 200000        # search nodes per row
JOINT_CAP = 200000       # combinations of ambiguous requests rows tried together

_INT = re.compile(r"0|[1-9]\d*")
_DEC = re.compile(r"(?:0|[1-9]\d*)(?:\.\d+)?")
_NEG = re.compile(r"[-－−]?(?:0|[1-9]\d*)")


_MINUS = str.maketrans("－−", "--")


class TooMany(Exception):
    pass


def _tokens(s, i, col, allow_empty=False):
    """(value, end) for every way a cell of column `col` can start at s[i]; with `allow_empty`, a
    cell left empty (nothing printed) is one of them."""
    out = [(None, i)] if allow_empty else []
    for b in BLANKS:
        if s.startswith(b, i) and not (b == "-" and i + 1 < len(s) and s[i + 1].isdigit() and col == "change"):
            out.append((None, i + len(b)))
    pattern = _DEC if col == "amount" else _NEG if col == "change" else _INT
    for j in range(i + 1, len(s) + 1):
        piece = s[i:j]
        if pattern.fullmatch(piece):
            number = piece.translate(_MINUS)
            out.append((float(number) if "." in number else int(number), j))
    return out


def row_splits(s, cols, accept=None, allow_empty=False):
    """Every list of values, one per column in `cols`, whose texts concatenate to s.

    `accept(prefix)` may reject a partial split early (an equation of a complete group failing);
    `allow_empty`: a cell may have been left empty, so it printed nothing."""
    found, nodes = [], [0]

    def walk(i, prefix):
        nodes[0] += 1
        if nodes[0] > NODE_CAP:
            raise TooMany()
        if len(prefix) == len(cols):
            if i == len(s):
                found.append(tuple(prefix))
            return
        for value, end in _tokens(s, i, cols[len(prefix)], allow_empty):
            nxt = prefix + [value]
            if accept is None or accept(nxt):
                walk(end, nxt)

    walk(0, [])
    return found


def _sum_ok(values, total_at, parts):
    """total == sum(parts) when every cell is a number; blanks leave the equation unjudged."""
    group = [values[k] for k in parts] + [values[total_at]]
    if any(v is None for v in group):
        return True
    return group[-1] == sum(group[:-1])


def _requests_row_ok(prefix):
    if len(prefix) < len(T.REQ_COLS):
        return True
    return _sum_ok(prefix, 6, range(6))


def _review_row_ok(prefix):
    n = len(prefix)
    if n % 5:
        return True
    return _sum_ok(prefix, n - 1, range(n - 5, n - 1))


def undetermined(table, rows, template):
    """rows: [(row id or ids, [col ids], text)] in table order -> set of (table, row, col) not pinned down.

    For `review` the single data line holds all three groups: row id is the list of the three ids."""
    out = set()
    cands = {}
    for rid, cols, text in rows:
        accept = _requests_row_ok if table == "requests" else _review_row_ok if table == "review" else None
        try:
            # The active table has no equation: a cell there may as well have been left empty.
            cands[_key(rid)] = (cols, row_splits(text, cols, accept, allow_empty=table == "active"))
        except TooMany:
            cands[_key(rid)] = (cols, None)
    assert all(sp is None or sp for _c, sp in cands.values()), "the printed split itself must be found"
    if table == "requests":
        cands = _joint_requests(cands, template)
        assert all(sp is None or sp for _c, sp in cands.values()), "the printed table satisfies its equations"
    for key, (cols, splits) in cands.items():
        for k, col in enumerate(cols):
            if splits is None or len({s[k] for s in splits}) != 1:
                out.add(_cell_ref(table, key, k, col))
    return out


def _key(rid):
    return tuple(rid) if isinstance(rid, list) else rid


def _cell_ref(table, key, k, col):
    if isinstance(key, tuple):                       # review: 15 cells of three groups on one line
        return (table, key[k // len(T.REVIEW_COLS)], col)
    return (table, key, col)


def _joint_requests(cands, template):
    """Keep only row splits that take part in a choice satisfying the column equations."""
    ambiguous = [k for k, (_c, s) in cands.items() if s is None or len(s) != 1]
    if any(cands[k][1] is None or not cands[k][1] for k in ambiguous):
        return cands
    sizes = 1
    for k in ambiguous:
        sizes *= len(cands[k][1])
        if sizes > JOINT_CAP:
            return cands                              # bound hit: per-row ambiguity stands
    fixed = {k: s[0] for k, (_c, s) in cands.items() if k not in ambiguous}
    kept = {k: set() for k in ambiguous}
    for combo in itertools.product(*(cands[k][1] for k in ambiguous)):
        rows = dict(fixed)
        rows.update(zip(ambiguous, combo))
        if _columns_ok(rows, template):
            for k, split in zip(ambiguous, combo):
                kept[k].add(split)
    out = dict(cands)
    for k in ambiguous:
        out[k] = (cands[k][0], sorted(kept[k], key=repr))
    return out


def _columns_ok(rows, template):
    items = T.result_item_ids(template)
    if not all(r in rows for r in items + ["new", "carried_over", "total", "carry_forward"]):
        return True
    for k in range(len(T.REQ_COLS)):
        col = [rows[r][k] for r in items]
        if rows["total"][k] != sum(col):
            return False
        if rows["new"][k] + rows["carried_over"][k] != rows["total"][k] + rows["carry_forward"][k]:
            return False
    return True

"""Defects planted in a report, each recorded in the truth so the evaluator can look for its finding."""

import copy

from . import numbers as N
from . import templates as T
from .narrative import CLAIM_CELLS, docs_col

KINDS = ["wrong-cell", "lost-cell", "text-mismatch", "wrong-template", "fee-missing"]
WEIGHTS = [34, 22, 20, 12, 12]


def choose(rng, year, p_defect, exclude=frozenset()):
    """The defect kinds of one report ([] for a clean one); `exclude`: kinds its damage class cannot measure."""
    if rng.random() >= p_defect:
        return []
    kinds = [k for k in KINDS if not (k == "fee-missing" and year < 2021) and k not in exclude]
    if not kinds:
        return []
    weights = [(2 if k == "wrong-template" and year < 2021 else w) for k, w in zip(KINDS, WEIGHTS) if k in kinds]
    kind = rng.choices(kinds, weights)[0]
    if kind == "wrong-template" and year >= 2021 and rng.random() < 0.35:
        return ["wrong-template", "fee-missing"]     # an old template usually forgets the fee statement too
    return [kind]


def typo(rng, v):
    """A plausible wrong number for v (never v, never negative)."""
    options = [v + 1, v + rng.randint(2, 9), v * 10 + rng.randint(0, 9)]
    if v >= 1:
        options.append(v - 1)
    if v >= 10:
        s = str(v)
        swapped = int(s[:-2] + s[-1] + s[-2])
        if swapped != v:
            options.append(swapped)
    if v == 0:
        options = [1, 2, 3, rng.randint(4, 12)]
    w = rng.choice(options)
    return w if w != v and w >= 0 else v + 1


def wrong_cell(rng, shown, template):
    rows = T.request_row_ids(template)
    rid, col = rng.choice(rows), rng.choice(T.REQ_COLS)
    correct = shown["requests"][rid][col]
    bad = typo(rng, correct)
    shown["requests"][rid][col] = bad
    failing = N.requests_failing(shown["requests"], template)
    assert len(failing) >= 2, failing
    return {"kind": "wrong-cell", "table": "requests", "row": rid, "column": col, "shown": bad, "correct": correct}


def lost_cell(rng, shown, template, position_known):
    table = rng.choices(["requests", "active", "review"], [75, 13, 12])[0]
    shape = T.table_shape(template)[table]
    rid = rng.choice(list(shape))
    col = rng.choice(shape[rid])
    correct = shown[table][rid][col]
    if correct is None:          # already blank: pick a requests cell, which never is
        table, rid, col = "requests", rng.choice(list(T.request_row_ids(template))), rng.choice(T.REQ_COLS)
        correct = shown[table][rid][col]
    shown[table][rid][col] = None
    return {"kind": "lost-cell", "table": table, "row": rid, "column": col, "shown": None, "correct": correct,
            "position_known": position_known}


def text_mismatch(rng, values, template):
    """Pick an unambiguous claim and a number no reading of the table agrees with."""
    options = ["req_new", "req_new", "req_cf", "req_carried", "req_done", "review_total", "docs_issued"]
    claim = rng.choice(options)
    table, row, col = CLAIM_CELLS[claim]
    if col is None:
        col = docs_col(template)
    correct = values[table][row][col]
    if correct is None:
        claim, (table, row, col) = "req_new", CLAIM_CELLS["req_new"]
        correct = values[table][row][col]
    R = values["requests"]
    taboo = {correct, R["new"]["total"] + R["carried_over"]["total"], R["total"]["total"],
             R["new"]["total"], R["carry_forward"]["total"], R["carried_over"]["total"]}
    shown = typo(rng, correct)
    while shown in taboo:
        shown += rng.randint(1, 7)
    defect = {"kind": "text-mismatch", "table": table, "row": row, "column": col, "shown": shown, "correct": correct}
    return claim, defect


def shown_copy(values):
    return copy.deepcopy(values)

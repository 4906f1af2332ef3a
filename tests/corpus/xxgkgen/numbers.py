"""Consistent table numbers with realistic distributions, and the arithmetic checks they satisfy."""

from . import templates as T

_REQ_RANGES = {0: (0.75, 1, 3), 1: (0.45, 1, 10), 2: (0.25, 1, 45), 3: (0.05, 5, 220), 4: (0.0, 30, 2600)}
_APPLICANT_WEIGHTS = [0.8, 0.11, 0.008, 0.01, 0.05, 0.022]
_RESULT_WEIGHTS = {
    "granted": 0.34, "partial": 0.14, "denied_state_secret": 0.002, "denied_prohibited_by_law": 0.006,
    "denied_three_safety": 0.003, "denied_third_party": 0.02, "denied_internal_affairs": 0.012,
    "denied_process_info": 0.02, "denied_enforcement_file": 0.008, "denied_query_matter": 0.008,
    "unavailable_not_held": 0.22, "unavailable_needs_creation": 0.03, "unavailable_unclear": 0.02,
    "rejected_petition": 0.03, "rejected_repeat": 0.03, "rejected_publication": 0.008,
    "rejected_massive": 0.004, "rejected_confirmation": 0.01,
    "other_overdue_correction": 0.02, "other_unpaid_fee": 0.002, "other_misc": 0.03, "other": 0.05,
}


def _split(rng, n, weights):
    """Multinomial split of n units over weights (unit by unit, fine for n in the thousands)."""
    out = [0] * len(weights)
    total = sum(weights)
    cum, acc = [], 0.0
    for w in weights:
        acc += w / total
        cum.append(acc)
    for _ in range(n):
        x = rng.random()
        for i, c in enumerate(cum):
            if x <= c:
                out[i] += 1
                break
        else:
            out[-1] += 1
    return out


def _new_total(rng, scale):
    p_zero, lo, hi = _REQ_RANGES[scale]
    if rng.random() < p_zero:
        return 0
    # skew toward the low end
    return int(lo + (hi - lo) * rng.random() ** 2.2)


def _jittered_result_weights(rng, template):
    items = T.result_item_ids(template)
    weights = []
    for rid in items:
        w = _RESULT_WEIGHTS[rid] * rng.uniform(0.2, 3.0)
        if rid not in ("granted", "partial", "unavailable_not_held") and rng.random() < 0.5:
            w = 0.0
        weights.append(w)
    if sum(weights) == 0:
        weights[0] = 1.0
    return items, weights


def make_requests(rng, template, scale):
    rows = {r: {c: 0 for c in T.REQ_COLS} for r in T.request_row_ids(template)}
    n_new = _new_total(rng, scale)
    app_w = [w * rng.uniform(0.3, 2.0) for w in _APPLICANT_WEIGHTS]
    app_w[0] *= 3
    new = _split(rng, n_new, app_w)
    items, res_w = _jittered_result_weights(rng, template)
    has_carry = n_new > 0 and rng.random() < 0.4
    has_cf = n_new > 0 and rng.random() < 0.45
    for i, col in enumerate(T.APPLICANT_COLS):
        carried = int(new[i] * rng.uniform(0, 0.12)) + (1 if i == 0 and has_carry else 0) if has_carry else 0
        avail = new[i] + carried
        cf = min(avail, int(avail * rng.uniform(0, 0.15)) + (1 if i == 0 and has_cf and avail else 0)) if has_cf else 0
        done = avail - cf
        rows["new"][col], rows["carried_over"][col], rows["carry_forward"][col] = new[i], carried, cf
        rows["total"][col] = done
        for rid, v in zip(items, _split(rng, done, res_w)):
            rows[rid][col] = v
    for r in rows.values():
        r["total"] = sum(r[c] for c in T.APPLICANT_COLS)
    check_requests(rows, template)
    return rows


def check_requests(rows, template):
    """The three equations of rules.md; raises AssertionError when one fails."""
    for rid, r in rows.items():
        assert r["total"] == sum(r[c] for c in T.APPLICANT_COLS), ("row", rid)
    for c in T.REQ_COLS:
        assert rows["total"][c] == sum(rows[i][c] for i in T.result_item_ids(template)), ("result", c)
        assert rows["new"][c] + rows["carried_over"][c] == rows["total"][c] + rows["carry_forward"][c], ("bal", c)
        for r in rows.values():
            assert r[c] >= 0


def requests_failing(rows, template):
    """Equations that fail, as (kind, row or column) — used to prove a defect is visible."""
    bad = []
    for rid, r in rows.items():
        if None not in r.values() and r["total"] != sum(r[c] for c in T.APPLICANT_COLS):
            bad.append(("row", rid))
    for c in T.REQ_COLS:
        col = [rows[i][c] for i in T.result_item_ids(template)] + [rows["total"][c]]
        if None not in col and rows["total"][c] != sum(col[:-1]):
            bad.append(("result", c))
        bal = [rows[r][c] for r in ("new", "carried_over", "total", "carry_forward")]
        if None not in bal and bal[0] + bal[1] != bal[2] + bal[3]:
            bad.append(("balance", c))
    return bad


def make_review(rng, scale):
    active = rng.random() < (0.45 if scale >= 3 else 0.1)
    rows = {}
    for rid in T.REVIEW_ROWS:
        r = {c: 0 for c in T.REVIEW_COLS}
        if active and rng.random() < (0.8 if rid == "review" else 0.4):
            for c in ("upheld", "corrected", "other", "pending"):
                r[c] = int(rng.random() ** 2 * {"upheld": 8, "corrected": 2, "other": 3, "pending": 3}[c])
        r["total"] = r["upheld"] + r["corrected"] + r["other"] + r["pending"]
        rows[rid] = r
    check_review(rows)
    return rows


def check_review(rows):
    for rid, r in rows.items():
        assert r["total"] == r["upheld"] + r["corrected"] + r["other"] + r["pending"], rid


def _scaled(rng, scale, table):
    lo, hi = table[scale]
    if hi == 0 or rng.random() < 0.25:
        return 0
    return int(lo + (hi - lo) * rng.random() ** 2.5)


_DECISIONS = {0: (0, 0), 1: (0, 60), 2: (0, 800), 3: (50, 8000), 4: (500, 160000)}


def _money(rng, big):
    if rng.random() < 0.45:
        return 0
    v = rng.uniform(0.3, 6000.0 if big else 300.0) * rng.random()
    return round(v, 2) if rng.random() < 0.6 else int(v)


def make_active_2021(rng, agency):
    small = agency.kind in ("town", "street")
    rows = {}
    if agency.can_rules and rng.random() < 0.6:
        iss, rep = rng.randint(0, 6), rng.randint(0, 3)
        rows["rules"] = {"issued": iss, "repealed": rep, "in_force": max(0, iss - rep) + rng.randint(15, 160)}
    else:
        rows["rules"] = {"issued": 0, "repealed": 0, "in_force": 0}
    iss = 0 if small and rng.random() < 0.7 else int(rng.random() ** 2 * (4 if small else 25))
    rep = int(rng.random() ** 2 * 8)
    rows["normative_docs"] = {"issued": iss, "repealed": rep,
                              "in_force": max(0, iss - rep) + int(rng.random() * (5 if small else 90))}
    rows["licensing"] = {"decisions": _scaled(rng, agency.lic_scale, _DECISIONS)}
    rows["penalty"] = {"decisions": _scaled(rng, agency.pen_scale, _DECISIONS)}
    rows["coercion"] = {"decisions": _scaled(rng, max(0, agency.pen_scale - 1), _DECISIONS)}
    rows["fees"] = {"amount": _money(rng, agency.lic_scale >= 3) if agency.lic_scale else 0}
    return rows


def _items(rng, scale, hi):
    prev = _scaled(rng, min(scale, 2), {0: (0, 0), 1: (0, 20), 2: (0, hi)})
    change = rng.randint(-min(prev, 12), 12) if rng.random() < 0.4 else 0
    return prev, change


def make_active_2019(rng, agency):
    small = agency.kind in ("town", "street")
    rows = {}
    made = rng.randint(0, 5) if agency.can_rules and rng.random() < 0.6 else 0
    rows["rules"] = {"made": made, "published": made, "total_published": made + (rng.randint(20, 160) if made else 0)}
    made = 0 if small and rng.random() < 0.7 else int(rng.random() ** 2 * (4 if small else 22))
    pub = made if rng.random() < 0.85 else max(0, made - 1)
    rows["normative_docs"] = {"made": made, "published": pub,
                              "total_published": pub + int(rng.random() * (5 if small else 80))}
    for rid, scale, hi in (("licensing", agency.lic_scale, 300), ("other_services", agency.lic_scale, 120),
                           ("penalty", agency.pen_scale, 600), ("coercion", max(0, agency.pen_scale - 1), 40)):
        prev, change = _items(rng, scale, hi)
        rows[rid] = {"previous": prev, "change": change, "decisions": _scaled(rng, scale, _DECISIONS)}
    prev, change = _items(rng, 1 if agency.lic_scale else 0, 30)
    rows["fees"] = {"previous": prev, "change": change}
    count = int(rng.random() ** 2 * 40) if rng.random() < 0.6 else 0
    amount = 0 if not count else round(rng.uniform(2000, 9000000) * rng.random(), 2)
    rows["procurement"] = {"count": count, "amount": amount}
    return rows


def check_active(rows, template):
    if template == "2021":
        for rid in ("rules", "normative_docs"):
            r = rows[rid]
            if None not in r.values():
                assert r["in_force"] >= r["issued"] - r["repealed"], rid
    else:
        for rid in ("rules", "normative_docs"):
            r = rows[rid]
            if None not in r.values():
                assert r["total_published"] >= r["published"], rid
        for rid in ("licensing", "other_services", "penalty", "coercion", "fees"):
            r = rows[rid]
            if None not in (r["previous"], r["change"]):
                assert r["previous"] + r["change"] >= 0, rid

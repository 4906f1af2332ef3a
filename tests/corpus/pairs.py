#!/usr/bin/env python3
"""Consecutive-year pairs of synthetic reports, for the cross-report rules and published-late.

    python3 tests/corpus/pairs.py generate --seed 9 --count 300 --out /tmp/pairs
    python3 tests/corpus/pairs.py evaluate build/cli/xxgk-lint /tmp/pairs [--bar]

A pair is NAME-a (the year before) and NAME-b, each .txt or .html in any layout of the corpus
generator, plus NAME.pair.json saying what was planted:

- kind `consistent`: b's 上年结转 equals a's 结转下年度 column by column, and (2021 template both
  years) b's 现行有效件数 = a's + b's 制发 − b's 废止; `broken-carry`: one column of a's 结转下年度
  differs (`column`); `broken-in-force`: one row of b's 现行有效件数 differs (`row`);
  `other-agency`: b is another body's report; `copied`: b's narrative of sections 一 and 五 is
  a's with its own numbers.
- `published`: the publication date b's page states (null when the layout shows no chrome: PDF),
  `late`: whether that is past the deadline of 条例 第49条, null for bodies it does not bind.

The evaluator runs `--previous NAME-a NAME-b`, each report alone, and the directory as one batch,
and prints the measures of the bars (with --bar, exits 1 below them).
"""

import argparse
import datetime
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from xxgkgen import defects as D           # noqa: E402
from xxgkgen import narrative as NA        # noqa: E402
from xxgkgen import report as R            # noqa: E402
from xxgkgen import templates as T         # noqa: E402
from xxgkgen.agencies import make_agency   # noqa: E402
from xxgkgen.style import Style            # noqa: E402

KINDS = ["consistent", "broken-carry", "broken-in-force", "other-agency", "copied"]
KIND_WEIGHTS = [35, 30, 15, 10, 10]
CROSS_RULES = {"previous-mismatch", "carry-over-continuity", "in-force-continuity", "text-repeated"}
DEADLINE_MONTH = {"city_gov": 3, "county_gov": 3, "province_gov": 3,
                  "city_dept": 1, "county_dept": 1, "province_dept": 1}   # others: not bound


# ---- generation ----------------------------------------------------------------------------------

def template_of(year):
    return "2021" if year >= 2021 else "2019"


def rebalance_new(req):
    """一 + 二 = (七)总计 + 四 per applicant column, by setting 一; the 总计 column sums the others."""
    for c in T.APPLICANT_COLS:
        new = req["total"][c] + req["carry_forward"][c] - req["carried_over"][c]
        if new < 0:
            req["carried_over"][c] -= new
            new = 0
        req["new"][c] = new
    for r in ("new", "carried_over", "carry_forward"):
        req[r]["total"] = sum(req[r][c] for c in T.APPLICANT_COLS)


def chain_carry(va, vb):
    for c in T.APPLICANT_COLS:
        va["requests"]["carry_forward"][c] = vb["requests"]["carried_over"][c]
    rebalance_new(va["requests"])


def chain_in_force(va, vb):
    for row in ("rules", "normative_docs"):
        a, b = va["active"][row], vb["active"][row]
        if None in a.values() or None in b.values():
            continue
        a["in_force"] = max(a["in_force"], b["repealed"] - b["issued"])
        b["in_force"] = a["in_force"] + b["issued"] - b["repealed"]


def break_carry(rng, va):
    col = rng.choice(T.APPLICANT_COLS)
    cf = va["requests"]["carry_forward"]
    cf[col] = cf[col] + rng.choice([1, 2, 3, 10]) if cf[col] == 0 or rng.random() < 0.6 else cf[col] - 1
    rebalance_new(va["requests"])
    return col


def break_in_force(rng, va, vb):
    rows = [r for r in ("rules", "normative_docs")
            if None not in vb["active"][r].values() and None not in va["active"][r].values()]
    if not rows:
        return None
    row = rng.choice(rows)
    vb["active"][row]["in_force"] += rng.choice([1, 2, 5, 30])
    return row


def publication(rng, agency, year):
    """The date b's page states, and whether it is late (None: the body is not bound)."""
    month = DEADLINE_MONTH.get(agency.kind)
    deadline = datetime.date(year + 1, month or 1, 31)
    late = rng.random() < 0.4
    if late:
        day = deadline + datetime.timedelta(days=rng.randint(1, 75))
    else:
        day = datetime.date(year + 1, 1, 2) + datetime.timedelta(days=rng.randint(0, (deadline.day if month == 1 else 88) - 2))
    return day, (late if month else None)


def chrome_lines(rng, day, agency):
    """Site chrome or a crawler header stating the date, sometimes beside other dates that are not it."""
    iso, t = day.isoformat(), f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"
    written = (day - datetime.timedelta(days=rng.randint(1, 20))).isoformat()
    fetched = (day + datetime.timedelta(days=rng.randint(100, 900))).isoformat()
    return rng.choice([
        [f"发布时间：{iso} {t} 字号：[ 大 中 小 ]"],
        [f"发布时间: {iso} {t}", "文号: ", f"发布机构: {agency.name}"],
        [f"日期:{iso} {t}:{rng.randint(0, 59):02d} 字号:"],
        [f"来源：{agency.name}  发布日期：{day.year}年{day.month:02d}月{day.day:02d}日  浏览次数：{rng.randint(30, 900)}"],
        [f"索引号：{rng.randint(10000000, 99999999)}/{day.year}-00012", f"成文日期：{written}", f"发布日期：{iso}"],
        [f"公开日期：{day.year}/{day.month}/{day.day}", f"采集时间：{fetched}T10:12:00+08:00"],
    ])


def narrative_spans(blocks):
    """Block index ranges of the bodies of sections 一 and 五 (after their headings)."""
    heads = [i for i, b in enumerate(blocks) if b[0] == "heading"]
    return [(heads[0] + 1, heads[1]), (heads[4] + 1, heads[5])]


def copy_narrative(rng, blocks, source, year):
    """Sections 一 and 五 of `source` (the next year's) with other numbers, as `year` copied it."""
    def other(m):
        n = int(m.group())
        return str(year if n == year + 1 else n if 1990 <= n <= 2099 else n + rng.randint(1, 9))
    renumber = lambda text: re.sub(r"\d+", other, text)  # noqa: E731
    out = list(blocks)
    for (b0, b1), (s0, s1) in reversed(list(zip(narrative_spans(blocks), narrative_spans(source)))):
        out[b0:b1] = [(k, renumber(t), *rest) for k, t, *rest in source[s0:s1]]
    return out


def narrative_sentences(blocks):
    """The sentences of sections 一 and 五, years and numbers masked, as text-repeated compares them."""
    text = "\n".join(t for b0, b1 in narrative_spans(blocks) for _, t, *_ in blocks[b0:b1])
    text = re.sub(r"[ \u3000]", "", unicodedata.normalize("NFKC", text))  # ，→, （→( as the core reads them
    return {re.sub(r"\d+", "#", x) for x in re.split(r"[。!?;\n]", text) if len(x) >= 6}


def shared_share(a_blocks, b_blocks):
    b = narrative_sentences(b_blocks)
    return len(b & narrative_sentences(a_blocks)) / len(b) if b else 0.0


# A pair not planted as copied must not be a copy by chance: the narrative generator draws from a
# small pool of sentences, and two draws for one body could share more than half of them (a real
# copy, unlabelled). Such a year before is drawn again; real consecutive reports that were not
# copied share 0-31% (README).
MAX_CHANCE_SHARE = 0.35


def make_report(rng, year, agency, values_hook=None, narrative_from=None, chrome=None):
    template = template_of(year)
    family = rng.choices(R.FAMILIES, R.FAMILY_WEIGHTS)[0]
    layouts = R._table_layouts(rng, family)
    style = Style(rng, family)
    values, proc_unit = R._values(rng, template, agency)
    if values_hook:
        values_hook(values)
    shown = D.shown_copy(values)
    facts = NA.Facts(rng, values, template, year, agency)
    blocks = R._blocks(rng, style, facts, template, shown, proc_unit, layouts, None, False)
    if narrative_from:
        blocks = copy_narrative(rng, blocks, narrative_from, year)
    blocks = [b for b in blocks if not (b[0] == "chrome" and ("时间" in b[1] or "日期" in b[1]))]
    if chrome:  # after the title (which may be split over two lines)
        at = next(i for i, b in enumerate(blocks) if b[0] in ("title", "para"))
        while blocks[at][0] == "title":
            at += 1
        blocks[at:at] = [("chrome", x) for x in chrome]
    html = family.startswith("html")
    content = R._render_html(rng, style, blocks, family) if html else R._render_text(rng, style, blocks, family)
    return ("html" if html else "txt"), content, {"year": year, "template": template, "layout": family,
                                                  "agency": agency.name, "cells": shown}, blocks


def make_pair(rng):
    kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
    year = rng.randint(2020, 2025)
    if kind == "broken-in-force":
        year = max(year, 2022)
    agency = make_agency(rng)
    ra, rb = random.Random(rng.random()), random.Random(rng.random())
    va = R._values(random.Random(ra.random()), template_of(year - 1), agency)[0]
    truth = {"kind": kind, "year": year, "agency": agency.name, "agency_kind": agency.kind}
    planted = {}

    def hook_b(vb):
        chain_in_force_ok = template_of(year - 1) == "2021"
        if chain_in_force_ok:
            chain_in_force(va, vb)
        chain_carry(va, vb)
        if kind == "broken-carry":
            planted["column"] = break_carry(rng, va)
        if kind == "broken-in-force":
            planted["row"] = break_in_force(rng, va, vb)

    def hook_a(v):
        v.clear()
        v.update(va)

    other = make_agency(rng) if kind == "other-agency" else agency
    while kind == "other-agency" and other.name == agency.name:
        other = make_agency(rng)
    day, late = publication(rng, other, year)
    chrome = chrome_lines(rng, day, other)
    ext_b, content_b, tb, blocks_b = make_report(rb, year, other, hook_b, None, chrome)
    # The year before is written first in truth; here its narrative is b's with other numbers.
    for _ in range(20):
        ext_a, content_a, ta, blocks_a = make_report(ra, year - 1, agency, hook_a, blocks_b if kind == "copied" else None)
        if kind == "copied" or shared_share(blocks_a, blocks_b) <= MAX_CHANCE_SHARE:
            break
    truth.update(planted)
    if kind == "broken-in-force" and planted.get("row") is None:
        truth["kind"] = "consistent"
    forms = (day.isoformat(), f"{day.year}年{day.month:02d}月{day.day:02d}日", f"{day.year}/{day.month}/{day.day}")
    stated = day.isoformat() if any(f in content_b for f in forms) else None
    truth.update({"published": stated, "late": late if stated else None,
                  "a": {**ta, "ext": ext_a}, "b": {**tb, "ext": ext_b}})
    return (ext_a, content_a), (ext_b, content_b), truth


def generate(args):
    os.makedirs(args.out, exist_ok=True)
    for i in range(args.count):
        rng = random.Random(f"pairs:{args.seed}:{i}")
        (ea, ca), (eb, cb), truth = make_pair(rng)
        name = f"p{args.seed}-{i:04d}"
        for suffix, ext, content in (("a", ea, ca), ("b", eb, cb)):
            with open(os.path.join(args.out, f"{name}-{suffix}.{ext}"), "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        with open(os.path.join(args.out, f"{name}.pair.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)
    print(f"wrote {args.count} pairs to {args.out}")


# ---- evaluation ----------------------------------------------------------------------------------

def run_json(cli, *args):
    out = subprocess.run([cli, "--format", "json", *args], capture_output=True, text=True, timeout=60).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def pct(n, d):
    return f"{n}/{d} ({100.0 * n / d:.1f}%)" if d else "0/0"


def evaluate(args):
    pairs = sorted(f[:-len(".pair.json")] for f in os.listdir(args.dir) if f.endswith(".pair.json"))
    path = lambda name, s, t: os.path.join(args.dir, f"{name}-{s}.{t[s]['ext']}")  # noqa: E731
    m = {k: 0 for k in ("broken", "broken_right", "wrong_place", "consistent", "consistent_false",
                        "alone", "alone_false", "other", "other_one_warning", "copied", "copied_found",
                        "repeated_plain", "late", "late_found", "ontime", "late_false")}
    args.dir = args.dir.rstrip("/")
    batch = {r["file"]: r for r in run_json(args.cli, args.dir)}
    keys = [(r.get("agency"), r.get("year")) for r in batch.values()]
    unique = {k for k in keys if keys.count(k) == 1}
    paired_right = batch_pairs = 0
    for name in pairs:
        t = json.load(open(os.path.join(args.dir, name + ".pair.json"), encoding="utf-8"))
        a, b = path(name, "a", t), path(name, "b", t)
        r = run_json(args.cli, "--previous", a, b)[0]
        cross = [f for f in r["findings"] if f["rule"] in CROSS_RULES]
        chain = [f for f in cross if f["rule"] in ("carry-over-continuity", "in-force-continuity")]
        kind = t["kind"]
        if kind in ("broken-carry", "broken-in-force"):
            m["broken"] += 1
            if kind == "broken-carry":
                right = [f for f in chain if f["column"] == t["column"] and f["rule"] == "carry-over-continuity"]
                wrong = [f for f in chain if f["column"] not in (t["column"], "total")]
            else:
                right = [f for f in chain if f["row"] == t["row"] and f["rule"] == "in-force-continuity"]
                wrong = [f for f in chain if f["row"] != t["row"]]
            m["broken_right"] += bool(right)
            m["wrong_place"] += bool(wrong)
            if args.verbose and (not right or wrong):
                print("  broken", name, t.get("column") or t.get("row"), [(f["rule"], f["row"], f["column"]) for f in chain])
        elif kind in ("consistent", "copied"):
            m["consistent"] += 1
            m["consistent_false"] += bool(chain)
            if args.verbose and chain:
                print("  false", name, [f["message"] for f in chain])
        if kind == "other-agency" and r.get("agency") and run_json(args.cli, a)[0].get("agency"):
            m["other"] += 1  # both bodies read: one previous-mismatch and nothing judged
            m["other_one_warning"] += [f["rule"] for f in cross] == ["previous-mismatch"]
        if kind == "copied":
            m["copied"] += 1
            m["copied_found"] += any(f["rule"] == "text-repeated" for f in cross)
        elif kind in ("consistent", "broken-carry", "broken-in-force"):
            m["repeated_plain"] += any(f["rule"] == "text-repeated" for f in cross)
        for side in (a, b):
            m["alone"] += 1
            m["alone_false"] += any(f["rule"] in CROSS_RULES for f in run_json(args.cli, side)[0]["findings"])
        late = any(f["rule"] == "published-late" for f in r["findings"])
        if t["late"] is True:
            m["late"] += 1
            m["late_found"] += late
            if args.verbose and not late:
                print("  late missed", name, t["published"], t["agency"], r.get("agency"), r.get("year"))
        else:
            m["ontime"] += 1
            m["late_false"] += late
            if args.verbose and late:
                print("  late false", name, t["published"], t["agency"])
        ra_, rb_ = batch.get(a, {}), batch.get(b, {})
        if kind != "other-agency" and {(ra_.get("agency"), ra_.get("year")), (rb_.get("agency"), rb_.get("year"))} <= unique:
            batch_pairs += 1
            paired_right += rb_.get("previous_file") == a
    print(f"pairs                           {len(pairs)}")
    print(f"broken chains on the right cell {pct(m['broken_right'], m['broken'])}")
    print(f"broken pairs with a finding elsewhere {pct(m['wrong_place'], m['broken'])}")
    print(f"consistent pairs with a chain finding {pct(m['consistent_false'], m['consistent'])}")
    print(f"other body (both bodies read): exactly one previous-mismatch {pct(m['other_one_warning'], m['other'])}")
    print(f"reports alone with a cross-report finding {pct(m['alone_false'], m['alone'])}")
    print(f"copied narrative found (text-repeated) {pct(m['copied_found'], m['copied'])}")
    print(f"text-repeated on pairs not planted as copied {pct(m['repeated_plain'], len(pairs) - m['copied'] - m['other'])}")
    print(f"late publication found           {pct(m['late_found'], m['late'])}")
    print(f"published-late on other reports  {pct(m['late_false'], m['ontime'])}")
    print(f"batch: b paired with its a (agency and year unique in the batch) {pct(paired_right, batch_pairs)}")
    ok = (m["broken_right"] >= 0.95 * m["broken"] and m["wrong_place"] == 0 and m["consistent_false"] == 0
          and m["repeated_plain"] == 0 and m["alone_false"] == 0
          and m["late_false"] == 0 and m["late_found"] >= 0.95 * m["late"]
          and m["other_one_warning"] == m["other"] and paired_right >= 0.95 * batch_pairs)
    print("bar:", "met" if ok else "NOT met")
    return 0 if ok or not args.bar else 1


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    g = sub.add_parser("generate")
    g.add_argument("--seed", type=int, default=1)
    g.add_argument("--count", type=int, default=100)
    g.add_argument("--out", required=True)
    e = sub.add_parser("evaluate")
    e.add_argument("cli")
    e.add_argument("dir")
    e.add_argument("--bar", action="store_true")
    e.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    return generate(args) if args.cmd == "generate" else evaluate(args)


if __name__ == "__main__":
    sys.exit(main())

"""One synthetic report: numbers, narrative, tables in a paste layout, defects and the truth."""

import re

from . import classes as C
from . import defects as D
from . import grids as G
from . import narrative as NA
from . import numbers as N
from . import templates as T
from .agencies import make_agency
from .layouts_html import cms_document, cms_para, cms_table, word_document, word_para, word_table
from .layouts_real import WRITERS_REAL
from .layouts_text import TEXT_LAYOUTS, WRITERS, dwidth
from .style import IDSP, Style, prose

FAMILIES = ["onecell", "pipe", "bar", "tab", "markdown", "pdf", "html-word", "html-cms", "mixed"]
FAMILY_WEIGHTS = [15, 15, 10, 12, 8, 12, 12, 10, 8]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
YEAR_WEIGHTS = [10, 12, 12, 14, 16, 16, 8]
DELIMITED = {"pipe", "bar", "tab", "markdown", "html-word", "html-cms"}


def make(rng, p_defect=0.45, families=None, classes=None):
    cls = C.choose(rng, classes, families)
    year = rng.choices(YEARS, YEAR_WEIGHTS)[0]
    if cls == "hybrid-template":
        year = rng.choice([y for y in YEARS if y >= 2021])
    agency = make_agency(rng)
    kinds = D.choose(rng, year, p_defect, C.excluded_defects(cls))
    right = "2021" if year >= 2021 else "2019"
    template = right
    if "wrong-template" in kinds:
        template = "2019" if right == "2021" else "2021"
    family = _family(rng, cls, families)
    layouts = _table_layouts(rng, family, cls)
    style = Style(rng, family)
    _class_style(rng, style, cls)

    values, proc_unit = _values(rng, template, agency)
    for _try in range(20):                  # a sum sentence needs something carried over
        if cls != "narrative-sums" or values["requests"]["carried_over"]["total"]:
            break
        values, proc_unit = _values(rng, template, agency)
    shown = D.shown_copy(values)
    hybrid = C.hybrid_other(values["requests"]) if cls == "hybrid-template" else None
    if hybrid:
        for rid in C.OTHER_2021:
            shown["requests"][rid] = {c: None for c in shown["requests"][rid]}
    found = []
    forced = None
    for kind in kinds:
        if kind == "wrong-cell":
            found.append(D.wrong_cell(rng, shown, template))
        elif kind == "lost-cell":
            found.append(None)   # placed below, once the table's layout is known
        elif kind == "text-mismatch":
            claim, defect = D.text_mismatch(rng, values, template)
            forced = (claim, defect["shown"])
            found.append(defect)
        elif kind == "wrong-template":
            found.append({"kind": "wrong-template", "table": None, "row": None, "column": None,
                          "shown": template, "correct": right})
        elif kind == "fee-missing":
            found.append({"kind": "fee-missing", "table": None, "row": None, "column": None,
                          "shown": None, "correct": None})
    lost = None
    if "lost-cell" in kinds:
        i = kinds.index("lost-cell")
        found[i] = D.lost_cell(rng, shown, template, position_known=None)
        t = found[i]["table"]
        mode = _lost_mode(rng, {t: layouts[t]})
        found[i]["position_known"] = mode == "empty"
        lost = (found[i]["table"], found[i]["row"], found[i]["column"], mode)

    facts = NA.Facts(rng, values, template, year, agency, forced)
    facts.sum_sentence = cls == "narrative-sums"
    blocks = _blocks(rng, style, facts, template, shown, proc_unit, layouts, lost, "fee-missing" in kinds,
                     cls, hybrid)
    if forced:
        assert facts.used_forced, forced
    truth_agency = agency.name
    header = None
    if cls == "metadata":
        blocks, header, truth_agency = _metadata_only(rng, blocks, agency, year)
    elif cls == "run-together":
        title = next((b[1] for b in blocks if b[0] == "title"), NA.title(rng, agency, year)).replace("\n", "")
        header = C.crawler_header(rng, title, agency.name, C.published_date(rng, year))
    is_html = family.startswith("html")
    if is_html:
        content = _render_html(rng, style, blocks, family)
    elif family == "flat":
        content = _render_flat(rng, style, blocks, header)
    else:
        content = _render_text(rng, style, blocks, family, header)
    truth = {
        "template": template, "year": year, "agency": truth_agency, "agency_kind": agency.kind,
        "layout": family, "table_layouts": layouts,
        "cells": shown, "defects": found, "clean": not found,
        "classes": [cls] if cls else [],
    }
    _class_truth(truth, blocks, cls)
    return ("html" if is_html else "txt"), content, truth


def _family(rng, cls, families):
    allowed = C.families(cls)
    if allowed and families:
        allowed = [f for f in allowed if f in families]
    if allowed:
        return rng.choice(allowed)
    pool = [(f, w) for f, w in zip(FAMILIES, FAMILY_WEIGHTS) if not families or f in families]
    assert pool, f"no layout family left for class {cls} among {sorted(families)}"
    return rng.choices([f for f, _w in pool], [w for _f, w in pool])[0]


def _class_style(rng, style, cls):
    """Habits that come with a class of damage (a converter's headings, a page's plain numbers)."""
    style.nbsp_labels = cls == "html-span"
    style.md_headings = cls == "md-split" or (cls == "md-broken" and rng.random() < 0.5)
    style.styled_spans = cls == "md-split" and rng.random() < 0.4
    style.pdf_spaced = cls == "pdf-text" and rng.random() < 0.8
    if cls == "html-span" and rng.random() < 0.6:
        style.blank = ""                    # blank cells as a bare &nbsp;
    if cls == "run-together":
        style.thousands = style.fullwidth_digits = style.stray_spaces = style.nbsp_numbers = False
        style.blank = rng.choice(["/", "—", "／"])


def _class_truth(truth, blocks, cls):
    """What a class adds to the truth: rows no reader can place, cells no split pins down, warnings due."""
    grids = [g for b in blocks if b[0] == "table" for g in b[2]]
    unplaceable = sorted({(g.table, r) for g in grids for r in getattr(g, "unplaceable", [])})
    undetermined = sorted({tuple(x) for g in grids for x in getattr(g, "undetermined", [])})
    if unplaceable:
        truth["unplaceable_rows"] = [list(x) for x in unplaceable]
    if undetermined:
        truth["undetermined"] = [list(x) for x in undetermined]
        truth["expect_warnings"] = sorted({x[0] for x in undetermined})
    if cls == "hybrid-template":
        truth["expect_warnings"] = ["template"]


def _metadata_only(rng, blocks, agency, year):
    """Year and agency only in a crawler header, or in the signature and date line, or no agency at all."""
    variant = rng.choice(["header-title", "header-date", "signature", "no-agency"])
    body = [b for b in C.strip_metadata(blocks, agency, year) if not _is_signature(b)]
    first = next(i for i, b in enumerate(body) if b[0] == "heading")
    if variant == "no-agency" or rng.random() < 0.6:
        body.insert(first + 1, ("para", rng.choice(C.NARRATIVE_NOT_AGENCY).format(S=agency.selfref)))
    date_line = f"{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"
    header = None
    if variant == "header-title":
        header = C.crawler_header(rng, NA.title(rng, agency, year), agency.name, C.published_date(rng, year))
    elif variant == "header-date":
        header = C.crawler_header(rng, "政府信息公开工作年度报告", agency.name, C.published_date(rng, year))
    elif variant == "signature":
        body.append(("para", f"{agency.name}\n{date_line}"))
    else:
        body.append(("para", date_line))
    return body, header, (None if variant == "no-agency" else agency.name)


def _is_signature(block):
    return block[0] == "para" and bool(re.search(r"\n\d{4}年\d{1,2}月\d{1,2}日$", block[1]))


def _table_layouts(rng, family, cls=None):
    special = C.TABLE_LAYOUT.get(cls)
    if special == "md-broken":
        return {"active": "markdown", "requests": "md-broken", "review": "markdown"}
    if special:
        return {t: special for t in ("active", "requests", "review")}
    if family == "mixed":
        return {t: rng.choice(TEXT_LAYOUTS) for t in ("active", "requests", "review")}
    if family.startswith("html"):
        other = "html-cms" if family == "html-word" else "html-word"
        return {t: (other if rng.random() < 0.1 else family) for t in ("active", "requests", "review")}
    return {t: family for t in ("active", "requests", "review")}


def _lost_mode(rng, layouts):
    lay = list(layouts.values())[0]
    if lay in DELIMITED and rng.random() < 0.75:
        return "empty"
    return "drop"


def _values(rng, template, agency):
    requests = N.make_requests(rng, template, agency.req_scale)
    review = N.make_review(rng, agency.req_scale)
    if template == "2021":
        active = N.make_active_2021(rng, agency)
    else:
        active = N.make_active_2019(rng, agency)
    proc_unit = None
    if template == "2019":
        proc_unit = rng.choice(["元", "元", "万元", None])
        if proc_unit == "万元":
            a = active["procurement"]["amount"]
            active["procurement"]["amount"] = round(a / 10000, rng.choice([2, 4])) if a else 0
    _blank_some(rng, active, agency, template)
    N.check_active(active, template)
    return {"active": active, "requests": requests, "review": review}, proc_unit


def _blank_some(rng, active, agency, template):
    """Cells a clerk leaves as "/" or "—": 规章 of a body that cannot issue any, unknown fees."""
    if not agency.can_rules and rng.random() < 0.12:
        for c in active["rules"]:
            active["rules"][c] = None
    if rng.random() < 0.05:
        key = "amount" if template == "2021" else "change"
        active["fees"][key] = None
    if template == "2019" and active["procurement"]["count"] == 0 and rng.random() < 0.2:
        active["procurement"]["amount"] = None


# ---- document blocks ---------------------------------------------------------------------------------

def _blocks(rng, style, facts, template, shown, proc_unit, layouts, lost, fee_missing, cls=None, hybrid=None):
    year, agency = facts.year, facts.agency
    B = []
    if rng.random() < 0.25:
        B += [("chrome", x) for x in NA.chrome_top(rng)]
    if rng.random() < 0.82:
        t = NA.title(rng, agency, year)
        if rng.random() < 0.12:
            B += [("title", agency.name), ("title", t[len(agency.name):])]
        else:
            B.append(("title", t))
    if rng.random() < 0.45:
        B += [("chrome", x) for x in NA.chrome_before(rng, agency, year)]
    B += [("para", prose(style, p)) for p in NA.intro(rng, agency, year, template)]
    titles = {n: rng.choice(NA.SECTION_TITLES[n]) for n in range(1, 7)}
    B.append(("heading", _heading(rng, titles[1])))
    body = NA.overview(facts)
    for fn in (NA.active_para, NA.request_para, NA.management_para, NA.platform_para, NA.oversight_para):
        body += fn(facts)
    B += [(k, prose(style, t)) for k, t in body]
    if cls == "renumbered-sections":  # seven parts: the template's 二…六 are numbered 三…七
        B += [("heading", "二、落实政务公开工作主要任务"), ("para", prose(style, NA.EXTRA_SECTION_TEXT))]
        titles.update({n: NUMERALS[n + 1] + titles[n][1:] for n in range(2, 7)})
    grids = _grids(rng, style, template, shown, proc_unit, layouts, lost, hybrid)
    if cls == "cell-notes":
        assert C.add_cell_notes(rng, style, grids["active"], template)
    for n, table in ((2, "active"), (3, "requests"), (4, "review")):
        B.append(("heading", _heading(rng, titles[n])))
        B += NA.table_lead(rng, n)
        B.append(("table", table, grids[table], layouts[table]))
    B.append(("heading", _heading(rng, titles[5])))
    B += [(k, prose(style, t)) for k, t in NA.problems(facts)]
    B.append(("heading", _heading(rng, titles[6])))
    B += [(k, prose(style, t)) for k, t in NA.other_matters(facts, fee_missing)]
    if rng.random() < 0.55:
        B += [("chrome", x) for x in NA.chrome_after(rng, agency, year)]
    if rng.random() < 0.3:
        end = len(B)
        while B[end - 1][0] == "chrome":
            end -= 1
        B.insert(end, ("para", f"{agency.name}\n{year + 1}年{rng.randint(1, 3)}月{rng.randint(1, 28)}日"))
    return B


NUMERALS = "〇一二三四五六七"  # NUMERALS[n]: the numeral n


def _heading(rng, text):
    r = rng.random()
    if r < 0.1:
        return text.replace("、", "、" + IDSP, 1)
    if r < 0.15:
        return text.replace("、", ". ", 1) if rng.random() < 0.3 else text
    return text


def _grids(rng, style, template, shown, proc_unit, layouts, lost, hybrid=None):
    g = {
        "active": G.active_grid(style, template, shown["active"], layouts["active"], proc_unit),
        "requests": G.requests_grid(style, template, shown["requests"], layouts["requests"], hybrid),
        "review": G.review_grid(style, shown["review"], layouts["review"]),
    }
    if lost:
        _mark_lost(g[lost[0]], lost)
    out = {t: [grid] for t, grid in g.items()}
    out["requests"] = _damage(rng, g["requests"], rng.random())
    if rng.random() < 0.1:
        at = [i for i, row in enumerate(g["active"].rows) if row[0].kind == "block"][rng.randint(1, 3)]
        out["active"] = list(G.split(g["active"], at, False, lambda t: ""))
    return out


def _mark_lost(grid, lost):
    _t, rid, col, mode = lost
    for row in grid.rows:
        for cell in row:
            if cell.kind == "val" and cell.ref[1:] == (rid, col):
                cell.lost = mode
                cell.text = ""


def _damage(rng, grid, r):
    """Requests split across pages (sometimes with its header repeated), as long tables are."""
    if r < 0.72:
        return [grid]
    at = rng.randint(grid.header_rows + 3, len(grid.rows) - 2)
    repeat = r > 0.86
    cont = (lambda t: "") if rng.random() < 0.6 else (lambda t: t)
    return list(G.split(grid, at, repeat, cont))


# ---- rendering ---------------------------------------------------------------------------------------

def _styled_span(rng, text):
    """Pandoc's markdown of a Word or CMS page keeps inline styles as bracketed spans."""
    font = rng.choice(["黑体, SimHei", "楷体, 楷体_GB2312, SimKai", "仿宋_GB2312"])
    return f'[{text}]{{style="font-family: {font};"}}'


def _writer(layout):
    return WRITERS.get(layout) or WRITERS_REAL[layout]


def _render_text(rng, style, blocks, family, header=None):
    if family == "pdf":
        return _finish(style, _pdf_lines(rng, style, blocks))
    lines = list(header or [])
    heading_indent = style.indent if rng.random() < 0.5 else ""
    if style.md_headings:
        heading_indent = "## "
    for block in blocks:
        kind = block[0]
        if kind == "table":
            _, table, grids, layout = block
            tl = _writer(layout)(grids, style, rng)
            lines.extend(tl)
            if style.para_gap and tl and tl[-1] != "":
                lines.append("")
            continue
        text = block[1]
        if kind == "para":
            lines.extend(style.indent + t for t in text.split("\n"))
        elif kind == "heading":
            lines.append(heading_indent + (_styled_span(rng, text) if style.styled_spans else text))
        elif kind == "subhead":
            lines.append(style.indent + text)
        else:
            lines.append(text)
        if style.para_gap and kind not in ("chrome",):
            lines.append("")
    return _finish(style, lines)


def _pdf_lines(rng, style, blocks):
    width = rng.choice([58, 66, 76])
    lines, since_break, page = [], 0, 1
    for block in blocks:
        if block[0] == "table":
            tl = _writer(block[3])(block[2], style, rng)
            lines.extend(tl)
            since_break += len(tl)
            continue
        kind, text = block[0], block[1]
        if kind == "chrome":
            continue                         # a PDF has no site around it
        if style.pdf_spaced:
            text = _CJK_DIGIT.sub(" ", text)
        for para in text.split("\n"):
            first = "" if kind in ("title", "heading") else IDSP * 2
            lines.extend(_wrap_prose(first + para, width))
            since_break += 1
        if since_break > 40 and rng.random() < 0.5:
            page += 1
            lines.extend(["", f"- {page} -", "\f"])
            since_break = 0
    return lines


_NO_LINE_START = set("，。、；：？！）》〉”’,.;:)")
# pdftotext puts a space where a Latin-font digit run meets CJK text ("2024 年 1 月 1 日")
_CJK_DIGIT = re.compile(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])")


def _render_flat(rng, style, blocks, header):
    """The text content of a web page: the body on one line, each table's cells run together."""
    parts = []
    drop_title = rng.random() < 0.6         # the page shows its title outside the article body
    for block in blocks:
        if block[0] == "chrome" or (block[0] == "title" and drop_title):
            continue
        if block[0] == "table":
            parts.extend(_writer("flat")(block[2], style, rng))
            continue
        text = block[1].replace("\n", "")
        parts.append(text + (" " if block[0] == "heading" and rng.random() < 0.7 else ""))
    body = "".join(parts)
    return _finish(style, list(header or []) + [body])


def _wrap_prose(text, width):
    """Wrap at a display width, never inside a run of digits or Latin letters."""
    out, cur = [], ""
    i = 0
    while i < len(text):
        j = i + 1
        if text[i].isascii() and text[i].isalnum():
            while j < len(text) and text[j].isascii() and (text[j].isalnum() or text[j] in ".,:/-"):
                j += 1
        piece = text[i:j]
        if dwidth(cur + piece) > width and cur.strip() and piece not in _NO_LINE_START:
            out.append(cur)
            cur = ""
        cur += piece
        i = j
    if cur:
        out.append(cur)
    return out


def _finish(style, lines):
    text = "\n".join(lines).rstrip() + "\n"
    if style.crlf:
        text = text.replace("\n", "\r\n")
    if style.bom:
        text = "\ufeff" + text
    return text


def _render_html(rng, style, blocks, family):
    entities = rng.random() < 0.5
    title = next((b[1] for b in blocks if b[0] == "title"), "")
    top = [b[1] for b in blocks if b[0] == "chrome" and "首页" in b[1]]
    body_blocks = [b for b in blocks if not (b[0] == "chrome" and "首页" in b[1])]
    first_para = next(i for i, b in enumerate(body_blocks) if b[0] in ("para", "heading"))
    meta = [b[1] for b in body_blocks[:first_para] if b[0] == "chrome"]
    last_body = max(i for i, b in enumerate(body_blocks) if b[0] != "chrome")
    bottom = [b[1] for b in body_blocks[last_body + 1:]]
    body = []
    for b in body_blocks[:last_body + 1]:
        if b[0] == "chrome" or (b[0] == "title" and family == "html-cms"):
            continue
        if b[0] == "table":
            flav = b[3]
            body.append(word_table(b[2], style, rng) if flav == "html-word" else cms_table(b[2], style, rng, entities))
            continue
        for part in b[1].split("\n"):
            if family == "html-word":
                body.append(word_para(rng, part, b[0]))
            else:
                body.append(cms_para(rng, part, b[0], entities))
    body_html = "\n".join(body)
    if family == "html-word" and rng.random() < 0.5:
        doc = word_document(title, body_html, rng)
    else:
        doc = cms_document(title if family == "html-cms" else "", top, meta, body_html, bottom, rng, entities)
    return ("\ufeff" if style.bom else "") + doc

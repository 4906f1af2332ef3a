"""Classes of damage seen in real reports (issue 7), one per report at most, with their truth.

Each class names the layout families it can occur in, the defects it leaves measurable, and a weight
in the default mix. `generate.py --classes` makes every report carry one of the named classes.
"""

import re

# name: (number, weight in the default mix, families it forces or None, defect kinds it excludes)
CLASSES = {
    "html-span": (1, 8, ["html-cms"], set()),
    "md-split": (2, 6, ["markdown"], {"lost-cell"}),
    "pdf-text": (3, 10, ["pdf"], set()),
    "md-broken": (4, 5, ["markdown"], {"lost-cell", "wrong-cell"}),
    "cell-notes": (5, 8, None, set()),
    "hybrid-template": (6, 5, None, {"wrong-template", "wrong-cell", "lost-cell"}),
    "run-together": (7, 6, ["flat"], {"wrong-cell", "lost-cell", "text-mismatch"}),
    "metadata": (8, 8, ["onecell", "pipe", "bar", "tab", "markdown"], set()),
    "narrative-sums": (9, 10, None, set()),
    "renumbered-sections": (10, 5, None, set()),
    "page-copy": (11, 6, ["tab"], set()),
}
P_CLASS = 0.4            # share of reports in the default mix that carry one class of real damage

# the table layout each class writes its tables in (None: the family's own)
TABLE_LAYOUT = {"md-split": "md-split", "md-broken": "md-broken", "pdf-text": "pdf-text",
                "run-together": "flat", "html-span": "html-cms", "page-copy": "tab-lines"}


def parse(spec):
    """'1,run-together,6' -> ['html-span', 'run-together', 'hybrid-template']; ValueError when unknown."""
    by_number = {str(v[0]): k for k, v in CLASSES.items()}
    out = []
    for item in spec.split(","):
        item = item.strip()
        name = by_number.get(item, item)
        if name not in CLASSES:
            raise ValueError(item)
        out.append(name)
    return out


CLASS_ONLY_FAMILIES = {"flat"}      # families no report outside a class is written in


def fits(cls, families):
    """Whether a class can occur among the layout families a corpus is restricted to."""
    own = CLASSES[cls][2]
    if not families:
        return True
    return bool(set(own) & set(families)) if own else bool(set(families) - CLASS_ONLY_FAMILIES)


def choose(rng, only=None, families=None):
    """The class of one report, or None (default mix); always one of `only` when given, and always one
    when the families allowed are all class-only ones (`--layouts flat`)."""
    names = [n for n in (only or CLASSES) if fits(n, families)]
    ordinary = not families or bool(set(families) - CLASS_ONLY_FAMILIES)
    if not names or (only is None and ordinary and rng.random() >= P_CLASS):
        return None
    return rng.choices(names, [CLASSES[n][1] for n in names])[0]


def families(cls):
    return CLASSES[cls][2] if cls else None


def excluded_defects(cls):
    return CLASSES[cls][3] if cls else set()


# ---- 5: notes inside cells -------------------------------------------------------------------------

def add_cell_notes(rng, style, grids, template):
    """One to three active cells carry a note or a unit; the value is the number stated first."""
    cells = [c for g in grids for row in g.rows for c in row if c.kind == "val" and c.value is not None and not c.lost]
    o, c_ = ("（", "）") if style.fullwidth_parens else ("(", ")")
    noted = 0
    for cell in rng.sample(cells, len(cells)):
        note = _note(rng, cell, template, o, c_)
        if note:
            cell.text = cell.text.strip() + note
            noted += 1
        if noted >= rng.randint(1, 3):
            break
    return noted


def _note(rng, cell, template, o, c_):
    rid, col, v = cell.ref[1], cell.ref[2], cell.value
    if col == "amount":
        return "元" if template == "2019" else "万元"
    if isinstance(v, float) or v < 0:
        return None
    if rid in ("normative_docs", "rules") and col in ("issued", "made", "published") and v >= 2:
        return rng.choice([f"{o}其中修订{rng.randint(1, v - 1)}件{c_}", f"{o}含部门联合发文{c_}",
                           f"{o}含联合发文{rng.randint(1, v - 1)}件{c_}"])
    if col in ("in_force", "total_published") and v:
        return rng.choice([f"{o}含部门联合发文{c_}", "件"])
    if col == "decisions" and v >= 2:
        return rng.choice([f"{o}其中网上办理{rng.randint(1, v - 1)}件{c_}", "件", f"{o}含简易程序{c_}"])
    return "件" if col in ("issued", "repealed", "in_force", "made", "published", "decisions", "count") else None


# ---- 6: a 2021 table with a 2019-style single (六)其他处理 row ------------------------------------------

OTHER_2021 = ["other_overdue_correction", "other_unpaid_fee", "other_misc"]


def hybrid_other(requests):
    """The single (六)其他处理 row a hybrid report prints: the three 2021 sub-rows summed."""
    return {c: sum(requests[r][c] for r in OTHER_2021) for c in requests["new"]}


# ---- 7 and 8: crawler header, metadata only in header / signature -----------------------------------

def crawler_header(rng, title, agency_name, published):
    sep = "=" * rng.choice([10, 20])
    lines = [f"标题: {title}", f"发布时间: {published}", "文号: ", f"发布机构: {agency_name or ''}",
             f"栏目: {rng.choice(['政府信息公开年报', '年度报告', '政府信息公开工作年度报告'])}"]
    if rng.random() < 0.7:
        lines.append(f"原文链接: https://www.example.gov.cn/zwgk/xxgknb/{published[:4]}{published[5:7]}/"
                     f"t{published[:10].replace('-', '')}_{rng.randint(10000, 99999)}.htm")
    lines.append(f"{sep} 正文 {sep}")
    return lines


def published_date(rng, year):
    return f"{year + 1}-{rng.randint(1, 3):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"


NARRATIVE_NOT_AGENCY = [
    "今年{S}进一步压实各处室政务公开责任，督促各片区管理局及时更新公开内容。",
    "今年{S}组织各处室开展政务公开业务培训，督促各片区管理局落实信息发布审核制度。",
    "各处室、各片区管理局按照职责分工，及时主动公开本领域政府信息。",
]


def strip_metadata(blocks, agency, year):
    """Prose with the year and the agency's name taken out: only a header or the signature may hold them."""
    out = []
    for block in blocks:
        if block[0] in ("title", "chrome"):
            continue
        if block[0] == "table":
            out.append(block)
            continue
        text = _unyear(block[1], year)
        text = text.replace(agency.name, agency.selfref).replace(agency.short, "本地")
        out.append((block[0], text) + tuple(block[2:]))
    return out


def _unyear(text, year):
    text = re.sub(rf"{year}年(?=\d{{1,2}}月)", "", text)
    for a, b in ((f"{year}年度", "本年度"), (f"{year}年", "今年"), (f"{year - 1}年度", "上一年度"),
                 (f"{year - 1}年", "上一年"), (str(year), "本年"), (str(year - 1), "上一年")):
        text = re.sub(rf"(?<![\d〔]){a}" + ("" if a.endswith(("年", "度")) else r"(?![\d〕])"), b, text)
    return text

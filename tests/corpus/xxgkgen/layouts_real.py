"""Writers for damage seen in real reports (tests/corpus/README.md, "Classes of real damage").

`md-split`   markdown from a converter: one small table per row group under `###` headings, invented
             headers (`类别 | 数据1 … 数据6 | 总计`) or another table's header mid-table; review as three tables.
`md-broken`  PDF→markdown with a broken grid: labels floating as text before label-less rows, fake header
             rows, a 9-column header over 7 value columns. Label-less rows are recorded as not placeable.
`pdf-text`   `pdftotext -layout` / pdf.js text: group labels shredded one character per line, labels
             wrapped away from their numbers, page footers inside the table, label typos, (六) as 1、2、3、.
`flat`       the text content of a web page: every cell of a table run together with no separator; the
             cells the table's equations cannot pin down are recorded as undetermined.
`tab-lines`  a page copied as text (a browser's innerText) from tables whose cells hold paragraphs: each
             cell on lines of its own, a line holding only a tab between two cells, nothing between two
             tabs for an empty cell, more blank lines between rows.

Writers record what the truth must know on the first grid they are given (`unplaceable`, `undetermined`).
"""

from . import splits as S
from .grids import value_cells
from . import templates as T
from .layouts_text import _emitted, _flat, _place, _wrap, dwidth, write_markdown, write_pdf


# ---- rows of a grid, as label texts and value cells ----------------------------------------------------

def data_rows(grids):
    """[(outer label, parent label, own label, [value cells])] for every data row, across split grids.

    `outer` is set on the first row of a row-spanning label (三、本年度办理结果), `parent` on the first row
    of its group ((三)不予公开); repeated header rows and continued empty span cells are skipped."""
    out, last = [], {}
    for g in grids:
        for row in g.rows:
            vals = [c for c in row if c.kind == "val"]
            if not vals:
                continue
            labels = [c for c in row if c.kind == "label"]
            spans = [c for c in labels if c.rs > 1 or (c.cs == 1 and len(labels) > 1 and c is not labels[-1])]
            own = [c for c in labels if c not in spans]
            outer = next((c.text for c in spans if c.text and _is_outer(c.text)), None)
            parent = next((c.text for c in spans if c.text and not _is_outer(c.text)), None)
            outer, parent = _new_only(last, "outer", outer), _new_only(last, "parent", parent)
            out.append((outer, parent, own[-1].text if own else "", vals))
    return out


def _new_only(last, key, text):
    """A span label continued with its text repeated after a page break is not a new group."""
    if text is None or last.get(key) == text:
        return None
    last[key] = text
    return text


def _is_outer(text):
    return text.lstrip().startswith("三")


def _flat_text(text):
    return text.replace("\n", "")


def _num_texts(vals):
    return ["" if c.lost == "empty" else c.text.strip() for c in vals if c.lost != "drop"]


# ---- markdown from a converter ------------------------------------------------------------------------

INVENTED = ["类别"] + [f"数据{i}" for i in range(1, 7)] + ["总计"]
OTHER_HEADER = ["项目", "本年新收件数", "上年结转件数", "予以公开", "部分公开", "不予公开", "结转下年度", "总计"]


def _md_row(cells):
    return "| " + " | ".join(cells) + " |"


def _md_table(header, rows, rng):
    dash = rng.choice(["---", "----------"])
    sep = "|" + "|".join(dash for _ in header) + "|"
    return [_md_row(header), sep] + [_md_row(r) for r in rows]


def write_md_split(grids, style, rng):
    g0 = grids[0]
    if g0.table == "active":
        return _md_split_active(grids, rng)
    if g0.table == "review":
        return _md_split_review(grids, rng)
    return _md_split_requests(grids, style, rng)


def _md_split_active(grids, rng):
    lines, block, head, body = [], None, None, []

    def flush():
        if block:
            lines.extend(["### " + block] + _md_table(head, body, rng) + [""])

    for g in grids:
        for row in g.rows:
            kinds = {c.kind for c in row}
            if "block" in kinds:
                flush()
                block, head, body = _flat_text(row[0].text), None, []
            elif "hdr" in kinds:
                head = [_flat_text(c.text) for c in row]
            else:
                body.append([_flat_text(row[0].text)] + _num_texts(row[1:]))
    flush()
    return lines


def _md_split_review(grids, rng):
    heads = [T.REVIEW_COL_HEADERS[c] for c in T.REVIEW_COLS]
    vals = _num_texts([c for g in grids for row in g.rows for c in row if c.kind == "val"])
    titles = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]
    lines = []
    for i, title in enumerate(titles):
        lines.extend(["### " + title] + _md_table(heads, [vals[5 * i:5 * i + 5]], rng) + [""])
    return lines


def _md_split_requests(grids, style, rng):
    lines = []
    if rng.random() < 0.5:                      # the applicant header as stub tables of "-"
        for title, head in (("申请人情况 (自然人)", ["(数据项目)", "数量"]),
                            ("申请人情况 (法人或其他组织)", ["商业企业", "科研机构", "社会公益", "法律服务机构", "其他"]),
                            ("申请人情况 (总计)", ["(数据项目)", "数量"])):
            lines.extend(["### " + title] + _md_table(head, [["-"] * len(head)], rng) + [""])
    invented = rng.random() < 0.7
    header = INVENTED if invented else ["项目"] + [T.REQ_COL_HEADERS[c] for c in T.REQ_COLS]
    rows = data_rows(grids)
    cut_at = len(rows) - rng.randint(2, 4) if rng.random() < 0.6 else None   # another table's header
    body = []

    def flush(head):
        if body:
            lines.extend(_md_table(head, body, rng) + [""])
            body.clear()

    for i, (outer, parent, own, vals) in enumerate(rows):
        if i == cut_at:
            flush(header)
            header = OTHER_HEADER
        label = _flat_text(own)
        if outer:
            flush(header)
            lines.extend(["### " + _flat_text(outer), ""])
        if parent or not label[:1].isdigit():    # a group, or a row of its own, under its own heading
            flush(header)
            title = _flat_text(parent or own)
            if parent and title.endswith("其他处理") and rng.random() < 0.3:
                title = title[:-2]               # "(六) 其他", as converters shorten it
            lines.append("### " + title)
            if not parent and rng.random() < 0.6:
                label = _strip_enum(label)       # "本年新收政府信息公开申请数量" under its own heading
        body.append([label] + _num_texts(vals))
    flush(header)
    return lines


def _strip_enum(label):
    for sep in ("、", ")", "）"):
        i = label.find(sep)
        if 0 < i <= 3:
            return label[i + 1:].strip()
    return label


# ---- PDF → markdown with a broken grid -----------------------------------------------------------------

def write_md_broken(grids, style, rng):
    if grids[0].table != "requests":
        return write_markdown(grids, style, rng)
    rows = data_rows(grids)
    lines = ["申请人情况", style.label(T.REQ_NOTE)[:18] + "法人或其他组织", style.label(T.REQ_NOTE)[18:],
             "自然人总计", "商业企科研机社会公法律服", "其他"]
    if rng.random() < 0.5:
        lines.append("## 表三：收到和处理政府信息公开申请情况")
    nine = rng.random() < 0.7
    width = 9 if nine else 8
    head = ["业", "构", "益组织", "务机构"] + [""] * (width - 4)
    table = [_md_row(head), "|" + "|".join(["---"] * width) + "|"]
    unplaceable, floating = [], []
    items = T.result_item_ids(_template(rows))
    for outer, parent, own, vals in rows:
        rid = vals[0].ref[1]
        nums = _num_texts(vals)
        if rid in items and rng.random() < 0.4:
            if parent:
                floating.extend(_wrap(_flat_text(parent), 4))
            floating.extend(_wrap(_flat_text(own), rng.choice([10, 12, 14])))
            unplaceable.append(rid)
            fake_header = rng.random() < 0.5   # a label-less row made into a header row
            if fake_header or rng.random() < 0.6:
                table.extend(_flush(floating))
            table.append(_md_row(nums))
            if fake_header:
                table.append("|" + "|".join(["---"] * len(nums)) + "|")
            continue
        label = _flat_text(own)
        cells = ([_flat_text(outer)[:2], label] if outer and rng.random() < 0.5 else [label]) + nums
        if nine and rid in ("new", "carried_over"):
            cells.append("")                    # a trailing empty cell, as the 9-column header suggests
        table.append(_md_row(cells))
    table.extend(_flush(floating))
    grids[0].unplaceable = unplaceable
    return lines + table


def _template(rows):
    return "2021" if any(v[0].ref[1].startswith("other_") for *_x, v in rows) else "2019"


def _flush(floating):
    """Floating label text goes out as plain lines, breaking the markdown table there."""
    if not floating:
        return []
    out = [""] + list(floating)
    floating.clear()
    return out


# ---- PDF text ------------------------------------------------------------------------------------------

def write_pdf_text(grids, style, rng):
    if grids[0].table != "requests":
        return write_pdf(grids, style, rng)
    pdfjs = rng.random() < 0.4
    shred = rng.random() < 0.7
    wrap_away = rng.random() < 0.7
    footer = rng.choice(["-{}-", "- {} -", "— {} —"]) if rng.random() < 0.6 else None
    typos = rng.random() < 0.4
    dun = rng.random() < 0.5
    label_w, col_w = rng.choice([34, 40]), rng.choice([7, 8, 9])
    rows = data_rows(grids)
    lines = [style.label(T.REQ_NOTE), "申请人情况", "自然人    法人或其他组织    总计",
             "      商业企业  科研机构  社会公益组织  法律服务机构  其他"]
    typo_rows = set(rng.sample(range(len(rows)), 2)) if typos else set()
    footer_at = rng.randint(4, len(rows) - 2) if footer else None
    outer_q, parent_q = [], []
    for i, (outer, parent, own, vals) in enumerate(rows):
        if i == footer_at:
            lines.extend(["", footer.format(rng.randint(2, 6)), "\f"])
        label = _flat_text(own)
        if i in typo_rows:
            label = _typo(rng, label)
        if dun and vals[0].ref[1].startswith("other_") and label[:1].isdigit() and label[1:2] in ".．、":
            label = label[0] + "、" + label[2:].lstrip()
        if shred:                                 # group labels read down their tall cells
            if outer:
                outer_q = list(_flat_text(outer).replace(" ", ""))
            if parent:
                text = _flat_text(parent).replace(" ", "")
                parent_q = [text[k:k + 3] for k in range(0, len(text), 3)]
        prefix = "" if shred else "  ".join(_flat_text(t) for t in (outer, parent) if t)
        nums = _num_texts(vals)
        if pdfjs:
            lines.extend(_pdfjs_row((prefix + "  " if prefix else "") + label, nums, rng))
        else:
            lines.extend(_layout_row(prefix, label, nums, label_w, col_w, wrap_away))
        if outer_q or parent_q:
            lines.append(_place([(0, outer_q.pop(0) if outer_q else ""), (4, parent_q.pop(0) if parent_q else "")]))
            if rng.random() < 0.4:
                lines.append("")
    lines.extend(outer_q + parent_q)
    return lines


def _typo(rng, label):
    """Characters dropped from the middle of a long enumerated label (`2.其他法律行政止公开`)."""
    if not label[:1].isdigit():
        return label
    body = label[2:]
    if len(body) < 10:
        return label                              # too little would be left to know the row by
    i = rng.randint(2, len(body) - 5)
    return label[:2] + body[:i] + body[i + rng.randint(1, len(body) // 5):]


def _pdfjs_row(label, nums, rng):
    """pdf.js items joined by position: a long label's second line comes after the numbers."""
    if len(label) > 18 and rng.random() < 0.6:
        cut = rng.randint(12, len(label) - 4)
        return [label[:cut], " ".join(nums), label[cut:]]
    if rng.random() < 0.5:
        return [label, " ".join(nums)]
    return [label + " " + " ".join(nums)]


def _layout_row(prefix, label, nums, label_w, col_w, wrap_away):
    """A row as pdftotext -layout gives it; a group label in the row's cell precedes the first line."""
    room = label_w - 2                            # the group label sits in a column of its own
    chunks = _wrap(label, room - 4) if dwidth(label) > room else [label]
    if prefix:
        chunks[0] = prefix + "  " + chunks[0]
    items = [(label_w + k * col_w + col_w - dwidth(t), t) for k, t in enumerate(nums)]
    if len(chunks) > 1 and wrap_away:             # numbers on a line of their own between the label's parts
        return ["      " + chunks[0], _place([(0, "")] + items)] + ["      " + c for c in chunks[1:]]
    out = ["      " + c for c in chunks[:-1]]
    out.append(_place([(6, chunks[-1])] + items))
    return out


# ---- run-together page text ----------------------------------------------------------------------------

def write_flat(grids, style, rng):
    """One string: every cell's text run into the next; undetermined cells recorded on grids[0].
    In about a third of pages the source's line breaks stay inside some labels, indented with
    no-break spaces (a crawler's textContent that keeps them)."""
    source_breaks = rng.random() < 0.35
    parts = []
    for g in grids:
        for row in g.rows:
            for cell in row:
                text = _flat_text(cell.text) if cell.kind == "val" else _stray_space(rng, cell.text)
                if source_breaks and cell.kind != "val" and len(text) >= 6 and rng.random() < 0.25:
                    k = rng.randint(2, len(text) - 2)
                    text = text[:k] + "\n " + "\u00a0 " * 8 + text[k:]
                parts.append(text)
    grids[0].undetermined = sorted(_undetermined(grids))
    return ["".join(parts)]


def _stray_space(rng, text):
    """A label broken over lines in the page keeps a space there ("社会公益 组织")."""
    if "\n" in text:
        return text.replace("\n", " " if rng.random() < 0.6 else "") + (" " if rng.random() < 0.4 else "")
    return text


def _undetermined(grids):
    table = grids[0].table
    template = "2021" if any(c.ref[1].startswith("other_") for c in value_cells(grids)) else "2019"
    rows = []
    if table == "review":
        vals = list(value_cells(grids))
        rows.append((list(T.REVIEW_ROWS), [c.ref[2] for c in vals], "".join(_flat_text(c.text) for c in vals)))
    else:
        for g in grids:
            for row in g.rows:
                vals = [c for c in row if c.kind == "val"]
                if vals:
                    rows.append((vals[0].ref[1], [c.ref[2] for c in vals], "".join(_flat_text(c.text) for c in vals)))
    return S.undetermined(table, rows, template)


# ---- a page copied as text -----------------------------------------------------------------------------

def write_tab_lines(grids, style, rng):
    lines = []
    for g in grids:
        for row in g.rows:
            for k, cell in enumerate(_emitted(row)):
                if k:
                    lines += ["", "\t", ""]
                text = "" if cell.lost == "empty" else _flat(cell, rng.choice(["", " "]))
                if text:
                    lines.append(text)
            lines += ["", "", "", ""]
    return lines


WRITERS_REAL = {"md-split": write_md_split, "md-broken": write_md_broken, "pdf-text": write_pdf_text,
                "flat": write_flat, "tab-lines": write_tab_lines}

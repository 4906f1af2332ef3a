"""Tables as the official template lays them out: a grid of origin cells with rowspan/colspan.

Layout writers render these grids; damage (split tables, repeated headers) is done on grids so that
every layout shows the same damage.
"""

from . import templates as T


class Cell:
    __slots__ = ("text", "rs", "cs", "kind", "ref", "lost", "value")

    def __init__(self, text, rs=1, cs=1, kind="label", ref=None, value=None):
        self.text, self.rs, self.cs, self.kind, self.ref = text, rs, cs, kind, ref
        self.lost = None      # None, "empty" (cell left blank) or "drop" (cell gone, row is short)
        self.value = value    # the number behind a value cell (for writers that split digits)

    def copy(self):
        c = Cell(self.text, self.rs, self.cs, self.kind, self.ref, self.value)
        c.lost = self.lost
        return c


class Grid:
    def __init__(self, table, ncols, rows, header_rows):
        self.table, self.ncols, self.rows, self.header_rows = table, ncols, rows, header_rows


def _hdr(style, text):
    """A header cell's text; split over two lines ("本年新\\n制作数量") when the report does that."""
    text = style.label(text)
    if style.split_headers and text in T.HEADER_SPLITS and style.rng.random() < 0.8:
        a, b = T.HEADER_SPLITS[text]
        return a + "\n" + b
    if style.split_headers and ("(" in text or "（" in text):
        i = max(text.find("("), text.find("（"))
        if i > 0 and style.rng.random() < 0.5:
            return text[:i] + "\n" + text[i:]
    return text


def _val(style, table, row, col, value, money=False, cs=1):
    return Cell(style.number(value, money), cs=cs, kind="val", ref=(table, row, col), value=value)


def _blanked(style, cell, layout):
    if cell.value is None:
        cell.text = style.blank_for(layout)
    return cell


def active_grid(style, template, values, layout, proc_unit=None):
    rows = []
    for block_hdr, col_hdrs, block_rows, cols in T.ACTIVE_BLOCKS[template]:
        rows.append([Cell(style.label(block_hdr), cs=4, kind="block")])
        hdr = [Cell(style.label("信息内容"), kind="hdr")]
        for (col, span), text in zip(cols, col_hdrs):
            if col == "amount" and template == "2019" and proc_unit:
                text = f"{text}({proc_unit})"
            hdr.append(Cell(_hdr(style, text), cs=span, kind="hdr"))
        rows.append(hdr)
        for rid, label in block_rows:
            row = [Cell(style.label(label))]
            for col, span in cols:
                v = values[rid][col]
                row.append(_blanked(style, _val(style, "active", rid, col, v, money=col == "amount", cs=span), layout))
            rows.append(row)
    return Grid("active", 4, rows, header_rows=0)


def requests_grid(style, template, values, layout, hybrid_other=None):
    """The requests grid; `hybrid_other` prints the 2019-style single (六)其他处理 row with these values."""
    results = T.result_rows(template)
    if hybrid_other:
        results = T.result_rows("2019")
        values = dict(values, other=hybrid_other)
    note = style.label(T.REQ_NOTE)
    if style.split_headers and style.rng.random() < 0.4:
        cut = note.find("之和") + 3
        note = note[:cut] + "\n" + note[cut:]
    rows = [
        [Cell(note, rs=3, cs=3, kind="note"), Cell(style.label("申请人情况"), cs=7, kind="hdr")],
        [Cell(style.label("自然人"), rs=2, kind="hdr"), Cell("法人或其他组织", cs=5, kind="hdr"),
         Cell(style.label("总计"), rs=2, kind="hdr")],
        [Cell(_hdr(style, T.REQ_COL_HEADERS[c]), kind="hdr") for c in T.APPLICANT_COLS[1:]],
    ]
    rows.append(_req_row(style, values, "new", [Cell(style.label(T.REQ_NEW_LABEL), cs=3)], layout))
    rows.append(_req_row(style, values, "carried_over", [Cell(style.label(T.REQ_CARRIED_LABEL), cs=3)], layout))
    spans = {}
    for rid, parent, _label in results:
        if parent:
            spans[parent] = spans.get(parent, 0) + 1
    seen = set()
    for i, (rid, parent, label) in enumerate(results):
        lead = []
        if i == 0:
            lead.append(Cell(style.label(T.REQ_RESULTS_LABEL), rs=len(results)))
        if parent and parent not in seen:
            seen.add(parent)
            lead.append(Cell(_parent_label(style, parent), rs=spans[parent]))
        lead.append(Cell(style.label(label), cs=1 if parent else 2))
        rows.append(_req_row(style, values, rid, lead, layout))
    rows.append(_req_row(style, values, "carry_forward", [Cell(style.label(T.REQ_CF_LABEL), cs=3)], layout))
    return Grid("requests", 10, rows, header_rows=3)


def _parent_label(style, parent):
    text = style.label(parent)
    if style.split_headers and style.rng.random() < 0.3:
        return text[:-2] + " " + text[-2:]      # "(三)不予 公开", as qingyang-2020 shows
    return text


def _req_row(style, values, rid, lead, layout):
    cells = [_blanked(style, _val(style, "requests", rid, c, values[rid][c]), layout) for c in T.REQ_COLS]
    return lead + cells


def review_grid(style, values, layout):
    heads = [_hdr(style, T.REVIEW_COL_HEADERS[c]) for c in T.REVIEW_COLS]
    rows = [
        [Cell("行政复议", cs=5, kind="hdr"), Cell("行政诉讼", cs=10, kind="hdr")],
        [Cell(h, rs=2, kind="hdr") for h in heads] +
        [Cell("未经复议直接起诉", cs=5, kind="hdr"), Cell("复议后起诉", cs=5, kind="hdr")],
        [Cell(h, kind="hdr") for h in heads] * 2,
    ]
    vals = [_blanked(style, _val(style, "review", r, c, values[r][c]), layout)
            for r in T.REVIEW_ROWS for c in T.REVIEW_COLS]
    rows.append(vals)
    rows[2] = [c.copy() for c in rows[2]]
    return Grid("review", 15, rows, header_rows=3)


# ---- positions and damage --------------------------------------------------------------------------

def positions(grid):
    """Column index where each origin cell starts: {(row, index in row): col}."""
    occupied = {}
    pos = {}
    for r, row in enumerate(grid.rows):
        col = 0
        for i, cell in enumerate(row):
            while occupied.get((r, col)):
                col += 1
            pos[(r, i)] = col
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    occupied[(r + dr, col + dc)] = True
            col += cell.cs
    return pos


def split(grid, at, repeat_header, continuation_text):
    """Cut a grid before row `at` into two grids; cells spanning the cut continue in the second."""
    first_rows = [[c.copy() for c in row] for row in grid.rows[:at]]
    carry = []
    for r, row in enumerate(first_rows):
        for cell in row:
            if r + cell.rs > at:
                remaining = r + cell.rs - at
                cell.rs = at - r
                cont = Cell(continuation_text(cell.text), rs=remaining, cs=cell.cs, kind=cell.kind)
                carry.append(cont)
    second = [[c.copy() for c in row] for row in grid.rows[at:]]
    if second:
        second[0] = carry + second[0]
    if repeat_header and grid.header_rows:
        second = [[c.copy() for c in row] for row in grid.rows[:grid.header_rows]] + second
    return (Grid(grid.table, grid.ncols, first_rows, grid.header_rows),
            Grid(grid.table, grid.ncols, second, grid.header_rows if repeat_header else 0))


def value_cells(grids):
    for g in grids:
        for row in g.rows:
            for cell in row:
                if cell.kind == "val":
                    yield cell

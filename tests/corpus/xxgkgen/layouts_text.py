"""Plain-text paste layouts (../../shared/spec/layouts.md), one writer per layout.

Each writer takes the grids of one table (several when the table was split) and returns lines.
"""

from .grids import positions

TEXT_LAYOUTS = ["onecell", "pipe", "bar", "tab", "markdown", "pdf"]


def dwidth(text):
    return sum(2 if ord(ch) >= 0x2E80 else 1 for ch in text)


def _damaged_header(rng, text):
    """Header characters spaced out and one lost ("结 果 正"), as gulei-2023 shows."""
    chars = [c for c in text.replace("\n", "") if c != " "]
    if 3 <= len(chars) <= 5 and rng.random() < 0.6:
        del chars[rng.randint(2, len(chars) - 1)]
    return " ".join(chars)


def _flat(cell, joiner):
    return cell.text.replace("\n", joiner)


def _emitted(row):
    return [c for c in row if c.lost != "drop"]


# ---- one cell per line ------------------------------------------------------------------------------

def write_onecell(grids, style, rng):
    gap = rng.random() < 0.7
    wide_split = rng.random() < 0.2          # "商业" / "" / "企业"
    lines = []
    for g in grids:
        for row in g.rows:
            for cell in _emitted(row):
                if cell.lost == "empty":
                    continue                  # an empty line would vanish anyway
                text = cell.text
                if "\n" in text and wide_split and cell.kind == "hdr":
                    text = text.replace("\n", "\n\n")
                lines.extend(text.split("\n"))
                if gap:
                    lines.append("")
    return lines


# ---- pipe rows ---------------------------------------------------------------------------------------

def _pipe_texts(g, style, rng, joiner, damage):
    out = []
    for row in g.rows:
        texts = []
        for cell in _emitted(row):
            if cell.kind == "hdr" and damage and g.table == "review" and cell.text.replace("\n", "") != "总计":
                texts.append(_damaged_header(rng, cell.text))
            elif cell.lost == "empty":
                texts.append("")
            else:
                texts.append(_flat(cell, joiner))
        out.append((texts, g.ncols - len(row)))
    return out


def write_pipe(grids, style, rng):
    joiner = rng.choice(["", " ", ""])
    damage = rng.random() < 0.35
    lines = []
    for gi, g in enumerate(grids):
        rows = _pipe_texts(g, style, rng, joiner, damage)
        for i, (texts, pad) in enumerate(rows):
            line = " ".join(t + " |" for t in texts)
            last = i == len(rows) - 1
            if pad > 0 and not last and rng.random() < 0.95:
                line += " " + "|" * pad
            lines.append(line)
        if gi < len(grids) - 1:
            lines.append(rng.choice(["", "", "— " + str(rng.randint(2, 9)) + " —"]))
    return lines


# ---- bar lines ---------------------------------------------------------------------------------------

def write_bar(grids, style, rng):
    first_line_only = rng.random() < 0.4       # "结果 |" for 结果纠正, as baotou-2023 shows
    lines = []
    for g in grids:
        for row in g.rows:
            lines.append("|")
            cells = _emitted(row)
            for i, cell in enumerate(cells):
                if cell.lost == "empty":
                    text = ""
                elif "\n" in cell.text and cell.kind == "hdr" and first_line_only:
                    text = cell.text.split("\n")[0]
                else:
                    text = _flat(cell, " ")
                line = text + " |"
                pad = g.ncols - len(row)
                if i == len(cells) - 1 and pad > 0:
                    line += " " + "|" * pad
                lines.append(line)
    return lines


# ---- tab rows ----------------------------------------------------------------------------------------

def write_tab(grids, style, rng):
    joiner = rng.choice(["", "", " "])
    trailing = rng.random() < 0.2
    lines = []
    for g in grids:
        for row in g.rows:
            texts = ["" if c.lost == "empty" else _flat(c, joiner) for c in _emitted(row)]
            lines.append("\t".join(texts) + ("\t" if trailing else ""))
        lines.append("") if len(grids) > 1 else None
    return lines


# ---- markdown ----------------------------------------------------------------------------------------

def _full_rows(g):
    """Every grid position: origin text, "" where a span covers; a dropped cell shortens its row."""
    pos = positions(g)
    slots = [[""] * g.ncols for _ in g.rows]
    dropped = []
    for r, row in enumerate(g.rows):
        for i, cell in enumerate(row):
            col = pos[(r, i)]
            if cell.lost == "drop":
                dropped.append((r, col))
                continue
            slots[r][col] = "" if cell.lost == "empty" else cell.text
    for r, col in sorted(dropped, key=lambda x: -x[1]):
        del slots[r][col]
    return slots


def write_markdown(grids, style, rng):
    joiner = rng.choice(["<br>", " ", ""])
    lines = []
    for g in grids:
        for r, slots in enumerate(_full_rows(g)):
            lines.append("| " + " | ".join(s.replace("\n", joiner) for s in slots) + " |")
            if r == 0:
                lines.append("|" + "|".join(["---"] * g.ncols) + "|")
        lines.append("")
    return lines


# ---- PDF text ----------------------------------------------------------------------------------------

def _place(items):
    """Render (x, text) items on one line; items never touch (at least two spaces apart)."""
    line = ""
    for x, text in items:             # reading order; x is where the text would start if there is room
        if not text:
            continue
        cur = dwidth(line)
        gap = max(x - cur, 2 if line else x)
        line += " " * gap + text
    return line


_NO_LINE_START = set("，。、；：？！）》〉”’,.;:)")


def _wrap(text, width):
    chunks, cur = [], ""
    for ch in text:
        if dwidth(cur + ch) > width and cur and ch not in _NO_LINE_START:
            chunks.append(cur)
            cur = ""
        cur += ch
    chunks.append(cur)
    return chunks


def _label_cols(g):
    return {"requests": 3, "active": 1, "review": 0}[g.table]


def write_pdf(grids, style, rng):
    label_w = rng.choice([30, 36, 44])
    wrap_w = rng.choice([22, 28, 34])
    col_w = rng.choice([6, 7, 8])
    parent_mode = rng.choice(["inline", "own", "middle"])
    lines = []
    for gi, g in enumerate(grids):
        lines.extend(_pdf_grid(g, label_w, wrap_w, col_w, parent_mode, rng))
        if gi < len(grids) - 1:
            lines.extend(["", f"— {rng.randint(2, 9)} —", "\f"])
    return lines


def _pdf_grid(g, label_w, wrap_w, col_w, parent_mode, rng):
    pos = positions(g)
    nl = _label_cols(g)
    xs = lambda col: label_w + (col - nl) * col_w if col >= nl else col * 4
    prefixes, own_lines = {}, {}
    out = []
    for r, row in enumerate(g.rows):
        items, extra_top, second = [], [], []
        for i, cell in enumerate(row):
            col = pos[(r, i)]
            if cell.lost == "drop":
                continue
            text = "" if cell.lost == "empty" else cell.text
            if cell.kind == "label" and cell.rs > 1:
                target = r + (cell.rs // 2 if parent_mode == "middle" else 0)
                if parent_mode == "own":
                    own_lines.setdefault(r, []).append(text)
                else:
                    prefixes.setdefault(target, []).append(text)
                continue
            if cell.kind in ("label",) and dwidth(text) > wrap_w:
                chunks = _wrap(text, wrap_w)
                extra_top.extend(" " * xs(col) + c for c in chunks[:-1])   # a wrapped cell keeps its x
                text = chunks[-1]
            if "\n" in text:
                a, b = text.split("\n", 1)
                second.append((xs(col), b))
                text = a
            x = xs(col)
            if cell.kind == "val":
                x = x + col_w - dwidth(text)
            items.append((x, text))
        out.extend(own_lines.get(r, []))
        pre = prefixes.get(r, [])
        if pre:
            items = [(0, "  ".join(pre))] + [(x + dwidth("  ".join(pre)) + 2 if x < label_w else x, t)
                                             for x, t in items]
        out.extend(extra_top)
        out.append(_place(items))
        if second:
            out.append(_place(second))
    return out


WRITERS = {"onecell": write_onecell, "pipe": write_pipe, "bar": write_bar, "tab": write_tab,
           "markdown": write_markdown, "pdf": write_pdf}

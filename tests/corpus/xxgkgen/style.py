"""Per-report typographic habits: punctuation, quotes, enumerators, digits, blanks, spaces."""

FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
NBSP, IDSP = "\u00a0", "\u3000"


class Style:
    """Choices made once per report (a clerk's habits), with a little per-cell noise."""

    def __init__(self, rng, layout_family):
        self.rng = rng
        # Set by the classes of real damage (report.py) for the reports they shape.
        self.md_headings = False  # "## 一、总体情况" (converter markdown)
        self.styled_spans = False  # "[一、总体情况]{style="font-family: 黑体;"}" (pandoc from Word HTML)
        self.pdf_spaced = False   # "2024 年" (PDF text)
        self.nbsp_labels = False  # &nbsp; runs inside labels (Word HTML)
        self.fullwidth_parens = rng.random() < 0.55
        self.fullwidth_commas = rng.random() < 0.6
        self.fullwidth_colon = rng.random() < 0.6
        self.quotes = rng.choice(["curly", "curly", "curly", "straight", "none", "corner"])
        self.enum = rng.choice(["1.", "1.", "1．", "1、", "1. "])
        self.mixed_punct = rng.random() < 0.15      # Word documents mixing （ and (
        self.split_headers = rng.random() < 0.5
        self.thousands = rng.random() < 0.5
        self.fullwidth_digits = rng.random() < 0.06
        self.stray_spaces = rng.random() < 0.2
        self.nbsp_numbers = rng.random() < 0.08
        self.spaced_labels = rng.random() < 0.1     # "信息内容" -> "信 息 内 容"
        # Blank marker when a cell has nothing; one-cell-per-line layouts cannot show "".
        self.blank = rng.choice(["", "/", "/", "—", "——", "-", "无", "／"])
        self.indent = rng.choice(["", "", "  ", IDSP * 2, "    ", NBSP * 4])
        self.para_gap = rng.random() < 0.55         # blank line between paragraphs
        self.crlf = rng.random() < 0.07
        self.bom = rng.random() < 0.03
        self.layout_family = layout_family

    # ---- labels -------------------------------------------------------------------------
    def label(self, text):
        fw_paren = self.fullwidth_parens
        if self.mixed_punct and self.rng.random() < 0.3:
            fw_paren = not fw_paren
        if fw_paren:
            text = text.replace("(", "（").replace(")", "）")
        if self.fullwidth_commas:
            text = text.replace(",", "，")
        if self.fullwidth_colon:
            text = text.replace(":", "：")
        text = self._quotes(text)
        text = self._enum(text)
        if self.spaced_labels and 2 <= len(text) <= 4 and all(ord(c) > 0x2E80 for c in text):
            seps = [" ", "  ", "   ", IDSP, NBSP] if len(text) == 2 else [" ", IDSP]
            text = self.rng.choice(seps).join(text)    # "规  章", "总　计", "行 政 许 可"
        return text

    def _quotes(self, text):
        q = {"curly": ("“", "”"), "straight": ('"', '"'), "none": ("", ""), "corner": ("「", "」")}
        o, c = q[self.quotes]
        return text.replace("<Q>", o).replace("</Q>", c)

    def _enum(self, text):
        if len(text) > 1 and text[0].isdigit() and text[1] == ".":
            sep = self.enum[1:]
            return text[0] + sep + text[2:]
        return text

    def spaced(self, text):
        return " ".join(text)

    # ---- numbers ------------------------------------------------------------------------
    def number(self, value, money=False):
        """Text of a number as the clerk typed it."""
        if value is None:
            return self.blank
        if isinstance(value, float):
            text = self._decimal(value)
        else:
            text = self._integer(int(value))
        if self.fullwidth_digits and self.rng.random() < 0.93:
            text = text.translate(FW_DIGITS)
        return self._pad(text)

    def _integer(self, v):
        neg = v < 0
        a = abs(v)
        text = f"{a:,}" if self.thousands and a >= 1000 else str(a)
        if neg:
            text = self.rng.choice(["-", "-", "-", "－", "−"]) + text
        return text

    def _decimal(self, v):
        """Exactly v, written with its own decimals or padded to two ("12.30")."""
        text = repr(float(v))
        if text.endswith(".0"):
            text = text[:-2]
        whole, _, frac = text.partition(".")
        if len(frac) < 2 and self.rng.random() < 0.6:
            text = f"{v:.2f}"
        if self.thousands and abs(v) >= 1000:
            whole, _, frac = text.partition(".")
            text = f"{int(whole):,}" + ("." + frac if frac else "")
        return text

    def _pad(self, text):
        if self.nbsp_numbers and self.rng.random() < 0.5:
            return self.rng.choice([NBSP + text, text + NBSP])
        if self.stray_spaces and self.rng.random() < 0.25:
            return self.rng.choice([" " + text, text + " ", " " + text + " "])
        return text

    def blank_for(self, layout):
        """A blank marker that survives the layout (an empty line vanishes in one-cell-per-line)."""
        if self.blank == "" and layout in ("onecell", "pdf"):
            return "/"
        return self.blank


def prose(style, text):
    """Narrative punctuation: scraped pages often turn （），：； into ASCII."""
    if getattr(style, "prose_ascii", None) is None:
        style.prose_ascii = style.rng.random() < 0.3
    if style.prose_ascii:
        for a, b in (("，", ","), ("：", ":"), ("（", "("), ("）", ")"), ("；", ";")):
            text = text.replace(a, b)
    return text

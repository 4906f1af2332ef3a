"""HTML layouts: a Word/WPS "save as web page" flavour and a plain CMS flavour."""

import re

from .layouts_text import dwidth

_ASCII_RUN = re.compile(r"[\x20-\x7e]+")


def esc(text, entities=False):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        text = (text.replace("“", "&ldquo;").replace("”", "&rdquo;").replace("\u00a0", "&nbsp;")
                .replace("\u3000", "&#12288;"))
    return text


# ---- Word / WPS --------------------------------------------------------------------------------------

_W_CJK = "font-size:{fs}pt;font-family:{font};mso-ascii-font-family:\"Times New Roman\";mso-hansi-font-family:\"Times New Roman\""
_W_LAT = "font-size:{fs}pt;font-family:\"Times New Roman\";mso-fareast-font-family:{font}"


def word_runs(rng, text, fs="16.0", font="仿宋_GB2312"):
    """Word splits a paragraph into runs: CJK in one span, Latin/digits in lang=EN-US spans."""
    out, last = [], 0
    cjk = _W_CJK.format(fs=fs, font=font)
    lat = _W_LAT.format(fs=fs, font=font)
    for m in _ASCII_RUN.finditer(text):
        if m.start() > last:
            out.append(f"<span style='{cjk}'>{esc(text[last:m.start()])}</span>")
        out.append(_latin_spans(rng, m.group(), lat))
        last = m.end()
    if last < len(text):
        out.append(f"<span style='{cjk}'>{esc(text[last:])}</span>")
    return "".join(out)


def _latin_spans(rng, run, style):
    """Digits split across spans ("1" + "493"), as editing history leaves them."""
    if len(run) > 1 and rng.random() < 0.3:
        cut = rng.randint(1, len(run) - 1)
        return (f"<span lang=EN-US style='{style}'>{esc(run[:cut])}</span>"
                f"<span lang=EN-US style='{style}'>{esc(run[cut:])}</span>")
    return f"<span lang=EN-US style='{style}'>{esc(run)}</span>"


def word_para(rng, text, kind):
    if kind == "heading":
        return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
                f"mso-line-height-rule:exactly'><b>{word_runs(rng, text, font='黑体')}</b><span lang=EN-US>"
                f"<o:p></o:p></span></p>")
    if kind == "title":
        return (f"<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b>"
                f"{word_runs(rng, text, fs='22.0', font='方正小标宋简体')}</b></p>")
    indent = "text-indent:32.0pt;mso-char-indent-count:2.0;" if kind != "chrome" else ""
    font = "楷体_GB2312" if kind == "subhead" else "仿宋_GB2312"
    return (f"<p class=MsoNormal style='{indent}line-height:28.0pt;mso-line-height-rule:exactly'>"
            f"{word_runs(rng, text, font=font)}<span lang=EN-US><o:p></o:p></span></p>")


def _word_cell_content(rng, cell):
    if cell.lost == "empty" or cell.text.strip() == "":
        return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    parts = cell.text.split("\n")
    use_br = rng.random() < 0.5
    if use_br and len(parts) > 1:
        parts = ["<br>".join(word_runs(rng, p, fs="10.5", font="宋体") for p in parts)]
    else:
        parts = [word_runs(rng, p, fs="10.5", font="宋体") for p in parts]
    return "".join(f"<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'>{p}"
                   f"<span lang=EN-US><o:p></o:p></span></p>" for p in parts)


def word_table(grids, style, rng):
    out = []
    for gi, g in enumerate(grids):
        out.append("<div align=center>")
        out.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 width=590 style='width:442.5pt;"
                   "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184;"
                   "mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>")
        for r, row in enumerate(g.rows):
            first = ";mso-yfti-firstrow:yes" if r == 0 else ""
            out.append(f" <tr style='mso-yfti-irow:{r}{first};height:{rng.choice(['15.6', '20.25', '28.5'])}pt'>")
            for cell in row:
                if cell.lost == "drop":
                    continue
                span = (f" colspan={cell.cs}" if cell.cs > 1 else "") + (f" rowspan={cell.rs}" if cell.rs > 1 else "")
                w = 42 * cell.cs
                out.append(f"  <td width={w}{span} style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                           f"border-top:none;mso-border-top-alt:solid windowtext .5pt;mso-border-alt:solid windowtext .5pt;"
                           f"padding:0cm 5.4pt 0cm 5.4pt'>\n  {_word_cell_content(rng, cell)}\n  </td>")
            out.append(" </tr>")
        if rng.random() < 0.7:
            out.append(" <![if !supportMisalignedColumns]>\n <tr height=0>")
            out.extend(f"  <td width={rng.choice([40, 42, 56, 71])} style='border:none'></td>" for _ in range(g.ncols))
            out.append(" </tr>\n <![endif]>")
        out.append("</table>\n</div>")
        if gi < len(grids) - 1:
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
    return "\n".join(out)


def word_document(title, body_html, rng):
    gen = rng.choice(["Microsoft Word 15", "Microsoft Word 14", "WPS Office"])
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="{gen}">
<title>{esc(title)}</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>admin</o:Author>
  <o:Pages>{rng.randint(4, 12)}</o:Pages>
  <o:Words>{rng.randint(900, 9000)}</o:Words>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:宋体;
	panose-1:2 1 6 0 3 1 1 1 1 1;
	mso-font-charset:134;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:"Calibri",sans-serif;}}
@page WordSection1
	{{size:595.3pt 841.9pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 table.MsoNormalTable {{mso-style-name:普通表格; mso-tstyle-rowband-size:0;}}
</style>
<![endif]-->
</head>

<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>

<div class=WordSection1 style='layout-grid:15.6pt'>

{body_html}

</div>

</body>

</html>
"""


# ---- plain CMS ---------------------------------------------------------------------------------------

def cms_para(rng, text, kind, entities):
    t = esc(text, entities)
    if kind == "heading":
        return rng.choice([f'<p style="text-indent:2em;"><strong>{t}</strong></p>', f"<h3>{t}</h3>",
                           f'<p style="text-indent: 2em;"><span style="font-family: 黑体;">{t}</span></p>'])
    if kind == "title":
        return f'<h1 class="title">{t}</h1>'
    if kind == "subhead":
        return f'<p style="text-indent:2em;"><span style="font-family:楷体;">{t}</span></p>'
    return rng.choice([f'<p style="text-indent:2em;">{t}</p>', f"<p>{t}</p>",
                       f'<p style="text-indent: 2em; line-height: 2;"><span style="font-size: 16px;">{t}</span></p>'])


def _nbsp_run(rng):
    return " &nbsp;" * rng.randint(3, 8) if rng.random() < 0.5 else "&nbsp;" * rng.randint(2, 10)


def _nbsp_label(rng, cell, entities):
    """A label as an editor laid it out with runs of &nbsp; ("三、本年度办 &nbsp; &nbsp;理结果 &nbsp; &nbsp;")."""
    text = cell.text.replace("\n", "\0")
    if "\0" not in text and len(text) >= 6 and (cell.rs > 1 or cell.kind == "hdr") and rng.random() < 0.6:
        cut = rng.randint(2, len(text) - 2)
        text = text[:cut] + "\0" + text[cut:]
    parts = [esc(p, entities) for p in text.split("\0")]
    tail = _nbsp_run(rng) if len(parts) > 1 else ""
    return (_nbsp_run(rng)).join(parts) + tail


def _cms_cell_content(rng, cell, entities, nbsp_labels=False):
    if cell.lost == "empty":
        return rng.choice(["&nbsp;", "", "<br>"])
    if cell.text.strip() in ("", "/", "—", "——", "-", "／") and nbsp_labels:
        return "&nbsp;" if cell.text.strip() == "" else esc(cell.text)
    if cell.text.strip() == "":
        return "&nbsp;"
    if nbsp_labels and cell.kind != "val":
        return _nbsp_label(rng, cell, entities)
    parts = [esc(p, entities) for p in cell.text.split("\n")]
    inner = rng.choice(["<br>", "<br/>", ""]).join(parts)
    if rng.random() < 0.3:
        inner = f'<span style="font-family:宋体;font-size:14px;">{inner}</span>'
    if rng.random() < 0.3:
        inner = f'<p style="text-align:center;">{inner}</p>'
    return inner


def cms_table(grids, style, rng, entities):
    out = []
    newline_in_td = rng.random() < 0.3
    for g in grids:
        out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">')
        out.append("<tbody>")
        for row in g.rows:
            tds = []
            for cell in row:
                if cell.lost == "drop":
                    continue
                attrs = (f' colspan="{cell.cs}"' if cell.cs > 1 else "") + (f' rowspan="{cell.rs}"' if cell.rs > 1 else "")
                inner = _cms_cell_content(rng, cell, entities, getattr(style, "nbsp_labels", False))
                if newline_in_td:
                    inner = f"\n    {inner}\n   "
                tds.append(f'<td{attrs} style="text-align:center;">{inner}</td>')
            out.append("<tr>" + "".join(tds) + "</tr>")
        out.append("</tbody>\n</table>")
        if len(grids) > 1:
            out.append("<p>&nbsp;</p>")
    return "\n".join(out)


def cms_document(title, top_lines, meta_lines, body_html, bottom_lines, rng, entities):
    top = " &gt; ".join(esc(x) for x in top_lines) if top_lines else "首页"
    meta = "".join(f"<span>{esc(m, entities)}</span>" for m in meta_lines)
    bottom = "".join(f"<p>{esc(b, entities)}</p>" for b in bottom_lines)
    head_title = f"<h1 class=\"title\">{esc(title)}</h1>" if title else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title or "政府信息公开工作年度报告")}</title>
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?{rng.randint(10**15, 10**16)}"; }})();</script>
</head>
<body>
<div class="top-bar"><a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/login">登录</a> | <a href="/register">注册</a></div>
<div class="position">{top}</div>
<div class="article">
{head_title}
<div class="info">{meta}<span>字号：<a href="javascript:void(0)">大</a> <a href="javascript:void(0)">中</a> <a href="javascript:void(0)">小</a></span></div>
<div class="TRS_Editor" id="zoom">
{body_html}
</div>
</div>
<div class="footer">{bottom}</div>
</body>
</html>
"""

// The HTML layout reader: the clipboard's text/html, a saved page, Word/WPS HTML. It is a tolerant
// scanner, not a browser: nothing is executed or trusted. Paragraphs become lines; every <table>
// becomes tab-separated rows on a grid with rowspan/colspan expanded (a spanned position is an
// empty cell, so columns keep their place). Every character keeps its offset in the HTML source.
#pragma once

#include "text/text.h"

namespace xxgk {

bool looks_like_html(const Text& text);

Text html_to_text(const Text& html);

}  // namespace xxgk

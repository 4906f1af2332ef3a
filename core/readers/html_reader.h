// The HTML layout reader: the clipboard's text/html, a saved page, Word/WPS HTML. It is a tolerant
// scanner, not a browser: nothing is executed or trusted. Paragraphs become lines; every <table>
// becomes tab-separated rows on a grid with rowspan/colspan expanded (a spanned position is an
// empty cell, so columns keep their place). Every character keeps its offset in the HTML source.
#pragma once

#include <vector>

#include "text/text.h"

namespace xxgk {

// One cell of a grid as the HTML wrote it: its text (trimmed, white space folded) and its spans.
struct HtmlCell {
  Text text;
  int rowspan = 1;
  int colspan = 1;
  uint32_t source = 0;  // where its content starts in the HTML
};

// A table the reader laid out as a grid (not a layout table), with the cells it had in the HTML:
// what the document view draws. `source` spans the table's cells in the HTML; every character
// the grid put into the text lies inside it.
struct HtmlGrid {
  Range source;
  std::vector<std::vector<HtmlCell>> rows;
};

bool looks_like_html(const Text& text);

// `grids`, when given, receives each grid table, in the order the tables closed.
Text html_to_text(const Text& html, std::vector<HtmlGrid>* grids = nullptr);

}  // namespace xxgk

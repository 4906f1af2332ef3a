// Run-together page text: what a crawler or a browser's textContent makes of a report page. The
// whole body is one long line, sections follow each other inline, and every table row is its label
// followed by its cells with no separator ("一、本年新收政府信息公开申请数量640020470"). Here such a
// line is recognised and cut into pieces the table reader can use: section headings start a piece;
// inside the tables each row label is a text piece and each digit run a piece of its own, which
// tables/run_together.h later splits into cells by the table's equations.
// Narrative before and after the tables is cut only at section headings, so that its sentences
// ("2021年，我区…", "收到申请70件") stay whole for the metadata and the narrative checks.
#pragma once

#include <cstddef>
#include <vector>

#include "text/text.h"

namespace xxgk {

struct RunTogetherPiece {
  size_t begin = 0, end = 0;  // characters of the document text, trimmed
  bool digits = false;        // a digit run: the cells of one row run together
};

// Whether the line [begin, end) is page text with table cells run together: long, and holding
// several row labels each followed directly by a digit run far longer than one cell.
// `page_is`: a line of the page is such text; then one row's run, or a table section's heading,
// is enough.
bool looks_run_together(const Text& text, size_t begin, size_t end, bool page_is = false);

struct RunTogetherCut {
  std::vector<RunTogetherPiece> pieces;  // in order
  bool tables_continue = false;          // the line ended inside the tables
};

// The line cut into pieces (see above). `opens_in_tables`: the line before ended inside the
// tables, so this one opens with table rows whatever headings follow.
RunTogetherCut cut_run_together(const Text& text, size_t begin, size_t end, bool opens_in_tables = false);

}  // namespace xxgk

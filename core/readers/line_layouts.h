// The text layout reader. Each line is cut into cells by the layout it shows:
//   tab rows      cells split by tabs (what Word, WPS and browsers put in text/plain; also the
//                 HTML reader's output)
//   bar lines     a line holding only "|" opens a row; the following "cell |" lines are its cells
//   pipe rows     " | " between cells, trailing "|" padding; markdown rows and their |---| line
//   free lines    one cell per line, or PDF text where runs of spaces separate cells
// The first three keep empty cells (positional); free lines cannot.
#pragma once

#include <vector>

#include "readers/token.h"
#include "text/text.h"

namespace xxgk {

std::vector<Token> split_into_tokens(const Text& text);

}  // namespace xxgk
